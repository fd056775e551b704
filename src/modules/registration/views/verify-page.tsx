import { ErrorSummary, type FormState, TextField } from "../../../platform/views/forms.tsx";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { VerifiedLetter } from "../letter/letter.service.ts";

/** The outcome of a check: a valid letter's few facts, or "not valid" (the same for every kind of invalid code). */
export type VerifyOutcome = { valid: true; letter: VerifiedLetter } | { valid: false } | null;

/**
 * The outcome's symbol: a tick in a circle or a cross in a square (shapes, not only colours, tell them apart);
 * decorative, the heading says it in words.
 */
function OutcomeIcon({ valid }: { valid: boolean }) {
  return valid ? (
    <svg class="verify-result__icon" data-icon="valid" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="15" fill="#1d6b32" />
      <path d="M9 16.5l5 5 9-11" fill="none" stroke="#ffffff" stroke-width="3.5" />
    </svg>
  ) : (
    <svg class="verify-result__icon" data-icon="invalid" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="30" height="30" rx="3" fill="#a4161a" />
      <path d="M10 10l12 12M22 10l-12 12" fill="none" stroke="#ffffff" stroke-width="3.5" />
    </svg>
  );
}

/**
 * The public page where a consulate checks an e-confirmation letter: the form for a typed code and, after a
 * check, its outcome. A valid letter shows what is needed to compare it with the paper and the passport — name,
 * nationality, the passport number's last three characters, the issue date — with the event, its dates and the
 * status; never the whole passport number.
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
        <section class="verify-result verify-result--valid" aria-labelledby="verify-outcome">
          <h2>
            <OutcomeIcon valid={true} />
            <span id="verify-outcome">{i18n.t("registrationLetter.verify.valid")}</span>
          </h2>
          <p>{i18n.t("registrationLetter.verify.validCompare")}</p>
          <dl class="facts">
            <dt>{i18n.t("registrationLetter.field.name")}</dt>
            <dd dir="auto">{outcome.letter.passportName}</dd>
            <dt>{i18n.t("registrationLetter.field.nationality")}</dt>
            <dd>{i18n.country(outcome.letter.nationalityCode)}</dd>
            {outcome.letter.passportEnding && (
              <>
                <dt>{i18n.t("registrationLetter.field.passportNumber")}</dt>
                <dd>
                  {i18n.t("registrationLetter.verify.passportEnding")}{" "}
                  <code dir="ltr">{outcome.letter.passportEnding}</code>
                </dd>
              </>
            )}
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
            {outcome.letter.issuedAt && (
              <>
                <dt>{i18n.t("registrationLetter.field.issuedOn")}</dt>
                <dd>{i18n.date(outcome.letter.issuedAt, { dateStyle: "long", timeZone: "UTC" })}</dd>
              </>
            )}
          </dl>
          <p>
            {i18n.t("registrationLetter.verify.checkedAt", {
              date: i18n.date(checkedAt, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }),
            })}
          </p>
        </section>
      )}
      {outcome?.valid === false && (
        <section class="verify-result verify-result--invalid" aria-labelledby="verify-outcome">
          <h2>
            <OutcomeIcon valid={false} />
            <span id="verify-outcome">{i18n.t("registrationLetter.verify.invalid")}</span>
          </h2>
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
