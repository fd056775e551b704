import type SQLite from "better-sqlite3";
import { type Kysely, type RawBuilder, sql } from "kysely";
import { type Database, sqliteConnectionOf } from "../../../db/database.ts";
import type { PublicEntryDocument, SearchHit } from "./search.ts";

// stocktaking_public and its link tables: written by index/remove; a page of hits reads its rows back, and the
// export of every entry walks them newest first.

/** A hit as its row in stocktaking_public gives it, before the lists from the link tables. */
export type HitRow = Omit<SearchHit, "countries" | "actionLines" | "sdgs">;

/** The year of a YYYY-MM-DD date. */
export function startYear(startDate: string | null): number | null {
  const year = startDate ? /^(\d{4})-/.exec(startDate)?.[1] : undefined;
  return year ? Number(year) : null;
}

/** Upserts the row (so it keeps its place for the index on SQLite) and replaces its links. */
export async function writeProjection(trx: Kysely<Database>, doc: PublicEntryDocument): Promise<void> {
  const row = {
    version: doc.version,
    title: doc.title,
    summary: doc.summary,
    description: doc.description,
    organizationName: doc.organizationName,
    stakeholderTypeCode: doc.stakeholderTypeCode,
    scope: doc.scope,
    projectStatus: doc.projectStatus,
    startDate: doc.startDate,
    endDate: doc.endDate,
    startYear: startYear(doc.startDate),
    website: doc.website,
    language: doc.language,
    publishedAt: doc.publishedAt,
  };
  await trx
    .insertInto("stocktakingPublic")
    .values({ entryId: doc.entryId, ...row })
    .onConflict((oc) => oc.column("entryId").doUpdateSet(row))
    .execute();
  await removeLinks(trx, doc.entryId);
  const entryId = doc.entryId;
  const countries = [...new Set(doc.countries)].map((countryCode) => ({ entryId, countryCode }));
  const actionLines = [...new Set(doc.actionLines)].map((actionLineCode) => ({ entryId, actionLineCode }));
  const sdgs = [...new Set(doc.sdgs)].map((sdgNumber) => ({ entryId, sdgNumber }));
  if (countries.length > 0) await trx.insertInto("stocktakingPublicCountry").values(countries).execute();
  if (actionLines.length > 0) await trx.insertInto("stocktakingPublicActionLine").values(actionLines).execute();
  if (sdgs.length > 0) await trx.insertInto("stocktakingPublicSdg").values(sdgs).execute();
}

async function removeLinks(trx: Kysely<Database>, entryId: string): Promise<void> {
  await trx.deleteFrom("stocktakingPublicCountry").where("entryId", "=", entryId).execute();
  await trx.deleteFrom("stocktakingPublicActionLine").where("entryId", "=", entryId).execute();
  await trx.deleteFrom("stocktakingPublicSdg").where("entryId", "=", entryId).execute();
}

export async function removeProjection(trx: Kysely<Database>, entryId: string): Promise<void> {
  await removeLinks(trx, entryId);
  await trx.deleteFrom("stocktakingPublic").where("entryId", "=", entryId).execute();
}

const natural = new Intl.Collator("en", { numeric: true });

/** A hit's lists in the order every response gives them: countries by code, Action Lines C1 … C11, SDGs ascending. */
export function sortedLists(countries: string[], actionLines: string[], sdgs: number[]) {
  return {
    countries: countries.sort(),
    actionLines: actionLines.sort(natural.compare),
    sdgs: sdgs.sort((a, b) => a - b),
  };
}

/** Where a newest-first walk of stocktaking_public stands: its last row. */
export interface NewestCursor {
  publishedAt: string;
  entryId: string;
}

/** A page of the newest-first walk: the hit's columns, then its three lists joined with spaces (codes hold none). */
function newestPage(cursor: NewestCursor | null, limit: number): RawBuilder<NewestRow> {
  const after = cursor ? sql`where (p.published_at, p.entry_id) < (${cursor.publishedAt}, ${cursor.entryId})` : sql``;
  return sql<NewestRow>`select p.entry_id, p.title, p.summary, p.organization_name, p.stakeholder_type_code,
      p.project_status, p.start_year, p.published_at,
      (select string_agg(l.country_code, ' ') from stocktaking_public_country l where l.entry_id = p.entry_id)
        as countries,
      (select string_agg(l.action_line_code, ' ') from stocktaking_public_action_line l where l.entry_id = p.entry_id)
        as action_lines,
      (select string_agg(cast(l.sdg_number as text), ' ') from stocktaking_public_sdg l where l.entry_id = p.entry_id)
        as sdgs
    from stocktaking_public p ${after}
    order by p.published_at desc, p.entry_id desc limit ${limit}`;
}

interface NewestRow extends HitRow {
  countries: string | null;
  actionLines: string | null;
  sdgs: string | null;
}

const split = (list: string | null) => (list === null ? [] : list.split(" "));

const newestStatements = new WeakMap<SQLite.Database, { first: SQLite.Statement; next: SQLite.Statement }>();

/**
 * Up to `limit` published entries after `cursor`, newest first: publication time, then entry id, both descending
 * (the order of search without text, memory.ts). A keyset page on stocktaking_public_search_idx, so each page
 * reads its own rows only, however deep the walk is. One statement a page; on SQLite read straight from the
 * connection, each row a plain array: no object per row before the hit itself, which over 100,000 rows kept the
 * heap growing (bench/README.md).
 */
export async function newestHits(
  db: Kysely<Database>,
  cursor: NewestCursor | null,
  limit: number,
): Promise<SearchHit[]> {
  const connection = sqliteConnectionOf(db);
  if (!connection) {
    const { rows } = await newestPage(cursor, limit).execute(db);
    return rows.map((r) => ({
      ...hitOf(r),
      ...sortedLists(split(r.countries), split(r.actionLines), split(r.sdgs).map(Number)),
    }));
  }
  let statements = newestStatements.get(connection);
  if (!statements) {
    statements = {
      first: connection.prepare(newestPage(null, 0).compile(db).sql).raw(true),
      next: connection.prepare(newestPage({ publishedAt: "", entryId: "" }, 0).compile(db).sql).raw(true),
    };
    newestStatements.set(connection, statements);
  }
  const rows = (
    cursor ? statements.next.all(cursor.publishedAt, cursor.entryId, limit) : statements.first.all(limit)
  ) as NewestValues[];
  return rows.map((r) => ({
    entryId: r[0],
    title: r[1],
    summary: r[2],
    organizationName: r[3],
    stakeholderTypeCode: r[4],
    projectStatus: r[5],
    startYear: r[6] === null ? null : Number(r[6]),
    publishedAt: r[7],
    ...sortedLists(split(r[8]), split(r[9]), split(r[10]).map(Number)),
  }));
}

/** A NewestRow as the SQLite connection gives it in raw mode: the columns in the order selected. */
type NewestValues = [
  string,
  string,
  string,
  string,
  string | null,
  string | null,
  number | string | null,
  string,
  string | null,
  string | null,
  string | null,
];

/** A hit's own columns, as the driver gives them (start_year may come back as text). */
export function hitOf(row: HitRow): HitRow {
  return {
    entryId: row.entryId,
    title: row.title,
    summary: row.summary,
    organizationName: row.organizationName,
    stakeholderTypeCode: row.stakeholderTypeCode,
    projectStatus: row.projectStatus,
    startYear: row.startYear === null ? null : Number(row.startYear),
    publishedAt: row.publishedAt,
  };
}
