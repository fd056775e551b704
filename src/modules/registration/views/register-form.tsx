import type { I18n, MessageKey } from "../../../platform/i18n/i18n.ts";
import { ErrorSummary, type FormState, SelectField, TextArea, TextField } from "../../../platform/views/forms.tsx";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import { LIMITS } from "../registration.schema.ts";
import type { RegistrationEvent } from "../registration.service.ts";
import { eventTime } from "./registrations-parts.tsx";

export interface RegisterChoices {
  stakeholderTypes: { value: string; label: string }[];
  countries: { value: string; label: string }[];
  categories: { value: string; label: string }[];
  organizations: { value: string; label: string }[];
}

/** Labels of every field, for the error summary. */
export function registerLabels(i18n: I18n): Record<string, string> {
  const keys: Record<string, MessageKey> = {
    attendance: "registration.field.attendance",
    passportName: "registration.field.passportName",
    preferredName: "registration.field.preferredName",
    organizationName: "registration.field.organizationName",
    organizationId: "registration.field.organizationId",
    stakeholderTypeCode: "registration.field.stakeholderType",
    countryCode: "registration.field.country",
    nationalityCode: "registration.field.nationality",
    categoryId: "registration.field.category",
    needsVisa: "registration.field.needsVisa",
    passportNumber: "registration.field.passportNumber",
    passportExpiresOn: "registration.field.passportExpiresOn",
    bornOn: "registration.field.bornOn",
    photo: "registration.field.photo",
    accessibilityNeeds: "registration.field.accessibilityNeeds",
    interestWhy: "registration.field.interestWhy",
    interestContribution: "registration.field.interestContribution",
    consent: "registration.field.consent",
  };
  return Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, i18n.t(key)]));
}

function Radios({
  i18n,
  form,
  name,
  legend,
  options,
}: {
  i18n: I18n;
  form: FormState;
  name: string;
  legend: string;
  options: { value: string; label: string; hint?: string }[];
}) {
  const error = form.errors[name];
  return (
    <fieldset
      class={error ? "field field--error checkboxes" : "field checkboxes"}
      id={name}
      aria-describedby={error ? `${name}-error` : undefined}
    >
      <legend>{legend}</legend>
      {error && (
        <p class="field-error" id={`${name}-error`}>
          {i18n.t(error, form.messageValues)}
        </p>
      )}
      {options.map((o, i) => (
        <div class="checkbox">
          <input
            type="radio"
            id={`${name}-${i}`}
            name={name}
            value={o.value}
            checked={form.values[name] === o.value}
            aria-describedby={o.hint ? `${name}-${i}-hint` : undefined}
          />{" "}
          <label for={`${name}-${i}`}>{o.label}</label>
          {o.hint && (
            <p class="hint" id={`${name}-${i}-hint`}>
              {o.hint}
            </p>
          )}
        </div>
      ))}
    </fieldset>
  );
}

function Checkbox({
  i18n,
  form,
  name,
  label,
  hint,
}: {
  i18n: I18n;
  form: FormState;
  name: string;
  label: string;
  hint?: string;
}) {
  const error = form.errors[name];
  const describedBy = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ");
  return (
    <div class={error ? "field field--error checkbox" : "field checkbox"}>
      {error && (
        <p class="field-error" id={`${name}-error`}>
          {i18n.t(error, form.messageValues)}
        </p>
      )}
      <input
        type="checkbox"
        id={name}
        name={name}
        value="yes"
        checked={form.values[name] === "yes"}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy || undefined}
      />{" "}
      <label for={name}>{label}</label>
      {hint && (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/**
 * The registration form. It works without JavaScript: the passport fields sit in their own fieldset that says it is
 * only for people who need a visa letter, and they are checked only when that box is ticked. A file cannot be kept
 * across a rejected form, so the photo field then says to choose it again.
 */
export function RegisterFormPage({
  ctx,
  event,
  form,
  choices,
  photoChosen,
  cancelledBefore,
}: {
  ctx: PageContext;
  event: RegistrationEvent;
  form: FormState;
  choices: RegisterChoices;
  /** The rejected form carried a photo, which the person must choose again. */
  photoChosen: boolean;
  /** The reference of the person's cancelled registration for this event, when they register again. */
  cancelledBefore?: string;
}) {
  const { i18n } = ctx;
  const title = i18n.t("registration.register.title", { event: event.title });
  if (!event.open) {
    // The edition is over: no form, and the way back to it.
    return (
      <Layout ctx={ctx} title={title} breadcrumbs={[{ href: `/forum/${event.slug}`, label: event.title }]}>
        <h1>{title}</h1>
        <p class="notice">
          {i18n.t("registration.register.closed", {
            date: i18n.date(`${event.endsOn}T12:00:00Z`, { dateStyle: "long", timeZone: "UTC" }),
          })}
        </p>
        <p>
          <a href={`/forum/${event.slug}/programme`}>{i18n.t("registration.register.closedProgramme")}</a>
        </p>
      </Layout>
    );
  }
  const none = { value: "", label: i18n.t("registration.choose") };
  const photoError = form.errors.photo;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: `/forum/${event.slug}`, label: event.title }]}>
      <h1>{title}</h1>
      <ErrorSummary i18n={i18n} form={form} labels={registerLabels(i18n)} />
      {cancelledBefore && (
        <p class="notice">{i18n.t("registration.again.notice", { reference: i18n.ltr(cancelledBefore) })}</p>
      )}
      <p>{i18n.t("registration.register.intro")}</p>
      <p class={event.onsiteOpen ? "" : "notice"}>
        {event.onsiteOpen
          ? i18n.t("registration.register.onsiteCloses", { at: eventTime(i18n, event.onsiteClosesAt, event.timeZone) })
          : i18n.t("registration.register.onsiteClosed", {
              at: eventTime(i18n, event.onsiteClosesAt, event.timeZone),
            })}
      </p>
      <form method="post" action={`/forum/${event.slug}/register`} enctype="multipart/form-data" novalidate>
        <Radios
          i18n={i18n}
          form={form}
          name="attendance"
          legend={i18n.t("registration.field.attendance")}
          options={[
            {
              value: "onsite",
              label: i18n.t("registration.attendance.onsite"),
              hint: i18n.t("registration.hint.onsite"),
            },
            {
              value: "virtual",
              label: i18n.t("registration.attendance.virtual"),
              hint: i18n.t("registration.hint.virtual"),
            },
          ]}
        />
        <TextField
          i18n={i18n}
          form={form}
          name="passportName"
          label={i18n.t("registration.field.passportName")}
          hint={i18n.t("registration.hint.passportName")}
          autocomplete="name"
          dir="auto"
          required
        />
        <TextField
          i18n={i18n}
          form={form}
          name="preferredName"
          label={i18n.t("registration.field.preferredName")}
          hint={i18n.t("registration.hint.preferredName")}
          autocomplete="nickname"
          dir="auto"
          required
        />
        <TextField
          i18n={i18n}
          form={form}
          name="organizationName"
          label={i18n.t("registration.field.organizationName")}
          autocomplete="organization"
          dir="auto"
          required
        />
        {choices.organizations.length > 0 && (
          <SelectField
            i18n={i18n}
            form={form}
            name="organizationId"
            label={i18n.t("registration.field.organizationId")}
            hint={i18n.t("registration.hint.organizationId")}
            options={[{ value: "", label: i18n.t("registration.noOrganization") }, ...choices.organizations]}
          />
        )}
        <SelectField
          i18n={i18n}
          form={form}
          name="stakeholderTypeCode"
          label={i18n.t("registration.field.stakeholderType")}
          options={[none, ...choices.stakeholderTypes]}
          required
        />
        <SelectField
          i18n={i18n}
          form={form}
          name="countryCode"
          label={i18n.t("registration.field.country")}
          options={[none, ...choices.countries]}
          autocomplete="country"
          required
        />
        <SelectField
          i18n={i18n}
          form={form}
          name="nationalityCode"
          label={i18n.t("registration.field.nationality")}
          options={[none, ...choices.countries]}
          required
        />
        {choices.categories.length > 0 && (
          <SelectField
            i18n={i18n}
            form={form}
            name="categoryId"
            label={i18n.t("registration.field.category")}
            options={[none, ...choices.categories]}
            required
          />
        )}
        <Checkbox
          i18n={i18n}
          form={form}
          name="needsVisa"
          label={`${i18n.t("registration.field.needsVisa")} (${i18n.t("registration.onsiteOnly")})`}
          hint={i18n.t("registration.hint.needsVisa")}
        />
        <fieldset class="field-group" id="passport">
          <legend>{i18n.t("registration.passport.legend")}</legend>
          <p class="hint">{i18n.t("registration.passport.hint")}</p>
          <TextField
            i18n={i18n}
            form={form}
            name="passportNumber"
            label={i18n.t("registration.field.passportNumber")}
            autocomplete="off"
            dir="ltr"
          />
          <TextField
            i18n={i18n}
            form={form}
            name="passportExpiresOn"
            type="date"
            label={i18n.t("registration.field.passportExpiresOn")}
            hint={i18n.t("registration.hint.passportExpiresOn", { day: i18n.date(`${event.endsOn}T12:00:00Z`) })}
          />
          <TextField
            i18n={i18n}
            form={form}
            name="bornOn"
            type="date"
            label={i18n.t("registration.field.bornOn")}
            autocomplete="bday"
          />
        </fieldset>
        <div class={photoError ? "field field--error" : "field"}>
          <label for="photo">
            {i18n.t("registration.field.photo")}
            <span class="muted"> ({i18n.t("registration.onsiteOnly")})</span>
          </label>
          <p class="hint" id="photo-hint">
            {i18n.t("registration.hint.photo", { size: i18n.number(LIMITS.photo / 1024 / 1024) })}
          </p>
          {photoError && (
            <p class="field-error" id="photo-error">
              {i18n.t(photoError)}
            </p>
          )}
          {photoChosen && (
            <p class="notice" id="photo-again">
              {i18n.t("registration.photoAgain")}
            </p>
          )}
          <input
            type="file"
            id="photo"
            name="photo"
            accept="image/jpeg,image/png"
            aria-invalid={photoError ? "true" : undefined}
            aria-describedby={["photo-hint", photoError ? "photo-error" : "", photoChosen ? "photo-again" : ""]
              .filter(Boolean)
              .join(" ")}
          />
        </div>
        <TextArea
          i18n={i18n}
          form={form}
          name="accessibilityNeeds"
          label={i18n.t("registration.field.accessibilityNeeds")}
          hint={i18n.t("registration.hint.accessibilityNeeds")}
          dir="auto"
          rows={3}
          maxLength={LIMITS.accessibility}
        />
        <fieldset class="field-group">
          <legend>{i18n.t("registration.interest.legend")}</legend>
          <p class="hint">{i18n.t("registration.interest.hint")}</p>
          <TextArea
            i18n={i18n}
            form={form}
            name="interestWhy"
            label={i18n.t("registration.field.interestWhy")}
            dir="auto"
            rows={4}
            maxLength={LIMITS.answer}
          />
          <TextArea
            i18n={i18n}
            form={form}
            name="interestContribution"
            label={i18n.t("registration.field.interestContribution")}
            dir="auto"
            rows={4}
            maxLength={LIMITS.answer}
          />
        </fieldset>
        <section aria-labelledby="privacy-title" class="card">
          <h2 id="privacy-title">{i18n.t("registration.privacy.title")}</h2>
          <p>{i18n.t("registration.privacy.body")}</p>
          <p>
            <a href="/privacy#collected">{i18n.t("legal.privacy.read")}</a>
          </p>
        </section>
        <Checkbox i18n={i18n} form={form} name="consent" label={i18n.t("registration.field.consent")} />
        <button type="submit">{i18n.t("registration.register.submit")}</button>
      </form>
    </Layout>
  );
}
