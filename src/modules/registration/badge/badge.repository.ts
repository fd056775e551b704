import { sql } from "kysely";
import type { Db } from "../../../db/database.ts";
import { containsPattern, likeEscaped } from "../../../db/like.ts";

// Every SQL statement of badges: the approved on-site registrations of an event (those that have a badge), their
// photos for printing, and a new badge nonce when a badge is re-issued.

export interface BadgeFilter {
  categoryId?: string;
  q?: string;
  /** Only these registrations (a batch chosen by staff). */
  ids?: string[];
}

function badgeHolders(db: Db, eventId: string, filter: BadgeFilter) {
  let query = db
    .selectFrom("forumRegistration as r")
    .leftJoin("forumParticipantCategory as c", "c.id", "r.categoryId")
    .leftJoin("forumRegistrationPhoto as p", "p.registrationId", "r.id")
    .where("r.eventId", "=", eventId)
    .where("r.attendance", "=", "onsite")
    .where("r.state", "=", "approved")
    .where("r.badgeNonce", "is not", null);
  if (filter.categoryId) query = query.where("r.categoryId", "=", filter.categoryId);
  if (filter.ids) query = query.where("r.id", "in", filter.ids.length > 0 ? filter.ids : [""]);
  const text = filter.q?.trim();
  if (text) {
    const pattern = containsPattern(text.toLowerCase());
    query = query.where((eb) =>
      eb.or([
        likeEscaped(sql`lower(${eb.ref("r.preferredName")})`, pattern),
        likeEscaped(sql`lower(${eb.ref("r.passportName")})`, pattern),
        likeEscaped(sql`lower(${eb.ref("r.organizationName")})`, pattern),
      ]),
    );
  }
  return query;
}

const HOLDER_COLUMNS = [
  "r.id",
  "r.reference",
  "r.preferredName",
  "r.organizationName",
  "r.categoryId",
  "c.name as categoryName",
  "c.nameTranslations as categoryTranslations",
  "c.colour as categoryColour",
  "p.contentType as photoType",
] as const;

/** The list staff choose from (no photo bytes), by name. */
export function findBadgeHolders(db: Db, eventId: string, filter: BadgeFilter) {
  return badgeHolders(db, eventId, filter).select(HOLDER_COLUMNS).orderBy("r.preferredName").orderBy("r.id").execute();
}

/** What a badge prints, photo bytes and nonce included. */
export function findBadges(db: Db, eventId: string, filter: BadgeFilter) {
  return badgeHolders(db, eventId, filter)
    .select([...HOLDER_COLUMNS, "r.passportName", "r.badgeNonce", "p.bytes as photoBytes"])
    .orderBy("r.preferredName")
    .orderBy("r.id")
    .execute();
}

export function findRegistration(db: Db, id: string) {
  return db
    .selectFrom("forumRegistration")
    .select(["id", "eventId", "attendance", "state", "preferredName", "badgeNonce", "version"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Replaces the badge nonce if the registration is still as read (same version); false when it changed since. */
export async function replaceBadgeNonce(db: Db, id: string, version: number, nonce: string, at: string) {
  const result = await db
    .updateTable("forumRegistration")
    .set({ badgeNonce: nonce, version: version + 1, updatedAt: at })
    .where("id", "=", id)
    .where("version", "=", version)
    .where("state", "=", "approved")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findCategories(db: Db, eventId: string) {
  return db
    .selectFrom("forumParticipantCategory")
    .select(["id", "name", "nameTranslations", "colour"])
    .where("eventId", "=", eventId)
    .orderBy("position")
    .orderBy("name")
    .execute();
}
