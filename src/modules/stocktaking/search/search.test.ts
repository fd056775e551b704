import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type RawBuilder, sql } from "kysely";
import { buildTestApp, type TestApp } from "../../../../test/support/app.ts";
import { testDialects } from "../../../../test/support/databases.ts";
import { newId } from "../../../db/ids.ts";
import { type IndexKey, pruneSearchChanges } from "./memory.ts";
import { postgresTextIndex } from "./postgres.ts";
import { at, document, FIXTURES, type Fields } from "./search.fixtures.ts";
import {
  createStocktakingSearch,
  FACETS,
  type Facet,
  type SearchQuery,
  type SearchResult,
  type StocktakingSearch,
} from "./search.ts";
import { parseSearchText } from "./segment.ts";
import { ftsQuery, sqliteTextIndex } from "./sqlite.ts";

describe("what is typed becomes words and phrases, never query syntax", () => {
  test("quotes make phrases; an unclosed quote is ignored; punctuation and operators are dropped", () => {
    assert.deepEqual(parseSearchText('"Digital skills" for NEAR(teachers*) -rural'), {
      words: ["for", "near", "teachers", "rural"],
      phrases: [["digital", "skills"]],
    });
    assert.deepEqual(parseSearchText('"digital skills'), { words: ["digital", "skills"], phrases: [] });
    assert.deepEqual(parseSearchText("«éducation numérique» 数字教育"), {
      words: ["数字", "教育"],
      phrases: [["éducation", "numérique"]],
    });
    assert.equal(parseSearchText('" * - : ( ) \\ ^ %'), null);
    assert.equal(parseSearchText(""), null);
    assert.equal(parseSearchText(undefined), null);
  });

  test("the FTS5 query is only quoted strings, ORed in brackets (a word and its stems) and joined by AND", () => {
    const term = String.raw`("[^"]+"|\("[^"]+"( OR "[^"]+")*\))`;
    const shape = new RegExp(`^${term}( AND ${term})*$`, "u");
    for (const typed of [
      'a"b',
      'x" OR "y',
      "col:val",
      "{title} : x",
      "x NOT y",
      "NEAR(a b, 2)",
      "a* ^b",
      "'); drop --",
    ]) {
      const terms = parseSearchText(typed);
      assert.ok(terms, typed);
      assert.match(ftsQuery(terms), shape, typed);
    }
  });
});

for (const dialect of await testDialects()) {
  describe(`stocktaking search [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let search: StocktakingSearch;
    const ids = new Map<string, string>();
    const id = (key: string) => ids.get(key) ?? assert.fail(`no fixture ${key}`);
    const keyOf = (entryId: string) => [...ids].find(([, v]) => v === entryId)?.[0] ?? entryId;

    /** Publishes as the service will: the parent entry exists, then index() in a transaction. */
    async function publish(key: string, fields: Fields, provider: StocktakingSearch = search): Promise<string> {
      const entryId = ids.get(key) ?? newId();
      ids.set(key, entryId);
      const doc = document(entryId, fields);
      await t.handle.db.transaction().execute(async (trx) => {
        await trx
          .insertInto("stocktakingEntry")
          .values({
            id: entryId,
            state: "published",
            title: doc.title,
            summary: doc.summary,
            description: doc.description,
            organizationName: doc.organizationName,
            language: doc.language,
            countries: JSON.stringify(doc.countries),
            actionLines: JSON.stringify(doc.actionLines),
            sdgs: JSON.stringify(doc.sdgs),
            targets: "[]",
            publishedVersion: doc.version,
            createdAt: doc.publishedAt,
            updatedAt: doc.publishedAt,
            publishedAt: doc.publishedAt,
          })
          .onConflict((oc) => oc.column("id").doNothing())
          .execute();
        await provider.index(trx, doc);
      });
      return entryId;
    }

    const query = (text: string | undefined, extra: Partial<SearchQuery> = {}): SearchQuery => ({
      text,
      filters: {},
      sort: "relevance",
      page: 1,
      pageSize: 100,
      ...extra,
    });
    const find = (text?: string, extra: Partial<SearchQuery> = {}) => search.search(query(text, extra));
    const keys = (result: SearchResult) => result.hits.map((h) => keyOf(h.entryId));
    const found = async (text?: string, extra: Partial<SearchQuery> = {}) => new Set(keys(await find(text, extra)));

    before(async () => {
      t = await buildTestApp(dialect);
      search = createStocktakingSearch(t.handle.db, t.handle.dialect);
      for (const [key, fields] of Object.entries(FIXTURES)) await publish(key, fields);
    });
    after(() => t?.close());

    test("searches title, summary, description and organization name", async () => {
      assert.deepEqual([...(await found("broadband"))], ["backbone"]);
      assert.deepEqual([...(await found("fibre"))], ["backbone"]);
      assert.deepEqual([...(await found("wholesale"))], ["backbone"]);
      assert.deepEqual([...(await found("regulatory"))], ["backbone"]);
      assert.deepEqual([...(await found("satellite"))], []);
      // Every word must occur.
      assert.deepEqual([...(await found("broadband wholesale"))], ["backbone"]);
      assert.deepEqual([...(await found("broadband teachers"))], []);
    });

    test("ignores accents and case, both in the text and in what is typed", async () => {
      const education = await found("education");
      assert.ok(education.has("french"), "education finds Éducation");
      assert.ok(education.has("skills"), "education finds Education");
      const accented = await found("Éducation");
      assert.ok(accented.has("skills"), "Éducation finds Education");
      assert.ok(accented.has("french"));
      assert.deepEqual([...(await found("educacion"))], ["spanish"]);
      assert.deepEqual([...(await found("EDUCACIÓN"))], ["spanish"]);
      assert.deepEqual([...(await found("numerique"))], ["french"]);
      assert.deepEqual([...(await found("fundacao"))], ["inclusion"]);
      assert.deepEqual([...(await found("GENEVE"))], ["french"]);
      // "e" + combining acute accent is the same letter as "é".
      assert.deepEqual([...(await found("nume\u0301rique"))], ["french"]);
    });

    test("finds words in all six UN languages", async () => {
      assert.deepEqual([...(await found("التعليم"))], ["arabic"]);
      assert.deepEqual([...(await found("الرقمي"))], ["arabic"]);
      // Typed with short vowels and shadda, or without the hamza: still the same word.
      assert.deepEqual([...(await found("التَّعْلِيم"))], ["arabic"]);
      assert.deepEqual([...(await found("الانترنت"))], ["arabic"]);
      assert.deepEqual([...(await found("грамотность"))], ["russian"]);
      assert.deepEqual([...(await found("ШКОЛ"))], ["russian"]);
      // Chinese two-character words inside longer runs of Han characters.
      assert.deepEqual([...(await found("教育"))], ["chinese"]);
      assert.deepEqual([...(await found("平台"))], ["chinese"]);
      assert.deepEqual([...(await found("学习"))], ["chinese"]);
      assert.deepEqual([...(await found("数字教育"))], ["chinese"]);
      assert.deepEqual([...(await found("物理"))], []);
      // Stemmed: "rurales" is also English "rural" once its ending is gone (stem.ts).
      assert.deepEqual(await found("rurales"), new Set(["spanish", "skills"]));
      assert.deepEqual([...(await found("enseignants"))], ["french"]);
    });

    test("a quoted phrase matches its words adjacent and in order", async () => {
      assert.deepEqual(await found("digital skills"), new Set(["skills", "inclusion"]));
      assert.deepEqual([...(await found('"digital skills"'))], ["skills"]);
      assert.deepEqual([...(await found("“digital skills”"))], ["skills"]);
      assert.deepEqual([...(await found('"skills digital"'))], []);
      assert.deepEqual([...(await found('"digital inclusion" skills'))], ["inclusion"]);
      assert.deepEqual([...(await found('"数字教育"'))], ["chinese"]);
      assert.deepEqual([...(await found('"regional capitals"'))], ["backbone"]);
      assert.deepEqual([...(await found('"capitals regional"'))], []);
    });

    test("whatever is typed is read as words or ignored, never as query syntax", async () => {
      const same: [typed: string, words: string][] = [
        ['digital"', "digital"],
        ['"digital', "digital"],
        ['"digital skills', "digital skills"],
        ['digital "skills', "digital skills"],
        ["digital*", "digital"],
        ["-digital", "digital"],
        ["(digital", "digital"],
        ["digital)", "digital"],
        ["^digital", "digital"],
        ["{title}:digital", "title digital"],
        ["title:digital", "title digital"],
        ["NEAR(digital skills)", "near digital skills"],
        ["NEAR/2", "near 2"],
        ["digital AND", "digital and"],
        ["digital OR skills", "digital or skills"],
        ["digital NOT skills", "digital not skills"],
        ["digital + skills", "digital skills"],
        ["digital & skills | teachers !", "digital skills teachers"],
        ["digital <-> skills", "digital skills"],
        ["digital:* skills:B", "digital skills b"],
        ["digital\\ skills\\", "digital skills"],
        ["'; drop table stocktaking_public; --", "drop table stocktaking_public"],
        ["digital%_", "digital"],
      ];
      for (const [typed, words] of same) {
        assert.deepEqual(keys(await find(typed)), keys(await find(words)), typed);
      }
      const everything = (await find(undefined)).total;
      assert.ok(everything >= Object.keys(FIXTURES).length);
      for (const nothing of [
        '"',
        '""',
        '"""',
        "*",
        "-",
        ":",
        "(",
        ")",
        "\\",
        "\\\\",
        "'",
        "%",
        "\u0000",
        "\u0301",
        "  ",
      ]) {
        const result = await find(nothing);
        assert.equal(result.total, everything, `${JSON.stringify(nothing)} is no text: every entry`);
      }
      for (const odd of ["🙂", "a".repeat(5000), `${"x ".repeat(400)}digital`, "ǅ", "\u{10FFFF}", "OR OR OR", "AND"]) {
        const result = await find(odd);
        assert.equal(typeof result.total, "number", odd.slice(0, 20));
      }
      // The table survived the SQL-ish text.
      assert.ok((await find("broadband")).total === 1);
    });

    // A plain SQL count, written apart from the implementation: EXISTS per facet, AND between facets.
    async function plainCount(textIds: string[] | null, filters: Partial<Record<Facet, string[]>>): Promise<number> {
      const conditions: RawBuilder<unknown>[] = [];
      if (textIds) conditions.push(textIds.length ? sql`p.entry_id in (${sql.join(textIds)})` : sql`1 = 0`);
      for (const [facet, values = []] of Object.entries(filters) as [Facet, string[]][]) {
        const list = sql.join(facet === "sdg" || facet === "year" ? values.map(Number) : values);
        conditions.push(
          {
            actionLine: sql`exists (select 1 from stocktaking_public_action_line l
              where l.entry_id = p.entry_id and l.action_line_code in (${list}))`,
            sdg: sql`exists (select 1 from stocktaking_public_sdg l where l.entry_id = p.entry_id and l.sdg_number in (${list}))`,
            country: sql`exists (select 1 from stocktaking_public_country l
              where l.entry_id = p.entry_id and l.country_code in (${list}))`,
            region: sql`exists (select 1 from stocktaking_public_country l join country c on c.alpha2 = l.country_code
              where l.entry_id = p.entry_id and c.itu_region in (${list}))`,
            stakeholderType: sql`p.stakeholder_type_code in (${list})`,
            status: sql`p.project_status in (${list})`,
            year: sql`p.start_year in (${list})`,
          }[facet],
        );
      }
      const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
      const { rows } = await sql<{
        n: number | string;
      }>`select count(*) as n from stocktaking_public p ${where}`.execute(t.handle.db);
      return Number(rows[0]?.n);
    }

    async function everyValue(facet: Facet): Promise<string[]> {
      const statement = {
        actionLine: sql`select distinct action_line_code as v from stocktaking_public_action_line`,
        sdg: sql`select distinct sdg_number as v from stocktaking_public_sdg`,
        country: sql`select distinct country_code as v from stocktaking_public_country`,
        region: sql`select distinct c.itu_region as v from stocktaking_public_country l
          join country c on c.alpha2 = l.country_code where c.itu_region is not null`,
        stakeholderType: sql`select distinct stakeholder_type_code as v from stocktaking_public where stakeholder_type_code is not null`,
        status: sql`select distinct project_status as v from stocktaking_public where project_status is not null`,
        year: sql`select distinct start_year as v from stocktaking_public where start_year is not null`,
      }[facet];
      const { rows } = await (statement as RawBuilder<{ v: string | number }>).execute(t.handle.db);
      return rows.map((r) => String(r.v));
    }

    async function textIds(text: string | undefined): Promise<string[] | null> {
      if (text === undefined) return null;
      const all: string[] = [];
      for await (const batch of search.stream({ text, filters: {}, sort: "newest" }, 3)) {
        all.push(...batch.map((h) => h.entryId));
      }
      return all;
    }

    test("each facet counts the text and the other facets' selections, as a plain SQL count does", async () => {
      const cases: [string | undefined, Partial<Record<Facet, string[]>>][] = [
        [undefined, {}],
        [undefined, { actionLine: ["C4"] }],
        [undefined, { region: ["africa", "europe"] }],
        [undefined, { country: ["AQ"] }],
        [undefined, { sdg: ["4"], status: ["ongoing", "completed"] }],
        [undefined, { region: ["americas", "europe"], actionLine: ["C4", "C7.e-learning"] }],
        [undefined, { stakeholderType: ["government"], year: ["2021", "2018"], country: ["KE", "US", "CN"] }],
        ["digital", {}],
        ["digital", { actionLine: ["C4"], region: ["americas"] }],
        ["education", { sdg: ["4", "10"], year: ["2019"] }],
      ];
      for (const [text, filters] of cases) {
        const label = JSON.stringify({ text, filters });
        const result = await find(text, { filters });
        const matching = await textIds(text);
        assert.equal(result.total, await plainCount(matching, filters), `total ${label}`);
        for (const facet of FACETS) {
          const others = Object.fromEntries(Object.entries(filters).filter(([f]) => f !== facet));
          const universe = await everyValue(facet);
          for (const { value, count } of result.facets[facet]) {
            assert.ok(universe.includes(value), `${facet}=${value} exists ${label}`);
            assert.ok(count > 0, `${facet}=${value} listed with a count ${label}`);
          }
          for (const value of universe) {
            const expected = await plainCount(matching, { ...others, [facet]: [value] });
            const actual = result.facets[facet].find((v) => v.value === value)?.count ?? 0;
            assert.equal(actual, expected, `${facet}=${value} ${label}`);
          }
        }
      }
    });

    test("facets narrow: AND between facets, OR within one facet", async () => {
      assert.deepEqual(await found(undefined, { filters: { actionLine: ["C2"] } }), new Set(["inclusion", "backbone"]));
      assert.deepEqual(
        await found(undefined, { filters: { sdg: ["9", "10"] } }),
        new Set(["inclusion", "french", "arabic", "chinese", "backbone"]),
      );
      assert.deepEqual(
        await found(undefined, { filters: { sdg: ["9", "10"], actionLine: ["C2"] } }),
        new Set(["inclusion", "backbone"]),
      );
      assert.deepEqual(
        await found(undefined, {
          filters: { sdg: ["9", "10"], actionLine: ["C2"], status: ["completed"], year: ["2018"] },
        }),
        new Set(["backbone"]),
      );
      assert.deepEqual(await found(undefined, { filters: { region: ["cis"] } }), new Set(["russian"]));
      assert.deepEqual(
        await found(undefined, { filters: { region: ["arab-states", "cis"] } }),
        new Set(["arabic", "russian"]),
      );
      assert.deepEqual(
        await found("digital", { filters: { stakeholderType: ["civil-society"] } }),
        new Set(["inclusion", "spanish"]),
      );
      // A facet's own selection does not change its counts: the other values stay visible to widen the choice.
      const all = await find(undefined);
      const selected = await find(undefined, { filters: { actionLine: ["C2"] } });
      assert.deepEqual(selected.facets.actionLine, all.facets.actionLine);
      assert.notDeepEqual(selected.facets.sdg, all.facets.sdg);
      // Values that are not codes match nothing rather than failing.
      assert.equal((await find(undefined, { filters: { year: ["MMXXI"] } })).total, 0);
      assert.equal((await find(undefined, { filters: { region: ["'; --"] } })).total, 0);
      assert.equal((await find(undefined, { filters: { sdg: [] } })).total, all.total);
    });

    test("relevance puts title matches before description matches; newest orders by publication", async () => {
      const relevant = keys(await find("digital", { sort: "relevance" }));
      assert.deepEqual(new Set(relevant), new Set(["skills", "inclusion", "spanish", "archive"]));
      assert.equal(relevant.at(-1), "archive", "a description-only match ranks last");
      const newest = keys(await find("digital", { sort: "newest" }));
      assert.deepEqual(newest, ["archive", "spanish", "inclusion", "skills"]);
      // Without text, relevance means newest; equal times fall back to the entry id, descending.
      const everything = await find(undefined, { sort: "relevance" });
      const expected = everything.hits
        .map((h) => [h.publishedAt, h.entryId] as const)
        .sort(([a, x], [b, y]) => (a === b ? (x < y ? 1 : -1) : a < b ? 1 : -1))
        .map(([, entryId]) => entryId);
      assert.deepEqual(
        everything.hits.map((h) => h.entryId),
        expected,
      );
      const tie = [id("russian"), id("chinese")].sort().reverse().map(keyOf);
      assert.deepEqual(
        keys(everything).filter((k) => k === "russian" || k === "chinese"),
        tie,
      );
    });

    test("a hit carries its lists and start year", async () => {
      const [hit] = (await find("numerique")).hits;
      assert.deepEqual(hit, {
        entryId: id("french"),
        title: "Éducation numérique pour tous",
        summary: "Former les enseignants au numérique.",
        organizationName: "Université de Genève",
        stakeholderTypeCode: "academia",
        projectStatus: "completed",
        startYear: 2019,
        publishedAt: at(3),
        countries: ["FR", "SN"],
        actionLines: ["C7.e-learning"],
        sdgs: [4, 10],
      });
      const [chinese] = (await find("平台")).hits;
      assert.deepEqual(chinese?.actionLines, ["C4", "C7.e-learning"]);
    });

    test("pages never repeat or skip an entry, and stream yields the same order", async () => {
      // 23 entries sharing the word "commons", several published at the same moment, the word in various fields.
      for (let i = 0; i < 23; i++) {
        const where =
          i % 3 === 0
            ? { title: `Commons ${i}` }
            : i % 3 === 1
              ? { summary: `commons ${i}` }
              : { description: `commons commons ${i}` };
        await publish(`commons-${i}`, {
          title: `Project ${i}`,
          organizationName: "Org",
          ...where,
          publishedAt: at(20 + (i % 5)),
          sdgs: [i % 2 ? 1 : 2],
        });
      }
      const bounded = createStocktakingSearch(t.handle.db, t.handle.dialect, { rankedCandidates: 5 });
      for (const provider of [search, bounded]) {
        for (const sort of ["relevance", "newest"] as const) {
          for (const filters of [{}, { sdg: ["1"] }]) {
            const label = `${sort} ${JSON.stringify(filters)} ${provider === bounded ? "bounded" : ""}`;
            const seen: string[] = [];
            let total = -1;
            for (let page = 1; page < 20; page++) {
              const result = await provider.search({ text: "commons", filters, sort, page, pageSize: 4 });
              if (total === -1) total = result.total;
              assert.equal(result.total, total, label);
              if (result.hits.length === 0) break;
              seen.push(...result.hits.map((h) => h.entryId));
            }
            assert.equal(seen.length, total, label);
            assert.equal(new Set(seen).size, total, `no entry twice: ${label}`);
            const streamed: string[] = [];
            for await (const batch of provider.stream({ text: "commons", filters, sort }, 3)) {
              assert.ok(batch.length > 0 && batch.length <= 3);
              streamed.push(...batch.map((h) => h.entryId));
            }
            assert.deepEqual(streamed, seen, `stream = pages: ${label}`);
          }
        }
      }
      // Bounded: the five newest matches are ranked (titles first), the older ones follow newest first.
      const page = await bounded.search({ text: "commons", filters: {}, sort: "relevance", page: 1, pageSize: 100 });
      const newest = (await search.search({ text: "commons", filters: {}, sort: "newest", page: 1, pageSize: 100 }))
        .hits;
      assert.deepEqual(
        new Set(page.hits.slice(0, 5).map((h) => h.entryId)),
        new Set(newest.slice(0, 5).map((h) => h.entryId)),
      );
      assert.deepEqual(
        page.hits.slice(5).map((h) => h.entryId),
        newest.slice(5).map((h) => h.entryId),
      );
      assert.match(page.hits[0]?.title ?? "", /^Commons/);
    });

    test("a text searched again, with other filters, sorts and pages, gives what a search keeping no texts gives", async () => {
      // Twelve entries sharing "harbour", in the title or the description, over two SDGs and several dates.
      for (let i = 0; i < 12; i++) {
        await publish(`harbour-${i}`, {
          title: i % 2 ? `Harbour ${i}` : `Quay ${i}`,
          description: i % 2 ? "Boats." : `A harbour, harbour ${i}.`,
          sdgs: [i % 3 ? 14 : 9],
          countries: [i % 4 ? "SN" : "CV"],
          publishedAt: at(-600 + (i % 5)),
        });
      }
      const pairs = [
        [createStocktakingSearch(t.handle.db, t.handle.dialect), {}],
        [createStocktakingSearch(t.handle.db, t.handle.dialect, { rankedCandidates: 4 }), { rankedCandidates: 4 }],
      ] as const;
      for (const [keeping, options] of pairs) {
        for (const text of ["harbour", '"harbour harbour"']) {
          for (const filters of [{ sdg: ["14"] }, {}, { sdg: ["9"], country: ["SN"] }]) {
            for (const sort of ["relevance", "newest"] as const) {
              for (let page = 1; page <= 4; page++) {
                const asked = { text, filters, sort, page, pageSize: 3 };
                // A new search each time: nothing kept from before, nor from its own earlier pages.
                const fresh = createStocktakingSearch(t.handle.db, t.handle.dialect, { ...options, recentMatches: 0 });
                assert.deepEqual(
                  await keeping.search(asked),
                  await fresh.search(asked),
                  `${JSON.stringify(asked)} ${JSON.stringify(options)}`,
                );
              }
            }
          }
        }
      }
    });

    test("scores every entry asked for, also when the index holds matches the memory does not know yet", async () => {
      const textIndex = t.handle.dialect === "sqlite" ? sqliteTextIndex : postgresTextIndex;
      const entries = [];
      for (let i = 0; i < 3; i++)
        entries.push(await publish(`lantern-${i}`, { title: `Lantern ${i}`, publishedAt: at(-400 + i) }));
      const keyRows = await sql<{ key: IndexKey; entryId: string }>`select d.key as key, d.entry_id as "entryId"
        from (${textIndex.docs}) d where d.entry_id in (${sql.join(entries)})`.execute(t.handle.db.withoutPlugins());
      const keyOfEntry = new Map(keyRows.rows.map((r) => [r.entryId, r.key]));
      const [k1, k2, k3] = entries.map((e) => keyOfEntry.get(e) as IndexKey);
      const terms = parseSearchText("lantern");
      assert.ok(terms && k1 !== undefined && k2 !== undefined && k3 !== undefined);
      const all = await textIndex.scores(t.handle.db, terms, [k3, k2, k1]);
      // The memory knows the first and third only (the second came into the index after its last sync).
      const partial = await textIndex.scores(t.handle.db, terms, [k3, k1]);
      assert.equal(all.size, 3);
      assert.deepEqual([...partial].sort(), [...all].filter(([key]) => key !== k2).sort());
      assert.ok([...partial.values()].every(Number.isFinite));
    });

    test("without text or filters, stream reads every entry from the database in the order and shape of the pages", async () => {
      // Several entries published at the same moment (the entry id decides), lists that sort differently as text
      // and as numbers (C10 after C2, SDG 10 after 4), an entry without lists.
      for (let i = 0; i < 7; i++) {
        await publish(`export-${i}`, {
          title: `Export ${i}`,
          organizationName: i % 2 ? "Org, with a comma" : 'Org "quoted"',
          startDate: i % 3 ? `20${10 + i}-05-01` : null,
          publishedAt: at(30 + (i % 3)),
          countries: i === 0 ? [] : ["SN", "FR", "BR"].slice(0, i),
          actionLines: i === 0 ? [] : ["C10", "C7.e-health", "C2"].slice(0, i),
          sdgs: i === 0 ? [] : [17, 4, 10].slice(0, i),
        });
      }
      const pages: SearchResult["hits"] = [];
      for (let page = 1; ; page++) {
        const result = await search.search({ filters: {}, sort: "newest", page, pageSize: 7 });
        if (result.hits.length === 0) break;
        pages.push(...result.hits);
      }
      // export-2 and export-5 share the newest moment; ids are made in time order, so export-5's is greater.
      assert.deepEqual(
        pages.slice(0, 2).map((h) => keyOf(h.entryId)),
        ["export-5", "export-2"],
      );
      assert.deepEqual(pages[0], {
        entryId: id("export-5"),
        title: "Export 5",
        summary: "",
        organizationName: "Org, with a comma",
        stakeholderTypeCode: null,
        projectStatus: null,
        startYear: 2015,
        publishedAt: at(32),
        countries: ["BR", "FR", "SN"],
        actionLines: ["C2", "C7.e-health", "C10"],
        sdgs: [4, 10, 17],
      });
      // A new instance has never loaded its columns: the stream comes from the database alone.
      const fresh = createStocktakingSearch(t.handle.db, t.handle.dialect);
      for (const provider of [search, fresh]) {
        for (const sort of ["newest", "relevance"] as const) {
          const streamed: SearchResult["hits"] = [];
          for await (const batch of provider.stream({ filters: {}, sort }, 4)) {
            assert.ok(batch.length > 0 && batch.length <= 4);
            streamed.push(...batch);
          }
          assert.deepEqual(streamed, pages, `${sort} ${provider === fresh ? "fresh" : ""}`);
        }
      }
    });

    test("index is idempotent and a re-index replaces the text and the links", async () => {
      const fields: Fields = {
        title: "Satellite classrooms",
        summary: "Lessons by satellite.",
        organizationName: "Orbit School",
        countries: ["NE", "NE"],
        actionLines: ["C2"],
        sdgs: [4, 4],
        publishedAt: at(30),
      };
      const entryId = await publish("satellite", fields);
      await publish("satellite", fields);
      const db = t.handle.db;
      const count = async (table: "stocktakingPublic" | "stocktakingPublicCountry" | "stocktakingPublicSdg") =>
        (await db.selectFrom(table).select("entryId").where("entryId", "=", entryId).execute()).length;
      assert.equal(await count("stocktakingPublic"), 1);
      assert.equal(await count("stocktakingPublicCountry"), 1);
      assert.equal(await count("stocktakingPublicSdg"), 1);
      assert.deepEqual(keys(await find("satellite")), ["satellite"]);
      assert.equal((await find(undefined, { filters: { country: ["NE"] } })).total, 1);

      await publish("satellite", {
        ...fields,
        version: 2,
        title: "Radio classrooms",
        summary: "Lessons by radio.",
        countries: ["ML"],
      });
      assert.deepEqual(keys(await find("satellite")), []);
      assert.deepEqual(keys(await find("radio classrooms")), ["satellite"]);
      assert.equal((await find(undefined, { filters: { country: ["NE"] } })).total, 0);
      assert.equal((await find(undefined)).facets.country.find((c) => c.value === "ML")?.count, 1);
      const row = await db
        .selectFrom("stocktakingPublic")
        .select(["version", "title"])
        .where("entryId", "=", entryId)
        .executeTakeFirst();
      assert.deepEqual(row, { version: 2, title: "Radio classrooms" });
    });

    test("remove takes the entry out of results, counts and every table", async () => {
      const entryId = await publish("removed", {
        title: "Quantum lighthouse",
        organizationName: "Lighthouse Trust",
        countries: ["IS"],
        actionLines: ["C11"],
        sdgs: [17],
        publishedAt: at(31),
      });
      assert.equal((await find("lighthouse")).total, 1);
      assert.equal((await find(undefined)).facets.actionLine.find((a) => a.value === "C11")?.count, 1);
      await t.handle.db.transaction().execute((trx) => search.remove(trx, entryId));
      assert.equal((await find("lighthouse")).total, 0);
      assert.equal(
        (await find(undefined)).facets.actionLine.find((a) => a.value === "C11"),
        undefined,
      );
      assert.equal(
        (await find(undefined)).facets.country.find((a) => a.value === "IS"),
        undefined,
      );
      const db = t.handle.db;
      for (const table of [
        "stocktakingPublic",
        "stocktakingPublicCountry",
        "stocktakingPublicActionLine",
        "stocktakingPublicSdg",
      ] as const) {
        assert.equal(
          (await db.selectFrom(table).select("entryId").where("entryId", "=", entryId).execute()).length,
          0,
          table,
        );
      }
      assert.equal(await indexRows(), await publicRows(), "no index row left behind");
      // Removing twice, or something never indexed, is harmless.
      await t.handle.db.transaction().execute((trx) => search.remove(trx, entryId));
      await t.handle.db.transaction().execute((trx) => search.remove(trx, newId()));
    });

    test("deleting the entry itself (a cascade) leaves no index row behind", async () => {
      const entryId = await publish("cascaded", { title: "Cascade valley", publishedAt: at(32) });
      assert.equal((await find("cascade")).total, 1);
      await t.handle.db.deleteFrom("stocktakingEntry").where("id", "=", entryId).execute();
      assert.equal((await find("cascade")).total, 0);
      assert.equal((await find(undefined)).total, await publicRows(), "the facet columns forgot it too");
      assert.equal(await indexRows(), await publicRows());
    });

    test("instances sharing the database see each other's changes, also after the change log is pruned", async () => {
      // Two app instances behind a load balancer: each keeps its own facet columns in memory.
      const a = createStocktakingSearch(t.handle.db, t.handle.dialect);
      const b = createStocktakingSearch(t.handle.db, t.handle.dialect);
      const countryCount = async (provider: StocktakingSearch, code: string) =>
        (await provider.search(query(undefined))).facets.country.find((c) => c.value === code)?.count ?? 0;
      const totalOf = async (provider: StocktakingSearch) => (await provider.search(query(undefined))).total;
      const before = await totalOf(b);
      assert.equal(await totalOf(a), before);

      const entryId = await publish("shared", { title: "Atoll relay", countries: ["TV"], publishedAt: at(33) }, a);
      assert.equal(await totalOf(b), before + 1, "b sees a's new entry");
      assert.equal(await countryCount(b, "TV"), 1);
      assert.deepEqual(keys(await b.search(query("atoll"))), ["shared"]);

      await publish("shared", { title: "Atoll relay", countries: ["NR"], publishedAt: at(34) }, b);
      assert.equal(await countryCount(a, "TV"), 0, "a sees b's re-index");
      assert.equal(await countryCount(a, "NR"), 1);
      assert.equal(await totalOf(a), before + 1);

      // a changes the entry while b is not looking, then the log is pruned past what b has seen: b reloads.
      await publish("shared", { title: "Atoll relay", countries: ["KI"], publishedAt: at(35) }, a);
      assert.ok((await pruneSearchChanges(t.handle.db, 0)) > 0);
      assert.equal(await countryCount(b, "NR"), 0);
      assert.equal(await countryCount(b, "KI"), 1);

      await t.handle.db.transaction().execute((trx) => a.remove(trx, entryId));
      assert.equal(await totalOf(b), before);
      assert.equal(await countryCount(b, "KI"), 0);
      assert.deepEqual(keys(await b.search(query("atoll"))), []);
    });

    async function indexRows(): Promise<number> {
      const { rows } = await sql<{ n: number | string }>`select count(*) as n from stocktaking_search`.execute(
        t.handle.db,
      );
      return Number(rows[0]?.n);
    }
    async function publicRows(): Promise<number> {
      return (await t.handle.db.selectFrom("stocktakingPublic").select("entryId").execute()).length;
    }
  });
}
