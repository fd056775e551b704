import type { I18n } from "../../../platform/i18n/i18n.ts";
import { localTime } from "../../../platform/time.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import { isFiltered, type ProgrammeParams, type ProgrammeView, programmeQuery } from "../forum.query.ts";
import type { ForumEvent, ForumSession, Named, Room } from "../forum.service.ts";
import { EventLinks } from "./forum-home.tsx";
import {
  clockTime,
  dateRange,
  dayLabel,
  SESSION_LANGUAGE,
  SessionFacts,
  SessionWhen,
  VIEWER_ZONES,
  ZoneNote,
  zoneChoiceLabel,
} from "./parts.tsx";
import { groupByRoom, groupByTrack, SessionGroups } from "./programme-groups.tsx";

export interface ProgrammeChoices {
  actionLines: { code: string; title: string }[];
  types: Named[];
  tracks: Named[];
  rooms: Room[];
}

const VIEWS: ProgrammeView[] = ["day", "track", "room"];
const VIEW_LABEL = {
  day: "forum.programme.byDay",
  track: "forum.programme.byTrack",
  room: "forum.programme.byRoom",
} as const;

/** By day, by track, by room: links, so each view has its own address and keeps the filters and the day. */
function ViewNav({ i18n, base, params }: { i18n: I18n; base: string; params: ProgrammeParams }) {
  const current = params.view ?? "day";
  return (
    <nav class="view-nav" aria-label={i18n.t("forum.programme.views")}>
      <ul>
        {VIEWS.map((view) => (
          <li>
            <a href={`${base}${programmeQuery(params, { view })}`} aria-current={view === current ? "page" : undefined}>
              {i18n.t(VIEW_LABEL[view])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Sessions by day, then by start time in the event's zone. */
function grouped(sessions: ForumSession[], zone: string) {
  const days = new Map<string, Map<string, ForumSession[]>>();
  for (const s of sessions) {
    const byTime = days.get(s.day) ?? new Map<string, ForumSession[]>();
    days.set(s.day, byTime);
    const time = localTime(s.startsAt, zone);
    byTime.set(time, [...(byTime.get(time) ?? []), s]);
  }
  return days;
}

function Select({
  id,
  label,
  value,
  anyLabel,
  options,
}: {
  id: string;
  label: string;
  value: string | undefined;
  anyLabel: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={id}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Filters({
  i18n,
  event,
  params,
  choices,
  shownDay,
}: {
  i18n: I18n;
  event: ForumEvent;
  params: ProgrammeParams;
  choices: ProgrammeChoices;
  shownDay: string | undefined;
}) {
  const any = i18n.t("forum.programme.any");
  return (
    <search class="programme-filters">
      <form method="get" action={`/forum/${event.slug}/programme`}>
        <h2 id="filters">{i18n.t("forum.programme.filters")}</h2>
        {params.day && <input type="hidden" name="day" value={params.day} />}
        {params.view && params.view !== "day" && <input type="hidden" name="view" value={params.view} />}
        <div class="field">
          <label for="q">{i18n.t("forum.programme.q")}</label>
          <input id="q" name="q" type="search" value={params.q ?? ""} dir="auto" maxlength={200} />
        </div>
        <div class="filter-row">
          <Select
            id="actionLine"
            label={i18n.t("forum.programme.actionLine")}
            value={params.actionLine}
            anyLabel={any}
            options={choices.actionLines.map((l) => ({ value: l.code, label: `${l.code} ${l.title}` }))}
          />
          <Select
            id="type"
            label={i18n.t("forum.programme.type")}
            value={params.type}
            anyLabel={any}
            options={choices.types.map((t) => ({ value: t.code, label: t.name }))}
          />
          <Select
            id="track"
            label={i18n.t("forum.programme.track")}
            value={params.track}
            anyLabel={any}
            options={choices.tracks.map((t) => ({ value: t.code, label: t.name }))}
          />
          <Select
            id="tz"
            label={i18n.t("forum.programme.tz")}
            value={params.tz}
            anyLabel={i18n.t("forum.programme.tzNone")}
            options={[...new Set<string>([...VIEWER_ZONES, ...(params.tz ? [params.tz] : [])])]
              .filter((z) => z !== event.timeZone)
              .map((z) => ({ value: z, label: zoneChoiceLabel(i18n, z, `${shownDay ?? event.startsOn}T12:00:00Z`) }))}
          />
        </div>
        <div class="actions">
          <button type="submit">{i18n.t("forum.programme.submit")}</button>
          {isFiltered(params) && (
            <a
              href={`/forum/${event.slug}/programme${programmeQuery({ day: params.day, tz: params.tz, view: params.view })}`}
            >
              {i18n.t("forum.programme.clear")}
            </a>
          )}
        </div>
      </form>
    </search>
  );
}

export function ProgrammePage({
  ctx,
  event,
  params,
  shownDay,
  sessions,
  dayCounts,
  choices,
  agendaButton,
  notices = [],
}: {
  ctx: PageContext;
  event: ForumEvent;
  params: ProgrammeParams;
  /** What the page left out of the address it was given. */
  notices?: string[];
  /** The one day shown, or undefined for every day. */
  shownDay: string | undefined;
  sessions: ForumSession[];
  dayCounts: Record<string, number>;
  choices: ProgrammeChoices;
  /** Add to or remove from the reader's agenda, when signed in. */
  agendaButton?: (s: ForumSession) => unknown;
}) {
  const { i18n } = ctx;
  const title = i18n.t("forum.programme.title", { event: event.title });
  const total = Object.values(dayCounts).reduce((a, b) => a + b, 0);
  const base = `/forum/${event.slug}/programme`;
  const view = params.view ?? "day";
  const days = view === "day" ? grouped(sessions, event.timeZone) : new Map<string, Map<string, ForumSession[]>>();
  const sessionQuery = params.tz ? `?tz=${encodeURIComponent(params.tz)}` : "";
  const pageTitle = [
    title,
    ...(view === "day" ? [] : [i18n.t(VIEW_LABEL[view])]),
    ...(shownDay ? [dayLabel(i18n, shownDay)] : []),
  ].join(" · ");
  return (
    <Layout
      ctx={ctx}
      title={pageTitle}
      breadcrumbs={[{ href: "/forum", label: i18n.t("forum.title") }]}
      alternateJson={`/api/v1/events/${event.id}/sessions${programmeQuery({ ...params, tz: undefined, view: undefined })}`}
    >
      <h1>{title}</h1>
      <p class="lead">
        {dateRange(i18n, event.startsOn, event.endsOn)} · {event.venue}, {event.city}
      </p>
      {notices.length > 0 && (
        <div class="notice" role="status">
          {notices.map((text) => (
            <p>{text}</p>
          ))}
        </div>
      )}
      <ZoneNote i18n={i18n} event={event} tz={params.tz} at={`${shownDay ?? event.startsOn}T12:00:00Z`} />
      <EventLinks ctx={ctx} event={event} />
      <ViewNav i18n={i18n} base={base} params={params} />
      <nav class="day-nav" aria-label={i18n.t("forum.programme.days")}>
        <ul>
          {event.days.map((day) => (
            <li>
              <a
                href={`${base}${programmeQuery(params, { day })}`}
                aria-current={day === shownDay ? "page" : undefined}
              >
                <span class="day-nav__day">{dayLabel(i18n, day, "short")}</span>{" "}
                <span class="day-nav__count">{i18n.t("forum.programme.count", { count: dayCounts[day] ?? 0 })}</span>
              </a>
            </li>
          ))}
          <li>
            <a
              href={`${base}${programmeQuery(params, { day: "all" })}`}
              aria-current={shownDay === undefined ? "page" : undefined}
            >
              <span class="day-nav__day">{i18n.t("forum.programme.allDays")}</span>{" "}
              <span class="day-nav__count">{i18n.t("forum.programme.count", { count: total })}</span>
            </a>
          </li>
        </ul>
      </nav>
      <Filters i18n={i18n} event={event} params={params} choices={choices} shownDay={shownDay} />
      <section aria-labelledby="results" class="programme">
        <h2 id="results" class="visually-hidden">
          {i18n.t("forum.programme.results")}
        </h2>
        <p class="programme__count" role="status">
          {shownDay
            ? i18n.t("forum.programme.countOnDay", { count: sessions.length, day: dayLabel(i18n, shownDay) })
            : i18n.t("forum.programme.count", { count: sessions.length })}
        </p>
        {sessions.length === 0 && (
          <p>{shownDay ? i18n.t("forum.programme.empty") : i18n.t("forum.programme.emptyAll")}</p>
        )}
        {view !== "day" && (
          <SessionGroups
            i18n={i18n}
            event={event}
            groups={
              view === "track"
                ? groupByTrack(sessions, choices.tracks, i18n.t("forum.programme.noTrack"))
                : groupByRoom(sessions, choices.rooms, i18n.t("forum.programme.noRoom"))
            }
            omit={view}
            tz={params.tz}
            sessionQuery={sessionQuery}
            agendaButton={agendaButton}
          />
        )}
        {[...days].map(([day, byTime]) => (
          <section class="programme__day" aria-labelledby={`day-${day}`}>
            <h2 id={`day-${day}`}>{dayLabel(i18n, day)}</h2>
            {[...byTime].map(([time, list]) => (
              <section class="programme__slot" aria-labelledby={`slot-${day}-${time.replace(":", "")}`}>
                <h3 id={`slot-${day}-${time.replace(":", "")}`}>
                  {list[0] ? clockTime(i18n, list[0].startsAt, event.timeZone) : time}
                </h3>
                <ul class="session-list">
                  {list.map((s) => (
                    <li class="session">
                      <h4>
                        <a
                          href={`/forum/${event.slug}/sessions/${s.id}${sessionQuery}`}
                          lang={SESSION_LANGUAGE}
                          dir="auto"
                        >
                          {s.title}
                        </a>
                      </h4>
                      <p>
                        <SessionWhen i18n={i18n} session={s} event={event} tz={params.tz} />
                      </p>
                      <SessionFacts i18n={i18n} session={s} />
                      {agendaButton?.(s) as never}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </section>
        ))}
      </section>
    </Layout>
  );
}
