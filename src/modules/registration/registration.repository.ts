import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type {
  Attendance,
  ForumParticipantCategoryTable,
  ForumRegistrationSettingsTable,
  ForumRegistrationTable,
  RegistrationState,
} from "./registration.table.ts";

// Every SQL statement of registration and accreditation. The event itself is the forum's: its service names it;
// what registration sets for an event (deadline, on-site capacity) is this module's own table.

/** An event's registration settings; none stored reads as no deadline and no limit. */
export function findSettings(db: Db, eventId: string) {
  return db
    .selectFrom("forumRegistrationSettings")
    .select(["accreditationClosesAt", "onsiteCapacity"])
    .where("eventId", "=", eventId)
    .executeTakeFirst();
}

/** Stores an event's settings, over any stored before. */
export function saveSettings(db: Db, row: ForumRegistrationSettingsTable) {
  const { eventId: _id, ...changes } = row;
  return db
    .insertInto("forumRegistrationSettings")
    .values(row)
    .onConflict((oc) => oc.column("eventId").doUpdateSet(changes))
    .execute();
}

/** Stores an event's settings unless it has some: the demo's, which never override an organiser's. */
export function addSettings(db: Db, row: ForumRegistrationSettingsTable) {
  return db
    .insertInto("forumRegistrationSettings")
    .values(row)
    .onConflict((oc) => oc.column("eventId").doNothing())
    .execute();
}

/**
 * Holds the event's settings row until the transaction ends, so two approvals of the same event count places one
 * after the other (PostgreSQL); the row is made first for an event that has none. SQLite runs one write
 * transaction at a time, which gives the same order by itself.
 */
export async function lockEvent(trx: Db, eventId: string, dialect: "sqlite" | "postgres", now: string) {
  if (dialect === "postgres") {
    await trx
      .insertInto("forumRegistrationSettings")
      .values({ eventId, accreditationClosesAt: null, onsiteCapacity: null, updatedAt: now })
      .onConflict((oc) => oc.column("eventId").doNothing())
      .execute();
    await sql`select event_id from forum_registration_settings where event_id = ${eventId} for update`.execute(trx);
  }
}

export function findCategories(db: Db, eventId: string) {
  return db
    .selectFrom("forumParticipantCategory")
    .selectAll()
    .where("eventId", "=", eventId)
    .orderBy("position")
    .orderBy("code")
    .execute();
}

export function findCategory(db: Db, id: string) {
  return db.selectFrom("forumParticipantCategory").selectAll().where("id", "=", id).executeTakeFirst();
}

export function insertCategory(db: Db, row: ForumParticipantCategoryTable) {
  return db.insertInto("forumParticipantCategory").values(row).execute();
}

export function updateCategory(
  db: Db,
  id: string,
  fields: Pick<
    ForumParticipantCategoryTable,
    "name" | "colour" | "autoAccredited" | "admittedStakeholderTypes" | "position"
  > & { nameTranslations?: string | null },
) {
  return db.updateTable("forumParticipantCategory").set(fields).where("id", "=", id).execute();
}

export function findRegistration(db: Db, id: string) {
  return db.selectFrom("forumRegistration").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The person's registration for the event that is not cancelled (at most one: a partial unique index). */
export function findRegistrationOf(db: Db, eventId: string, userId: string) {
  return db
    .selectFrom("forumRegistration")
    .selectAll()
    .where("eventId", "=", eventId)
    .where("userId", "=", userId)
    .where("state", "<>", "cancelled")
    .executeTakeFirst();
}

/** The person's cancelled registrations for the event, newest first: the history a new request keeps. */
export function findCancelledOf(db: Db, eventId: string, userId: string) {
  return db
    .selectFrom("forumRegistration")
    .select(["id", "reference", "createdAt", "updatedAt"])
    .where("eventId", "=", eventId)
    .where("userId", "=", userId)
    .where("state", "=", "cancelled")
    .orderBy("createdAt", "desc")
    .orderBy("id", "desc")
    .execute();
}

export async function referenceTaken(db: Db, reference: string): Promise<boolean> {
  const row = await db
    .selectFrom("forumRegistration")
    .select("id")
    .where("reference", "=", reference)
    .executeTakeFirst();
  return row !== undefined;
}

export function insertRegistration(db: Db, row: ForumRegistrationTable) {
  return db.insertInto("forumRegistration").values(row).execute();
}

/**
 * Moves a registration on only when it is still in one of the expected states and at the version read; false
 * when someone else moved it first.
 */
export async function transition(
  db: Db,
  id: string,
  from: readonly RegistrationState[],
  version: number,
  changes: Partial<ForumRegistrationTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("forumRegistration")
    .set({ ...changes, version: version + 1 })
    .where("id", "=", id)
    .where("state", "in", [...from])
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function insertPassport(db: Db, registrationId: string, sealed: string, createdAt: string) {
  return db.insertInto("forumRegistrationPassport").values({ registrationId, sealed, createdAt }).execute();
}

export function findPassport(db: Db, registrationId: string) {
  return db
    .selectFrom("forumRegistrationPassport")
    .select("sealed")
    .where("registrationId", "=", registrationId)
    .executeTakeFirst();
}

export function insertPhoto(db: Db, registrationId: string, contentType: string, bytes: Uint8Array, at: string) {
  return db
    .insertInto("forumRegistrationPhoto")
    .values({ registrationId, contentType, bytes, createdAt: at })
    .execute();
}

export function findPhoto(db: Db, registrationId: string) {
  return db
    .selectFrom("forumRegistrationPhoto")
    .select(["contentType", "bytes"])
    .where("registrationId", "=", registrationId)
    .executeTakeFirst();
}

export async function countApprovedOnsite(db: Db, eventId: string): Promise<number> {
  const row = await db
    .selectFrom("forumRegistration")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("eventId", "=", eventId)
    .where("attendance", "=", "onsite")
    .where("state", "=", "approved")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function lastWaitlistPosition(db: Db, eventId: string): Promise<number> {
  const row = await db
    .selectFrom("forumRegistration")
    .select((eb) => eb.fn.max("waitlistPosition").as("last"))
    .where("eventId", "=", eventId)
    .where("state", "=", "waitlisted")
    .executeTakeFirst();
  return Number(row?.last ?? 0);
}

export function firstWaitlisted(db: Db, eventId: string) {
  return db
    .selectFrom("forumRegistration")
    .selectAll()
    .where("eventId", "=", eventId)
    .where("state", "=", "waitlisted")
    .orderBy("waitlistPosition")
    .orderBy("createdAt")
    .limit(1)
    .executeTakeFirst();
}

/** A person's registrations, newest first (the service orders them by their events' dates). */
export function findRegistrationsOfUser(db: Db, userId: string) {
  return db
    .selectFrom("forumRegistration")
    .selectAll()
    .where("userId", "=", userId)
    .orderBy("createdAt", "desc")
    .execute();
}

export interface QueueFilter {
  eventId: string;
  states: RegistrationState[];
  /** Requests routed to the secretariat: its own route, and focal-point requests once they left the focal point. */
  secretariat: boolean;
  /** Focal-point requests of these organisations. */
  organizations: string[];
  /** Organisations no longer verified: their focal-point requests are the secretariat's (with `secretariat`). */
  unverified: string[];
  /** Only the decisions focal points made, for the secretariat to sample (with `secretariat`). */
  decidedByFocalPoints: boolean;
}

/** The organisations an event's focal-point requests were routed to. */
export async function findFocalPointOrganizations(db: Db, eventId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("forumRegistration")
    .select("organizationId")
    .distinct()
    .where("eventId", "=", eventId)
    .where("route", "=", "focal_point")
    .where("organizationId", "is not", null)
    .execute();
  return rows.flatMap((r) => (r.organizationId ? [r.organizationId] : []));
}

/** On-site requests in the given states, oldest first. */
export function findQueue(db: Db, filter: QueueFilter) {
  return db
    .selectFrom("forumRegistration as r")
    .leftJoin("forumParticipantCategory as c", "c.id", "r.categoryId")
    .selectAll("r")
    .select(["c.name as categoryName", "c.nameTranslations as categoryTranslations", "c.autoAccredited"])
    .where("r.eventId", "=", filter.eventId)
    .where("r.attendance", "=", "onsite")
    .where("r.state", "in", filter.states)
    .where((eb) => {
      // Never a bound boolean, which better-sqlite3 cannot bind.
      const nothing = sql<boolean>`1 = 0`;
      if (filter.decidedByFocalPoints) return filter.secretariat ? eb("r.decidedAs", "=", "focal_point") : nothing;
      const parts = [];
      if (filter.secretariat) {
        parts.push(eb("r.route", "=", "secretariat"), eb("r.state", "!=", "submitted"));
        if (filter.unverified.length > 0) parts.push(eb("r.organizationId", "in", filter.unverified));
      }
      if (filter.organizations.length > 0) {
        parts.push(eb.and([eb("r.route", "=", "focal_point"), eb("r.organizationId", "in", filter.organizations)]));
      }
      return parts.length > 0 ? eb.or(parts) : nothing;
    })
    .orderBy("r.createdAt")
    .orderBy("r.id")
    .limit(500)
    .execute();
}

export interface ListFilter {
  attendance?: Attendance;
  state?: RegistrationState;
  stakeholderTypeCode?: string;
  countryCode?: string;
  /** Countries of an ITU-D region. */
  countries?: string[];
  categoryId?: string;
}

/** An event's registrations for its organisers, oldest first. */
export function findRegistrations(db: Db, eventId: string, filter: ListFilter, limit?: number) {
  let query = db
    .selectFrom("forumRegistration as r")
    .leftJoin("forumParticipantCategory as c", "c.id", "r.categoryId")
    .selectAll("r")
    .select(["c.code as categoryCode", "c.name as categoryName", "c.nameTranslations as categoryTranslations"])
    .where("r.eventId", "=", eventId);
  if (filter.attendance) query = query.where("r.attendance", "=", filter.attendance);
  if (filter.state) query = query.where("r.state", "=", filter.state);
  if (filter.stakeholderTypeCode) query = query.where("r.stakeholderTypeCode", "=", filter.stakeholderTypeCode);
  if (filter.countryCode) query = query.where("r.countryCode", "=", filter.countryCode);
  if (filter.countries) {
    const list = filter.countries.length > 0 ? filter.countries : ["--"];
    query = query.where("r.countryCode", "in", list);
  }
  if (filter.categoryId) query = query.where("r.categoryId", "=", filter.categoryId);
  query = query.orderBy("r.createdAt").orderBy("r.id");
  return limit ? query.limit(limit).execute() : query.execute();
}

/** How many registrations of an event (cancelled and rejected ones aside) per stakeholder type, country and mode. */
export function countRegistrations(db: Db, eventId: string) {
  return db
    .selectFrom("forumRegistration")
    .select(["stakeholderTypeCode", "countryCode", "attendance"])
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("eventId", "=", eventId)
    .where("state", "not in", ["cancelled", "rejected"])
    .groupBy(["stakeholderTypeCode", "countryCode", "attendance"])
    .execute();
}
