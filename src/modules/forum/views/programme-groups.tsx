import type { I18n } from "../../../platform/i18n/i18n.ts";
import type { ForumEvent, ForumSession, Named, Room } from "../forum.service.ts";
import { dayLabel, SESSION_LANGUAGE, SessionFacts, SessionWhen } from "./parts.tsx";

// The programme by track and by room: one section per track (or room) with its sessions in time order across the
// days shown. What a room manager prints: one room per printed page.

export interface SessionGroup {
  /** For the section's id: "track-<code>", "room-<id>", or "…-none" for sessions without one. */
  id: string;
  heading: string;
  capacity?: number | null;
  sessions: ForumSession[];
}

/** Sessions (in programme order) by track, in the tracks' order; those without a track last. Empty tracks are left out. */
export function groupByTrack(sessions: ForumSession[], tracks: Named[], noTrack: string): SessionGroup[] {
  const groups: SessionGroup[] = tracks.map((t) => ({
    id: `track-${t.code}`,
    heading: t.name,
    sessions: sessions.filter((s) => s.track?.code === t.code),
  }));
  groups.push({ id: "track-none", heading: noTrack, sessions: sessions.filter((s) => !s.track) });
  return groups.filter((g) => g.sessions.length > 0);
}

/** Sessions (in programme order) by room, in the rooms' order, with capacity; those without a room last. */
export function groupByRoom(sessions: ForumSession[], rooms: Room[], noRoom: string): SessionGroup[] {
  const groups: SessionGroup[] = rooms.map((r) => ({
    id: `room-${r.id}`,
    heading: r.name,
    capacity: r.capacity,
    sessions: sessions.filter((s) => s.room?.name === r.name),
  }));
  groups.push({ id: "room-none", heading: noRoom, sessions: sessions.filter((s) => !s.room) });
  return groups.filter((g) => g.sessions.length > 0);
}

export function SessionGroups({
  i18n,
  event,
  groups,
  omit,
  tz,
  sessionQuery,
  agendaButton,
}: {
  i18n: I18n;
  event: ForumEvent;
  groups: SessionGroup[];
  /** What the headings name, so each session need not repeat it. */
  omit: "track" | "room";
  tz?: string;
  sessionQuery: string;
  agendaButton?: (s: ForumSession) => unknown;
}) {
  return (
    <>
      {groups.map((g) => (
        <section class="programme__group" aria-labelledby={g.id}>
          <h2 id={g.id}>
            <bdi>{g.heading}</bdi>
            {g.capacity != null && (
              <span class="programme__capacity"> ({i18n.t("forum.session.capacity", { count: g.capacity })})</span>
            )}
          </h2>
          <p class="muted">{i18n.t("forum.programme.count", { count: g.sessions.length })}</p>
          <ul class="session-list">
            {g.sessions.map((s) => (
              <li class="session">
                <h3>
                  <a href={`/forum/${event.slug}/sessions/${s.id}${sessionQuery}`} lang={SESSION_LANGUAGE} dir="auto">
                    {s.title}
                  </a>
                </h3>
                <p>
                  <time datetime={s.day} class="session__day">
                    {dayLabel(i18n, s.day, "short")}
                  </time>
                  {" · "}
                  <SessionWhen i18n={i18n} session={s} event={event} tz={tz} />
                </p>
                <SessionFacts i18n={i18n} session={s} omit={omit} />
                {agendaButton?.(s) as never}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
