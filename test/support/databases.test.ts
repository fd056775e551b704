import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";
import { sql } from "kysely";
import { type Db, openDatabase } from "../../src/db/database.ts";
import { migrateAndSeed, type TestDatabase, testDialects } from "./databases.ts";

/**
 * What a database holds, timestamps aside: each table's columns, the indexes, the migrations applied, and each
 * table's rows, counted and digested without the columns that record when they were written.
 */
async function contents(db: Db, dialect: "sqlite" | "postgres") {
  const columns =
    dialect === "sqlite"
      ? (
          await sql<{ table: string; column: string; type: string }>`
            select m.name as "table", p.name as "column", p.type as "type"
            from sqlite_master m join pragma_table_info(m.name) p
            where m.type = 'table' and m.name not like 'sqlite_%'
            order by m.name, p.cid`.execute(db)
        ).rows
      : (
          await sql<{ table: string; column: string; type: string }>`
            select table_name as "table", column_name as "column", data_type as "type"
            from information_schema.columns where table_schema = 'public'
            order by table_name, ordinal_position`.execute(db)
        ).rows;
  const indexes =
    dialect === "sqlite"
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'index' order by name`.execute(db))
          .rows
      : (
          await sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = 'public'
            order by indexname`.execute(db)
        ).rows;
  const tables = [...new Set(columns.map((c) => c.table))].filter((t) => !t.includes("_fts"));
  const rows: Record<string, string> = {};
  for (const table of tables) {
    const kept = columns
      .filter(
        (c) =>
          c.table === table &&
          !/(_at|_on|^timestamp)$/.test(c.column) &&
          !/time|blob|bytea|tsvector|^json$/i.test(c.type),
      )
      .map((c) => c.column);
    if (kept.length === 0) continue;
    const list = sql.join(kept.map((c) => sql.ref(c)));
    const result = await sql<Record<string, unknown>>`select ${list} from ${sql.table(table)} order by ${list}`.execute(
      db,
    );
    rows[table] =
      `${result.rows.length} rows, ${createHash("sha256").update(JSON.stringify(result.rows)).digest("hex")}`;
  }
  return { columns, indexes, rows };
}

async function read(database: TestDatabase, dialect: "sqlite" | "postgres", prepare: (db: Db) => Promise<void>) {
  const handle = openDatabase(database.config);
  try {
    await prepare(handle.db);
    return await contents(handle.db, dialect);
  } finally {
    await handle.close();
    await database.drop();
  }
}

for (const dialect of await testDialects()) {
  describe(`test databases [${dialect.name}]`, { skip: dialect.skip }, () => {
    test("a copy of the template holds what a new database migrated and seeded holds", async () => {
      const fresh = await read(await dialect.create(), dialect.name, migrateAndSeed);
      const copy = await read(await dialect.seeded(), dialect.name, async () => {});
      assert.ok(Object.keys(fresh.rows).length > 10, "the tables are compared");
      assert.ok((fresh.rows.action_line ?? "").startsWith("19 rows"), "and their rows: the 19 Action Lines");
      assert.deepEqual(copy.columns, fresh.columns);
      assert.deepEqual(copy.indexes, fresh.indexes);
      assert.deepEqual(copy.rows, fresh.rows);
    });

    test("each copy is a database of its own", async () => {
      const first = await dialect.seeded();
      const second = await dialect.seeded();
      assert.notDeepEqual(first.config, second.config);
      const a = openDatabase(first.config);
      const b = openDatabase(second.config);
      try {
        await a.db.deleteFrom("appMeta").execute();
        assert.equal((await a.db.selectFrom("appMeta").selectAll().execute()).length, 0);
        assert.ok((await b.db.selectFrom("appMeta").selectAll().execute()).length > 0, "the other copy keeps its rows");
      } finally {
        await a.close();
        await b.close();
        await first.drop();
        await second.drop();
      }
    });
  });
}
