import { ErrorSummary, type FormState, TextField } from "../../../platform/views/forms.tsx";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { VerifiedLetter } from "../letter.service.ts";

/** The outcome of a check: a valid letter's few facts, or "not valid" (the same for every kind of invalid code). */
export type VerifyOutcome = { valid: true; letter: VerifiedLetter } | { valid: false } | null;

/**
 * The public page where a consulate checks an e-confirmation letter: the form for a typed code and, after a
 * check, its outcome. A valid letter shows the name as in the passport, the event, its dates and the status only.
 */
export function VerifyPage({
  ctx,
  form,
  outcome,
  checkedAt,
}: {
  ctx: PageContext;
  form: FormState;
  outcome: VerifyOutcome;
  checkedAt: Date;
}) {
  const { i18n } = ctx;
  const title = i18n.t("registrationLetter.verify.title");
  const day = (d: string) => i18n.date(`${d}T12:00:00Z`, { dateStyle: "long", timeZone: "UTC" });
  const labels = { code: i18n.t("registrationLetter.verify.code") };
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {outcome?.valid === true && (
        <section class="notice" aria-labelledby="verify-outcome">
          <h2 id="verify-outcome">{i18n.t("registrationLetter.verify.valid")}</h2>
          <p>{i18n.t("registrationLetter.verify.validBody")}</p>
          <dl class="facts">
            <dt>{i18n.t("registrationLetter.field.name")}</dt>
            <dd dir="auto">{outcome.letter.passportName}</dd>
            <dt>{i18n.t("registrationLetter.field.event")}</dt>
            <dd dir="auto">{outcome.letter.eventTitle}</dd>
            <dt>{i18n.t("registrationLetter.field.dates")}</dt>
            <dd>
              {i18n.t("registrationLetter.dates", {
                start: day(outcome.letter.startsOn),
                end: day(outcome.letter.endsOn),
              })}
            </dd>
            <dt>{i18n.t("registrationLetter.verify.status")}</dt>
            <dd>{i18n.t(`registrationLetter.verify.status.${outcome.letter.state}`)}</dd>
          </dl>
          <p>
            {i18n.t("registrationLetter.verify.checkedAt", {
              date: i18n.date(checkedAt, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }),
            })}
          </p>
        </section>
      )}
      {outcome?.valid === false && (
        <section class="notice notice--problem" aria-labelledby="verify-outcome">
          <h2 id="verify-outcome">{i18n.t("registrationLetter.verify.invalid")}</h2>
          <p>{i18n.t("registrationLetter.verify.invalidBody")}</p>
        </section>
      )}
      <ErrorSummary i18n={i18n} form={form} labels={labels} />
      {outcome && <h2>{i18n.t("registrationLetter.verify.another")}</h2>}
      <p>{i18n.t("registrationLetter.verify.intro")}</p>
      <form method="get" action="/verify" class="stack" novalidate>
        <TextField
          i18n={i18n}
          form={form}
          name="code"
          label={labels.code}
          hint={i18n.t("registrationLetter.verify.codeHint")}
          autocomplete="off"
          required
          dir="ltr"
        />
        <p class="actions">
          <button type="submit">{i18n.t("registrationLetter.verify.submit")}</button>
        </p>
      </form>
    </Layout>
  );
}
