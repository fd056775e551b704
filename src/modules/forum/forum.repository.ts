import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/database.ts";
import { containsPattern, likeEscaped } from "../../db/like.ts";
import type {
  ForumEventTable,
  ForumPartnerTable,
  ForumPartnerTierTable,
  ForumPersonTable,
  ForumRoomTable,
  ForumSessionTable,
  ForumSessionTypeTable,
  ForumTrackTable,
  PersonRole,
} from "./forum.table.ts";

// Every SQL statement of the Forum module. Public reads always name `state = 'published'` (and the event's
// `status = 'published'`) themselves, so no caller can forget it.

type Db = Kysely<Database>;

// Events

export function findPublishedEvents(db: Db) {
  return db
    .selectFrom("forumEvent")
    .selectAll()
    .where("status", "=", "published")
    .orderBy("startsOn", "desc")
    .execute();
}

/** A published event by its slug or id. */
export function findPublishedEvent(db: Db, slugOrId: string) {
  return db
    .selectFrom("forumEvent")
    .selectAll()
    .where("status", "=", "published")
    .where((eb) => eb.or([eb("slug", "=", slugOrId), eb("id", "=", slugOrId)]))
    .executeTakeFirst();
}

export function findEventBySlug(db: Db, slug: string) {
  return db.selectFrom("forumEvent").selectAll().where("slug", "=", slug).executeTakeFirst();
}

/** Events by id, drafts included: what other modules' records (a registration) point at. */
export function findEventsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("forumEvent")
    .selectAll()
    .where("id", "in", [...ids])
    .execute();
}

/** The ids of events, drafts included, whose last day is before `day` (YYYY-MM-DD). */
export function findEventsEndedBefore(db: Db, day: string) {
  return db.selectFrom("forumEvent").select(["id", "endsOn"]).where("endsOn", "<", day).execute();
}

export async function insertEvent(db: Db, row: ForumEventTable) {
  await db.insertInto("forumEvent").values(row).execute();
}

export async function updateEvent(db: Db, id: string, changes: Partial<Omit<ForumEventTable, "id">>) {
  await db.updateTable("forumEvent").set(changes).where("id", "=", id).execute();
}

// The programme's vocabularies

export function findSessionTypes(db: Db) {
  return db.selectFrom("forumSessionType").selectAll().orderBy("position").execute();
}

export async function upsertSessionType(db: Db, row: ForumSessionTypeTable) {
  await db
    .insertInto("forumSessionType")
    .values(row)
    .onConflict((oc) =>
      oc.column("code").doUpdateSet({ name: row.name, nameTranslations: row.nameTranslations, position: row.position }),
    )
    .execute();
}

export function findTracks(db: Db, eventId: string) {
  return db.selectFrom("forumTrack").selectAll().where("eventId", "=", eventId).orderBy("position").execute();
}

export async function upsertTrack(db: Db, row: ForumTrackTable) {
  await db
    .insertInto("forumTrack")
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(["eventId", "code"])
        .doUpdateSet({ name: row.name, nameTranslations: row.nameTranslations, position: row.position }),
    )
    .execute();
}

export function findRooms(db: Db, eventId: string) {
  return db.selectFrom("forumRoom").selectAll().where("eventId", "=", eventId).orderBy("position").execute();
}

export async function upsertRoom(db: Db, row: ForumRoomTable) {
  await db
    .insertInto("forumRoom")
    .values(row)
    .onConflict((oc) => oc.columns(["eventId", "name"]).doUpdateSet({ capacity: row.capacity, position: row.position }))
    .execute();
}

export function findTiers(db: Db, eventId: string) {
  return db.selectFrom("forumPartnerTier").selectAll().where("eventId", "=", eventId).orderBy("rank").execute();
}

export async function upsertTier(db: Db, row: ForumPartnerTierTable) {
  await db
    .insertInto("forumPartnerTier")
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(["eventId", "code"])
        .doUpdateSet({ name: row.name, nameTranslations: row.nameTranslations, rank: row.rank }),
    )
    .execute();
}

export function findPartners(db: Db, eventId: string) {
  return db.selectFrom("forumPartner").selectAll().where("eventId", "=", eventId).orderBy("name").execute();
}

export async function upsertPartner(db: Db, row: ForumPartnerTable) {
  await db
    .insertInto("forumPartner")
    .values(row)
    .onConflict((oc) =>
      oc.columns(["eventId", "name"]).doUpdateSet({ tierId: row.tierId, website: row.website, logoUrl: row.logoUrl }),
    )
    .execute();
}

export function findPersonByExternalId(db: Db, externalId: string) {
  return db.selectFrom("forumPerson").selectAll().where("externalId", "=", externalId).executeTakeFirst();
}

export async function insertPerson(db: Db, row: ForumPersonTable) {
  await db.insertInto("forumPerson").values(row).execute();
}

export async function updatePerson(
  db: Db,
  id: string,
  changes: Pick<ForumPersonTable, "name" | "organization" | "title">,
) {
  await db.updateTable("forumPerson").set(changes).where("id", "=", id).execute();
}

// Sessions: writes

export function findSessionByExternalId(db: Db, externalId: string) {
  return db.selectFrom("forumSession").selectAll().where("externalId", "=", externalId).executeTakeFirst();
}

export async function insertSession(db: Db, row: ForumSessionTable) {
  await db.insertInto("forumSession").values(row).execute();
}

export async function updateSession(db: Db, id: string, changes: Partial<Omit<ForumSessionTable, "id">>) {
  await db.updateTable("forumSession").set(changes).where("id", "=", id).execute();
}

export async function findSessionLinkRows(db: Db, sessionId: string) {
  const [actionLines, sdgs, people] = await Promise.all([
    db.selectFrom("forumSessionActionLine").select("actionLineCode").where("sessionId", "=", sessionId).execute(),
    db.selectFrom("forumSessionSdg").select("sdgNumber").where("sessionId", "=", sessionId).execute(),
    db
      .selectFrom("forumSessionPerson")
      .select(["personId", "role", "position"])
      .where("sessionId", "=", sessionId)
      .orderBy("position")
      .execute(),
  ]);
  return { actionLines, sdgs, people };
}

/** Replaces a session's Action Lines, SDGs and people with these. */
export async function replaceSessionLinks(
  db: Db,
  sessionId: string,
  links: { actionLines: string[]; sdgs: number[]; people: { personId: string; role: PersonRole }[] },
) {
  await db.deleteFrom("forumSessionActionLine").where("sessionId", "=", sessionId).execute();
  await db.deleteFrom("forumSessionSdg").where("sessionId", "=", sessionId).execute();
  await db.deleteFrom("forumSessionPerson").where("sessionId", "=", sessionId).execute();
  if (links.actionLines.length > 0) {
    await db
      .insertInto("forumSessionActionLine")
      .values(links.actionLines.map((actionLineCode) => ({ sessionId, actionLineCode })))
      .execute();
  }
  if (links.sdgs.length > 0) {
    await db
      .insertInto("forumSessionSdg")
      .values(links.sdgs.map((sdgNumber) => ({ sessionId, sdgNumber })))
      .execute();
  }
  if (links.people.length > 0) {
    await db
      .insertInto("forumSessionPerson")
      .values(links.people.map((p, position) => ({ sessionId, personId: p.personId, role: p.role, position })))
      .execute();
  }
}

// Sessions: the public programme

export interface ProgrammeFilter {
  /** UTC instants: sessions starting in [from, to). */
  from?: string;
  to?: string;
  actionLine?: string;
  type?: string;
  track?: string;
  /** Words to find in the title or description (any case for Latin letters; a plain "contains"). */
  q?: string;
  /** Only sessions hosted by one of these partners. */
  hostPartnerIds?: string[];
  /** One session. */
  id?: string;
  /** Only these sessions (a personal agenda). */
  ids?: string[];
  /** Only sessions this person appears in, in any role. */
  personId?: string;
}

/** Published sessions of an event, with their type, track, room and host, in programme order. */
export function findPublishedSessions(db: Db, eventId: string, filter: ProgrammeFilter) {
  let query = db
    .selectFrom("forumSession as s")
    .innerJoin("forumSessionType as ty", "ty.code", "s.typeCode")
    .leftJoin("forumTrack as tr", "tr.id", "s.trackId")
    .leftJoin("forumRoom as r", "r.id", "s.roomId")
    .leftJoin("forumPartner as p", "p.id", "s.hostPartnerId")
    .select([
      "s.id",
      "s.title",
      "s.description",
      "s.startsAt",
      "s.endsAt",
      "s.remoteUrl",
      "s.recordingUrl",
      "s.version",
      "s.changedAt",
      "s.updatedAt",
      "s.publishedAt",
      "ty.code as typeCode",
      "ty.name as typeName",
      "ty.nameTranslations as typeNameTranslations",
      "tr.code as trackCode",
      "tr.name as trackName",
      "tr.nameTranslations as trackNameTranslations",
      "r.name as roomName",
      "r.capacity as roomCapacity",
      "p.id as hostId",
      "p.name as hostName",
      "p.website as hostWebsite",
    ])
    .where("s.eventId", "=", eventId)
    .where("s.state", "=", "published");
  if (filter.id) query = query.where("s.id", "=", filter.id);
  if (filter.ids) {
    if (filter.ids.length === 0) return Promise.resolve([]);
    query = query.where("s.id", "in", filter.ids);
  }
  if (filter.from) query = query.where("s.startsAt", ">=", filter.from);
  if (filter.to) query = query.where("s.startsAt", "<", filter.to);
  if (filter.type) query = query.where("s.typeCode", "=", filter.type);
  if (filter.track) query = query.where("tr.code", "=", filter.track);
  if (filter.hostPartnerIds) {
    if (filter.hostPartnerIds.length === 0) return Promise.resolve([]);
    query = query.where("s.hostPartnerId", "in", filter.hostPartnerIds);
  }
  if (filter.personId) {
    const personId = filter.personId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("forumSessionPerson as sp")
          .select("sp.sessionId")
          .whereRef("sp.sessionId", "=", "s.id")
          .where("sp.personId", "=", personId),
      ),
    );
  }
  if (filter.actionLine) {
    const code = filter.actionLine;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("forumSessionActionLine as al")
          .select("al.sessionId")
          .whereRef("al.sessionId", "=", "s.id")
          .where("al.actionLineCode", "=", code),
      ),
    );
  }
  const text = filter.q?.trim();
  if (text) {
    const pattern = containsPattern(text.toLowerCase());
    query = query.where((eb) =>
      eb.or([
        likeEscaped(sql`lower(${eb.ref("s.title")})`, pattern),
        likeEscaped(sql`lower(${eb.ref("s.description")})`, pattern),
      ]),
    );
  }
  return query.orderBy("s.startsAt").orderBy("tr.position").orderBy("s.endsAt").orderBy("s.title").execute();
}

export type ProgrammeRow = Awaited<ReturnType<typeof findPublishedSessions>>[number];

/** The Action Lines, SDGs and people of these sessions, in one query each. */
export async function findLinksOf(db: Db, sessionIds: string[]) {
  if (sessionIds.length === 0) return { actionLines: [], sdgs: [], people: [] };
  const [actionLines, sdgs, people] = await Promise.all([
    db
      .selectFrom("forumSessionActionLine")
      .select(["sessionId", "actionLineCode"])
      .where("sessionId", "in", sessionIds)
      .execute(),
    db
      .selectFrom("forumSessionSdg")
      .select(["sessionId", "sdgNumber"])
      .where("sessionId", "in", sessionIds)
      .orderBy("sdgNumber")
      .execute(),
    db
      .selectFrom("forumSessionPerson as sp")
      .innerJoin("forumPerson as pe", "pe.id", "sp.personId")
      .select(["sp.sessionId", "sp.role", "pe.id", "pe.name", "pe.organization", "pe.title"])
      .where("sp.sessionId", "in", sessionIds)
      .orderBy("sp.position")
      .execute(),
  ]);
  return { actionLines, sdgs, people };
}

/**
 * The people of an event's published sessions: one row per person, session and role. A person who appears only
 * in drafts has no row, so cannot be listed or found.
 */
export function findPublishedPeople(db: Db, eventId: string, personId?: string) {
  let query = db
    .selectFrom("forumSessionPerson as sp")
    .innerJoin("forumSession as s", "s.id", "sp.sessionId")
    .innerJoin("forumPerson as pe", "pe.id", "sp.personId")
    .select(["pe.id", "pe.name", "pe.organization", "pe.title", "sp.sessionId", "sp.role"])
    .where("s.eventId", "=", eventId)
    .where("s.state", "=", "published");
  if (personId) query = query.where("pe.id", "=", personId);
  return query.orderBy("s.startsAt").orderBy("sp.position").execute();
}
