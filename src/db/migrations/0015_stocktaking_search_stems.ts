import { type Kysely, sql } from "kysely";

// Stocktaking search now stems words (src/modules/stocktaking/search/stem.ts): each field in the index holds its
// words, then their stems marked with the entry's language. The tables do not change, on either database, so an
// index written before keeps answering as it did, by the words themselves; only a rebuild adds the stems. This
// marks the index for one: the next `wsis serve` (or `wsis migrate`) rebuilds it before serving, as
// `wsis reindex stocktaking` does, and removes the mark. A database with no published entry needs no rebuild.
//
// Frozen in time: never import application code here.

const KEY = "stocktaking.search.rebuild";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await sql`insert into app_meta (key, value, updated_at)
    select ${KEY}, '0015_stocktaking_search_stems', ${new Date().toISOString()}
    where exists (select 1 from stocktaking_public)
    on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from app_meta where key = ${KEY}`.execute(db);
}
