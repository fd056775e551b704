import type { Db } from "../../../db/database.ts";
import type { ForumCheckinTable } from "../registration.table.ts";

// Every SQL statement of check-in: the registration a badge's nonce names, arrivals (one per person per day,
// enforced by the unique (registration_id, day) constraint), the photo, and the live counts.

/** The registration a badge nonce belongs to, with its category, or undefined when none has it (revoked). */
export function findByBadgeNonce(db: Db, nonce: string) {
  return db
    .selectFrom("forumRegistration as r")
    .leftJoin("forumParticipantCategory as c", "c.id", "r.categoryId")
    .select([
      "r.id",
      "r.eventId",
      "r.attendance",
      "r.state",
      "r.preferredName",
      "r.organizationName",
      "c.name as categoryName",
      "c.nameTranslations as categoryTranslations",
      "c.colour as categoryColour",
    ])
    .where("r.badgeNonce", "=", nonce)
    .executeTakeFirst();
}

export async function hasPhoto(db: Db, registrationId: string): Promise<boolean> {
  const row = await db
    .selectFrom("forumRegistrationPhoto")
    .select("registrationId")
    .where("registrationId", "=", registrationId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Records an arrival unless the person already arrived that day. ON CONFLICT DO NOTHING (both databases) rather
 * than catching the unique violation: on PostgreSQL a failed statement would abort the surrounding transaction.
 */
export async function insertCheckin(db: Db, row: ForumCheckinTable): Promise<boolean> {
  const result = await db
    .insertInto("forumCheckin")
    .values(row)
    .onConflict((oc) => oc.columns(["registrationId", "day"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export function findCheckin(db: Db, registrationId: string, day: string) {
  return db
    .selectFrom("forumCheckin")
    .selectAll()
    .where("registrationId", "=", registrationId)
    .where("day", "=", day)
    .executeTakeFirst();
}

/** Arrivals of an event counted by day and category (null: no category). */
export async function countArrivals(db: Db, eventId: string) {
  const rows = await db
    .selectFrom("forumCheckin as k")
    .innerJoin("forumRegistration as r", "r.id", "k.registrationId")
    .select(["k.day", "r.categoryId", (eb) => eb.fn.countAll<string | number>().as("n")])
    .where("k.eventId", "=", eventId)
    .groupBy(["k.day", "r.categoryId"])
    .execute();
  return rows.map((r) => ({ day: r.day, categoryId: r.categoryId, n: Number(r.n) }));
}

/** Approved on-site registrations of an event counted by category: how many may arrive. */
export async function countExpected(db: Db, eventId: string) {
  const rows = await db
    .selectFrom("forumRegistration")
    .select(["categoryId", (eb) => eb.fn.countAll<string | number>().as("n")])
    .where("eventId", "=", eventId)
    .where("attendance", "=", "onsite")
    .where("state", "=", "approved")
    .groupBy("categoryId")
    .execute();
  return rows.map((r) => ({ categoryId: r.categoryId, n: Number(r.n) }));
}

export function findCategories(db: Db, eventId: string) {
  return db
    .selectFrom("forumParticipantCategory")
    .selectAll()
    .where("eventId", "=", eventId)
    .orderBy("position")
    .orderBy("name")
    .execute();
}
