import type { Kysely } from "kysely";
import type { Database } from "../../../db/database.ts";
import type {
  ForumPartnerTable,
  ForumPartnerTierTable,
  ForumPersonTable,
  ForumRoomTable,
  ForumTrackTable,
} from "../forum.table.ts";

// The organiser's SQL: every session of an event whatever its state, and the look-ups the scheduling rules need.

type Db = Kysely<Database>;

/** Every session of an event, drafts included, in programme order. */
export function findAllSessions(db: Db, eventId: string) {
  return db
    .selectFrom("forumSession as s")
    .leftJoin("forumRoom as r", "r.id", "s.roomId")
    .leftJoin("forumTrack as tr", "tr.id", "s.trackId")
    .select([
      "s.id",
      "s.title",
      "s.startsAt",
      "s.endsAt",
      "s.state",
      "s.version",
      "s.changedAt",
      "s.typeCode",
      "s.scheduled",
      "r.name as roomName",
      "tr.name as trackName",
    ])
    .where("s.eventId", "=", eventId)
    .orderBy("s.startsAt")
    .orderBy("s.title")
    .execute();
}

export function findSession(db: Db, eventId: string, id: string) {
  return db
    .selectFrom("forumSession")
    .selectAll()
    .where("eventId", "=", eventId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Sessions in the room that overlap [startsAt, endsAt), other than `exceptId`. */
export function findRoomOverlaps(db: Db, roomId: string, startsAt: string, endsAt: string, exceptId: string | null) {
  let query = db
    .selectFrom("forumSession")
    .select(["id", "title", "startsAt", "endsAt"])
    .where("roomId", "=", roomId)
    .where("startsAt", "<", endsAt)
    .where("endsAt", ">", startsAt);
  if (exceptId) query = query.where("id", "<>", exceptId);
  return query.orderBy("startsAt").execute();
}

/** For these people, the other sessions (any event) they are in that overlap [startsAt, endsAt). */
export function findPeopleOverlaps(
  db: Db,
  personIds: string[],
  startsAt: string,
  endsAt: string,
  exceptId: string | null,
) {
  if (personIds.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom("forumSessionPerson as sp")
    .innerJoin("forumSession as s", "s.id", "sp.sessionId")
    .innerJoin("forumPerson as p", "p.id", "sp.personId")
    .select(["p.id as personId", "p.name as personName", "s.id as sessionId", "s.title as sessionTitle"])
    .where("sp.personId", "in", personIds)
    .where("s.startsAt", "<", endsAt)
    .where("s.endsAt", ">", startsAt);
  if (exceptId) query = query.where("s.id", "<>", exceptId);
  return query.orderBy("s.startsAt").execute();
}

export function findPeople(db: Db) {
  return db.selectFrom("forumPerson").select(["id", "name", "organization"]).orderBy("name").orderBy("id").execute();
}

export function findPeopleByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom("forumPerson").select(["id", "name"]).where("id", "in", ids).execute();
}

export async function insertPerson(db: Db, row: ForumPersonTable) {
  await db.insertInto("forumPerson").values(row).execute();
}

/** The drafts of an event, for publishing them together. */
export function findDrafts(db: Db, eventId: string) {
  return db
    .selectFrom("forumSession")
    .select(["id", "title", "version", "publishedAt", "scheduled"])
    .where("eventId", "=", eventId)
    .where("state", "=", "draft")
    .execute();
}

/** The proposals a session came from, with their proposers (to tell them when it is first published). */
export function findProposalsOfSession(db: Db, sessionId: string) {
  return db
    .selectFrom("forumProposal")
    .select(["id", "title", "proposerId"])
    .where("sessionId", "=", sessionId)
    .execute();
}

// The edition's vocabularies. Every statement names the event, so an id of another edition finds nothing.

/** How many sessions of the event use each room, track or host partner (drafts included). */
export async function countSessionsBy(db: Db, eventId: string, column: "roomId" | "trackId" | "hostPartnerId") {
  const rows = await db
    .selectFrom("forumSession")
    .select([column, (eb) => eb.fn.countAll<number | string>().as("n")])
    .where("eventId", "=", eventId)
    .where(column, "is not", null)
    .groupBy(column)
    .execute();
  return new Map(rows.map((r) => [String(r[column]), Number(r.n)]));
}

/**
 * Holds one item of the edition's vocabularies until the transaction ends (PostgreSQL), so a session or partner
 * given that item at the same moment waits for the deletion (and then fails on its foreign key) instead of
 * slipping in between the count and the delete. SQLite runs one write transaction at a time already.
 */
export async function lockVocabularyItem(
  trx: Db,
  table: "forumTrack" | "forumRoom" | "forumPartnerTier" | "forumPartner",
  eventId: string,
  id: string,
  dialect: "sqlite" | "postgres",
) {
  if (dialect !== "postgres") return;
  await trx.selectFrom(table).select("id").where("eventId", "=", eventId).where("id", "=", id).forUpdate().execute();
}

/** How many partners of the event each tier has. */
export async function countPartnersByTier(db: Db, eventId: string) {
  const rows = await db
    .selectFrom("forumPartner")
    .select(["tierId", (eb) => eb.fn.countAll<number | string>().as("n")])
    .where("eventId", "=", eventId)
    .where("tierId", "is not", null)
    .groupBy("tierId")
    .execute();
  return new Map(rows.map((r) => [String(r.tierId), Number(r.n)]));
}

export async function insertTrack(db: Db, row: ForumTrackTable) {
  await db.insertInto("forumTrack").values(row).execute();
}

export async function updateTrack(db: Db, eventId: string, id: string, changes: Partial<ForumTrackTable>) {
  await db.updateTable("forumTrack").set(changes).where("eventId", "=", eventId).where("id", "=", id).execute();
}

export async function deleteTrack(db: Db, eventId: string, id: string) {
  await db.deleteFrom("forumTrack").where("eventId", "=", eventId).where("id", "=", id).execute();
}

export async function insertRoom(db: Db, row: ForumRoomTable) {
  await db.insertInto("forumRoom").values(row).execute();
}

export async function updateRoom(db: Db, eventId: string, id: string, changes: Partial<ForumRoomTable>) {
  await db.updateTable("forumRoom").set(changes).where("eventId", "=", eventId).where("id", "=", id).execute();
}

export async function deleteRoom(db: Db, eventId: string, id: string) {
  await db.deleteFrom("forumRoom").where("eventId", "=", eventId).where("id", "=", id).execute();
}

export async function insertTier(db: Db, row: ForumPartnerTierTable) {
  await db.insertInto("forumPartnerTier").values(row).execute();
}

export async function updateTier(db: Db, eventId: string, id: string, changes: Partial<ForumPartnerTierTable>) {
  await db.updateTable("forumPartnerTier").set(changes).where("eventId", "=", eventId).where("id", "=", id).execute();
}

export async function deleteTier(db: Db, eventId: string, id: string) {
  await db.deleteFrom("forumPartnerTier").where("eventId", "=", eventId).where("id", "=", id).execute();
}

export async function insertPartner(db: Db, row: ForumPartnerTable) {
  await db.insertInto("forumPartner").values(row).execute();
}

export async function updatePartner(db: Db, eventId: string, id: string, changes: Partial<ForumPartnerTable>) {
  await db.updateTable("forumPartner").set(changes).where("eventId", "=", eventId).where("id", "=", id).execute();
}

export async function deletePartner(db: Db, eventId: string, id: string) {
  await db.deleteFrom("forumPartner").where("eventId", "=", eventId).where("id", "=", id).execute();
}
