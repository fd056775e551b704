import { PostForm } from "../../../../platform/views/forms.tsx";
import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page.ts";
import { AgendaButton } from "../../views/agenda-parts.tsx";
import { dayLabel, SESSION_LANGUAGE, SessionFacts, SessionWhen } from "../../views/parts.tsx";
import type { AgendaEvent } from "../agenda.service.ts";

/** A person's agenda: their sessions by edition and day, in each event's zone, and their private calendar feed. */
export function AgendaPage({
  ctx,
  agenda,
  feedCreatedAt,
  feedUrl,
}: {
  ctx: PageContext;
  agenda: AgendaEvent[];
  feedCreatedAt: string | null;
  /** Shown once, right after it was made: only its hash is kept. */
  feedUrl?: string;
}) {
  const { i18n } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={i18n.t("forumAgenda.title")}
      breadcrumbs={[{ href: "/forum", label: i18n.t("forum.title") }]}
    >
      <h1>{i18n.t("forumAgenda.title")}</h1>
      {agenda.length === 0 && <p>{i18n.t("forumAgenda.empty")}</p>}
      {agenda.map(({ event, sessions }) => (
        <section aria-labelledby={`event-${event.id}`}>
          <h2 id={`event-${event.id}`}>
            <a href={`/forum/${event.slug}/programme`}>{event.title}</a>
          </h2>
          <p class="zone-note">{i18n.t("forumAgenda.zone", { zone: i18n.ltr(event.timeZone) })}</p>
          {event.days.map((day) => {
            const list = sessions.filter((s) => s.day === day);
            if (list.length === 0) return null;
            return (
              <section aria-labelledby={`day-${event.id}-${day}`}>
                <h3 id={`day-${event.id}-${day}`}>{dayLabel(i18n, day)}</h3>
                <ul class="session-list">
                  {list.map((s) => (
                    <li class="session">
                      <h4>
                        <a href={`/forum/${event.slug}/sessions/${s.id}`} lang={SESSION_LANGUAGE} dir="auto">
                          {s.title}
                        </a>
                      </h4>
                      <p>
                        <SessionWhen i18n={i18n} session={s} event={event} />
                      </p>
                      <SessionFacts i18n={i18n} session={s} />
                      <AgendaButton i18n={i18n} signedIn sessionId={s.id} title={s.title} kept back="/forum/agenda" />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </section>
      ))}
      <section aria-labelledby="feed">
        <h2 id="feed">{i18n.t("forumAgenda.feed.title")}</h2>
        <p>{i18n.t("forumAgenda.feed.intro")}</p>
        {feedUrl && (
          <div class="notice" role="status">
            <p>
              <label for="feed-url">{i18n.t("forumAgenda.feed.url")}</label>
            </p>
            <input id="feed-url" type="url" readonly value={feedUrl} dir="ltr" class="feed-url" />
            <p>{i18n.t("forumAgenda.feed.once")}</p>
          </div>
        )}
        {!feedUrl && feedCreatedAt && (
          <p>{i18n.t("forumAgenda.feed.exists", { date: i18n.date(feedCreatedAt, { dateStyle: "long" }) })}</p>
        )}
        <PostForm action="/forum/agenda/feed">
          <button type="submit" class="button--secondary">
            {feedCreatedAt ? i18n.t("forumAgenda.feed.renew") : i18n.t("forumAgenda.feed.make")}
          </button>
        </PostForm>
      </section>
    </Layout>
  );
}
