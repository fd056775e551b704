import type { Db } from "../../db/database.ts";
import { newId, timestamp } from "../../db/ids.ts";
import { newNonce } from "./codes.ts";
import type { ForumParticipantCategoryTable, ForumRegistrationTable } from "./registration.table.ts";

// Rows for tests that need a registration in a given state without walking the whole accreditation path
// (letters, badges, check-in). Tests of the path itself go through the service.

/** Adds a participant category to an event and returns its row. */
export async function insertCategory(
  db: Db,
  eventId: string,
  fields: Partial<ForumParticipantCategoryTable> & { code: string },
): Promise<ForumParticipantCategoryTable> {
  const row: ForumParticipantCategoryTable = {
    id: newId(),
    eventId,
    name: fields.code,
    nameTranslations: null,
    colour: "#1f5fa8",
    autoAccredited: 0,
    admittedStakeholderTypes: null,
    position: 0,
    ...fields,
  };
  await db.insertInto("forumParticipantCategory").values(row).execute();
  return row;
}

/**
 * A registration of `userId` for `eventId`, approved on site by default, with letter and badge nonces set when
 * the state allows a letter (approved, confirmed).
 */
export async function insertRegistration(
  db: Db,
  fields: Partial<ForumRegistrationTable> & { eventId: string; userId: string },
): Promise<ForumRegistrationTable> {
  const at = timestamp();
  const state = fields.state ?? "approved";
  const attendance = fields.attendance ?? "onsite";
  const issued = state === "approved" || state === "confirmed";
  const row: ForumRegistrationTable = {
    id: newId(),
    reference: `TEST-${newNonce().slice(0, 10).toUpperCase()}`,
    attendance,
    state,
    route: attendance === "onsite" ? "secretariat" : null,
    passportName: "AMINA WANJIRU OKELLO",
    preferredName: "Amina Okello",
    organizationName: "Kenya ICT Authority",
    organizationId: null,
    stakeholderTypeCode: "government",
    categoryId: null,
    countryCode: "KE",
    nationalityCode: "KE",
    needsVisa: 0,
    accessibilityNeeds: null,
    interest: null,
    consentedAt: at,
    decisionReason: null,
    decidedBy: null,
    decidedAt: issued ? at : null,
    decidedAs: issued && attendance === "onsite" ? "secretariat" : null,
    endorsedBy: null,
    waitlistPosition: null,
    letterNonce: issued ? newNonce() : null,
    badgeNonce: issued && attendance === "onsite" ? newNonce() : null,
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
  await db.insertInto("forumRegistration").values(row).execute();
  return row;
}

/** Sets some of an event's registration settings (deadline, on-site capacity), keeping the others. */
export async function setRegistrationSettings(
  db: Db,
  eventId: string,
  fields: { accreditationClosesAt?: string | null; onsiteCapacity?: number | null },
): Promise<void> {
  const updatedAt = timestamp();
  await db
    .insertInto("forumRegistrationSettings")
    .values({ eventId, accreditationClosesAt: null, onsiteCapacity: null, ...fields, updatedAt })
    .onConflict((oc) => oc.column("eventId").doUpdateSet({ ...fields, updatedAt }))
    .execute();
}
