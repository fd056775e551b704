import type { MessageKey } from "../../../platform/i18n/i18n.ts";
import { PostForm } from "../../../platform/views/forms.tsx";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { Registration, RegistrationEvent, RemoteSession } from "../registration.service.ts";
import { attendanceLabel, StateTag } from "./registrations-parts.tsx";

const mineCrumb = (ctx: PageContext) => ({
  href: "/forum/registrations/mine",
  label: ctx.i18n.t("registration.mine.title"),
});

/** The person's registrations and where each stands. */
export function MyRegistrationsPage({
  ctx,
  rows,
}: {
  ctx: PageContext;
  rows: { registration: Registration; event: { slug: string; title: string; startsOn: string; endsOn: string } }[];
}) {
  const { i18n } = ctx;
  const title = i18n.t("registration.mine.title");
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: "/account", label: i18n.t("account.home.title") }]}>
      <h1>{title}</h1>
      {rows.length === 0 ? (
        <p>
          {i18n.t("registration.mine.empty")} <a href="/forum">{i18n.t("nav.forum")}</a>
        </p>
      ) : (
        <table class="data-table">
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t("registration.field.event")}</th>
              <th scope="col">{i18n.t("registration.field.id")}</th>
              <th scope="col">{i18n.t("registration.field.attendance")}</th>
              <th scope="col">{i18n.t("registration.field.state")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ registration: r, event }) => (
              <tr>
                <td>
                  <a href={`/forum/registrations/${r.id}`}>{event.title}</a>
                </td>
                <td>
                  <code>{i18n.ltr(r.reference)}</code>
                </td>
                <td>{attendanceLabel(i18n, r.attendance)}</td>
                <td>
                  <StateTag i18n={i18n} state={r.state} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

/** One registration as its owner sees it: the state, the reason given, the letter when there is one. */
export function MyRegistrationPage({
  ctx,
  registration: r,
  event,
  category,
  canCancel,
  canRegisterAgain,
  letterAvailable,
  notice,
  remoteSessions = [],
}: {
  ctx: PageContext;
  registration: Registration;
  event: RegistrationEvent;
  category: { name: string } | null;
  canCancel: boolean;
  /** Cancelled, the event still open and no newer registration: a new request may be made. */
  canRegisterAgain: boolean;
  letterAvailable: boolean;
  notice?: string;
  /** Sessions the person may follow remotely: only given while the registration is valid. */
  remoteSessions?: RemoteSession[];
}) {
  const { i18n } = ctx;
  const title = i18n.t("registration.page.title", { event: event.title });
  const country = i18n.country;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[mineCrumb(ctx)]}>
      <h1>{title}</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p>
        <StateTag i18n={i18n} state={r.state} /> · {attendanceLabel(i18n, r.attendance)}
      </p>
      <p>{i18n.t(`registration.explain.${r.state}`)}</p>
      {canRegisterAgain && (
        <p>
          <a class="button" href={`/forum/${event.slug}/register`}>
            {i18n.t("registration.again.link")}
          </a>
        </p>
      )}
      {r.state === "waitlisted" && r.waitlistPosition !== null && (
        <p>{i18n.t("registration.page.position", { position: i18n.number(r.waitlistPosition) })}</p>
      )}
      {r.decisionReason && (
        <div class="notice">
          <h2>{i18n.t("registration.page.reason")}</h2>
          <p dir="auto">{r.decisionReason}</p>
        </div>
      )}
      {letterAvailable && (
        <p>
          <a class="button" href={`/forum/registrations/${r.id}/letter.pdf`} type="application/pdf">
            {i18n.t("registration.page.letter")}
          </a>
        </p>
      )}
      {remoteSessions.length > 0 && (
        <section aria-labelledby="remote-sessions">
          <h2 id="remote-sessions">{i18n.t("registration.page.remote")}</h2>
          <p>{i18n.t("registration.page.remoteIntro", { zone: i18n.ltr(event.timeZone) })}</p>
          <ul>
            {remoteSessions.map((s) => (
              <li>
                <a href={s.path} dir="auto">
                  {s.title}
                </a>{" "}
                <span class="muted">
                  {i18n.date(s.startsAt, { dateStyle: "medium", timeStyle: "short", timeZone: event.timeZone })}–
                  {i18n.date(s.endsAt, { timeStyle: "short", timeZone: event.timeZone })}
                </span>{" "}
                <a href={s.remoteUrl} rel="external">
                  {i18n.t("forum.session.remoteLink")}
                  <span class="visually-hidden">: {s.title}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <dl class="facts">
        <dt>{i18n.t("registration.field.id")}</dt>
        <dd>
          <code>{i18n.ltr(r.reference)}</code>
        </dd>
        <dt>{i18n.t("registration.field.passportName")}</dt>
        <dd dir="auto">{r.passportName}</dd>
        <dt>{i18n.t("registration.field.preferredName")}</dt>
        <dd dir="auto">{r.preferredName}</dd>
        <dt>{i18n.t("registration.field.organizationName")}</dt>
        <dd dir="auto">{r.organizationName}</dd>
        <dt>{i18n.t("registration.field.country")}</dt>
        <dd>{country(r.countryCode)}</dd>
        <dt>{i18n.t("registration.field.nationality")}</dt>
        <dd>{country(r.nationalityCode)}</dd>
        {category && (
          <>
            <dt>{i18n.t("registration.field.category")}</dt>
            <dd>{category.name}</dd>
          </>
        )}
        <dt>{i18n.t("registration.field.needsVisa")}</dt>
        <dd>{i18n.t(r.needsVisa ? "registration.yes" : "registration.no")}</dd>
      </dl>
      {canCancel && (
        <section aria-labelledby="cancel-title" class="card">
          <h2 id="cancel-title">{i18n.t("registration.cancel.title")}</h2>
          <p>{i18n.t("registration.cancel.body")}</p>
          <p>
            <a class="button button--secondary" href={`/forum/registrations/${r.id}/cancel`}>
              {i18n.t("registration.cancel.submit")}
            </a>
          </p>
        </section>
      )}
    </Layout>
  );
}

/**
 * The step before a cancellation: what cancelling does to this registration (the letter stops verifying, the
 * badge stops admitting, the place goes to the waitlist) and that registering again is a new request. A plain
 * form, so it works without JavaScript.
 */
export function CancelRegistrationPage({
  ctx,
  registration: r,
  event,
  letterAvailable,
}: {
  ctx: PageContext;
  registration: Registration;
  event: RegistrationEvent;
  letterAvailable: boolean;
}) {
  const { i18n } = ctx;
  const title = i18n.t("registration.cancel.confirmTitle", { event: event.title });
  const effects: MessageKey[] = [];
  if (letterAvailable) effects.push("registration.cancel.effect.letter");
  if (r.state === "approved" && r.badgeNonce) effects.push("registration.cancel.effect.badge");
  if (r.state === "approved" && r.attendance === "onsite") effects.push("registration.cancel.effect.place");
  if (r.state === "waitlisted") effects.push("registration.cancel.effect.waitlist");
  if (r.state === "submitted" || r.state === "acknowledged") effects.push("registration.cancel.effect.request");
  effects.push(
    r.attendance === "onsite" ? "registration.cancel.effect.againOnsite" : "registration.cancel.effect.again",
  );
  const page = `/forum/registrations/${r.id}`;
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[mineCrumb(ctx), { href: page, label: i18n.t("registration.page.title", { event: event.title }) }]}
    >
      <h1>{title}</h1>
      <p>
        {i18n.t("registration.field.id")}: <code>{i18n.ltr(r.reference)}</code> ·{" "}
        <StateTag i18n={i18n} state={r.state} /> · {attendanceLabel(i18n, r.attendance)}
      </p>
      <h2>{i18n.t("registration.cancel.effects")}</h2>
      <ul>
        {effects.map((key) => (
          <li>{i18n.t(key)}</li>
        ))}
      </ul>
      <PostForm action={`${page}/cancel`}>
        <input type="hidden" name="confirm" value="yes" />
        <div class="actions">
          <button type="submit" class="button--danger">
            {i18n.t("registration.cancel.confirm")}
          </button>{" "}
          <a href={page}>{i18n.t("registration.cancel.keep")}</a>
        </div>
      </PostForm>
    </Layout>
  );
}
