import { AUTONYMS, LOCALES } from "../../../platform/i18n/locale.ts";
import { zoneName } from "../../../platform/time.ts";
import { CheckboxGroup, ErrorSummary, type FormState, PostForm, TextField } from "../../../platform/views/forms.tsx";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { Category, RegistrationEvent } from "../registration.service.ts";

/** The organiser's accreditation settings: deadline, on-site capacity, and participant categories. */
export function RegistrationSettingsPage({
  ctx,
  event,
  categories,
  stakeholderTypes,
  settingsForm,
  categoryForm,
  notice,
}: {
  ctx: PageContext;
  event: RegistrationEvent;
  categories: Category[];
  /** The stakeholder types a category may admit, in the reader's language. */
  stakeholderTypes: { value: string; label: string }[];
  settingsForm: FormState;
  categoryForm: FormState;
  notice?: string;
}) {
  const { i18n } = ctx;
  const title = i18n.t("registration.settings.title");
  const typeName = new Map(stakeholderTypes.map((o) => [o.value, o.label]));
  const zone = zoneName(i18n.locale, event.timeZone, `${event.startsOn}T12:00:00Z`);
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[
        { href: `/forum/${event.slug}`, label: event.title },
        {
          href: `/forum/${event.slug}/registrations`,
          label: i18n.t("registration.list.title", { event: event.title }),
        },
      ]}
    >
      <h1>{title}</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <ErrorSummary
        i18n={i18n}
        form={settingsForm}
        labels={{
          closesOn: i18n.t("registration.settings.closesOn"),
          closesAt: i18n.t("registration.settings.closesAt"),
          onsiteCapacity: i18n.t("registration.settings.capacity"),
        }}
      />
      <PostForm action={`/forum/${event.slug}/registrations/settings`}>
        <p class="hint">{i18n.t("registration.settings.closesHint", { zone })}</p>
        <TextField
          i18n={i18n}
          form={settingsForm}
          name="closesOn"
          type="date"
          label={i18n.t("registration.settings.closesOn")}
        />
        <TextField i18n={i18n} form={settingsForm} name="closesAt" label={i18n.t("registration.settings.closesAt")} />
        <TextField
          i18n={i18n}
          form={settingsForm}
          name="onsiteCapacity"
          label={i18n.t("registration.settings.capacity")}
          hint={i18n.t("registration.settings.capacityHint")}
        />
        <button type="submit">{i18n.t("registration.settings.submit")}</button>
      </PostForm>
      <h2>{i18n.t("registration.categories.title")}</h2>
      {categories.length === 0 ? (
        <p>{i18n.t("registration.categories.empty")}</p>
      ) : (
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{i18n.t("registration.categories.code")}</th>
              <th scope="col">{i18n.t("registration.categories.name")}</th>
              <th scope="col">{i18n.t("registration.categories.colour")}</th>
              <th scope="col">{i18n.t("registration.categories.automatic")}</th>
              <th scope="col">{i18n.t("registration.categories.admitted")}</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((k) => (
              <tr>
                <td>
                  <code>{k.code}</code>
                </td>
                <td>{k.name}</td>
                <td>
                  <code>{k.colour}</code>
                </td>
                <td>{i18n.t(k.autoAccredited ? "registration.yes" : "registration.no")}</td>
                <td>
                  {k.admittedStakeholderTypes.length > 0
                    ? i18n.list(k.admittedStakeholderTypes.map((code) => typeName.get(code) ?? code))
                    : i18n.t("registration.categories.admittedNone")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorSummary
        i18n={i18n}
        form={categoryForm}
        labels={{
          code: i18n.t("registration.categories.code"),
          name: i18n.t("registration.categories.name"),
          colour: i18n.t("registration.categories.colour"),
          admittedStakeholderTypes: i18n.t("registration.categories.admitted"),
        }}
      />
      <PostForm action={`/forum/${event.slug}/registrations/categories`}>
        <TextField
          i18n={i18n}
          form={categoryForm}
          name="code"
          label={i18n.t("registration.categories.code")}
          hint={i18n.t("registration.categories.codeHint")}
          dir="ltr"
          required
        />
        <TextField
          i18n={i18n}
          form={categoryForm}
          name="name"
          label={i18n.t("registration.categories.name")}
          dir="auto"
          required
        />
        <fieldset class="field">
          <legend>{i18n.t("registration.categories.names")}</legend>
          <p class="hint">{i18n.t("registration.categories.namesHint")}</p>
          {LOCALES.map((locale) => (
            <div class="field" lang={locale}>
              <label for={`name_${locale}`}>{AUTONYMS[locale]}</label>
              <input
                id={`name_${locale}`}
                name={`name_${locale}`}
                type="text"
                value={categoryForm.values[`name_${locale}`]}
                dir={locale === "ar" ? "rtl" : "ltr"}
                aria-invalid={categoryForm.errors[`name_${locale}`] ? "true" : undefined}
              />
            </div>
          ))}
        </fieldset>
        <TextField
          i18n={i18n}
          form={categoryForm}
          name="colour"
          label={i18n.t("registration.categories.colour")}
          dir="ltr"
          required
        />
        <div class="field checkbox">
          <input
            type="checkbox"
            id="autoAccredited"
            name="autoAccredited"
            value="yes"
            checked={categoryForm.values.autoAccredited === "yes"}
          />{" "}
          <label for="autoAccredited">{i18n.t("registration.categories.automatic")}</label>
        </div>
        <CheckboxGroup
          i18n={i18n}
          form={categoryForm}
          name="admittedStakeholderTypes"
          legend={i18n.t("registration.categories.admitted")}
          hint={i18n.t("registration.categories.admittedHint")}
          options={stakeholderTypes}
        />
        <button type="submit">{i18n.t("registration.categories.submit")}</button>
      </PostForm>
    </Layout>
  );
}
