import { type Kysely, PostgresAdapter, SqliteAdapter, sql } from "kysely";

// PostgreSQL: an integer key for every row of the text index, as SQLite's FTS5 rowid already is
// (stocktaking_search_doc.id). Search hands each instance's in-memory facet columns the keys of every matching
// entry, 50,000 of them for a broad word: integers are merged against a sorted list, where entry ids had to be
// looked up one by one in a Map of 100,000 strings (about 25 ms of a 95 ms search at 100,000 entries). Identity
// values fill the existing rows; an entry re-indexed keeps its key (the upsert updates the row). SQLite: nothing.
//
// Frozen in time: never import application code here.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
function dialectOf(db: Kysely<any>): "sqlite" | "postgres" {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return "sqlite";
  if (adapter instanceof PostgresAdapter) return "postgres";
  throw new Error(`0010_stocktaking_search_keys: unsupported database adapter ${adapter.constructor.name}`);
}

// biome-ignore lint/suspicious/noExplicitAny: see dialectOf()
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== "postgres") return;
  await sql`alter table stocktaking_search add column key bigint generated always as identity`.execute(db);
  await sql`create unique index stocktaking_search_key_idx on stocktaking_search (key)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see dialectOf()
export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== "postgres") return;
  await sql`alter table stocktaking_search drop column if exists key`.execute(db);
}
