import { raw } from "../../../platform/views/jsx/html.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { ForumEvent, Speaker, SpeakerDetail } from "../forum.service.ts";
import { EventLinks } from "./forum-home.tsx";
import { dayLabel, rolesOfOne, SESSION_LANGUAGE, SessionFacts, SessionWhen, ZoneNote } from "./parts.tsx";

// The people of an edition's programme (speakers, moderators, organisers), as the published sessions name them.

const speakersPath = (event: ForumEvent) => `/forum/${event.slug}/speakers`;

/** "Professor, Example University": what the programme says of a person. */
function Affiliation({ person }: { person: { title: string | null; organization: string | null } }) {
  const text = [person.title, person.organization].filter(Boolean).join(", ");
  return text ? <bdi>{text}</bdi> : null;
}

export function SpeakersPage({ ctx, event, speakers }: { ctx: PageContext; event: ForumEvent; speakers: Speaker[] }) {
  const { i18n } = ctx;
  const title = i18n.t("forum.speakers.title", { event: event.title });
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[
        { href: "/forum", label: i18n.t("forum.title") },
        { href: `/forum/${event.slug}/programme`, label: event.title },
      ]}
      alternateJson={`/api/v1/events/${event.id}/speakers`}
    >
      <h1>{title}</h1>
      <p class="lead">{i18n.t("forum.speakers.intro")}</p>
      <EventLinks ctx={ctx} event={event} />
      <p role="status">{i18n.t("forum.speakers.count", { count: speakers.length })}</p>
      {speakers.length === 0 ? (
        <p>{i18n.t("forum.speakers.none")}</p>
      ) : (
        <ul class="speaker-list">
          {speakers.map((p) => (
            <li class="speaker">
              <a href={`${speakersPath(event)}/${p.id}`} class="speaker__name">
                <bdi>{p.name}</bdi>
              </a>
              {(p.title || p.organization) && (
                <span class="speaker__affiliation">
                  <Affiliation person={p} />
                </span>
              )}
              <span class="muted speaker__roles">
                {rolesOfOne(i18n, p.roles)} · {i18n.t("forum.programme.count", { count: p.sessionCount })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function SpeakerPage({
  ctx,
  event,
  speaker,
  tz,
  jsonLd,
}: {
  ctx: PageContext;
  event: ForumEvent;
  speaker: SpeakerDetail;
  tz?: string;
  jsonLd: object;
}) {
  const { i18n } = ctx;
  const sessionQuery = tz ? `?tz=${encodeURIComponent(tz)}` : "";
  const first = speaker.sessions[0]?.session;
  return (
    <Layout
      ctx={ctx}
      title={speaker.name}
      breadcrumbs={[
        { href: "/forum", label: i18n.t("forum.title") },
        { href: `/forum/${event.slug}/programme`, label: event.title },
        { href: speakersPath(event), label: i18n.t("forum.speakersLink") },
      ]}
      alternateJson={`/api/v1/events/${event.id}/speakers/${speaker.id}`}
    >
      <article class="forum-speaker">
        <h1 dir="auto">{speaker.name}</h1>
        {(speaker.title || speaker.organization) && (
          <p class="lead">
            <Affiliation person={speaker} />
          </p>
        )}
        <dl class="facts">
          <dt>{i18n.t("forum.speaker.roles")}</dt>
          <dd>{rolesOfOne(i18n, speaker.roles)}</dd>
          <dt>{i18n.t("forum.speaker.event")}</dt>
          <dd>
            <a href={`/forum/${event.slug}/programme`}>{event.title}</a>
          </dd>
        </dl>
        <section aria-labelledby="sessions">
          <h2 id="sessions">{i18n.t("forum.speaker.sessions", { count: speaker.sessions.length })}</h2>
          {first && <ZoneNote i18n={i18n} event={event} tz={tz} at={first.startsAt} />}
          <ul class="session-list">
            {speaker.sessions.map(({ roles, session: s }) => (
              <li class="session">
                <h3>
                  <a href={`/forum/${event.slug}/sessions/${s.id}${sessionQuery}`} lang={SESSION_LANGUAGE} dir="auto">
                    {s.title}
                  </a>
                </h3>
                <p class="speaker__roles">{rolesOfOne(i18n, roles)}</p>
                <p>
                  <time datetime={s.day} class="session__day">
                    {dayLabel(i18n, s.day)}
                  </time>
                  {" · "}
                  <SessionWhen i18n={i18n} session={s} event={event} tz={tz} />
                </p>
                <SessionFacts i18n={i18n} session={s} />
              </li>
            ))}
          </ul>
        </section>
        <p class="forum-links">
          <a href={speakersPath(event)}>{i18n.t("forum.speaker.back")}</a>
        </p>
      </article>
      {/* Structured data for search engines; a data block, not a script, so the CSP does not apply. */}
      <script type="application/ld+json">{raw(JSON.stringify(jsonLd).replace(/</g, "\\u003c"))}</script>
    </Layout>
  );
}
