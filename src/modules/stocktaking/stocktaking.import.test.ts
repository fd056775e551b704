import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { UnknownEncodingError } from "../../platform/http/csv-decode.ts";
import { createStocktakingSearch } from "./search/search.ts";
import { formatProblem, importStocktaking, summarize, upsertPublished } from "./stocktaking.import.ts";
import { EntryInput } from "./stocktaking.schema.ts";

const HEADER =
  "external_id,title,summary,description,organization,stakeholder_type,scope,project_status,start_date,end_date,website,contact_name,contact_email,language,countries,action_lines,sdgs,targets";

const GOOD_1 =
  'ext-1,Mobile money for farmers,"Payments by phone for 20,000 farmers.","Line one.\nLine two, with a ""quote"".",AgriPay,private-sector,national,ongoing,2021-01-15,,https://agripay.example.org,Jo Doe,jo@example.org,en,KE,C7.e-business;C7.e-agriculture,1;2,1.4';
const GOOD_2 =
  "ext-2,Bibliothèque numérique du Sahel,Des livres en ligne.,,Bibliothèques Unies,civil-society,regional,completed,2015-01-01,2020-12-31,,,,fr,ML;NE,C3 C8,4,";
const BAD = "ext-3,,A summary,,Org,government,galactic,ongoing,2020-02-30,,ftp://nope,,not-an-email,en,ZZZ,C99,42,";

/**
 * Shaped like an export of ITU's WSIS Stocktaking database (Category, Project, Organisation, Country, renamed to
 * our headers): Action Lines and countries as ITU writes them, and on lines 30 to 34 rows earlier exports damaged.
 */
const EXPORT = readFileSync(new URL("./testdata/itu-stocktaking-export.csv", import.meta.url));
const exportLines = () => EXPORT.toString("latin1").split("\r\n");
/** The export without its damaged rows (lines 30–34), as bytes. */
const REPAIRED = Buffer.from(exportLines().slice(0, 29).join("\r\n"), "latin1");

for (const dialect of await testDialects()) {
  describe(`stocktaking CSV import [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t?.close());

    const deps = () => ({
      db: t.handle.db,
      search: createStocktakingSearch(t.handle.db, t.handle.dialect),
      clock: t.clock.now,
    });
    const run = (
      file: string | Uint8Array,
      options?: { dryRun?: boolean; encoding?: string; allOrNothing?: boolean },
    ) => importStocktaking(deps(), file, options);
    const entry = (externalId: string) =>
      t.handle.db.selectFrom("stocktakingEntry").selectAll().where("externalId", "=", externalId).executeTakeFirst();
    const entryCount = async () =>
      Number(
        (
          await t.handle.db
            .selectFrom("stocktakingEntry")
            .select((e) => e.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );

    test("ITU's export as it comes: each problem once per field, in words; all or nothing when asked", async () => {
      const report = await run(EXPORT, { allOrNothing: true });
      assert.deepEqual([report.rows, report.refused, report.loaded], [33, 5, false]);
      assert.equal(report.created, 28, "the good rows would be new");
      assert.equal(await entryCount(), 0, "all or nothing");
      const printed = report.problems.map(formatProblem);
      assert.deepEqual(
        printed.map((p) => p.slice(0, p.indexOf(":"))),
        [
          "line 30, organization",
          "line 31, countries",
          "line 32, action_lines",
          "line 33, row",
          "line 34, countries",
          "line 34, summary",
        ],
      );
      assert.equal(
        printed[0],
        "line 30, organization: 0xE9, 0xE9, 0xE9 at columns 71, 73, and 78 are not UTF-8: a damaged row, or a file in another encoding (then say which: --encoding windows-1252)",
      );
      assert.equal(report.problems[0]?.column, 71);
      assert.match(
        printed[1] ?? "",
        /^line 31, countries: 'Ltd\., THAILAND' is not a country \(did you mean 'THAILAND' alone\?\): give ISO codes/,
      );
      assert.match(
        printed[2] ?? "",
        /^line 32, action_lines: 'C12\. SPACE APPLICATIONS' is not an Action Line: give codes \(C4, C7\.e-health\) or names as ITU writes them/,
      );
      assert.match(printed[3] ?? "", /^line 33, row: has 3 fields, the header 7/);
      assert.match(
        printed[4] ?? "",
        /^line 34, countries: 'TAIWAN, PROVINCE OF CHINA' \(TW\) is not a country or area that UN M49 lists/,
      );
      assert.equal(printed[5], "line 34, summary: is empty, and an entry needs it");
      assert.ok(
        printed.every((p) => !/form\.|stocktaking\./.test(p)),
        "no message keys",
      );
      assert.match(
        summarize(report),
        /^33 rows: 0 loaded, 0 unchanged, 5 refused\. Nothing is loaded while any row is refused; once they are fixed, 28 would load \(28 new, 0 changed\)\.$/,
      );
    });

    test("repaired, it loads: ITU's Action Lines and countries read, INTERNATIONAL/REGIONAL/GLOBAL as the scope", async () => {
      const dry = await run(REPAIRED, { dryRun: true });
      assert.deepEqual([dry.rows, dry.refused, dry.created, dry.loaded, dry.problems.length], [28, 0, 28, false, 0]);
      assert.equal(
        summarize(dry),
        "Dry run, nothing was loaded. 28 rows: 28 would load (28 new, 0 changed), 0 unchanged, 0 refused.",
      );
      assert.equal(await entryCount(), 0, "a dry run writes nothing");

      const report = await run(REPAIRED);
      assert.deepEqual([report.created, report.refused, report.loaded], [28, 0, true]);
      assert.equal(summarize(report), "28 rows: 28 loaded (28 new, 0 changed), 0 unchanged, 0 refused.");
      const read = async (id: string) => {
        const e = await entry(id);
        return [JSON.parse(e?.countries ?? "null"), JSON.parse(e?.actionLines ?? "null"), e?.scope, e?.state];
      };
      assert.deepEqual(await read("WSIS-2019-0001"), [["KR"], ["C7.e-government"], null, "published"]);
      assert.deepEqual(await read("WSIS-2019-0002"), [["IR"], ["C7.e-health"], null, "published"]);
      assert.deepEqual(await read("WSIS-2019-0003"), [["US"], ["C4"], null, "published"]);
      assert.deepEqual(await read("WSIS-2019-0004"), [[], ["C11"], "international", "published"]);
      assert.deepEqual((await read("WSIS-2019-0005"))[0], ["VN"]);
      assert.deepEqual((await read("WSIS-2019-0006"))[0], ["TZ"]);
      assert.deepEqual((await read("WSIS-2019-0007"))[0], ["BO"]);
      assert.deepEqual((await read("WSIS-2019-0008"))[0], ["CD"]);
      assert.deepEqual((await read("WSIS-2019-0009"))[0], ["LA"]);
      assert.deepEqual(await read("WSIS-2019-0011"), [["GH"], ["C1"], null, "published"]);
      assert.deepEqual(await read("WSIS-2019-0012"), [["SN", "ML", "NE"], ["C8"], null, "published"]);
      assert.deepEqual((await read("WSIS-2019-0014")).slice(0, 3), [[], ["C10"], "global"]);
      assert.deepEqual((await read("WSIS-2019-0019"))[1], ["C7.e-government", "C5"]);
      assert.deepEqual((await read("WSIS-2019-0022"))[2], "regional");
      assert.deepEqual((await read("WSIS-2019-0025"))[0], ["KP"]);
      assert.deepEqual((await read("WSIS-2019-0026"))[0], ["MD"]);

      const again = await run(REPAIRED);
      assert.deepEqual([again.created, again.updated, again.unchanged, again.loaded], [0, 0, 28, true]);
      assert.equal(summarize(again), "28 rows: 0 loaded (0 new, 0 changed), 28 unchanged, 0 refused.");

      const changed = Buffer.from(
        REPAIRED.toString("latin1").replace("Digital Government Platform 24", "Digital Government Platform 25"),
        "latin1",
      );
      const dryChange = await run(changed, { dryRun: true });
      assert.deepEqual([dryChange.updated, dryChange.unchanged], [1, 27]);
      assert.equal((await entry("WSIS-2019-0001"))?.title, "Digital Government Platform 24", "dry run: unchanged");
      assert.equal((await entry("WSIS-2019-0001"))?.publishedVersion, 1);
    });

    test("a file in Windows' encoding loads with --encoding; without it, its bytes are reported", async () => {
      const lines = exportLines();
      const text = [
        lines[0],
        lines[29],
        "WSIS-2019-0100,C9. MEDIA,Médias locaux,Réseau Médias,FRANCE,Des radios locales.,",
      ]
        .join("\r\n")
        .replace("\xe9", "é");
      const windows = Buffer.from(text, "latin1");
      const refused = await run(windows);
      assert.equal(refused.refused, 2);
      assert.match(
        formatProblem(refused.problems[0] as (typeof refused.problems)[number]),
        /^line 2, organization: 0xE9/,
      );
      const loaded = await run(windows, { encoding: "windows-1252" });
      assert.deepEqual([loaded.created, loaded.refused], [2, 0]);
      assert.equal((await entry("WSIS-2019-0029"))?.organizationName, "Société Numérique");
      assert.equal((await entry("WSIS-2019-0100"))?.title, "Médias locaux");
      await assert.rejects(run(windows, { encoding: "klingon" }), UnknownEncodingError);
    });

    test("a bad row among good ones: reported by line and column, in words; the good ones load", async () => {
      const report = await run([HEADER, GOOD_1, GOOD_2, BAD].join("\r\n"), { allOrNothing: true });
      assert.deepEqual([report.created, report.refused, report.loaded], [2, 1, false]);
      // GOOD_1 spans two lines (a line break inside quotes), so the bad row starts on line 5.
      assert.ok(report.problems.every((p) => p.line === 5));
      assert.deepEqual(report.problems.map(formatProblem), [
        "line 5, countries: 'ZZZ' is not a country: give ISO codes (KE or KEN) or names as UN M49 or ITU write them (Kenya, KOREA (REP. OF)), separated by ;, or international, regional or global for the scope",
        "line 5, action_lines: 'C99' is not an Action Line: give codes (C4, C7.e-health) or names as ITU writes them (C7. ICT APPLICATIONS: E-GOVERNMENT), separated by ;",
        "line 5, sdgs: '42' is not an SDG: give numbers from 1 to 17, separated by ;",
        "line 5, title: is empty, and an entry needs it",
        "line 5, scope: 'galactic' is not one of national, regional, international, or global",
        "line 5, start_date: '2020-02-30' is not a date: write it as YYYY-MM-DD, a day that exists",
        "line 5, website: 'ftp://nope' is not a web address: it starts with https:// or http://",
        "line 5, contact_email: 'not-an-email' is not an email address",
      ]);
      assert.equal(await entry("ext-1"), undefined, "all or nothing");

      const partial = await run([HEADER, GOOD_1, GOOD_2, BAD].join("\r\n"));
      assert.deepEqual([partial.created, partial.refused, partial.loaded, partial.problems.length], [2, 1, true, 8]);
      assert.equal(
        summarize(partial),
        "3 rows: 2 loaded (2 new, 0 changed), 0 unchanged, 1 refused. Fix the refused rows and import the file again: the rows loaded now will be unchanged.",
      );
      assert.equal((await entry("ext-1"))?.state, "published");
      const good = await run([HEADER, GOOD_1, GOOD_2].join("\r\n"));
      assert.deepEqual([good.created, good.unchanged, good.loaded], [0, 2, true]);
      assert.equal((await entry("ext-1"))?.description, 'Line one.\nLine two, with a "quote".');
      const found = await createStocktakingSearch(t.handle.db, t.handle.dialect).search({
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

    test("the same file twice changes nothing; a changed row becomes a new version; contacts stay private", async () => {
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

    test("a published version holds the service's public fields only, never what else the input carried", async () => {
      const input = EntryInput.parse({
        title: "Only public fields",
        summary: "S",
        organizationName: "O",
        contactName: "Private Person",
        contactEmail: "private@example.org",
        targets: ["4.4"],
        countries: ["KE"],
      });
      const smuggled = { ...input, ownerId: "someone", moderationMessage: "internal" } as EntryInput;
      assert.equal(await upsertPublished(deps(), "public-fields-1", smuggled), "created");
      const version = await t.handle.db
        .selectFrom("stocktakingVersion as v")
        .innerJoin("stocktakingEntry as e", "e.id", "v.entryId")
        .select("v.snapshot")
        .where("e.externalId", "=", "public-fields-1")
        .executeTakeFirstOrThrow();
      assert.deepEqual(Object.keys(JSON.parse(version.snapshot)).sort(), [
        "actionLines",
        "countries",
        "description",
        "endDate",
        "entryId",
        "language",
        "organizationName",
        "projectStatus",
        "publishedAt",
        "scope",
        "sdgs",
        "stakeholderTypeCode",
        "startDate",
        "summary",
        "title",
        "version",
        "website",
      ]);
    });

    test("a wrong header, a duplicate id and a short row are reported", async () => {
      const header = await run("external_id,title,colour\nx,y,z");
      assert.equal(header.problems.length, 1);
      assert.match(
        formatProblem(header.problems[0] as (typeof header.problems)[number]),
        /^line 1, header: 'colour' is not a column; the columns are external_id, title/,
      );
      assert.equal(summarize(header), "The header was refused, so no row was read and nothing was loaded.");
      const dup = await run([HEADER, GOOD_2, GOOD_2, "ext-9,only three,fields"].join("\n"));
      assert.deepEqual(
        dup.problems.map((p) => [p.line, p.field, p.message]),
        [
          [3, "external_id", "'ext-2' is on line 2 too"],
          [4, "row", "has 3 fields, the header 18: a quote or comma out of place?"],
        ],
      );
    });
  });
}
