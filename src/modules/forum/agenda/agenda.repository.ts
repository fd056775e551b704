import type { Kysely } from "kysely";
import type { Database } from "../../../db/database.ts";

// Every SQL statement of personal agendas. Reads name `state = 'published'` and the event's `status =
// 'published'` themselves: an unpublished session stays in the table but never shows.

type Db = Kysely<Database>;

/** A published session of a published event, with its event's id. */
export function findPublishedSession(db: Db, sessionId: string) {
  return db
    .selectFrom("forumSession as s")
    .innerJoin("forumEvent as e", "e.id", "s.eventId")
    .select(["s.id", "s.eventId"])
    .where("s.id", "=", sessionId)
    .where("s.state", "=", "published")
    .where("e.status", "=", "published")
    .executeTakeFirst();
}

export async function insertItem(db: Db, userId: string, sessionId: string, addedAt: string) {
  await db
    .insertInto("forumAgendaItem")
    .values({ userId, sessionId, addedAt })
    .onConflict((oc) => oc.columns(["userId", "sessionId"]).doNothing())
    .execute();
}

export async function deleteItem(db: Db, userId: string, sessionId: string) {
  await db.deleteFrom("forumAgendaItem").where("userId", "=", userId).where("sessionId", "=", sessionId).execute();
}

/** The published sessions in a person's agenda, with their events' ids, in time order. */
export function findItems(db: Db, userId: string) {
  return db
    .selectFrom("forumAgendaItem as a")
    .innerJoin("forumSession as s", "s.id", "a.sessionId")
    .innerJoin("forumEvent as e", "e.id", "s.eventId")
    .select(["s.id as sessionId", "s.eventId", "e.startsOn"])
    .where("a.userId", "=", userId)
    .where("s.state", "=", "published")
    .where("e.status", "=", "published")
    .orderBy("e.startsOn", "desc")
    .orderBy("s.startsAt")
    .execute();
}

/** Which of these sessions are in the person's agenda. */
export function findItemsAmong(db: Db, userId: string, sessionIds: string[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("forumAgendaItem")
    .select("sessionId")
    .where("userId", "=", userId)
    .where("sessionId", "in", sessionIds)
    .execute();
}

export function findFeed(db: Db, userId: string) {
  return db.selectFrom("forumAgendaFeed").select(["createdAt"]).where("userId", "=", userId).executeTakeFirst();
}

export function findFeedOwner(db: Db, tokenHash: string) {
  return db.selectFrom("forumAgendaFeed").select("userId").where("tokenHash", "=", tokenHash).executeTakeFirst();
}

/** Sets the person's feed token hash; the old one, if any, stops opening anything. */
export async function upsertFeed(db: Db, userId: string, tokenHash: string, createdAt: string) {
  await db
    .insertInto("forumAgendaFeed")
    .values({ userId, tokenHash, createdAt })
    .onConflict((oc) => oc.column("userId").doUpdateSet({ tokenHash, createdAt }))
    .execute();
}

/** Every session in the person's agenda, published or not, for their data download. */
export function findAllItems(db: Db, userId: string) {
  return db
    .selectFrom("forumAgendaItem as a")
    .innerJoin("forumSession as s", "s.id", "a.sessionId")
    .select(["s.id as sessionId", "s.title", "s.startsAt", "s.endsAt", "a.addedAt"])
    .where("a.userId", "=", userId)
    .orderBy("s.startsAt")
    .execute();
}
