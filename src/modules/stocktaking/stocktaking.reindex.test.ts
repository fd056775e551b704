import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { createStocktakingSearch, type SearchQuery, type StocktakingSearch } from "./search/search.ts";
import { loadPublished } from "./stocktaking.import.ts";
import { reindexStocktaking } from "./stocktaking.reindex.ts";
import { EntryInput } from "./stocktaking.schema.ts";
import { syntheticEntries } from "./synthetic.ts";

const QUERIES: SearchQuery[] = [
  { filters: {}, sort: "newest", page: 1, pageSize: 100 },
  { text: "digital", filters: {}, sort: "relevance", page: 1, pageSize: 100 },
  { text: "internet", filters: { region: ["africa", "europe"] }, sort: "relevance", page: 1, pageSize: 100 },
  { filters: { sdg: ["4"], status: ["ongoing"] }, sort: "newest", page: 1, pageSize: 100 },
];

async function snapshot(search: StocktakingSearch) {
  return Promise.all(QUERIES.map((q) => search.search(q)));
}

for (const dialect of await testDialects()) {
  describe(`wsis reindex stocktaking [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
      const search = createStocktakingSearch(t.handle.db, t.handle.dialect);
      const entries = [...syntheticEntries(60, 7)].map(({ externalId, publishedAt, ...entry }) => ({
        externalId,
        publishedAt,
        input: EntryInput.parse(entry),
      }));
      await loadPublished({ db: t.handle.db, search, clock: t.clock.now }, entries, 25);
    });
    after(() => t?.close());

    test("rebuilds the index from the published versions: every search answers as before", async () => {
      const search = createStocktakingSearch(t.handle.db, t.handle.dialect);
      const before = await snapshot(search);
      assert.equal(before[0]?.total, 60);
      // Two entries lose their index rows (words and facts) but keep their public rows, as an index left behind
      // by an older release or a failed write might.
      const lost = [before[1]?.hits[0]?.entryId, before[0]?.hits[5]?.entryId].filter((id) => id !== undefined);
      assert.equal(lost.length, 2);
      const table = t.handle.dialect === "sqlite" ? "stocktaking_search_doc" : "stocktaking_search";
      await sql`delete from ${sql.table(table)} where entry_id in (${sql.join(lost)})`.execute(t.handle.db);
      const broken = await snapshot(search);
      assert.equal(broken[0]?.total, 58, "the search no longer sees them");

      const { entries } = await reindexStocktaking({ db: t.handle.db, search }, 7);
      assert.equal(entries, 60);
      assert.deepEqual(await snapshot(search), before, "every search answers as before");
      // A second instance, fresh, agrees.
      assert.deepEqual(await snapshot(createStocktakingSearch(t.handle.db, t.handle.dialect)), before);
    });

    // SQLite only: PostgreSQL's index is keyed by entry id.
    if (dialect.name === "sqlite") {
      test("the FTS5 keys follow publication order, after loading and after a reindex", async () => {
        const keys = async () => {
          const { rows } = await sql<{ publishedAt: string }>`
            select published_at from stocktaking_search_doc order by id`.execute(t.handle.db);
          return rows.map((r) => r.publishedAt);
        };
        const loaded = await keys();
        assert.deepEqual(loaded, [...loaded].sort());
        await reindexStocktaking({ db: t.handle.db, search: createStocktakingSearch(t.handle.db, t.handle.dialect) });
        const rebuilt = await keys();
        assert.equal(rebuilt.length, 60);
        assert.deepEqual(rebuilt, [...rebuilt].sort());
      });
    }
  });
}
