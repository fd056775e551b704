import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { buildTestApp, type TestApp } from "./support/app.ts";
import { linkIn, Visitor } from "./support/browser-like.ts";
import { testDialects } from "./support/databases.ts";

/**
 * Runs every flow that handles a secret, collects each secret it saw (passwords typed, session cookies,
 * links' tokens), then reads every row of every table and every log line, and looks for them in clear.
 */
for (const dialect of await testDialects()) {
  describe(`no secret is stored or logged in clear [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    const secrets = new Set<string>();
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t?.close());

    const tokenOf = (link: string) => new URL(link, "http://x").searchParams.get("token") ?? "";
    const lastMail = async (to: string, subject: RegExp) => {
      const mail = (await t.mail()).filter((m) => m.to === to && subject.test(m.subject)).at(-1);
      assert.ok(mail, `mail to ${to} ${subject}`);
      return mail.text;
    };

    test("the flows run", async () => {
      const first = "first secret passphrase 1";
      const second = "second secret passphrase 2";
      const third = "third secret passphrase 3";
      for (const p of [first, second, third]) secrets.add(p);
      const v = new Visitor(t);
      await v.post("/account/signup", { displayName: "Secret Keeper", email: "keeper@example.org", password: first });
      const verify = tokenOf(linkIn(await lastMail("keeper@example.org", /Confirm/), "/account/verify"));
      secrets.add(verify);
      await v.get(`/account/verify?token=${verify}`);
      assert.equal((await v.post("/account/verify", { token: verify })).status, 200);
      assert.equal((await v.post("/account/signin", { email: "keeper@example.org", password: first })).status, 303);
      secrets.add(v.cookies.get("wsis_session") ?? "");
      // A wrong password, which must not be logged either.
      const wrong = "a wrong password attempt";
      secrets.add(wrong);
      await new Visitor(t).post("/account/signin", { email: "keeper@example.org", password: wrong });

      assert.equal((await v.post("/account/password", { currentPassword: first, newPassword: second })).status, 303);
      await v.post("/account/email", { newEmail: "keeper2@example.org", currentPassword: second });
      const change = tokenOf(
        linkIn(await lastMail("keeper2@example.org", /Confirm your new/), "/account/email/confirm"),
      );
      secrets.add(change);
      assert.equal((await v.post("/account/email/confirm", { token: change })).status, 200);

      const anon = new Visitor(t);
      await anon.post("/account/forgot", { email: "keeper2@example.org" });
      const reset = tokenOf(linkIn(await lastMail("keeper2@example.org", /Reset/), "/account/reset"));
      secrets.add(reset);
      await anon.get(`/account/reset?token=${reset}`);
      assert.equal((await anon.post("/account/reset", { token: reset, password: third })).status, 200);
      assert.equal((await anon.post("/account/signin", { email: "keeper2@example.org", password: third })).status, 303);
      secrets.add(anon.cookies.get("wsis_session") ?? "");
      await anon.post("/account/signout", {});
      secrets.delete("");
      assert.ok(secrets.size >= 9);
    });

    test("no table holds any of them", async () => {
      const db = t.handle.db;
      const tables =
        dialect.name === "sqlite"
          ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)).rows
          : (
              await sql<{
                name: string;
              }>`select table_name as name from information_schema.tables where table_schema = 'public'`.execute(db)
            ).rows;
      assert.ok(tables.length >= 20, `found ${tables.length} tables`);
      let rows = 0;
      for (const { name } of tables) {
        const result = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
        rows += result.rows.length;
        const text = JSON.stringify(result.rows);
        for (const secret of secrets) {
          assert.ok(!text.includes(secret), `table ${name} holds a secret in clear`);
        }
      }
      assert.ok(rows > 0);
    });

    test("no log line holds any of them", () => {
      const text = JSON.stringify(t.logs);
      assert.ok(t.logs.length > 10);
      for (const secret of secrets) assert.ok(!text.includes(secret), "a log line holds a secret in clear");
    });
  });
}
