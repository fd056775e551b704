import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/database.ts";
import { containsPattern, likeEscaped } from "../../db/like.ts";
import type { TokenPurpose, UserAccountTable } from "./accounts.table.ts";

// Every SQL statement of the accounts module. Plain functions: the database (or a transaction) comes first.

type Db = Kysely<Database>;

export function findUserByEmail(db: Db, email: string) {
  return db.selectFrom("userAccount").selectAll().where("email", "=", email).executeTakeFirst();
}

export function findUserById(db: Db, id: string) {
  return db.selectFrom("userAccount").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertUser(db: Db, user: UserAccountTable) {
  await db.insertInto("userAccount").values(user).execute();
}

/**
 * Inserts the account unless its email is taken, even by an insert not yet committed (PostgreSQL waits for that one
 * to end): true when this one was inserted. A second sign-up with one address is never a constraint error.
 */
export async function insertUserUnlessEmailTaken(db: Db, user: UserAccountTable): Promise<boolean> {
  const row = await db
    .insertInto("userAccount")
    .values(user)
    .onConflict((oc) => oc.column("email").doNothing())
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether an error is a unique constraint refusing a write (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

export async function updateUser(db: Db, id: string, changes: Partial<Omit<UserAccountTable, "id">>) {
  await db.updateTable("userAccount").set(changes).where("id", "=", id).execute();
}

export async function deleteUser(db: Db, id: string) {
  await db.deleteFrom("userAccount").where("id", "=", id).execute();
}

export async function insertToken(
  db: Db,
  token: {
    tokenHash: string;
    userId: string;
    purpose: TokenPurpose;
    newEmail: string | null;
    createdAt: string;
    expiresAt: string;
  },
) {
  await db
    .insertInto("userToken")
    .values({ ...token, usedAt: null })
    .execute();
}

/** Marks a token used, if it is unused, unexpired and for this purpose; returns it only then. One use only. */
export async function consumeToken(db: Db, tokenHash: string, purpose: TokenPurpose, now: string) {
  const token = await db
    .selectFrom("userToken")
    .selectAll()
    .where("tokenHash", "=", tokenHash)
    .where("purpose", "=", purpose)
    .executeTakeFirst();
  if (!token || token.usedAt !== null || token.expiresAt <= now) return undefined;
  const used = await db
    .updateTable("userToken")
    .set({ usedAt: now })
    .where("tokenHash", "=", tokenHash)
    .where("usedAt", "is", null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1 ? token : undefined;
}

export function findUsableToken(db: Db, tokenHash: string, purpose: TokenPurpose, now: string) {
  return db
    .selectFrom("userToken")
    .selectAll()
    .where("tokenHash", "=", tokenHash)
    .where("purpose", "=", purpose)
    .where("usedAt", "is", null)
    .where("expiresAt", ">", now)
    .executeTakeFirst();
}

/**
 * Earlier links of the same kind stop working when a new one is sent or one is used; every link of the account
 * ("all") when its password is reset or changed.
 */
export async function expireTokens(db: Db, userId: string, purpose: TokenPurpose | "all", now: string) {
  let query = db.updateTable("userToken").set({ usedAt: now }).where("userId", "=", userId).where("usedAt", "is", null);
  if (purpose !== "all") query = query.where("purpose", "=", purpose);
  await query.execute();
}

export async function insertSession(
  db: Db,
  session: Database["userSession"] extends infer T ? { [K in keyof T]: T[K] } : never,
) {
  await db.insertInto("userSession").values(session).execute();
}

/** The session of a cookie's token: its current one, or the one it replaced while that is in its grace period. */
export function findSessionByTokenHash(db: Db, tokenHash: string, now: string) {
  return db
    .selectFrom("userSession as s")
    .innerJoin("userAccount as u", "u.id", "s.userId")
    .select([
      "s.id as sessionId",
      "s.tokenHash",
      "s.expiresAt",
      "s.lastSeenAt",
      "s.privilegeVersion as sessionPrivilegeVersion",
      "u.id as userId",
      "u.email",
      "u.displayName",
      "u.preferredLocale",
      "u.privilegeVersion",
    ])
    .where((eb) =>
      eb.or([
        eb("s.tokenHash", "=", tokenHash),
        eb.and([eb("s.previousTokenHash", "=", tokenHash), eb("s.previousTokenUntil", ">", now)]),
      ]),
    )
    .executeTakeFirst();
}

export async function touchSession(db: Db, tokenHash: string, now: string) {
  await db.updateTable("userSession").set({ lastSeenAt: now }).where("tokenHash", "=", tokenHash).execute();
}

/**
 * Gives the session a new token, keeping the old one valid until `previousTokenUntil`. False when the old token was
 * already replaced (a concurrent request of the same browser did it first).
 */
export async function replaceSessionToken(
  db: Db,
  oldHash: string,
  next: { tokenHash: string; id: string; privilegeVersion: number; lastSeenAt: string; previousTokenUntil: string },
): Promise<boolean> {
  const result = await db
    .updateTable("userSession")
    .set({ ...next, previousTokenHash: oldHash })
    .where("tokenHash", "=", oldHash)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends the session of a token, whether it is the session's current token or the one in its grace period. */
export async function deleteSessionByTokenHash(db: Db, tokenHash: string) {
  await db
    .deleteFrom("userSession")
    .where((eb) => eb.or([eb("tokenHash", "=", tokenHash), eb("previousTokenHash", "=", tokenHash)]))
    .execute();
}

export async function deleteSessionById(db: Db, id: string) {
  await db.deleteFrom("userSession").where("id", "=", id).execute();
}

export function findSessionsOfUser(db: Db, userId: string) {
  return db
    .selectFrom("userSession")
    .select(["id", "createdAt", "lastSeenAt", "expiresAt", "ip", "userAgent"])
    .where("userId", "=", userId)
    .orderBy("lastSeenAt", "desc")
    .execute();
}

export async function deleteSessionOfUser(db: Db, userId: string, sessionId: string) {
  const result = await db
    .deleteFrom("userSession")
    .where("userId", "=", userId)
    .where("id", "=", sessionId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteSessionsOfUser(db: Db, userId: string, exceptSessionId?: string) {
  let query = db.deleteFrom("userSession").where("userId", "=", userId);
  if (exceptSessionId) query = query.where("id", "!=", exceptSessionId);
  await query.execute();
}

export async function deleteExpiredSessions(db: Db, now: string) {
  await db.deleteFrom("userSession").where("expiresAt", "<=", now).execute();
}

export function findGrants(db: Db, userId: string) {
  return db.selectFrom("roleGrant").selectAll().where("userId", "=", userId).orderBy("role").orderBy("scope").execute();
}

export async function insertGrant(
  db: Db,
  grant: Database["roleGrant"] extends infer T ? { [K in keyof T]: T[K] } : never,
) {
  await db
    .insertInto("roleGrant")
    .values(grant)
    .onConflict((oc) => oc.columns(["userId", "role", "scope"]).doNothing())
    .execute();
}

export async function deleteGrant(db: Db, userId: string, role: string, scope: string) {
  const result = await db
    .deleteFrom("roleGrant")
    .where("userId", "=", userId)
    .where("role", "=", role)
    .where("scope", "=", scope)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export function searchUsers(db: Db, text: string, limit: number) {
  let query = db
    .selectFrom("userAccount")
    .select(["id", "email", "displayName", "emailVerifiedAt", "createdAt"])
    .orderBy("email")
    .limit(limit);
  const needle = text.trim().toLowerCase();
  if (needle) {
    const like = containsPattern(needle);
    query = query.where(
      sql<boolean>`(${likeEscaped(sql`${sql.ref("email")}`, like)} or ${likeEscaped(sql`lower(${sql.ref("displayName")})`, like)})`,
    );
  }
  return query.execute();
}

export function countAdmins(db: Db) {
  return db
    .selectFrom("roleGrant")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("role", "=", "admin")
    .executeTakeFirstOrThrow();
}

/**
 * What the accounts module and the platform hold about one person, table by table, for their download (other
 * modules add their parts as PersonalDataSource).
 */
export async function personalData(db: Db, userId: string) {
  const [account, sessions, grants, audit] = await Promise.all([
    db.selectFrom("userAccount").selectAll().where("id", "=", userId).executeTakeFirst(),
    db
      .selectFrom("userSession")
      .select(["id", "createdAt", "lastSeenAt", "expiresAt", "ip", "userAgent"])
      .where("userId", "=", userId)
      .execute(),
    db.selectFrom("roleGrant").select(["role", "scope", "grantedAt"]).where("userId", "=", userId).execute(),
    db
      .selectFrom("auditEvent")
      .select(["at", "action", "objectType", "objectId", "actorIp"])
      .where("actorId", "=", userId)
      .orderBy("at")
      .execute(),
  ]);
  const mail = account
    ? await db
        .selectFrom("mailMessage")
        .select(["template", "subject", "status", "createdAt", "sentAt"])
        .where("toAddress", "=", account.email)
        .execute()
    : [];
  return {
    account,
    sessions,
    grants,
    audit,
    mail,
  };
}

export async function deleteMailTo(db: Db, address: string) {
  await db.deleteFrom("mailMessage").where("toAddress", "=", address).execute();
}

/** Roles or focal-point status changed: sessions issued before are reissued at their next request. */
export async function bumpPrivilegeVersion(db: Db, userId: string, now: string) {
  await db
    .updateTable("userAccount")
    .set((eb) => ({ privilegeVersion: eb("privilegeVersion", "+", 1), updatedAt: now }))
    .where("id", "=", userId)
    .execute();
}

/** The profile names an organisation only while the person belongs to it. */
export async function clearProfileOrganization(db: Db, userId: string, organizationId: string, now: string) {
  await db
    .updateTable("userAccount")
    .set({ organizationId: null, updatedAt: now })
    .where("id", "=", userId)
    .where("organizationId", "=", organizationId)
    .execute();
}

/** Name, address and language of people, for mail and for lists that show who did something. */
export function findPeople(db: Db, ids: readonly string[]) {
  return db
    .selectFrom("userAccount")
    .select(["id", "email", "displayName", "preferredLocale"])
    .where("id", "in", ids)
    .execute();
}
