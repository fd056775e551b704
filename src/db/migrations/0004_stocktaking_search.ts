import { type CreateTableBuilder, type Kysely, PostgresAdapter, SqliteAdapter, sql } from "kysely";

// Full-text search over the public projection of stocktaking entries (stocktaking_public).
//
// This is the one migration whose schema differs by database, on purpose: full-text search is the one feature
// SQL does not standardise. SQLite has FTS5 virtual tables; PostgreSQL has tsvector columns with GIN indexes.
// Neither exists on the other, and emulating one on the other (LIKE scans) would be slow and accent-sensitive.
// Everything around the index (stocktaking_public, its link tables, the facet counts) stays portable SQL; the
// text the index holds is prepared in TypeScript (lower case, Chinese segmented: search/segment.ts), so both
// indexes see the same words and only accent folding and ranking are the database's own.
//
// The dialect is read from Kysely's adapter rather than probed with a query that fails on the other database:
// on PostgreSQL the migrator runs inside a transaction, and a failed probe would abort it.
//
// Frozen in time: never import application code here.

type Dialect = "sqlite" | "postgres";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
function dialectOf(db: Kysely<any>): Dialect {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return "sqlite";
  if (adapter instanceof PostgresAdapter) return "postgres";
  throw new Error(`0004_stocktaking_search: unsupported database adapter ${adapter.constructor.name}`);
}

// biome-ignore lint/suspicious/noExplicitAny: see dialectOf()
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === "sqlite") await upSqlite(db);
  else await upPostgres(db);
  // Portable, on both: without text, search reads these columns of every entry (facet counts, the date order).
  // From one narrow index it never reads the wide rows, whose descriptions run to 10,000 characters.
  await db.schema
    .createIndex("stocktaking_public_search_idx")
    .on("stocktaking_public")
    .columns(["published_at", "entry_id", "stakeholder_type_code", "project_status", "start_year"])
    .execute();
}

/**
 * A copy of stocktaking_public's columns that search filters and orders on, next to the words, written in the
 * same transaction: a broad word then yields narrow rows straight from the index, instead of thousands of lookups
 * into the wide public rows.
 */
// biome-ignore lint/suspicious/noExplicitAny: see dialectOf()
function narrowFacts(table: CreateTableBuilder<any, any>): CreateTableBuilder<any, any> {
  return table
    .addColumn("published_at", "text", (c) => c.notNull())
    .addColumn("stakeholder_type_code", "text")
    .addColumn("project_status", "text")
    .addColumn("start_year", "integer");
}

// biome-ignore lint/suspicious/noExplicitAny: see dialectOf()
async function upSqlite(db: Kysely<any>): Promise<void> {
  // FTS5 keys rows by integer; entries are keyed by text. This table gives each public entry a stable integer
  // (AUTOINCREMENT: never reused, so a stale index row can never attach to another entry), and holds the facts
  // search filters and orders on (see narrowFacts).
  await narrowFacts(
    db.schema
      .createTable("stocktaking_search_doc")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("entry_id", "text", (c) =>
        c.notNull().unique().references("stocktaking_public.entry_id").onDelete("cascade"),
      ),
  ).execute();
  // Contentless: the index keeps only the words (the text lives in stocktaking_public), and contentless_delete
  // (SQLite 3.43+, bundled by better-sqlite3) lets a row be deleted by rowid. remove_diacritics 2 folds accents.
  await sql`create virtual table stocktaking_search using fts5(
    title, summary, description, organization_name,
    content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
  )`.execute(db);
  // A public entry deleted by a cascade (its stocktaking_entry removed) takes its index row with it.
  await sql`create trigger stocktaking_search_doc_deleted after delete on stocktaking_search_doc
    begin delete from stocktaking_search where rowid = old.id; end`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see dialectOf()
async function upPostgres(db: Kysely<any>): Promise<void> {
  // unaccent is a trusted extension (PostgreSQL 13+): the database owner may create it without superuser.
  await sql`create extension if not exists unaccent`.execute(db);
  const { rows } = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'unaccent'`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error("0004_stocktaking_search: the unaccent extension is missing after creating it");
  const ident = `"${schema.replaceAll('"', '""')}"`;
  const dictionary = `${ident}.unaccent`.replaceAll("'", "''");
  // unaccent() is only STABLE (it reads its dictionary through search_path). Naming the dictionary and the
  // schema makes the result fixed, so the wrapper can be declared IMMUTABLE and used in indexes.
  await sql
    .raw(`create or replace function search_unaccent(text) returns text
      language sql immutable strict parallel safe
      as $$ select ${ident}.unaccent('${dictionary}'::regdictionary, $1) $$`)
    .execute(db);
  // A table of its own rather than a column of stocktaking_public: the vector is built from text segmented in
  // TypeScript, so it cannot be a generated column, and the portable table stays the same on both databases.
  await narrowFacts(
    db.schema
      .createTable("stocktaking_search")
      .addColumn("entry_id", "text", (c) =>
        c.primaryKey().references("stocktaking_public.entry_id").onDelete("cascade"),
      )
      .addColumn("search_vector", sql`tsvector`, (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex("stocktaking_search_vector_idx")
    .on("stocktaking_search")
    .using("gin")
    .column("search_vector")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see dialectOf()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("stocktaking_public_search_idx").ifExists().execute();
  if (dialectOf(db) === "sqlite") {
    await sql`drop trigger if exists stocktaking_search_doc_deleted`.execute(db);
    await sql`drop table if exists stocktaking_search`.execute(db);
    await db.schema.dropTable("stocktaking_search_doc").ifExists().execute();
    return;
  }
  await db.schema.dropTable("stocktaking_search").ifExists().execute();
  await sql`drop function if exists search_unaccent(text)`.execute(db);
  // The unaccent extension stays: other objects may have come to depend on it.
}
