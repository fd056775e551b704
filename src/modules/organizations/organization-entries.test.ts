import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { signedUp, signedUpWithRoles } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { createStocktakingSearch } from "../stocktaking/search/search.ts";
import { loadPublished } from "../stocktaking/stocktaking.import.ts";
import { EntryInput } from "../stocktaking/stocktaking.schema.ts";
import { syntheticEntries } from "../stocktaking/synthetic.ts";

const NAME = "Digital Inclusion Network";

for (const dialect of await testDialects()) {
  describe(`organisations and their Stocktaking entries [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let organizationId = "";
    let ours: { id: string; title: string }[] = [];
    let theirs = "";
    before(async () => {
      t = await buildTestApp(dialect);
      const admin = await signedUpWithRoles(t, "chief@example.org", [{ role: "admin" }]);
      const created = await admin.post("/organizations/new", {
        name: NAME,
        stakeholderTypeCode: "civil-society",
        countryCode: "SN",
        website: "https://example.org",
      });
      organizationId = /\/organizations\/([0-9a-f-]{36})/.exec(created.headers.get("location") ?? "")?.[1] ?? "";
      assert.ok(organizationId);
      const entries = [...syntheticEntries(3, 11)].map(({ externalId, publishedAt, ...entry }, i) => ({
        externalId,
        publishedAt,
        input: EntryInput.parse({ ...entry, organizationName: i < 2 ? NAME : "Another Body" }),
      }));
      const search = createStocktakingSearch(t.handle.db, t.handle.dialect);
      await loadPublished({ db: t.handle.db, search, clock: t.clock.now }, entries, 10);
      const rows = await t.handle.db
        .selectFrom("stocktakingPublic")
        .select(["entryId", "title", "organizationName"])
        .execute();
      ours = rows.filter((r) => r.organizationName === NAME).map((r) => ({ id: r.entryId, title: r.title }));
      theirs = rows.find((r) => r.organizationName !== NAME)?.entryId ?? "";
      // A draft that names the organisation is not public, and not listed.
      const owner = await signedUp(t, "owner@example.org");
      const draft = await owner.post("/stocktaking/new", {
        title: "Unpublished draft of the network",
        summary: "s",
        description: "d",
        organizationName: NAME,
        language: "en",
        intent: "save",
      });
      assert.equal(draft.status, 303, await draft.clone().text());
    });
    after(() => t?.close());

    test("an entry links to the page of the organisation it names; one naming no registered organisation does not", async () => {
      assert.equal(ours.length, 2);
      const page = await (await t.request(`/stocktaking/entries/${ours[0]?.id}?lang=en`)).text();
      assert.match(page, new RegExp(`<a href="/organizations/${organizationId}">${NAME}</a>`));
      assert.match(
        page,
        new RegExp(`"url":"http://localhost:3000/organizations/${organizationId}"`),
        "in its schema.org data too",
      );
      const other = await (await t.request(`/stocktaking/entries/${theirs}?lang=en`)).text();
      assert.match(other, /Another Body/);
      assert.doesNotMatch(other, /href="\/organizations\//);
    });

    test("the organisation's page lists its published entries, newest first, and no draft", async () => {
      const html = await (await t.request(`/organizations/${organizationId}?lang=en`)).text();
      assert.match(html, /<h2 id="stocktaking-entries">Its projects in WSIS Stocktaking<\/h2>/);
      for (const entry of ours) assert.ok(html.includes(`href="/stocktaking/entries/${entry.id}"`), entry.title);
      assert.ok(!html.includes(`href="/stocktaking/entries/${theirs}"`));
      assert.doesNotMatch(html, /Unpublished draft of the network/);
      const fr = await (await t.request(`/organizations/${organizationId}?lang=fr`)).text();
      assert.match(fr, /Ses projets dans l’inventaire du SMSI/);
    });

    test("an organisation no entry names says so", async () => {
      const admin = await signedUpWithRoles(t, "second@example.org", [{ role: "admin" }]);
      const created = await admin.post("/organizations/new", {
        name: "Quiet Foundation",
        stakeholderTypeCode: "civil-society",
        countryCode: "SN",
        website: "",
      });
      const id = /\/organizations\/([0-9a-f-]{36})/.exec(created.headers.get("location") ?? "")?.[1] ?? "";
      const html = await (await t.request(`/organizations/${id}?lang=en`)).text();
      assert.match(html, /No published Stocktaking entry names this organization yet\./);
    });
  });
}
