import { ErrorSummary, type FormState, PostForm, SelectField, TextField } from "../../../platform/views/forms.tsx";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import { listCrumbs } from "./parts.tsx";

export interface Option {
  value: string;
  label: string;
}

export interface OrganizationChoices {
  stakeholderTypes: Option[];
  countries: Option[];
}

export function NewOrganizationPage({
  ctx,
  form,
  choices,
}: {
  ctx: PageContext;
  form: FormState;
  choices: OrganizationChoices;
}) {
  const { i18n } = ctx;
  const title = i18n.t("org.new.title");
  const choose = { value: "", label: i18n.t("org.field.choose") };
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={listCrumbs(i18n)}>
      <h1>{title}</h1>
      <p class="lead">{i18n.t("org.new.intro")}</p>
      <ErrorSummary
        i18n={i18n}
        form={form}
        labels={{
          name: i18n.t("org.field.name"),
          stakeholderTypeCode: i18n.t("org.field.stakeholderType"),
          countryCode: i18n.t("org.field.country"),
          website: i18n.t("org.field.website"),
        }}
      />
      <PostForm action="/organizations/new" class="stack">
        <TextField
          i18n={i18n}
          form={form}
          name="name"
          label={i18n.t("org.field.name")}
          hint={i18n.t("org.field.nameHint")}
          autocomplete="organization"
          required
          dir="auto"
        />
        <SelectField
          i18n={i18n}
          form={form}
          name="stakeholderTypeCode"
          label={i18n.t("org.field.stakeholderType")}
          options={[choose, ...choices.stakeholderTypes]}
          required
        />
        <SelectField
          i18n={i18n}
          form={form}
          name="countryCode"
          label={i18n.t("org.field.country")}
          hint={i18n.t("org.field.countryHint")}
          options={[choose, ...choices.countries]}
          required
        />
        <TextField
          i18n={i18n}
          form={form}
          name="website"
          type="url"
          label={i18n.t("org.field.website")}
          hint={i18n.t("org.field.websiteHint")}
          autocomplete="url"
          dir="ltr"
        />
        <button type="submit">{i18n.t("org.new.submit")}</button>
      </PostForm>
    </Layout>
  );
}
