import type { Db } from "../../../db/database.ts";
import { newId, timestamp } from "../../../db/ids.ts";
import { type AuditContext, audit } from "../../../platform/audit/audit.ts";
import { type Actor, authorize } from "../../../platform/auth/policy.ts";
import { errors } from "../../../platform/http/errors.ts";
import { type FieldErrors, FormError } from "../../../platform/http/forms.ts";
import type { RequestMeta } from "../../../platform/http/request-meta.ts";
import type { MessageValues } from "../../../platform/i18n/i18n.ts";
import type { Mailer } from "../../../platform/mail/mailer.ts";
import { daysBetween, localDate, localTime, nextDay, zonedTimeToUtc } from "../../../platform/time.ts";
import { people } from "../../accounts/accounts.service.ts";
import * as forumRepo from "../forum.repository.ts";
import type { ForumEventTable, ForumSessionTable, PersonRole, SessionState } from "../forum.table.ts";
import { proposalMail } from "../proposals/proposals.mail.ts";
import { knownPerson } from "./organize.people.ts";
import * as repo from "./organize.repository.ts";
import type { PersonRow, SessionInput } from "./organize.schema.ts";
import { createEditionSettings } from "./organize.settings.ts";

// Scheduling: organisers create, edit, publish and unpublish sessions. Every method opens with the access check;
// every change is audited in its transaction. Times come in as the event's wall clock and are stored as UTC.

/** A rejected session form: each field's problem, and the values its messages name (a room, a session). */
export class ScheduleError extends FormError {
  constructor(
    errors: FieldErrors,
    readonly values: MessageValues = {},
  ) {
    super(errors);
  }
}

export interface OrganizerEvent {
  id: string;
  slug: string;
  title: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  days: string[];
  published: boolean;
}

export interface OrganizerSession {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  day: string;
  state: SessionState;
  version: number;
  changedAt: string | null;
  roomName: string | null;
  trackName: string | null;
  /** False for an accepted proposal's draft until an organiser gives it a time and a room: it cannot be published. */
  scheduled: boolean;
}

/** No session lasts longer than a day, overnight ones included. */
const MAX_DURATION_MS = 24 * 3600_000;

/** The public fields whose change makes a published session "changed". */
const SCHEDULED_FIELDS = [
  "title",
  "description",
  "typeCode",
  "trackId",
  "roomId",
  "startsAt",
  "endsAt",
  "hostPartnerId",
  "remoteUrl",
  "recordingUrl",
] as const;

function toOrganizerEvent(row: ForumEventTable): OrganizerEvent {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    timeZone: row.timeZone,
    days: daysBetween(row.startsOn, row.endsOn),
    published: row.status === "published",
  };
}

export function createForumOrganizer(deps: {
  db: Db;
  clock: () => Date;
  dialect: "sqlite" | "postgres";
  /** To tell proposers their session is in the programme (without it, nobody is told). */
  mailer?: Mailer;
  baseUrl?: string;
}) {
  const { db, clock, mailer } = deps;

  /**
   * A session an accepted proposal became, published for the first time: its proposer is told when and where, in
   * their language, with the link to the public session page (which exists from now on).
   */
  async function tellProposers(trx: Db, event: OrganizerEvent, sessionId: string) {
    if (!mailer || !deps.baseUrl) return;
    const session = await repo.findSession(trx, event.id, sessionId);
    if (!session) return;
    const room = (await forumRepo.findRooms(trx, event.id)).find((r) => r.id === session.roomId)?.name;
    const proposals = await repo.findProposalsOfSession(trx, sessionId);
    const proposers = await people(
      trx,
      proposals.map((p) => p.proposerId),
    );
    for (const proposal of proposals) {
      // A proposer whose account was deleted since is not told (the join did the same).
      const p = proposers.get(proposal.proposerId);
      if (!p) continue;
      const when = `${localDate(session.startsAt, event.timeZone)} ${localTime(session.startsAt, event.timeZone)}–${localTime(session.endsAt, event.timeZone)} (${event.timeZone})${room ? `, ${room}` : ""}`;
      await mailer.enqueue(
        trx,
        proposalMail(
          "proposalScheduled",
          p,
          {
            title: session.title,
            event: event.title,
            link: `${deps.baseUrl}/forum/${event.slug}/sessions/${sessionId}`,
            message: when,
          },
          deps.baseUrl,
        ),
      );
    }
  }
  const ctx = (actor: Actor, meta: RequestMeta): AuditContext => ({
    actorId: actor.userId,
    ip: meta.ip,
    requestId: meta.requestId,
    now: clock(),
  });

  async function sessionOrThrow(event: OrganizerEvent, id: string): Promise<ForumSessionTable> {
    const row = await repo.findSession(db, event.id, id);
    if (!row) throw errors.notFound("No session of this event here");
    return row;
  }

  /** The input checked against the event: its days, its vocabularies, the room and the speakers' time. */
  async function checked(event: OrganizerEvent, input: SessionInput, exceptId: string | null) {
    const problems: FieldErrors = {};
    const values: MessageValues = { first: event.startsOn, last: event.endsOn };
    if (!event.days.includes(input.day)) problems.day = "forumOrganize.error.dayOutside";
    // Compared as instants: over midnight (ticked) the end is on the next day; without the box an end at or before
    // the start is a mistake, said as such rather than read as the next day.
    const startsAt = zonedTimeToUtc(input.day, input.start, event.timeZone).toISOString();
    const endDay = input.endsNextDay ? nextDay(input.day) : input.day;
    const endsAt = zonedTimeToUtc(endDay, input.end, event.timeZone).toISOString();
    const duration = Date.parse(endsAt) - Date.parse(startsAt);
    if (duration <= 0) {
      problems.end = input.endsNextDay ? "forumOrganize.error.endBeforeStart" : "forumOrganize.error.endBeforeStartDay";
    } else if (duration > MAX_DURATION_MS) problems.end = "forumOrganize.error.tooLong";
    const [types, tracks, rooms, partners] = await Promise.all([
      forumRepo.findSessionTypes(db),
      forumRepo.findTracks(db, event.id),
      forumRepo.findRooms(db, event.id),
      forumRepo.findPartners(db, event.id),
    ]);
    if (!types.some((t) => t.code === input.typeCode)) problems.typeCode = "forumOrganize.error.unknownType";
    if (input.trackId && !tracks.some((t) => t.id === input.trackId)) {
      problems.trackId = "forumOrganize.error.unknownTrack";
    }
    const room = input.roomId ? rooms.find((r) => r.id === input.roomId) : undefined;
    if (input.roomId && !room) problems.roomId = "forumOrganize.error.unknownRoom";
    if (input.hostPartnerId && !partners.some((p) => p.id === input.hostPartnerId)) {
      problems.hostPartnerId = "forumOrganize.error.unknownPartner";
    }
    const chosenIds = input.people.map((p) => p.personId).filter(Boolean);
    const known = await repo.findPeopleByIds(db, chosenIds);
    if (known.length !== new Set(chosenIds).size) problems.people = "forumOrganize.error.unknownPerson";
    else if (input.people.some((p) => !p.personId && !p.name)) problems.people = "forumOrganize.error.personName";
    if (Object.keys(problems).length > 0) throw new ScheduleError(problems, values);
    const people = await matchedPeople(input.people, values);
    const existingIds = [...new Set(people.map((p) => p.personId).filter(Boolean))];

    if (room) {
      const taken = await repo.findRoomOverlaps(db, room.id, startsAt, endsAt, exceptId);
      const other = taken[0];
      if (other) {
        throw new ScheduleError(
          { roomId: "forumOrganize.error.roomTaken" },
          {
            ...values,
            room: room.name,
            other: other.title,
            from: localTime(other.startsAt, event.timeZone),
            to: localTime(other.endsAt, event.timeZone),
          },
        );
      }
    }
    if (!input.confirmConflicts) {
      const busy = (await repo.findPeopleOverlaps(db, existingIds, startsAt, endsAt, exceptId))[0];
      if (busy) {
        throw new ScheduleError(
          { confirmConflicts: "forumOrganize.error.speakerBusy" },
          { ...values, person: busy.personName, other: busy.sessionTitle },
        );
      }
    }
    return { startsAt, endsAt, people };
  }

  /** People typed by name who are already known become those people (organize.people.ts says when). */
  async function matchedPeople(rows: PersonRow[], values: MessageValues): Promise<PersonRow[]> {
    if (!rows.some((p) => !p.personId)) return rows;
    const everyone = await repo.findPeople(db);
    return rows.map((p) => {
      if (p.personId) return p;
      const match = knownPerson(p, everyone);
      if (match === "ambiguous") {
        throw new ScheduleError({ people: "forumOrganize.error.personAmbiguous" }, { ...values, person: p.name });
      }
      return match ? { ...p, personId: match } : p;
    });
  }

  /** The people rows as person ids: new people are created in the same transaction. */
  async function personIds(trx: Db, rows: PersonRow[], now: string) {
    const people: { personId: string; role: PersonRole }[] = [];
    for (const p of rows) {
      let personId = p.personId;
      if (!personId) {
        personId = newId(clock().getTime());
        await repo.insertPerson(trx, {
          id: personId,
          externalId: null,
          name: p.name,
          organization: p.organization,
          title: p.title,
          createdAt: now,
        });
      }
      // The same person twice in one role (chosen and typed again) is listed once.
      if (!people.some((q) => q.personId === personId && q.role === p.role)) people.push({ personId, role: p.role });
    }
    return people;
  }

  async function setState(actor: Actor | null, event: OrganizerEvent, id: string, to: SessionState, meta: RequestMeta) {
    const organizer = authorize(actor, "forum.organize");
    const row = await sessionOrThrow(event, id);
    if (row.state === to) return true;
    if (to === "published" && row.scheduled === 0) return false;
    const now = timestamp(clock());
    await db.transaction().execute(async (trx) => {
      await forumRepo.updateSession(trx, id, {
        state: to,
        updatedAt: now,
        // Published again after being public once: readers are told it changed.
        ...(to === "published"
          ? { version: row.version + 1, publishedAt: now, ...(row.publishedAt ? { changedAt: now } : {}) }
          : {}),
      });
      await audit(trx, ctx(organizer, meta), {
        action: to === "published" ? "forum.session.publish" : "forum.session.unpublish",
        objectType: "forum_session",
        objectId: id,
        before: { state: row.state, version: row.version },
        after: { state: to },
      });
      if (to === "published" && !row.publishedAt) await tellProposers(trx, event, id);
    });
    mailer?.kick();
    return true;
  }

  return {
    /** The edition's tracks, rooms, partner tiers and partners. */
    settings: createEditionSettings(deps),

    /** An event to organise, published or not. */
    async event(actor: Actor | null, slug: string): Promise<OrganizerEvent> {
      authorize(actor, "forum.organize");
      const row = await forumRepo.findEventBySlug(db, slug);
      if (!row) throw errors.notFound("No Forum edition here");
      return toOrganizerEvent(row);
    },

    /** Every session of the event, drafts included, with its day in the event's zone. */
    async sessions(actor: Actor | null, event: OrganizerEvent): Promise<OrganizerSession[]> {
      authorize(actor, "forum.organize");
      return (await repo.findAllSessions(db, event.id)).map((r) => ({
        ...r,
        scheduled: r.scheduled === 1,
        day: localDate(r.startsAt, event.timeZone),
      }));
    },

    /** What the session form offers: rooms, tracks, types, partners and the people already known. */
    async choices(actor: Actor | null, event: OrganizerEvent) {
      authorize(actor, "forum.organize");
      const [types, tracks, rooms, partners, people] = await Promise.all([
        forumRepo.findSessionTypes(db),
        forumRepo.findTracks(db, event.id),
        forumRepo.findRooms(db, event.id),
        forumRepo.findPartners(db, event.id),
        repo.findPeople(db),
      ]);
      return { types, tracks, rooms, partners, people };
    },

    /** A session as its form's values, in the event's wall clock. */
    async formValues(actor: Actor | null, event: OrganizerEvent, id: string) {
      authorize(actor, "forum.organize");
      const row = await sessionOrThrow(event, id);
      const links = await forumRepo.findSessionLinkRows(db, id);
      const values: Record<string, string> = {
        title: row.title,
        description: row.description,
        typeCode: row.typeCode,
        trackId: row.trackId ?? "",
        roomId: row.roomId ?? "",
        hostPartnerId: row.hostPartnerId ?? "",
        day: localDate(row.startsAt, event.timeZone),
        start: localTime(row.startsAt, event.timeZone),
        end: localTime(row.endsAt, event.timeZone),
        endsNextDay: localDate(row.endsAt, event.timeZone) !== localDate(row.startsAt, event.timeZone) ? "1" : "",
        remoteUrl: row.remoteUrl ?? "",
        recordingUrl: row.recordingUrl ?? "",
      };
      links.people.forEach((p, i) => {
        values[`person${i}`] = p.personId;
        values[`person${i}Role`] = p.role;
      });
      return {
        row,
        values,
        lists: {
          actionLines: links.actionLines.map((l) => l.actionLineCode),
          sdgs: links.sdgs.map((s) => String(s.sdgNumber)),
        },
      };
    },

    /** Creates a draft session, or saves one; a published session that changes gets a new version. */
    async save(
      actor: Actor | null,
      event: OrganizerEvent,
      id: string | null,
      input: SessionInput,
      meta: RequestMeta,
    ): Promise<string> {
      const organizer = authorize(actor, "forum.organize");
      const existing = id ? await sessionOrThrow(event, id) : null;
      const { startsAt, endsAt, people: rows } = await checked(event, input, id);
      const now = timestamp(clock());
      const fields = {
        title: input.title,
        description: input.description,
        typeCode: input.typeCode,
        trackId: input.trackId,
        roomId: input.roomId,
        startsAt,
        endsAt,
        hostPartnerId: input.hostPartnerId,
        remoteUrl: input.remoteUrl,
        recordingUrl: input.recordingUrl,
        // An accepted proposal's draft is scheduled once an organiser saves it with a room (and so a time);
        // every other session the form saves is.
        scheduled: input.roomId || !existing ? 1 : existing.scheduled,
      };
      const sessionId = existing?.id ?? newId(clock().getTime());
      await db.transaction().execute(async (trx) => {
        const people = await personIds(trx, rows, now);
        if (existing) {
          const before = await forumRepo.findSessionLinkRows(trx, sessionId);
          const sameLinks =
            JSON.stringify(before.actionLines.map((l) => l.actionLineCode).sort()) ===
              JSON.stringify([...input.actionLines].sort()) &&
            JSON.stringify(before.sdgs.map((s) => s.sdgNumber).sort((a, b) => a - b)) === JSON.stringify(input.sdgs) &&
            JSON.stringify(before.people.map((p) => [p.personId, p.role])) ===
              JSON.stringify(people.map((p) => [p.personId, p.role]));
          const differs = SCHEDULED_FIELDS.some((f) => existing[f] !== fields[f]) || !sameLinks;
          const bump = differs && existing.state === "published";
          await forumRepo.updateSession(trx, sessionId, {
            ...fields,
            updatedAt: now,
            ...(bump ? { version: existing.version + 1, changedAt: now } : {}),
          });
          await audit(trx, ctx(organizer, meta), {
            action: "forum.session.update",
            objectType: "forum_session",
            objectId: sessionId,
            before: {
              startsAt: existing.startsAt,
              endsAt: existing.endsAt,
              roomId: existing.roomId,
              version: existing.version,
            },
            after: { startsAt, endsAt, roomId: fields.roomId, version: bump ? existing.version + 1 : existing.version },
          });
        } else {
          await forumRepo.insertSession(trx, {
            id: sessionId,
            eventId: event.id,
            externalId: null,
            ...fields,
            state: "draft",
            version: 0,
            changedAt: null,
            createdAt: now,
            updatedAt: now,
            publishedAt: null,
          });
          await audit(trx, ctx(organizer, meta), {
            action: "forum.session.create",
            objectType: "forum_session",
            objectId: sessionId,
            after: { title: fields.title, startsAt, endsAt, roomId: fields.roomId },
          });
        }
        await forumRepo.replaceSessionLinks(trx, sessionId, {
          actionLines: input.actionLines,
          sdgs: input.sdgs,
          people,
        });
      });
      return sessionId;
    },

    /** Publishes one session; false (and nothing changes) when it is not scheduled yet. */
    publish: (actor: Actor | null, event: OrganizerEvent, id: string, meta: RequestMeta) =>
      setState(actor, event, id, "published", meta),

    unpublish: (actor: Actor | null, event: OrganizerEvent, id: string, meta: RequestMeta) =>
      setState(actor, event, id, "draft", meta),

    /**
     * Publishes every scheduled draft of the event at once; the drafts not scheduled yet (accepted proposals
     * without a time and room) stay drafts and are named, so the organiser sees what is left to do.
     */
    async publishProgramme(
      actor: Actor | null,
      event: OrganizerEvent,
      meta: RequestMeta,
    ): Promise<{ published: number; unscheduled: string[] }> {
      const organizer = authorize(actor, "forum.organize");
      const now = timestamp(clock());
      const result = await db.transaction().execute(async (trx) => {
        const all = await repo.findDrafts(trx, event.id);
        const drafts = all.filter((d) => d.scheduled === 1);
        const unscheduled = all.filter((d) => d.scheduled !== 1);
        for (const d of drafts) {
          await forumRepo.updateSession(trx, d.id, {
            state: "published",
            updatedAt: now,
            version: d.version + 1,
            publishedAt: now,
            ...(d.publishedAt ? { changedAt: now } : {}),
          });
          if (!d.publishedAt) await tellProposers(trx, event, d.id);
        }
        await audit(trx, ctx(organizer, meta), {
          action: "forum.programme.publish",
          objectType: "forum_event",
          objectId: event.id,
          after: { published: drafts.map((d) => d.id), notScheduled: unscheduled.map((d) => d.id) },
        });
        return { published: drafts.length, unscheduled: unscheduled.map((d) => d.title) };
      });
      mailer?.kick();
      return result;
    },
  };
}

export type ForumOrganizer = ReturnType<typeof createForumOrganizer>;
