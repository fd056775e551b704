import type { Db } from "../../db/database.ts";
import type { Locale } from "../../platform/i18n/locale.ts";
import { localized } from "../../platform/i18n/translations.ts";
import { dayBounds, daysBetween, localDate } from "../../platform/time.ts";
import * as repo from "./forum.repository.ts";
import type { ForumEventTable, PersonRole } from "./forum.table.ts";

// The public Forum programme. Every read here is public and returns published events and sessions only; the
// organiser's side (drafts, scheduling) will come with its own access checks.

export interface ForumEvent {
  id: string;
  slug: string;
  title: string;
  startsOn: string;
  endsOn: string;
  venue: string;
  city: string;
  countryCode: string | null;
  timeZone: string;
  website: string | null;
  /** Every day of the event, YYYY-MM-DD in its zone. */
  days: string[];
  updatedAt: string;
  /**
   * Its last day is over, in its own zone: a past edition offers no registration and no call for proposals,
   * only its programme, speakers and partners as a record.
   */
  over: boolean;
}

export interface Named {
  code: string;
  name: string;
}

export interface SessionPerson {
  id: string;
  name: string;
  organization: string | null;
  title: string | null;
  role: PersonRole;
}

export interface ForumSession {
  id: string;
  title: string;
  description: string;
  /** UTC instants. */
  startsAt: string;
  endsAt: string;
  /** YYYY-MM-DD in the event's zone. */
  day: string;
  type: Named;
  track: Named | null;
  room: { name: string; capacity: number | null } | null;
  host: { id: string; name: string; website: string | null } | null;
  actionLines: string[];
  sdgs: number[];
  people: SessionPerson[];
  remoteUrl: string | null;
  recordingUrl: string | null;
  version: number;
  /** When a published session last changed, or null. */
  changedAt: string | null;
  updatedAt: string;
}

export interface Room {
  id: string;
  name: string;
  capacity: number | null;
}

/** A person named in at least one published session of an edition: speaker, moderator or organiser. */
export interface Speaker {
  id: string;
  name: string;
  organization: string | null;
  title: string | null;
  /** Every role they have in the edition's published sessions, in ROLE order. */
  roles: PersonRole[];
  sessionCount: number;
}

export interface SpeakerDetail extends Speaker {
  /** Their published sessions of the edition, in programme order, with their role(s) in each. */
  sessions: { roles: PersonRole[]; session: ForumSession }[];
}

/** The order roles are listed in: who leads a session first. */
export const ROLE_ORDER: PersonRole[] = ["moderator", "speaker", "organiser"];

/** People from their session rows, one entry each with their roles and number of sessions. */
function speakersOf(rows: Awaited<ReturnType<typeof repo.findPublishedPeople>>): Speaker[] {
  const byId = new Map<string, Speaker & { sessionIds: Set<string> }>();
  for (const r of rows) {
    const found = byId.get(r.id) ?? {
      id: r.id,
      name: r.name,
      organization: r.organization,
      title: r.title,
      roles: [],
      sessionCount: 0,
      sessionIds: new Set<string>(),
    };
    byId.set(r.id, found);
    if (!found.roles.includes(r.role)) found.roles.push(r.role);
    found.sessionIds.add(r.sessionId);
  }
  return [...byId.values()].map(({ sessionIds, ...speaker }) => ({
    ...speaker,
    roles: ROLE_ORDER.filter((role) => speaker.roles.includes(role)),
    sessionCount: sessionIds.size,
  }));
}

export interface ProgrammeQuery {
  /** One day (YYYY-MM-DD in the event's zone), or every day when absent. */
  day?: string;
  actionLine?: string;
  type?: string;
  track?: string;
  q?: string;
}

export interface Programme {
  sessions: ForumSession[];
  /** How many sessions match the filters on each day of the event, whatever day is shown. */
  dayCounts: Record<string, number>;
}

export interface PartnerTier {
  code: string;
  name: string;
  partners: {
    id: string;
    name: string;
    website: string | null;
    logoUrl: string | null;
    sessions: ForumSession[];
  }[];
}

/** The pattern the routes match an edition's slug with (/forum/{slug}/programme …). */
export const EDITION_SLUG = "[a-z0-9][a-z0-9-]{0,79}";

/**
 * The fixed segments of the pages under /forum/ that are not an edition's (/forum/agenda, /forum/proposals/mine,
 * /forum/registrations/mine …): an edition with one of these as its slug would be shadowed by them, or shadow them.
 * forum.slugs.test.ts holds this list to every route the app mounts under /forum/, so a new page cannot be missed.
 */
export const RESERVED_EDITION_SLUGS: readonly string[] = ["agenda", "proposals", "registrations"];

/** Why `slug` cannot name an edition, in words; undefined when it can. */
export function editionSlugProblem(slug: string): string | undefined {
  if (!new RegExp(`^${EDITION_SLUG}$`).test(slug)) {
    return `"${slug}" is not a slug: lower-case letters, digits and hyphens (at most 80), starting with a letter or digit`;
  }
  if (RESERVED_EDITION_SLUGS.includes(slug)) {
    return `"${slug}" is reserved: /forum/${slug} is another page (the reserved words are ${RESERVED_EDITION_SLUGS.join(", ")})`;
  }
  return undefined;
}

/** "C7.e-health" after "C7", "C10" after "C9". */
export function compareActionLines(a: string, b: string): number {
  const [, an = "0", as = ""] = /^C(\d+)(.*)$/.exec(a) ?? [];
  const [, bn = "0", bs = ""] = /^C(\d+)(.*)$/.exec(b) ?? [];
  return Number(an) - Number(bn) || as.localeCompare(bs);
}

function toEvent(row: ForumEventTable, locale: Locale, now: Date): ForumEvent {
  return {
    id: row.id,
    slug: row.slug,
    title: localized(row.title, row.titleTranslations, locale),
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    venue: row.venue,
    city: row.city,
    countryCode: row.countryCode,
    timeZone: row.timeZone,
    website: row.website,
    days: daysBetween(row.startsOn, row.endsOn),
    updatedAt: row.updatedAt,
    over: localDate(now, row.timeZone) > row.endsOn,
  };
}

export function createForumService(deps: { db: Db; clock: () => Date }) {
  const { db, clock } = deps;

  /** Rows → sessions with their links, for the sessions that are shown. */
  async function withLinks(rows: repo.ProgrammeRow[], event: ForumEvent, locale: Locale): Promise<ForumSession[]> {
    const links = await repo.findLinksOf(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      description: r.description,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      day: localDate(r.startsAt, event.timeZone),
      type: { code: r.typeCode, name: localized(r.typeName, r.typeNameTranslations, locale) },
      track:
        r.trackCode && r.trackName
          ? { code: r.trackCode, name: localized(r.trackName, r.trackNameTranslations, locale) }
          : null,
      room: r.roomName ? { name: r.roomName, capacity: r.roomCapacity } : null,
      host: r.hostId && r.hostName ? { id: r.hostId, name: r.hostName, website: r.hostWebsite } : null,
      actionLines: links.actionLines
        .filter((l) => l.sessionId === r.id)
        .map((l) => l.actionLineCode)
        .sort(compareActionLines),
      sdgs: links.sdgs.filter((l) => l.sessionId === r.id).map((l) => l.sdgNumber),
      people: links.people
        .filter((p) => p.sessionId === r.id)
        .map((p) => ({ id: p.id, name: p.name, organization: p.organization, title: p.title, role: p.role })),
      remoteUrl: r.remoteUrl,
      recordingUrl: r.recordingUrl,
      version: r.version,
      changedAt: r.changedAt,
      updatedAt: r.updatedAt,
    }));
  }

  /** Published editions, newest first. */
  async function events(locale: Locale): Promise<ForumEvent[]> {
    return (await repo.findPublishedEvents(db)).map((row) => toEvent(row, locale, clock()));
  }

  return {
    events,

    /**
     * The edition to show first: the one under way, else the next one, else the latest. "Today" is taken in each
     * event's own zone.
     */
    async featured(locale: Locale): Promise<{ event: ForumEvent; when: "current" | "next" | "past" } | null> {
      const all = await events(locale);
      const now = clock();
      const today = (e: ForumEvent) => localDate(now, e.timeZone);
      const current = all.find((e) => e.startsOn <= today(e) && today(e) <= e.endsOn);
      if (current) return { event: current, when: "current" };
      const next = all.filter((e) => e.startsOn > today(e)).at(-1);
      if (next) return { event: next, when: "next" };
      const latest = all[0];
      return latest ? { event: latest, when: "past" } : null;
    },

    async event(slugOrId: string, locale: Locale): Promise<ForumEvent | undefined> {
      const row = await repo.findPublishedEvent(db, slugOrId);
      return row ? toEvent(row, locale, clock()) : undefined;
    },

    /** The day to show when none is asked for: today while the event is on, else its first day. */
    defaultDay(event: ForumEvent): string {
      const today = localDate(clock(), event.timeZone);
      return event.days.includes(today) ? today : (event.days[0] ?? event.startsOn);
    },

    /** The tracks and session types the programme's filters offer. */
    async vocabularies(event: ForumEvent, locale: Locale): Promise<{ tracks: Named[]; types: Named[] }> {
      const [tracks, types] = await Promise.all([repo.findTracks(db, event.id), repo.findSessionTypes(db)]);
      return {
        tracks: tracks.map((t) => ({ code: t.code, name: localized(t.name, t.nameTranslations, locale) })),
        types: types.map((t) => ({ code: t.code, name: localized(t.name, t.nameTranslations, locale) })),
      };
    },

    /** The edition's rooms, in their order, with their capacity. */
    async rooms(event: ForumEvent): Promise<Room[]> {
      return (await repo.findRooms(db, event.id)).map((r) => ({ id: r.id, name: r.name, capacity: r.capacity }));
    },

    /**
     * Everyone named in a published session of the edition, by name in the reader's language's collation (so
     * "Émile" sorts with the E's, not after "Z").
     */
    async speakers(event: ForumEvent, locale: Locale): Promise<Speaker[]> {
      const collator = new Intl.Collator(locale, { sensitivity: "base" });
      return speakersOf(await repo.findPublishedPeople(db, event.id)).sort(
        (a, b) => collator.compare(a.name, b.name) || collator.compare(a.organization ?? "", b.organization ?? ""),
      );
    },

    /** One person with their published sessions of the edition; undefined when they are in none. */
    async speaker(event: ForumEvent, personId: string, locale: Locale): Promise<SpeakerDetail | undefined> {
      const [speaker] = speakersOf(await repo.findPublishedPeople(db, event.id, personId));
      if (!speaker) return undefined;
      const rows = await repo.findPublishedSessions(db, event.id, { personId });
      const sessions = await withLinks(rows, event, locale);
      return {
        ...speaker,
        sessions: sessions.map((session) => ({
          roles: ROLE_ORDER.filter((role) => session.people.some((p) => p.id === personId && p.role === role)),
          session,
        })),
      };
    },

    /** Published sessions matching the query, and the number matching on each day. */
    async programme(event: ForumEvent, query: ProgrammeQuery, locale: Locale): Promise<Programme> {
      // One query over the whole event: its days are few, and the counts per day come from the same rows.
      const rows = await repo.findPublishedSessions(db, event.id, {
        ...dayBounds(event.startsOn, event.timeZone),
        to: dayBounds(event.endsOn, event.timeZone).to,
        actionLine: query.actionLine,
        type: query.type,
        track: query.track,
        q: query.q,
      });
      const dayCounts: Record<string, number> = Object.fromEntries(event.days.map((d) => [d, 0]));
      const shown: repo.ProgrammeRow[] = [];
      for (const row of rows) {
        const day = localDate(row.startsAt, event.timeZone);
        dayCounts[day] = (dayCounts[day] ?? 0) + 1;
        if (!query.day || query.day === day) shown.push(row);
      }
      return { sessions: await withLinks(shown, event, locale), dayCounts };
    },

    /** One published session of the event. */
    async session(event: ForumEvent, id: string, locale: Locale): Promise<ForumSession | undefined> {
      const rows = await repo.findPublishedSessions(db, event.id, { id });
      return (await withLinks(rows, event, locale))[0];
    },

    /** These published sessions of the event (a personal agenda's), in programme order. */
    async sessionsIn(event: ForumEvent, ids: string[], locale: Locale): Promise<ForumSession[]> {
      const rows = await repo.findPublishedSessions(db, event.id, { ids });
      return withLinks(rows, event, locale);
    },

    /** Partners by tier (highest first), each with the published sessions it hosts. */
    async partners(event: ForumEvent, locale: Locale): Promise<PartnerTier[]> {
      const [tiers, partners] = await Promise.all([repo.findTiers(db, event.id), repo.findPartners(db, event.id)]);
      const rows = await repo.findPublishedSessions(db, event.id, { hostPartnerIds: partners.map((p) => p.id) });
      const sessions = await withLinks(rows, event, locale);
      const group = (tierId: string | null) =>
        partners
          .filter((p) => p.tierId === tierId)
          .map((p) => ({
            id: p.id,
            name: p.name,
            website: p.website,
            logoUrl: p.logoUrl,
            sessions: sessions.filter((s) => s.host?.id === p.id),
          }));
      const result: PartnerTier[] = tiers.map((t) => ({
        code: t.code,
        name: localized(t.name, t.nameTranslations, locale),
        partners: group(t.id),
      }));
      const untiered = group(null);
      if (untiered.length > 0) result.push({ code: "", name: "", partners: untiered });
      return result.filter((t) => t.partners.length > 0);
    },
  };
}

export type ForumService = ReturnType<typeof createForumService>;

// For other modules (registration), which read events in their own transaction: the event as the forum shows it,
// never its row.

/** A published event by slug or id, in the reader's language. */
export async function publishedEvent(
  db: Db,
  slugOrId: string,
  locale: Locale,
  now: Date,
): Promise<ForumEvent | undefined> {
  const row = await repo.findPublishedEvent(db, slugOrId);
  return row ? toEvent(row, locale, now) : undefined;
}

/** Events by id, drafts included (a registration keeps pointing at its event whatever becomes of it). */
export async function eventsByIds(
  db: Db,
  ids: readonly string[],
  locale: Locale,
  now: Date,
): Promise<Map<string, ForumEvent>> {
  const rows = await repo.findEventsByIds(db, [...new Set(ids)]);
  return new Map(rows.map((row) => [row.id, toEvent(row, locale, now)]));
}

/** Events, drafts included, whose last day is before `day` (YYYY-MM-DD): their ids and last days. */
export function eventsEndedBefore(db: Db, day: string): Promise<{ id: string; endsOn: string }[]> {
  return repo.findEventsEndedBefore(db, day);
}
