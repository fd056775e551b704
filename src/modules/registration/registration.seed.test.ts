import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { signedUp } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { dstEdition } from "../forum/forum.fixtures.ts";
import { loadEdition, loadNextEditionDemo } from "../forum/forum.seed.ts";
import { WSIS_FORUM_2027_CATEGORIES } from "./data/wsis-forum-2027.ts";
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

for (const dialect of await testDialects()) {
  describe(`an edition that is over takes no registrations [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
      await loadEdition(t.handle.db, dstEdition());
    });
    after(() => t?.close());

    test("the form says it closed when the edition ended, and a sent form is refused", async () => {
      const person = await signedUp(t, "too-late@example.org");
      const page = await person.get("/forum/dst-test-2025/register?lang=en");
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /Registration for this edition is closed: it ended on October 27, 2025\./);
      assert.doesNotMatch(html, /<form method="post" action="\/forum\/dst-test-2025\/register"/);
      const sent = await person.post("/forum/dst-test-2025/register", {
        attendance: "virtual",
        passportName: "TOO LATE",
        preferredName: "Too Late",
        organizationName: "Late Org",
        stakeholderTypeCode: "academia",
        countryCode: "KE",
        nationalityCode: "KE",
        consent: "yes",
      });
      assert.equal(sent.status, 409);
      const rows = await t.handle.db.selectFrom("forumRegistration").select("id").execute();
      assert.equal(rows.length, 0);
    });
  });
}
