import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { signedUp } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { WSIS_FORUM_2027_CATEGORIES } from "../forum/data/wsis-forum-2027.ts";
import { loadNextEditionDemo } from "../forum/forum.seed.ts";
import { loadRegistrationDemo } from "./registration.seed.ts";

for (const dialect of await testDialects()) {
  describe(`the demo's next edition, open for registration [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t?.close());

    test("its categories are added once, and an organiser's own set is left as it is", async () => {
      assert.equal(await loadRegistrationDemo(t.handle.db), 0, "nothing without the edition");
      await loadNextEditionDemo(t.handle.db);
      assert.equal(await loadRegistrationDemo(t.handle.db), WSIS_FORUM_2027_CATEGORIES.length);
      assert.equal(await loadRegistrationDemo(t.handle.db), 0, "a second start adds nothing");
      const rows = await t.handle.db
        .selectFrom("forumParticipantCategory as c")
        .innerJoin("forumEvent as e", "e.id", "c.eventId")
        .select(["c.code", "c.autoAccredited", "c.nameTranslations"])
        .where("e.slug", "=", "wsis-forum-2027")
        .orderBy("c.position")
        .execute();
      assert.deepEqual(
        rows.map((r) => [r.code, r.autoAccredited]),
        WSIS_FORUM_2027_CATEGORIES.map((c) => [c.code, c.autoAccredited ? 1 : 0]),
      );
      assert.ok(rows.every((r) => Object.keys(JSON.parse(r.nameTranslations ?? "{}")).length === 6));
      await t.handle.db.deleteFrom("forumParticipantCategory").where("code", "!=", "media").execute();
      assert.equal(await loadRegistrationDemo(t.handle.db), 0, "an edition with categories is not touched");
    });

    test("a signed-in person can open its registration form, with the deadline in Geneva time", async () => {
      const person = await signedUp(t, "next-edition@example.org");
      const res = await person.get("/forum/wsis-forum-2027/register?lang=en");
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.match(html, /WSIS Forum 2027 \(demo\)/);
      assert.match(html, /June 7, 2027/);
      assert.match(html, /Media/);
    });
  });
}
