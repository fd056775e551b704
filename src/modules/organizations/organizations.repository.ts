import type { Kysely } from "kysely";
import type { Database } from "../../db/database.ts";
import type { OrganizationMembershipTable, OrganizationTable } from "./organizations.table.ts";

// Every SQL statement of the organizations module.

type Db = Kysely<Database>;

export function findMembershipsOfUser(db: Db, userId: string) {
  return db
    .selectFrom("organizationMembership as m")
    .innerJoin("organization as o", "o.id", "m.organizationId")
    .select(["o.id", "o.name", "o.stakeholderTypeCode", "o.countryCode", "m.status", "m.isFocalPoint", "m.requestedAt"])
    .where("m.userId", "=", userId)
    .orderBy("o.name")
    .execute();
}

export function findOrganization(db: Db, id: string) {
  return db.selectFrom("organization").selectAll().where("id", "=", id).executeTakeFirst();
}

export function listOrganizations(db: Db, text: string, limit: number, offset: number) {
  let query = db.selectFrom("organization").selectAll();
  const needle = text.trim().toLowerCase();
  if (needle) {
    const like = `%${needle.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    query = query.where((eb) => eb(eb.fn("lower", ["name"]), "like", like));
  }
  return query.orderBy("name").limit(limit).offset(offset).execute();
}

export function findOrganizationByName(db: Db, name: string) {
  return db
    .selectFrom("organization")
    .selectAll()
    .where((eb) => eb(eb.fn("lower", ["name"]), "=", name.trim().toLowerCase()))
    .executeTakeFirst();
}

export async function insertOrganization(db: Db, organization: OrganizationTable) {
  await db.insertInto("organization").values(organization).execute();
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

export async function updateMembership(
  db: Db,
  organizationId: string,
  userId: string,
  changes: Partial<
    Pick<OrganizationMembershipTable, "status" | "isFocalPoint" | "decidedAt" | "decidedBy" | "requestedAt">
  >,
) {
  await db
    .updateTable("organizationMembership")
    .set(changes)
    .where("organizationId", "=", organizationId)
    .where("userId", "=", userId)
    .execute();
}

export function findMembers(db: Db, organizationId: string) {
  return db
    .selectFrom("organizationMembership as m")
    .innerJoin("userAccount as u", "u.id", "m.userId")
    .select([
      "u.id as userId",
      "u.displayName",
      "u.email",
      "m.status",
      "m.isFocalPoint",
      "m.requestedAt",
      "m.decidedAt",
    ])
    .where("m.organizationId", "=", organizationId)
    .orderBy("m.status")
    .orderBy("u.displayName")
    .execute();
}

export function findFocalPoints(db: Db, organizationId: string) {
  return db
    .selectFrom("organizationMembership as m")
    .innerJoin("userAccount as u", "u.id", "m.userId")
    .select(["u.id as userId", "u.displayName", "u.email", "u.preferredLocale"])
    .where("m.organizationId", "=", organizationId)
    .where("m.status", "=", "approved")
    .where("m.isFocalPoint", "=", 1)
    .execute();
}
