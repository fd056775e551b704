import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { signedUp, signedUpWithRoles } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import type { Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { dstEdition } from "../forum/forum.fixtures.ts";
import { loadEdition } from "../forum/forum.seed.ts";

// Issue 17: an organiser names a participant category in the six languages; each reader sees theirs, and the name
// as given where there is none.

const SLUG = "wsis-names-2099";

for (const dialect of await testDialects()) {
  describe(`Participant category names in the reader's language [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let organizer: Visitor;
    before(async () => {
      t = await buildTestApp(dialect);
      await loadEdition(t.handle.db, {
        ...dstEdition(),
        slug: SLUG,
        title: { en: "Names Forum 2099" },
        startsOn: "2099-10-24",
        endsOn: "2099-10-27",
        sessions: [],
      });
      organizer = await signedUpWithRoles(t, "organizer@example.org", [{ role: "organizer" }]);
    });
    after(() => t?.close());

    test("the settings form takes a name per language; forms, pages and lists show the reader's", async () => {
      const settings = await (await organizer.get(`/forum/${SLUG}/registrations/settings?lang=en`)).text();
      for (const locale of ["ar", "en", "es", "fr", "ru", "zh"])
        assert.match(settings, new RegExp(`name="name_${locale}"`));
      const saved = await organizer.post(`/forum/${SLUG}/registrations/categories`, {
        code: "delegation",
        name: "Delegation",
        name_fr: "Délégation",
        name_ar: "وفد",
        name_zh: "代表团",
        colour: "#1f5fa8",
      });
      assert.equal(saved.status, 303);
      const row = await t.handle.db
        .selectFrom("forumParticipantCategory")
        .select(["name", "nameTranslations"])
        .where("code", "=", "delegation")
        .executeTakeFirstOrThrow();
      assert.equal(row.name, "Delegation");
      assert.deepEqual(JSON.parse(row.nameTranslations ?? "{}"), { ar: "وفد", fr: "Délégation", zh: "代表团" });
      const tooLong = await organizer.post(`/forum/${SLUG}/registrations/categories`, {
        code: "delegation",
        name: "Delegation",
        name_ru: "д".repeat(101),
        colour: "#1f5fa8",
      });
      assert.equal(tooLong.status, 400);

      const person = await signedUp(t, "person@example.org");
      const form = (lang: string) => person.get(`/forum/${SLUG}/register?lang=${lang}`).then((r) => r.text());
      assert.match(await form("fr"), />Délégation<\/option>/);
      assert.match(await form("zh"), />代表团<\/option>/);
      assert.match(await form("es"), />Delegation<\/option>/, "no Spanish name given: the one given");
      const categoryId = /<option value="([0-9a-f-]{36})"[^>]*>Delegation<\/option>/.exec(await form("en"))?.[1];
      assert.ok(categoryId);
      const res = await person.post(`/forum/${SLUG}/register`, {
        attendance: "virtual",
        passportName: "AMINA OKELLO",
        preferredName: "Amina",
        organizationName: "Org",
        stakeholderTypeCode: "government",
        countryCode: "KE",
        nationalityCode: "KE",
        categoryId,
        consent: "yes",
      });
      assert.equal(res.status, 303, (await res.text()).slice(0, 500));
      const page = await (await person.get(`${res.headers.get("location")}&lang=ar`)).text();
      assert.match(page, /<dd>وفد<\/dd>/);
      const list = await (await organizer.get(`/forum/${SLUG}/registrations?lang=fr`)).text();
      assert.match(list, /<td>Délégation<\/td>/);
      // Saved again without names: the ones given before stay.
      await organizer.post(`/forum/${SLUG}/registrations/categories`, {
        code: "delegation",
        name: "Delegation",
        colour: "#1f5fa8",
      });
      const again = await (await person.get(`${res.headers.get("location")}&lang=fr`)).text();
      assert.match(again, /<dd>Délégation<\/dd>/);
    });
  });
}
