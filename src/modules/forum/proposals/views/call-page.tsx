import type { I18n, MessageKey } from "../../../../platform/i18n/i18n.ts";
import { AUTONYMS, LOCALES } from "../../../../platform/i18n/locale.ts";
import { dateTimeFormat } from "../../../../platform/time.ts";
import { ErrorSummary, type FormState, PostForm, TextArea, TextField } from "../../../../platform/views/forms.tsx";
import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page.ts";
import type { ForumEvent } from "../../forum.service.ts";
import { criteriaIn, type ProposalCall } from "../proposals.service.ts";

/**
 * A deadline is stored as the instant the next day begins (exclusive); people read it as the last minute of the
 * last day, "15 March 2026, 23:59", in the event's zone.
 */
export function callTime(i18n: I18n, iso: string, zone: string, inclusiveEnd = false): string {
  const at = new Date(Date.parse(iso) - (inclusiveEnd ? 60_000 : 0));
  return dateTimeFormat(i18n.locale, {
    dateStyle: "long",
    timeStyle: "short",
    hourCycle: "h23",
    timeZone: zone,
  }).format(at);
}

export function CallFacts({ i18n, call, zone }: { i18n: I18n; call: ProposalCall; zone: string }) {
  return (
    <dl class="facts">
      <dt>{i18n.t("forumProposals.call.opens")}</dt>
      <dd>{callTime(i18n, call.opensAt, zone)}</dd>
      <dt>{i18n.t("forumProposals.call.closes")}</dt>
      <dd>
        {call.extendedTo ? (
          <span class="call-extended">
            {i18n.t("forumProposals.call.extended", {
              from: callTime(i18n, call.closesAt, zone, true),
              to: callTime(i18n, call.extendedTo, zone, true),
            })}
          </span>
        ) : (
          callTime(i18n, call.closesAt, zone, true)
        )}
      </dd>
      <dt>{i18n.t("forum.event.timeZone")}</dt>
      <dd>{i18n.ltr(zone)}</dd>
    </dl>
  );
}

/** The public call page: its window in the event's zone, whether it is open, the criteria, the way in. */
export function CallPage({
  ctx,
  event,
  call,
  canOrganize,
  canReview,
}: {
  ctx: PageContext;
  event: ForumEvent;
  call: ProposalCall | undefined;
  canOrganize: boolean;
  canReview: boolean;
}) {
  const { i18n } = ctx;
  const title = i18n.t("forumProposals.call.title", { event: event.title });
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[
        { href: "/forum", label: i18n.t("forum.title") },
        { href: `/forum/${event.slug}/programme`, label: event.title },
      ]}
    >
      <h1>{title}</h1>
      <p class="lead">{i18n.t("forumProposals.call.intro")}</p>
      {call ? (
        <>
          <p class="state call-phase">{i18n.t(`forumProposals.phase.${call.phase}` as MessageKey)}</p>
          <CallFacts i18n={i18n} call={call} zone={event.timeZone} />
          <h2>{i18n.t("forumProposals.call.criteria")}</h2>
          <ol>
            {criteriaIn(call, i18n.locale).map((c) => (
              <li>
                <span dir="auto">{c}</span>
              </li>
            ))}
          </ol>
          <ul class="inline-list">
            {call.phase !== "closed" && (
              <li>
                <a class="button" href={`/forum/${event.slug}/proposals/new`}>
                  {i18n.t("forumProposals.new.title")}
                </a>
              </li>
            )}
            <li>
              <a href="/forum/proposals/mine">{i18n.t("forumProposals.mine.title")}</a>
            </li>
          </ul>
        </>
      ) : (
        <p>{i18n.t("forumProposals.call.none")}</p>
      )}
      {(canOrganize || canReview) && (
        <ul class="inline-list">
          {canReview && call && (
            <li>
              <a href={`/forum/${event.slug}/proposals/review`}>{i18n.t("forumProposals.queue.title")}</a>
            </li>
          )}
          {canOrganize && (
            <li>
              <a href={`/forum/${event.slug}/call/manage`}>{i18n.t("forumProposals.manage.title")}</a>
            </li>
          )}
        </ul>
      )}
    </Layout>
  );
}

/** The organiser's page: open the call (or change it) and extend its deadline. */
export function CallManagePage({
  ctx,
  event,
  call,
  form,
  extendForm,
}: {
  ctx: PageContext;
  event: ForumEvent;
  call: ProposalCall | undefined;
  form: FormState;
  extendForm: FormState;
}) {
  const { i18n } = ctx;
  const title = i18n.t("forumProposals.manage.title");
  const labels = {
    opensOn: i18n.t("forumProposals.manage.opensOn"),
    closesOn: i18n.t("forumProposals.manage.closesOn"),
    criteria: i18n.t("forumProposals.call.criteria"),
    ...Object.fromEntries(
      LOCALES.map((l) => [`criteria_${l}`, `${i18n.t("forumProposals.call.criteria")} (${AUTONYMS[l]})`]),
    ),
    extendedTo: i18n.t("forumProposals.manage.extendedTo"),
  };
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: `/forum/${event.slug}/call`, label: event.title }]}>
      <h1>{title}</h1>
      <p class="lead">{event.title}</p>
      {call && <CallFacts i18n={i18n} call={call} zone={event.timeZone} />}
      <ErrorSummary i18n={i18n} form={{ ...form, errors: { ...form.errors, ...extendForm.errors } }} labels={labels} />
      <h2>{call ? i18n.t("forumProposals.manage.change") : i18n.t("forumProposals.manage.open")}</h2>
      <p>{i18n.t("forumProposals.manage.daysHint", { zone: i18n.ltr(event.timeZone) })}</p>
      <PostForm action={`/forum/${event.slug}/call/manage`} class="stack">
        <TextField i18n={i18n} form={form} name="opensOn" type="date" label={labels.opensOn} required />
        <TextField i18n={i18n} form={form} name="closesOn" type="date" label={labels.closesOn} required />
        <TextArea
          i18n={i18n}
          form={form}
          name="criteria"
          label={labels.criteria}
          hint={i18n.t("forumProposals.form.onePerLine")}
          rows={4}
          required
          dir="auto"
        />
        <fieldset class="field">
          <legend>{i18n.t("forumProposals.manage.criteriaLanguages")}</legend>
          <p class="hint">{i18n.t("forumProposals.manage.criteriaLanguagesHint")}</p>
          {LOCALES.map((locale) => {
            const name = `criteria_${locale}`;
            const error = form.errors[name];
            return (
              <div class={error ? "field field--error" : "field"} lang={locale}>
                <label for={name}>{AUTONYMS[locale]}</label>
                {error && (
                  <p class="field-error" id={`${name}-error`} lang={i18n.locale}>
                    {i18n.t(error)}
                  </p>
                )}
                <textarea
                  id={name}
                  name={name}
                  rows={3}
                  dir={locale === "ar" ? "rtl" : "ltr"}
                  aria-invalid={error ? "true" : undefined}
                  aria-describedby={error ? `${name}-error` : undefined}
                >
                  {form.values[name] ?? ""}
                </textarea>
              </div>
            );
          })}
        </fieldset>
        <div class="actions">
          <button type="submit">
            {call ? i18n.t("forumProposals.manage.change") : i18n.t("forumProposals.manage.open")}
          </button>
        </div>
      </PostForm>
      {call && (
        <>
          <h2>{i18n.t("forumProposals.manage.extend")}</h2>
          <PostForm action={`/forum/${event.slug}/call/extend`} class="stack">
            <TextField i18n={i18n} form={extendForm} name="extendedTo" type="date" label={labels.extendedTo} required />
            <div class="actions">
              <button type="submit">{i18n.t("forumProposals.manage.extend")}</button>
            </div>
          </PostForm>
        </>
      )}
    </Layout>
  );
}
