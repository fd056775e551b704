import type SQLite from "better-sqlite3";
import { type Kysely, type RawBuilder, sql } from "kysely";
import { type Database, sqliteConnectionOf } from "../../../db/database.ts";
import type { IndexKey } from "./memory.ts";
import type { HitRow } from "./projection.ts";

// The SQL of search's memory (memory.ts) and of its pages of hits (search.ts): the change log that keeps every
// instance's memory in step with the database, and the reads of the projection (stocktaking_public and its link
// tables) that fill the memory. The text index's own SQL is per dialect (sqlite.ts, postgres.ts); it hands the
// select of its rows (`docs`) to the functions here that read them.

type Db = Kysely<Database>;

/** app_meta key of the pruning watermark: change-log rows up to it are gone. */
const PRUNED_KEY = "stocktaking_search_pruned";

/** A row of the change log after a point, or the pruning watermark (entryId null) when it is past that point. */
export interface SearchChange {
  seq: number | string;
  entryId: string | null;
}

const CHANGES_SQL = `select seq, entry_id from stocktaking_search_change where seq > ?
  union all
  select cast(value as bigint), null from app_meta where key = ? and cast(value as bigint) > ?
  order by 1`;

const changesStatements = new WeakMap<SQLite.Database, SQLite.Statement>();

/** The log after `seq`, and the pruning watermark when it is past `seq`. Run before every search. */
export async function changesSince(db: Db, seq: number): Promise<SearchChange[]> {
  const connection = sqliteConnectionOf(db);
  if (connection) {
    // On SQLite, a statement prepared once per connection: this runs on every search.
    let statement = changesStatements.get(connection);
    if (!statement) {
      statement = connection.prepare(CHANGES_SQL);
      changesStatements.set(connection, statement);
    }
    return (statement.all(seq, PRUNED_KEY, seq) as { seq: number; entry_id: string | null }[]).map((r) => ({
      seq: r.seq,
      entryId: r.entry_id,
    }));
  }
  const { rows } = await sql<SearchChange>`
    select seq, entry_id from stocktaking_search_change where seq > ${seq}
    union all
    select cast(value as bigint), null from app_meta where key = ${PRUNED_KEY} and cast(value as bigint) > ${seq}
    order by 1`.execute(db);
  return rows;
}

/** Where the log stands now, or where it was pruned to if that is later (0 for an empty log). */
export async function logPosition(db: Db): Promise<number> {
  const { rows } = await sql<{ seq: number | string | null }>`
    select max(seq) as seq from stocktaking_search_change
    union all select cast(value as bigint) from app_meta where key = ${PRUNED_KEY}`.execute(db);
  return Math.max(0, ...rows.map((r) => Number(r.seq ?? 0)));
}

/**
 * Deletes change-log rows an instance no longer needs, keeping the newest `keep`. An instance that has not
 * synced since then sees the watermark and reloads everything. Harmless when several instances run it.
 */
export async function pruneSearchChanges(db: Db, keep = 10_000): Promise<number> {
  const { rows } = await sql<{ seq: number | string | null }>`
    select max(seq) as seq from stocktaking_search_change`.execute(db);
  const through = Number(rows[0]?.seq ?? 0) - keep;
  if (through <= 0) return 0;
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto("appMeta")
      .values({ key: PRUNED_KEY, value: String(through), updatedAt: new Date().toISOString() })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value: String(through), updatedAt: new Date().toISOString() }))
      .execute();
    const result = await sql`delete from stocktaking_search_change where seq <= ${through}`.execute(trx);
    return Number(result.numAffectedRows ?? 0);
  });
}

/** One entry's facts as the database gives them. */
export interface DocRow {
  key: IndexKey | string;
  entryId: string;
  publishedAt: string;
  stakeholderTypeCode: string | null;
  projectStatus: string | null;
  startYear: number | string | null;
}

/** A DocRow as the SQLite connection gives it in raw mode. */
export type DocValues = [
  key: number,
  entryId: string,
  publishedAt: string,
  stakeholderTypeCode: string | null,
  projectStatus: string | null,
  startYear: number | null,
];

/** A link row in raw mode: the entry, the value, and for a country its ITU region. */
export type LinkValues = [entryId: string, value: string | number, region?: string | null];

/**
 * SQLite: every indexed entry's facts (`docs`, the text index's select of them), in entry id order, each row a
 * plain array read straight from the connection and dropped: loading 100,000 entries leaves little garbage.
 */
export function allDocValues(db: Db, connection: SQLite.Database, docs: RawBuilder<unknown>): Iterable<DocValues> {
  return connection
    .prepare(`${docs.compile(db).sql} order by entry_id`)
    .raw(true)
    .iterate() as Iterable<DocValues>;
}

const ALL_LINKS = {
  actionLine: "select entry_id, action_line_code from stocktaking_public_action_line order by entry_id",
  sdg: "select entry_id, sdg_number from stocktaking_public_sdg order by entry_id",
  country: `select l.entry_id, l.country_code, c.itu_region from stocktaking_public_country l
        left join country c on c.alpha2 = l.country_code order by l.entry_id`,
};

/** SQLite: one link table's rows in entry id order, as plain arrays (a country's with its ITU region). */
export function allLinkValues(connection: SQLite.Database, links: keyof typeof ALL_LINKS): Iterable<LinkValues> {
  return connection.prepare(ALL_LINKS[links]).raw(true).iterate() as Iterable<LinkValues>;
}

/** Up to `limit` ids of indexed entries after `after`, in entry id order (a chunk of a full load). */
export async function docIdsAfter(db: Db, docs: RawBuilder<unknown>, after: string, limit: number): Promise<string[]> {
  const { rows } = await sql<{ entryId: string }>`
    select d.entry_id from (${docs}) d where d.entry_id > ${after}
    order by d.entry_id limit ${limit}`.execute(db);
  return rows.map((r) => r.entryId);
}

/** Which entries to read: these ids, or every id from `first` to `last`. */
export type DocSelection = { ids: string[] } | { first: string; last: string };

/** The facts and the links of the selected entries (those still indexed: a removed entry has no row). */
export async function docsWithLinks(db: Db, docs: RawBuilder<unknown>, selection: DocSelection) {
  const [docWhere, linkWhere] =
    "ids" in selection
      ? [sql`d.entry_id in (${sql.join(selection.ids)})`, sql`l.entry_id in (${sql.join(selection.ids)})`]
      : [
          sql`d.entry_id >= ${selection.first} and d.entry_id <= ${selection.last}`,
          sql`l.entry_id >= ${selection.first} and l.entry_id <= ${selection.last}`,
        ];
  const [found, actionLines, sdgs, countries] = await Promise.all([
    sql<DocRow>`select * from (${docs}) d where ${docWhere}`.execute(db),
    sql<{ entryId: string; value: string }>`select l.entry_id, l.action_line_code as value
        from stocktaking_public_action_line l where ${linkWhere}`.execute(db),
    sql<{ entryId: string; value: number | string }>`select l.entry_id, l.sdg_number as value
        from stocktaking_public_sdg l where ${linkWhere}`.execute(db),
    sql<{ entryId: string; value: string; region: string | null }>`
        select l.entry_id, l.country_code as value, c.itu_region as region
        from stocktaking_public_country l left join country c on c.alpha2 = l.country_code
        where ${linkWhere}`.execute(db),
  ]);
  return { docs: found.rows, actionLines: actionLines.rows, sdgs: sdgs.rows, countries: countries.rows };
}

const HIT_COLUMNS = sql`entry_id, title, summary, organization_name, stakeholder_type_code, project_status,
  start_year, published_at`;

/** The rows of these published entries (in no order; an id no longer published has none). */
export async function hitRows(db: Db, ids: readonly string[]): Promise<HitRow[]> {
  const { rows } = await sql<HitRow>`select ${HIT_COLUMNS} from stocktaking_public
      where entry_id in (${sql.join(ids)})`.execute(db);
  return rows;
}
