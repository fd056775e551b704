import type { Db } from "../../../db/database.ts";

// Every SQL statement of the e-confirmation letter, its public verification and the erasure of passport details.

/** What the letter prints, and who may download it. */
export function findRegistrationForLetter(db: Db, id: string) {
  return db
    .selectFrom("forumRegistration")
    .select([
      "id",
      "reference",
      "eventId",
      "userId",
      "attendance",
      "state",
      "passportName",
      "nationalityCode",
      "needsVisa",
      "letterNonce",
      "decidedAt",
    ])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** The registration a letter's nonce belongs to: only what the verification page may show. */
export function findByLetterNonce(db: Db, nonce: string) {
  return db
    .selectFrom("forumRegistration")
    .select(["id", "eventId", "attendance", "state", "passportName", "nationalityCode", "needsVisa", "decidedAt"])
    .where("letterNonce", "=", nonce)
    .executeTakeFirst();
}

export function findSealedPassport(db: Db, registrationId: string) {
  return db
    .selectFrom("forumRegistrationPassport")
    .select("sealed")
    .where("registrationId", "=", registrationId)
    .executeTakeFirst();
}

/** Registrations of these events that still hold passport details. */
export function findPassportsOfEvents(db: Db, eventIds: readonly string[]) {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("forumRegistrationPassport as p")
    .innerJoin("forumRegistration as r", "r.id", "p.registrationId")
    .select(["p.registrationId", "r.eventId"])
    .where("r.eventId", "in", [...eventIds])
    .orderBy("p.registrationId")
    .execute();
}

/** Deletes one registration's passport details; returns whether there were any (another instance may be first). */
export async function deletePassport(db: Db, registrationId: string): Promise<boolean> {
  const result = await db
    .deleteFrom("forumRegistrationPassport")
    .where("registrationId", "=", registrationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
