import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/database.ts";
import { containsPattern, likeEscaped } from "../../db/like.ts";
import type { OrganizationMembershipTable, OrganizationTable } from "./organizations.table.ts";

// Every SQL statement of the organizations module.

type Db = Kysely<Database>;

export function findMembershipsOfUser(db: Db, userId: string) {
  return db
    .selectFrom("organizationMembership as m")
    .innerJoin("organization as o", "o.id", "m.organizationId")
    .select([
      "o.id",
      "o.name",
      "o.stakeholderTypeCode",
      "o.countryCode",
      "o.verifiedAt",
      "m.status",
      "m.isFocalPoint",
      "m.requestedAt",
    ])
    .where("m.userId", "=", userId)
    .orderBy("o.name")
    .execute();
}

/** The organisation registered under exactly this name, if any. */
export function findOrganizationByName(db: Db, name: string) {
  return db.selectFrom("organization").select("id").where("name", "=", name).executeTakeFirst();
}

export function findOrganization(db: Db, id: string) {
  return db.selectFrom("organization").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Names containing the text: case-insensitive for ASCII everywhere, and as typed for any script. */
function nameMatches(text: string) {
  const needle = text.trim();
  const name = sql.ref("name");
  return sql<boolean>`(${likeEscaped(sql`lower(${name})`, containsPattern(needle.toLowerCase()))} or ${likeEscaped(sql`${name}`, containsPattern(needle))})`;
}

export function listOrganizations(db: Db, text: string, limit: number, offset: number, unverified = false) {
  let query = db.selectFrom("organization").selectAll();
  if (text.trim()) query = query.where(nameMatches(text));
  if (unverified) query = query.where("verifiedAt", "is", null);
  return query.orderBy("name").orderBy("id").limit(limit).offset(offset).execute();
}

export async function countOrganizations(db: Db, text: string, unverified = false) {
  let query = db.selectFrom("organization").select((eb) => eb.fn.countAll<number | string>().as("n"));
  if (text.trim()) query = query.where(nameMatches(text));
  if (unverified) query = query.where("verifiedAt", "is", null);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Organisations whose name has as many characters as this one: the candidates for "the same name in another
 * case". The comparison itself is made in TypeScript, because SQLite's lower() folds only ASCII letters and
 * "ФОНД" must collide with "Фонд" as "ACME" does with "Acme".
 */
export function findOrganizationsWithNameLength(db: Db, length: number) {
  return db
    .selectFrom("organization")
    .select(["id", "name"])
    .where((eb) => eb(eb.fn("length", ["name"]), "=", length))
    .execute();
}

/**
 * Holds the organisation's row until the transaction ends, so two people changing its focal points at once
 * cannot both remove "the other last one". SQLite runs one write transaction at a time already.
 */
export async function lockOrganization(db: Db, id: string, dialect: "sqlite" | "postgres") {
  if (dialect !== "postgres") return;
  await db.selectFrom("organization").select("id").where("id", "=", id).forUpdate().execute();
}

/**
 * Makes organisation creations wait for each other until the transaction ends, so two people creating "Acme"
 * at the same moment cannot both pass the duplicate check (the table has no unique index on a folded name).
 */
export async function lockOrganizationNames(db: Db, dialect: "sqlite" | "postgres") {
  if (dialect !== "postgres") return;
  await sql`select pg_advisory_xact_lock(hashtext('organization.name'))`.execute(db);
}

export async function insertOrganization(db: Db, organization: OrganizationTable) {
  await db.insertInto("organization").values(organization).execute();
}

export async function updateVerification(
  db: Db,
  id: string,
  changes: Pick<OrganizationTable, "verifiedAt" | "verifiedBy" | "verificationNote" | "updatedAt">,
) {
  await db.updateTable("organization").set(changes).where("id", "=", id).execute();
}

/** Of these organisations, the ones the secretariat has verified. */
export async function findVerifiedAmong(db: Db, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("organization")
    .select("id")
    .where("id", "in", ids)
    .where("verifiedAt", "is not", null)
    .execute();
  return rows.map((r) => r.id);
}

export function findMembership(db: Db, organizationId: string, userId: string) {
  return db
    .selectFrom("organizationMembership")
    .selectAll()
    .where("organizationId", "=", organizationId)
    .where("userId", "=", userId)
    .executeTakeFirst();
}

export async function insertMembership(db: Db, membership: OrganizationMembershipTable) {
  await db.insertInto("organizationMembership").values(membership).execute();
}

/**
 * The compare-and-set of a membership's move: its status (and the decision's columns) change only while the status
 * is one of `from`. Whether it changed; false when someone else moved it first.
 */
export async function transitionMembership(
  db: Db,
  organizationId: string,
  userId: string,
  from: readonly OrganizationMembershipTable["status"][],
  changes: Pick<OrganizationMembershipTable, "status" | "decidedAt" | "decidedBy"> &
    Partial<Pick<OrganizationMembershipTable, "isFocalPoint" | "requestedAt">>,
): Promise<boolean> {
  if (from.length === 0) return false;
  const result = await db
    .updateTable("organizationMembership")
    .set(changes)
    .where("organizationId", "=", organizationId)
    .where("userId", "=", userId)
    .where("status", "in", from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * A first request: inserted unless the person has a membership of the organisation already, even one not yet
 * committed (PostgreSQL waits for that one to end). Whether it was inserted.
 */
export async function insertMembershipUnlessExists(db: Db, membership: OrganizationMembershipTable): Promise<boolean> {
  const row = await db
    .insertInto("organizationMembership")
    .values(membership)
    .onConflict((oc) => oc.columns(["organizationId", "userId"]).doNothing())
    .returning("userId")
    .executeTakeFirst();
  return row !== undefined;
}

export async function updateMembership(
  db: Db,
  organizationId: string,
  userId: string,
  changes: Pick<OrganizationMembershipTable, "isFocalPoint">,
) {
  await db
    .updateTable("organizationMembership")
    .set(changes)
    .where("organizationId", "=", organizationId)
    .where("userId", "=", userId)
    .execute();
}

/** The organisation's members and requests; their names are the accounts module's (the service sorts by them). */
export function findMembers(db: Db, organizationId: string) {
  return db
    .selectFrom("organizationMembership")
    .select(["userId", "status", "isFocalPoint", "requestedAt", "decidedAt"])
    .where("organizationId", "=", organizationId)
    .execute();
}

/** The ids of the organisation's approved focal points (to write to them, ask the accounts service). */
export async function findFocalPoints(db: Db, organizationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("organizationMembership")
    .select("userId")
    .where("organizationId", "=", organizationId)
    .where("status", "=", "approved")
    .where("isFocalPoint", "=", 1)
    .execute();
  return rows.map((r) => r.userId);
}

/** The organisations the person is an approved focal point of (read at every request, for the session's actor). */
export async function findFocalPointOrganizations(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("organizationMembership")
    .select("organizationId")
    .where("userId", "=", userId)
    .where("status", "=", "approved")
    .where("isFocalPoint", "=", 1)
    .execute();
  return rows.map((r) => r.organizationId);
}

/** The person's memberships and requests, for their data download. */
export function findPersonalData(db: Db, userId: string) {
  return db
    .selectFrom("organizationMembership as m")
    .innerJoin("organization as o", "o.id", "m.organizationId")
    .select(["o.id", "o.name", "m.status", "m.isFocalPoint", "m.requestedAt", "m.decidedAt"])
    .where("m.userId", "=", userId)
    .execute();
}

export async function countFocalPoints(db: Db, organizationId: string) {
  const row = await db
    .selectFrom("organizationMembership")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("organizationId", "=", organizationId)
    .where("status", "=", "approved")
    .where("isFocalPoint", "=", 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteMembership(db: Db, organizationId: string, userId: string) {
  await db
    .deleteFrom("organizationMembership")
    .where("organizationId", "=", organizationId)
    .where("userId", "=", userId)
    .execute();
}
