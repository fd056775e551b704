import assert from "node:assert/strict";
import type { Db } from "../../src/db/database.ts";
import { newId, timestamp } from "../../src/db/ids.ts";
import type { TestApp } from "./app.ts";
import { linkIn, Visitor } from "./browser-like.ts";

export const PASSWORD = "correct horse battery staple";

/** Signs a new person up and confirms their address; returns them signed in. */
export async function signedUp(
  t: TestApp,
  email: string,
  name = "Amina Diallo",
  password = PASSWORD,
): Promise<Visitor> {
  const v = new Visitor(t);
  const res = await v.post("/account/signup", { displayName: name, email, password, preferredLocale: "en" });
  assert.equal(res.status, 200, await res.clone().text());
  const mail = (await t.mail()).filter((m) => m.to === email && /Confirm your email/.test(m.subject)).at(-1);
  assert.ok(mail, `a verification mail to ${email}`);
  const verify = linkIn(mail.text, "/account/verify");
  const token = new URL(verify, "http://x").searchParams.get("token") ?? "";
  assert.equal((await v.post("/account/verify", { token })).status, 200);
  const signin = await v.post("/account/signin", { email, password });
  assert.equal(signin.status, 303);
  return v;
}

/** A signed-in person with the given roles (granted directly, as an administrator would). */
export async function signedUpWithRoles(
  t: TestApp,
  email: string,
  grants: { role: string; scope?: string }[],
): Promise<Visitor> {
  const v = await signedUp(t, email);
  const user = await t.handle.db
    .selectFrom("userAccount")
    .select(["id", "privilegeVersion"])
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  for (const g of grants) {
    await t.handle.db
      .insertInto("roleGrant")
      .values({
        id: `${user.id}-${g.role}-${g.scope ?? ""}`,
        userId: user.id,
        role: g.role,
        scope: g.scope ?? "",
        grantedBy: null,
        grantedAt: new Date().toISOString(),
      })
      .execute();
  }
  await t.handle.db
    .updateTable("userAccount")
    .set({ privilegeVersion: user.privilegeVersion + 1 })
    .where("id", "=", user.id)
    .execute();
  return v;
}

/**
 * An account written straight into the table, for tests that need a person (a registration's owner, a badge
 * holder) who never signs in. Returns its id.
 */
export async function insertPerson(db: Db, name: string): Promise<string> {
  const id = newId();
  const at = timestamp();
  await db
    .insertInto("userAccount")
    .values({
      id,
      email: `${id}@example.org`,
      emailVerifiedAt: at,
      passwordHash: "x",
      displayName: name,
      passportName: null,
      organizationId: null,
      stakeholderTypeCode: null,
      countryCode: null,
      preferredLocale: "en",
      privilegeVersion: 1,
      createdAt: at,
      updatedAt: at,
    })
    .execute();
  return id;
}
