import type { I18n, MessageKey } from "../../../../platform/i18n/i18n.ts";
import {
  CheckboxGroup,
  ErrorSummary,
  type FormState,
  PostForm,
  SelectField,
  TextArea,
  TextField,
} from "../../../../platform/views/forms.tsx";
import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page.ts";
import { LIMITS, SPEAKER_ROWS } from "../proposals.schema.ts";

export interface ProposalChoices {
  formats: { value: string; label: string }[];
  actionLines: { value: string; label: string }[];
  sdgs: { value: string; label: string }[];
}

const FIELDS: Record<string, MessageKey> = {
  title: "forumProposals.field.title",
  format: "forumProposals.field.format",
  description: "forumProposals.field.description",
  actionLines: "forumProposals.field.actionLines",
  sdgs: "forumProposals.field.sdgs",
  organizations: "forumProposals.field.organizations",
  roomSize: "forumProposals.field.roomSize",
  remoteParticipation: "forumProposals.field.remoteParticipation",
};

/** Labels for the error summary, the numbered speaker fields included. */
function labels(i18n: I18n): Record<string, string> {
  const all: Record<string, string> = Object.fromEntries(Object.entries(FIELDS).map(([k, v]) => [k, i18n.t(v)]));
  for (let i = 1; i <= SPEAKER_ROWS; i++) {
    const n = { number: i };
    all[`speaker${i}Name`] = `${i18n.t("forumProposals.speaker.legend", n)}: ${i18n.t("forumProposals.speaker.name")}`;
    all[`speaker${i}Organization`] =
      `${i18n.t("forumProposals.speaker.legend", n)}: ${i18n.t("forumProposals.speaker.organization")}`;
    all[`speaker${i}Role`] = `${i18n.t("forumProposals.speaker.legend", n)}: ${i18n.t("forumProposals.speaker.role")}`;
  }
  return all;
}

/** The proposal form, new or edited: save a draft, or save and submit when the call allows it. */
export function ProposalFormPage({
  ctx,
  form,
  choices,
  action,
  title,
  eventTitle,
  canSubmit,
}: {
  ctx: PageContext;
  form: FormState;
  choices: ProposalChoices;
  action: string;
  title: string;
  eventTitle: string;
  canSubmit: boolean;
}) {
  const { i18n } = ctx;
  const t = (key: string) => i18n.t(FIELDS[key] as MessageKey);
  // A prompt, not a choice: "None" was offered and then refused.
  const none = { value: "", label: i18n.t("forumProposals.form.chooseFormat") };
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[{ href: "/forum/proposals/mine", label: i18n.t("forumProposals.mine.title") }]}
    >
      <h1>{title}</h1>
      <p class="lead">{eventTitle}</p>
      <p>{i18n.t("forumProposals.form.intro")}</p>
      {form.values.organizerMessage && (
        <div class="notice">
          <h2>{i18n.t("forumProposals.form.organizerSaid")}</h2>
          <p dir="auto">{form.values.organizerMessage}</p>
        </div>
      )}
      <ErrorSummary i18n={i18n} form={form} labels={labels(i18n)} />
      <PostForm action={action} class="stack">
        {/* A create form's one-time key: sent twice (a double click, a retry), it still makes one. */}
        {form.values.formKey && <input type="hidden" name="formKey" value={form.values.formKey} />}
        <TextField
          i18n={i18n}
          form={form}
          name="title"
          label={t("title")}
          hint={i18n.t("forumProposals.form.maxChars", { max: LIMITS.title })}
          required
          dir="auto"
        />
        <SelectField
          i18n={i18n}
          form={form}
          name="format"
          label={t("format")}
          options={[none, ...choices.formats]}
          required
        />
        <TextArea
          i18n={i18n}
          form={form}
          name="description"
          label={t("description")}
          hint={i18n.t("forumProposals.form.maxChars", { max: LIMITS.description })}
          required
          rows={8}
          dir="auto"
        />
        <CheckboxGroup
          i18n={i18n}
          form={form}
          name="actionLines"
          legend={t("actionLines")}
          options={choices.actionLines}
        />
        <CheckboxGroup i18n={i18n} form={form} name="sdgs" legend={t("sdgs")} options={choices.sdgs} />
        <TextArea
          i18n={i18n}
          form={form}
          name="organizations"
          label={t("organizations")}
          hint={i18n.t("forumProposals.form.onePerLine")}
          rows={3}
          dir="auto"
        />
        <fieldset class="field">
          <legend>{i18n.t("forumProposals.field.speakers")}</legend>
          <p class="hint">{i18n.t("forumProposals.form.speakersHint")}</p>
          {Array.from({ length: SPEAKER_ROWS }, (_, k) => {
            const i = k + 1;
            return (
              <fieldset class="field speaker-row">
                <legend>{i18n.t("forumProposals.speaker.legend", { number: i })}</legend>
                <TextField
                  i18n={i18n}
                  form={form}
                  name={`speaker${i}Name`}
                  label={i18n.t("forumProposals.speaker.name")}
                  dir="auto"
                />
                <TextField
                  i18n={i18n}
                  form={form}
                  name={`speaker${i}Organization`}
                  label={i18n.t("forumProposals.speaker.organization")}
                  dir="auto"
                />
                <TextField
                  i18n={i18n}
                  form={form}
                  name={`speaker${i}Role`}
                  label={i18n.t("forumProposals.speaker.role")}
                  dir="auto"
                />
              </fieldset>
            );
          })}
        </fieldset>
        <TextField
          i18n={i18n}
          form={form}
          name="roomSize"
          label={t("roomSize")}
          hint={i18n.t("forumProposals.form.roomSizeHint")}
          dir="ltr"
        />
        <SelectField
          i18n={i18n}
          form={form}
          name="remoteParticipation"
          label={t("remoteParticipation")}
          options={[
            { value: "no", label: i18n.t("forumProposals.no") },
            { value: "yes", label: i18n.t("forumProposals.yes") },
          ]}
          required
        />
        <div class="actions">
          <button type="submit" name="intent" value="save" class={canSubmit ? "button--secondary" : undefined}>
            {i18n.t("forumProposals.form.saveDraft")}
          </button>
          {canSubmit && (
            <button type="submit" name="intent" value="submit">
              {i18n.t("forumProposals.form.saveAndSubmit")}
            </button>
          )}
        </div>
      </PostForm>
    </Layout>
  );
}
