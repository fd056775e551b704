import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildTestApp, type TestApp } from "../../../../test/support/app.ts";
import { testDialects } from "../../../../test/support/databases.ts";
import { syntheticEntries } from "../synthetic.ts";
import { document } from "./search.fixtures.ts";
import { createStocktakingSearch, type SearchQuery } from "./search.ts";

// Both databases, the same entries, the same searches: the same entries found.
const dialects = await testDialects();
const bothAvailable = dialects.every((d) => !d.skip);
describe("SQLite and PostgreSQL find the same entries", {
  skip: bothAvailable ? false : "needs both databases",
}, () => {
  const apps: TestApp[] = [];
  const QUERIES = [
    "education",
    "educational",
    "schools",
    "teachers",
    "internet",
    "digital skills",
    '"skills training"',
    '"public services"',
    '"цифровой грамотности"',
    "skill",
    "numérique",
    "numeriques",
    "enseignants",
    "escuela",
    "rurales",
    "школа",
    "учителя",
    "التعليم",
    "تعليمية",
    "الرقمية",
    "رقمية",
    "教育",
    "数字",
    "women health",
    "connectivity",
    '"rural schools"',
  ];

  before(async () => {
    const docs = [...syntheticEntries(400, 11)].map((entry, i) =>
      document(`eq-${String(i).padStart(4, "0")}`, {
        title: entry.title,
        summary: entry.summary ?? "",
        description: entry.description ?? "",
        organizationName: entry.organizationName,
        language: entry.language,
        publishedAt: entry.publishedAt,
      }),
    );
    for (const dialect of dialects) {
      const t = await buildTestApp(dialect);
      apps.push(t);
      const search = createStocktakingSearch(t.handle.db, t.handle.dialect);
      await t.handle.db.transaction().execute(async (trx) => {
        for (const doc of docs) {
          await trx
            .insertInto("stocktakingEntry")
            .values({
              id: doc.entryId,
              state: "published",
              title: doc.title,
              summary: doc.summary,
              description: doc.description,
              organizationName: doc.organizationName,
              language: doc.language,
              countries: "[]",
              actionLines: "[]",
              sdgs: "[]",
              targets: "[]",
              publishedVersion: 1,
              createdAt: doc.publishedAt,
              updatedAt: doc.publishedAt,
              publishedAt: doc.publishedAt,
            })
            .execute();
          await search.index(trx, doc);
        }
      });
    }
  });
  after(async () => {
    for (const t of apps) await t.close();
  });

  test("every query finds the same entries on both, in the same order", async () => {
    const results = async (t: TestApp, text: string) => {
      const query: SearchQuery = { text, filters: {}, sort: "newest", page: 1, pageSize: 100 };
      const search = createStocktakingSearch(t.handle.db, t.handle.dialect);
      const ids: string[] = [];
      for await (const batch of search.stream(query, 100)) ids.push(...batch.map((h) => h.entryId));
      return ids;
    };
    for (const text of QUERIES) {
      const [onSqlite, onPostgres] = await Promise.all(apps.map((t) => results(t, text)));
      assert.ok((onSqlite?.length ?? 0) > 0, `${text} finds something`);
      assert.deepEqual(onPostgres, onSqlite, text);
    }
  });
});
