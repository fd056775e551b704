import type { I18n, MessageKey } from "../../../platform/i18n/i18n.ts";
import { AUTONYMS, LOCALES } from "../../../platform/i18n/locale.ts";
import { CountryPicker } from "../../../platform/views/country-picker.tsx";
import {
  CheckboxGroup,
  ErrorSummary,
  type FormState,
  PostForm,
  SelectField,
  TextArea,
  TextField,
} from "../../../platform/views/forms.tsx";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import { LIMITS, PROJECT_STATUSES, SCOPES } from "../stocktaking.schema.ts";
import type { PossibleDuplicate } from "../stocktaking.service.ts";

export interface EntryChoices {
  stakeholderTypes: { value: string; label: string }[];
  countries: { value: string; label: string }[];
  actionLines: { value: string; label: string }[];
  sdgs: { value: string; label: string }[];
}

export const ENTRY_FIELDS: Record<string, MessageKey> = {
  title: "stocktaking.field.title",
  summary: "stocktaking.field.summary",
  description: "stocktaking.field.description",
  organizationName: "stocktaking.field.organizationName",
  stakeholderTypeCode: "stocktaking.field.stakeholderType",
  scope: "stocktaking.field.scope",
  projectStatus: "stocktaking.field.projectStatus",
  startDate: "stocktaking.field.startDate",
  endDate: "stocktaking.field.endDate",
  website: "stocktaking.field.website",
  contactName: "stocktaking.field.contactName",
  contactEmail: "stocktaking.field.contactEmail",
  language: "stocktaking.field.language",
  countries: "stocktaking.field.countries",
  actionLines: "stocktaking.field.actionLines",
  sdgs: "stocktaking.field.sdgs",
};

const labels = (i18n: I18n) => Object.fromEntries(Object.entries(ENTRY_FIELDS).map(([k, v]) => [k, i18n.t(v)]));

/** The entry form, for a new entry and for editing one: save half-done, or submit for review. */
export function EntryFormPage({
  ctx,
  form,
  choices,
  action,
  title,
}: {
  ctx: PageContext;
  form: FormState;
  choices: EntryChoices;
  action: string;
  title: string;
}) {
  const { i18n } = ctx;
  const none = { value: "", label: i18n.t("account.field.notSet") };
  const options = (values: readonly string[], prefix: string) => [
    none,
    ...values.map((v) => ({ value: v, label: i18n.t(`${prefix}.${v}` as MessageKey) })),
  ];
  const t = (key: keyof typeof ENTRY_FIELDS) => i18n.t(ENTRY_FIELDS[key] as MessageKey);
  // The fields a submission needs (SUBMISSION_REQUIRES) say so instead of "optional"; the intro says it once.
  const forSubmission = i18n.t("stocktaking.form.forSubmission");
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[{ href: "/stocktaking/mine", label: i18n.t("stocktaking.mine.title") }]}
    >
      <h1>{title}</h1>
      <p>{i18n.t("stocktaking.form.intro")}</p>
      <p>{i18n.t("stocktaking.form.submissionNeeds")}</p>
      {form.values.moderationMessage && (
        <div class="notice">
          <h2>{i18n.t("stocktaking.form.moderatorSaid")}</h2>
          <p dir="auto">{form.values.moderationMessage}</p>
        </div>
      )}
      <ErrorSummary i18n={i18n} form={form} labels={labels(i18n)} />
      <PostForm action={action} class="stack">
        {/* A create form's one-time key: sent twice (a double click, a retry), it still makes one. */}
        {form.values.formKey && <input type="hidden" name="formKey" value={form.values.formKey} />}
        <TextField i18n={i18n} form={form} name="title" label={t("title")} required dir="auto" />
        <TextArea
          i18n={i18n}
          form={form}
          name="summary"
          label={t("summary")}
          hint={i18n.t("stocktaking.form.summaryHint", { max: LIMITS.summary })}
          required
          rows={3}
          maxLength={LIMITS.summary}
          dir="auto"
        />
        <TextArea i18n={i18n} form={form} name="description" label={t("description")} rows={8} dir="auto" />
        <TextField i18n={i18n} form={form} name="organizationName" label={t("organizationName")} required dir="auto" />
        <SelectField
          i18n={i18n}
          form={form}
          name="stakeholderTypeCode"
          label={t("stakeholderTypeCode")}
          note={forSubmission}
          options={[none, ...choices.stakeholderTypes]}
        />
        <CountryPicker
          i18n={i18n}
          form={form}
          name="countries"
          legend={`${t("countries")} (${forSubmission})`}
          hint={i18n.t("site.countries.hint")}
          options={choices.countries}
        />
        <SelectField
          i18n={i18n}
          form={form}
          name="scope"
          label={t("scope")}
          note={forSubmission}
          options={options(SCOPES, "stocktaking.scope")}
        />
        <CheckboxGroup
          i18n={i18n}
          form={form}
          name="actionLines"
          legend={t("actionLines")}
          note={forSubmission}
          options={choices.actionLines}
        />
        <CheckboxGroup i18n={i18n} form={form} name="sdgs" legend={t("sdgs")} options={choices.sdgs} />
        <SelectField
          i18n={i18n}
          form={form}
          name="projectStatus"
          label={t("projectStatus")}
          note={forSubmission}
          options={options(PROJECT_STATUSES, "stocktaking.status")}
        />
        <TextField i18n={i18n} form={form} name="startDate" type="date" label={t("startDate")} />
        <TextField i18n={i18n} form={form} name="endDate" type="date" label={t("endDate")} />
        <TextField i18n={i18n} form={form} name="website" type="url" label={t("website")} dir="ltr" />
        <TextField
          i18n={i18n}
          form={form}
          name="contactName"
          label={t("contactName")}
          hint={i18n.t("stocktaking.form.contactHint")}
          dir="auto"
        />
        <TextField i18n={i18n} form={form} name="contactEmail" type="email" label={t("contactEmail")} dir="ltr" />
        <SelectField
          i18n={i18n}
          form={form}
          name="language"
          label={t("language")}
          options={LOCALES.map((l) => ({ value: l, label: AUTONYMS[l], lang: l }))}
          required
        />
        <div class="actions">
          <button type="submit" name="intent" value="save" class="button--secondary">
            {i18n.t("stocktaking.form.save")}
          </button>
          <button type="submit" name="intent" value="submit">
            {i18n.t("stocktaking.form.submit")}
          </button>
        </div>
      </PostForm>
    </Layout>
  );
}

/** Before submitting something that looks like an entry already there: compare, then submit anyway or not. */
export function DuplicateWarningPage({
  ctx,
  entryId,
  duplicates,
}: {
  ctx: PageContext;
  entryId: string;
  duplicates: PossibleDuplicate[];
}) {
  const { i18n } = ctx;
  const title = i18n.t("stocktaking.duplicates.title");
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{i18n.t("stocktaking.duplicates.intro")}</p>
      <ul class="link-list">
        {duplicates.map((d) => (
          <li>
            <a href={`/stocktaking/entries/${d.id}`} dir="auto">
              {d.title}
            </a>{" "}
            <span class="muted" dir="auto">
              ({d.organizationName})
            </span>
          </li>
        ))}
      </ul>
      <div class="actions">
        <PostForm action={`/stocktaking/entries/${entryId}/submit`}>
          <input type="hidden" name="confirmDuplicate" value="yes" />
          <button type="submit">{i18n.t("stocktaking.duplicates.submitAnyway")}</button>
        </PostForm>
        <a href={`/stocktaking/entries/${entryId}/edit`}>{i18n.t("stocktaking.duplicates.keepEditing")}</a>
      </div>
    </Layout>
  );
}
