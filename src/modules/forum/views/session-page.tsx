import { raw } from "../../../platform/views/jsx/html.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { ForumEvent, ForumSession } from "../forum.service.ts";
import {
  dayLabel,
  ROLE_ORDER,
  roleLabel,
  SESSION_LANGUAGE,
  SessionFacts,
  SessionWhen,
  VIEWER_ZONES,
  ZoneNote,
  zoneChoiceLabel,
} from "./parts.tsx";

export interface SessionNames {
  actionLine: (code: string) => string;
  sdg: (n: number) => string;
}

export function SessionPage({
  ctx,
  event,
  session,
  names,
  tz,
  jsonLd,
  agendaButton,
  participant = false,
}: {
  ctx: PageContext;
  event: ForumEvent;
  session: ForumSession;
  names: SessionNames;
  tz?: string;
  jsonLd: object;
  /** Add to or remove from the reader's agenda. */
  agendaButton?: unknown;
  /** The reader holds a valid registration for the event: the remote-participation link is shown. */
  participant?: boolean;
}) {
  const { i18n } = ctx;
  const programme = `/forum/${event.slug}/programme`;
  const tzQuery = tz ? `&tz=${encodeURIComponent(tz)}` : "";
  return (
    <Layout
      ctx={ctx}
      title={session.title}
      description={session.description}
      breadcrumbs={[
        { href: "/forum", label: i18n.t("forum.title") },
        { href: programme, label: event.title },
        { href: `${programme}?day=${session.day}${tzQuery}`, label: dayLabel(i18n, session.day) },
      ]}
      alternateJson={`/api/v1/events/${event.id}/sessions?day=${session.day}`}
    >
      <article class="forum-session">
        <h1 lang={SESSION_LANGUAGE} dir="auto">
          {session.title}
        </h1>
        <p class="lead">
          {dayLabel(i18n, session.day)} · <SessionWhen i18n={i18n} session={session} event={event} tz={tz} />
        </p>
        <SessionFacts i18n={i18n} session={session} />
        {agendaButton as never}
        <ZoneNote i18n={i18n} event={event} tz={tz} at={session.startsAt} />
        <p lang={SESSION_LANGUAGE} dir="auto">
          {session.description}
        </p>
        <dl class="facts">
          <dt>{i18n.t("forum.programme.type")}</dt>
          <dd>{session.type.name}</dd>
          {session.track && (
            <>
              <dt>{i18n.t("forum.programme.track")}</dt>
              <dd>{session.track.name}</dd>
            </>
          )}
          {session.room && (
            <>
              <dt>{i18n.t("forum.session.room")}</dt>
              <dd>
                {session.room.name}
                {session.room.capacity !== null && (
                  <span class="muted"> ({i18n.t("forum.session.capacity", { count: session.room.capacity })})</span>
                )}
                , {event.venue}, {event.city}
              </dd>
            </>
          )}
          {session.host && (
            <>
              <dt>{i18n.t("forum.session.host")}</dt>
              <dd>
                <a href={`/forum/${event.slug}/partners#partner-${session.host.id}`}>{session.host.name}</a>
              </dd>
            </>
          )}
          {session.remoteUrl && (
            <>
              <dt>{i18n.t("forum.session.remote")}</dt>
              <dd>
                {participant ? (
                  <a href={session.remoteUrl} rel="external">
                    {i18n.t("forum.session.remoteLink")}
                  </a>
                ) : (
                  <>
                    {i18n.t("forum.session.remoteForParticipants")}
                    {!event.over && (
                      <>
                        {" "}
                        <a href={`/forum/${event.slug}/register`}>{i18n.t("forum.session.remoteRegister")}</a>
                      </>
                    )}
                  </>
                )}
              </dd>
            </>
          )}
          {session.recordingUrl && (
            <>
              <dt>{i18n.t("forum.session.recording")}</dt>
              <dd>
                <a href={session.recordingUrl} rel="external">
                  {i18n.t("forum.session.recordingLink")}
                </a>
              </dd>
            </>
          )}
        </dl>
        {session.people.length > 0 && (
          <section aria-labelledby="people">
            <h2 id="people">{i18n.t("forum.session.people")}</h2>
            {ROLE_ORDER.map((role) => {
              const people = session.people.filter((p) => p.role === role);
              if (people.length === 0) return null;
              return (
                <>
                  <h3>{roleLabel(i18n, role)}</h3>
                  <ul class="people-list">
                    {people.map((p) => (
                      <li>
                        <a href={`/forum/${event.slug}/speakers/${p.id}`}>
                          <bdi>{p.name}</bdi>
                        </a>
                        {(p.title || p.organization) && (
                          <span class="muted">
                            {" — "}
                            <bdi>{[p.title, p.organization].filter(Boolean).join(", ")}</bdi>
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              );
            })}
          </section>
        )}
        {session.actionLines.length > 0 && (
          <section aria-labelledby="action-lines">
            <h2 id="action-lines">{i18n.t("forum.session.actionLines")}</h2>
            <ul class="link-list">
              {session.actionLines.map((code) => (
                <li>
                  <a href={`/action-lines/${code}`}>{names.actionLine(code)}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
        {session.sdgs.length > 0 && (
          <section aria-labelledby="sdgs">
            <h2 id="sdgs">{i18n.t("forum.session.sdgs")}</h2>
            <ul class="link-list">
              {session.sdgs.map((n) => (
                <li>
                  <a href={`/sdgs/${n}`}>{names.sdg(n)}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
        <ul class="inline-list forum-links">
          <li>
            <a href={`/forum/${event.slug}/sessions/${session.id}.ics`} type="text/calendar">
              {i18n.t("forum.session.calendar")}
            </a>
          </li>
          <li>
            <a href={`${programme}?day=${session.day}${tzQuery}`}>
              {i18n.t("forum.session.back", { day: dayLabel(i18n, session.day) })}
            </a>
          </li>
        </ul>
        <search class="programme-filters">
          <form method="get" action={`/forum/${event.slug}/sessions/${session.id}`} class="actions">
            <label for="tz">{i18n.t("forum.programme.tz")}</label>
            <select id="tz" name="tz">
              <option value="">{i18n.t("forum.programme.tzNone")}</option>
              {[...new Set<string>([...VIEWER_ZONES, ...(tz ? [tz] : [])])]
                .filter((z) => z !== event.timeZone)
                .map((z) => (
                  <option value={z} selected={z === tz}>
                    {zoneChoiceLabel(i18n, z, session.startsAt)}
                  </option>
                ))}
            </select>
            <button type="submit" class="button--secondary">
              {i18n.t("forum.session.showTimes")}
            </button>
          </form>
        </search>
      </article>
      {/* Structured data for search engines; a data block, not a script, so the CSP does not apply. */}
      <script type="application/ld+json">{raw(JSON.stringify(jsonLd).replace(/</g, "\\u003c"))}</script>
    </Layout>
  );
}
