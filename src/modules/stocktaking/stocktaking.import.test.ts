import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { createStocktakingSearch } from "./search/search.ts";
import { importStocktaking } from "./stocktaking.import.ts";

const HEADER =
  "external_id,title,summary,description,organization,stakeholder_type,scope,project_status,start_date,end_date,website,contact_name,contact_email,language,countries,action_lines,sdgs,targets";

const GOOD_1 =
  'ext-1,Mobile money for farmers,"Payments by phone for 20,000 farmers.","Line one.\nLine two, with a ""quote"".",AgriPay,private-sector,national,ongoing,2021-01-15,,https://agripay.example.org,Jo Doe,jo@example.org,en,KE,C7.e-business;C7.e-agriculture,1;2,1.4';
const GOOD_2 =
  "ext-2,Bibliothèque numérique du Sahel,Des livres en ligne.,,Bibliothèques Unies,civil-society,regional,completed,2015-01-01,2020-12-31,,,,fr,ML;NE,C3 C8,4,";
const BAD = "ext-3,,A summary,,Org,government,galactic,ongoing,2020-02-30,,ftp://nope,,not-an-email,en,ZZZ,C99,42,";

for (const dialect of await testDialects()) {
  describe(`stocktaking CSV import [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t?.close());

    const run = (csv: string) =>
      importStocktaking(
        { db: t.handle.db, search: createStocktakingSearch(t.handle.db, t.handle.dialect), clock: t.clock.now },
        csv,
      );

    test("good rows load as published; every bad row is reported by line and column and loads nothing", async () => {
      const report = await run([HEADER, GOOD_1, GOOD_2, BAD].join("\r\n"));
      assert.equal(report.created, 2);
      // GOOD_1 spans two lines (a line break inside quotes), so the bad row starts on line 5.
      const fields = report.problems
        .filter((p) => p.line === 5)
        .map((p) => p.field)
        .sort();
      assert.deepEqual(fields, [
        "action_lines",
        "contact_email",
        "countries",
        "scope",
        "sdgs",
        "start_date",
        "title",
        "website",
      ]);
      assert.ok(report.problems.every((p) => p.line === 5));
      const rows = await t.handle.db
        .selectFrom("stocktakingEntry")
        .select(["externalId", "state", "description"])
        .orderBy("externalId")
        .execute();
      assert.deepEqual(
        rows.map((r) => [r.externalId, r.state]),
        [
          ["ext-1", "published"],
          ["ext-2", "published"],
        ],
      );
      assert.equal(rows[0]?.description, 'Line one.\nLine two, with a "quote".');

      const search = createStocktakingSearch(t.handle.db, t.handle.dialect);
      const found = await search.search({
        text: "bibliotheque",
        filters: {},
        sort: "relevance",
        page: 1,
        pageSize: 10,
      });
      assert.deepEqual(
        found.hits.map((h) => h.title),
        ["Bibliothèque numérique du Sahel"],
      );
    });

    test("the same file twice changes nothing; a changed row becomes a new version", async () => {
      const again = await run([HEADER, GOOD_1, GOOD_2].join("\n"));
      assert.deepEqual([again.created, again.updated, again.unchanged, again.problems.length], [0, 0, 2, 0]);
      const changed = await run(
        [HEADER, GOOD_1.replace("Mobile money for farmers", "Mobile money for rural farmers")].join("\n"),
      );
      assert.deepEqual([changed.created, changed.updated], [0, 1]);
      const versions = await t.handle.db
        .selectFrom("stocktakingVersion as v")
        .innerJoin("stocktakingEntry as e", "e.id", "v.entryId")
        .select("v.version")
        .where("e.externalId", "=", "ext-1")
        .execute();
      assert.deepEqual(versions.map((v) => v.version).sort(), [1, 2]);
      const pub = await t.handle.db.selectFrom("stocktakingPublic").select("title").execute();
      assert.ok(pub.some((p) => p.title === "Mobile money for rural farmers"));
      assert.equal(
        JSON.stringify(await t.handle.db.selectFrom("stocktakingVersion").select("snapshot").execute()).includes(
          "jo@example.org",
        ),
        false,
        "contacts are not in public versions",
      );
    });

    test("a wrong header, a duplicate id and a short row are reported", async () => {
      const header = await run("external_id,title,colour\nx,y,z");
      assert.deepEqual(header.problems, [{ line: 1, field: "colour", message: "unknown column" }]);
      const dup = await run([HEADER, GOOD_2, GOOD_2, "ext-9,only three,fields"].join("\n"));
      assert.deepEqual(
        dup.problems.map((p) => [p.line, p.field]),
        [
          [3, "external_id"],
          [4, "row"],
        ],
      );
    });
  });
}
