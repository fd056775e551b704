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
  letterAvailable,
  notice,
  remoteSessions = [],
}: {
  ctx: PageContext;
  registration: Registration;
  event: RegistrationEvent;
  category: { name: string } | null;
  canCancel: boolean;
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
          <code>{r.id}</code>
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
          <PostForm action={`/forum/registrations/${r.id}/cancel`}>
            <button type="submit" class="button--secondary">
              {i18n.t("registration.cancel.submit")}
            </button>
          </PostForm>
        </section>
      )}
    </Layout>
  );
}
