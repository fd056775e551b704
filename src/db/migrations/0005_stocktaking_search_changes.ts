import { type Kysely, PostgresAdapter, SqliteAdapter, sql } from "kysely";

// A log of which public Stocktaking entries changed, in commit order, so every app instance can keep its
// in-memory facet columns (src/modules/stocktaking/search/memory.ts) in step with the database: on each search an
// instance reads the rows after the last one it has seen and reloads those entries.
//
// The rows are written by triggers on the search index's own table (stocktaking_search_doc on SQLite,
// stocktaking_search on PostgreSQL), so every way an entry enters or leaves the index is logged, the cascade from
// a deleted entry included.
//
// Commit order: SQLite has one writer at a time, so seq order is commit order. On PostgreSQL two transactions
// could take seq 10 and 11 and commit 11 first; an instance that read 11 would then skip 10 for ever. The trigger
// takes a transaction-scoped advisory lock first, so writers to the index take their turn until they commit.
//
// Frozen in time: never import application code here.

/** The advisory lock key of the index's writers (any fixed bigint; this is "stocktaking" in ASCII, truncated). */
const LOCK_KEY = 0x73746f636b74;

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
function dialectOf(db: Kysely<any>): "sqlite" | "postgres" {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return "sqlite";
  if (adapter instanceof PostgresAdapter) return "postgres";
  throw new Error(`0005_stocktaking_search_changes: unsupported database adapter ${adapter.constructor.name}`);
}

// biome-ignore lint/suspicious/noExplicitAny: see dialectOf()
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === "sqlite") {
    await sql`create table stocktaking_search_change (
      seq integer primary key autoincrement,
      entry_id text not null
    )`.execute(db);
    for (const [event, row] of [
      ["insert", "new"],
      ["update", "new"],
      ["delete", "old"],
    ] as const) {
      await sql
        .raw(`create trigger stocktaking_search_doc_${event}_logged after ${event} on stocktaking_search_doc
          begin insert into stocktaking_search_change (entry_id) values (${row}.entry_id); end`)
        .execute(db);
    }
    return;
  }
  await sql`create table stocktaking_search_change (
    seq bigint generated always as identity primary key,
    entry_id text not null
  )`.execute(db);
  await sql
    .raw(`create function stocktaking_search_logged() returns trigger language plpgsql as $$
      begin
        perform pg_advisory_xact_lock(${LOCK_KEY});
        insert into stocktaking_search_change (entry_id)
          values (case when tg_op = 'DELETE' then old.entry_id else new.entry_id end);
        return null;
      end $$`)
    .execute(db);
  await sql`create trigger stocktaking_search_logged after insert or update or delete on stocktaking_search
    for each row execute function stocktaking_search_logged()`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see dialectOf()
export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === "sqlite") {
    for (const event of ["insert", "update", "delete"]) {
      await sql.raw(`drop trigger if exists stocktaking_search_doc_${event}_logged`).execute(db);
    }
  } else {
    await sql`drop trigger if exists stocktaking_search_logged on stocktaking_search`.execute(db);
    await sql`drop function if exists stocktaking_search_logged()`.execute(db);
  }
  await sql`drop table if exists stocktaking_search_change`.execute(db);
}
