import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "../../../db/database.ts";
import type { HitRow } from "./projection.ts";
import { FACETS, type Facet, type SearchQuery, type SearchResult, type TextIndex } from "./search.ts";
import { parseSearchText, type SearchTerms } from "./segment.ts";

// The portable SQL of search: filters, facet counts and the order of hits, the same on both databases.
//
// Every query works on narrow rows (entry_id, published_at, stakeholder_type_code, project_status, start_year),
// aliased p. Without text they come from stocktaking_public (read through stocktaking_public_search_idx); with
// text, from the text index itself, which carries the same columns (TextIndex.matching), so a broad word never
// makes the database fetch thousands of wide public rows (descriptions run to 10,000 characters). Only the page
// of hits reads stocktaking_public for its titles and summaries.

export interface SearchPlan {
  terms: SearchTerms | null;
  /** Each selected facet's values, cleaned; an empty list matches nothing (every value given was invalid). */
  filters: [Facet, (string | number)[]][];
  sort: "relevance" | "newest";
}

/** A facet may select at most this many values (there are 249 countries). */
const MAX_VALUES = 300;
const NUMERIC_FACETS: ReadonlySet<Facet> = new Set<Facet>(["sdg", "year"]);

export function planOf(query: SearchQuery): SearchPlan {
  const terms = parseSearchText(query.text);
  const filters: SearchPlan["filters"] = [];
  for (const facet of FACETS) {
    const given = query.filters[facet];
    if (!given || given.length === 0) continue;
    const unique = [...new Set(given.slice(0, MAX_VALUES).map((v) => String(v).trim()))];
    const values = NUMERIC_FACETS.has(facet)
      ? unique.filter((v) => /^\d{1,4}$/.test(v)).map(Number)
      : unique.filter((v) => v.length > 0 && v.length <= 100);
    filters.push([facet, values]);
  }
  return { terms, filters, sort: terms && query.sort === "relevance" ? "relevance" : "newest" };
}

const NARROW = sql`p.entry_id, p.published_at, p.stakeholder_type_code, p.project_status, p.start_year`;

/** `with search_match …` when there is text: the text is matched once per statement. */
function withMatch(plan: SearchPlan, index: TextIndex, more: RawBuilder<unknown>[] = []): RawBuilder<unknown> {
  const ctes = plan.terms ? [sql`search_match as materialized (${index.matching(plan.terms)})`, ...more] : more;
  return ctes.length > 0 ? sql`with ${sql.join(ctes)}` : sql``;
}

/** The narrow rows the plan starts from, as `p`. */
function source(plan: SearchPlan): RawBuilder<unknown> {
  return plan.terms ? sql`search_match p` : sql`stocktaking_public p`;
}

/** `p` has one of the values (OR within a facet). */
function selects(facet: Facet, values: (string | number)[]): RawBuilder<unknown> {
  if (values.length === 0) return sql`1 = 0`;
  const list = sql.join(values);
  switch (facet) {
    case "actionLine":
      return sql`p.entry_id in (select entry_id from stocktaking_public_action_line where action_line_code in (${list}))`;
    case "sdg":
      return sql`p.entry_id in (select entry_id from stocktaking_public_sdg where sdg_number in (${list}))`;
    case "country":
      return sql`p.entry_id in (select entry_id from stocktaking_public_country where country_code in (${list}))`;
    case "region":
      return sql`p.entry_id in (select x.entry_id from stocktaking_public_country x
        join country c on c.alpha2 = x.country_code where c.itu_region in (${list}))`;
    case "stakeholderType":
      return sql`p.stakeholder_type_code in (${list})`;
    case "status":
      return sql`p.project_status in (${list})`;
    case "year":
      return sql`p.start_year in (${list})`;
  }
}

/** Every selected facet but `except`, ANDed, as a where clause on `p`, with `more` conditions. */
function where(plan: SearchPlan, except: Facet | null, ...more: RawBuilder<unknown>[]): RawBuilder<unknown> {
  const all = plan.filters.filter(([facet]) => facet !== except).map(([facet, values]) => selects(facet, values));
  all.push(...more);
  return all.length > 0 ? sql`where ${sql.join(all, sql` and `)}` : sql``;
}

/**
 * One facet's counts over `rows` (narrow rows, one per entry, aliased x), or over every entry when null. An entry
 * in two countries of one region counts once there.
 *
 * `rows CROSS JOIN link … WHERE` is an inner join written so that SQLite, which has no statistics on a CTE,
 * drives from the rows and probes the link table's primary key (a rare word stays cheap); PostgreSQL treats it as
 * any inner join and picks a hash join when the rows are many.
 */
function facetBranch(facet: Facet, rows: RawBuilder<unknown> | null): RawBuilder<unknown> {
  const name = sql.lit(facet);
  const from = (table: string, join = sql``, ...conditions: RawBuilder<unknown>[]) => {
    const all = rows ? [sql`l.entry_id = x.entry_id`, ...conditions] : conditions;
    const source = rows ? sql`${rows} x cross join ${sql.raw(table)} l ${join}` : sql`${sql.raw(table)} l ${join}`;
    return all.length > 0 ? sql`from ${source} where ${sql.join(all, sql` and `)}` : sql`from ${source}`;
  };
  const column = (col: string) => {
    const c = sql.raw(`x.${col}`);
    return sql`select ${name} as facet, cast(${c} as text) as value, count(*) as count
      from ${rows ?? sql`stocktaking_public`} x where ${c} is not null group by ${c}`;
  };
  switch (facet) {
    case "actionLine":
      return sql`select ${name} as facet, l.action_line_code as value, count(*) as count
        ${from("stocktaking_public_action_line")} group by l.action_line_code`;
    case "sdg":
      return sql`select ${name} as facet, cast(l.sdg_number as text) as value, count(*) as count
        ${from("stocktaking_public_sdg")} group by l.sdg_number`;
    case "country":
      return sql`select ${name} as facet, l.country_code as value, count(*) as count
        ${from("stocktaking_public_country")} group by l.country_code`;
    case "region":
      return sql`select ${name} as facet, r.itu_region as value, count(*) as count from (
          select distinct l.entry_id, c.itu_region
          ${from("stocktaking_public_country", sql`join country c on c.alpha2 = l.country_code`, sql`c.itu_region is not null`)}
        ) r group by r.itu_region`;
    case "stakeholderType":
      return column("stakeholder_type_code");
    case "status":
      return column("project_status");
    case "year":
      return column("start_year");
  }
}

const natural = new Intl.Collator("en", { numeric: true });

/**
 * The total and every facet's counts in one statement. The entries matching the text and every filter are
 * materialized once; a facet without a selection of its own counts them with a GROUP BY, and only a facet with a
 * selection needs its own set (the text and the other facets' selections), so a choice never hides its siblings.
 */
export async function facetCounts(
  db: Kysely<Database>,
  index: TextIndex,
  plan: SearchPlan,
): Promise<Pick<SearchResult, "total" | "facets">> {
  // The entries matching the text and every filter: the text's own CTE when there is no filter, none at all
  // (every entry) when there is neither.
  const filtered = plan.filters.length > 0;
  const base = filtered ? sql`search_base` : plan.terms ? sql`search_match` : null;
  // A facet with a selection of its own counts over the text and the other selections, when there are any.
  const own = (facet: Facet) =>
    plan.terms || plan.filters.some(([other]) => other !== facet)
      ? sql`(select ${NARROW} from ${source(plan)} ${where(plan, facet)})`
      : null;
  const selected = new Set(plan.filters.map(([facet]) => facet));
  const branches = [
    sql`select 'total' as facet, '' as value, count(*) as count from ${base ?? sql`stocktaking_public`}`,
    ...FACETS.map((facet) => facetBranch(facet, selected.has(facet) ? own(facet) : base)),
  ];
  const ctes = filtered
    ? [sql`search_base as materialized (select ${NARROW} from ${source(plan)} ${where(plan, null)})`]
    : [];
  const { rows } = await sql`${withMatch(plan, index, ctes)} ${sql.join(branches, sql` union all `)}`.execute(db);
  const facets = Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as SearchResult["facets"];
  let total = 0;
  for (const row of rows as { facet: string; value: string; count: number | string }[]) {
    const count = Number(row.count);
    if (row.facet === "total") total = count;
    else facets[row.facet as Facet]?.push({ value: String(row.value), count });
  }
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || natural.compare(a.value, b.value));
  return { total, facets };
}

const HIT_COLUMNS = sql`p.entry_id, p.title, p.summary, p.organization_name, p.stakeholder_type_code,
  p.project_status, p.start_year, p.published_at`;

type Key = { publishedAt: string; entryId: string };

/** Newest first (the entry id breaks ties), optionally only those after `after` in that order. */
export async function recentRows(
  db: Kysely<Database>,
  index: TextIndex,
  plan: SearchPlan,
  limit: number,
  offset: number,
  after: Key | null,
): Promise<HitRow[]> {
  const keyset = after
    ? [
        sql`(p.published_at < ${after.publishedAt} or (p.published_at = ${after.publishedAt} and p.entry_id < ${after.entryId}))`,
      ]
    : [];
  const page = sql`search_page as (
    select p.entry_id, p.published_at from ${source(plan)} ${where(plan, null, ...keyset)}
    order by p.published_at desc, p.entry_id desc limit ${limit} offset ${offset}
  )`;
  const { rows } = await sql<HitRow>`${withMatch(plan, index, [page])}
    select ${HIT_COLUMNS} from search_page g join stocktaking_public p on p.entry_id = g.entry_id
    order by g.published_at desc, g.entry_id desc`.execute(db);
  return rows;
}

/** The `n`th newest match: where the ranked head of a relevance order ends. */
export async function nthNewest(
  db: Kysely<Database>,
  index: TextIndex,
  plan: SearchPlan,
  n: number,
): Promise<Key | null> {
  const row = (await recentRows(db, index, plan, 1, n - 1, null))[0];
  return row ? { publishedAt: row.publishedAt, entryId: row.entryId } : null;
}

/**
 * Relevance order: the newest `candidates` matches by score (then newest first), then every older match newest
 * first. Only the candidates are scored, which bounds the cost of a broad word.
 */
export async function rankedRows(
  db: Kysely<Database>,
  index: TextIndex,
  plan: SearchPlan,
  candidates: number,
  limit: number,
  offset: number,
): Promise<HitRow[]> {
  if (!plan.terms) return recentRows(db, index, plan, limit, offset, null);
  const ctes = [
    sql`search_matched as materialized (select p.entry_id, p.published_at from ${source(plan)} ${where(plan, null)})`,
    sql`search_candidates as materialized (
      select entry_id from search_matched order by published_at desc, entry_id desc limit ${candidates}
    )`,
    sql`search_scored as materialized (${index.scored(plan.terms, sql`select entry_id from search_candidates`)})`,
    sql`search_page as (
      select m.entry_id, m.published_at, case when s.score is null then 1 else 0 end as tail, s.score
      from search_matched m left join search_scored s on s.entry_id = m.entry_id
      order by tail, s.score, m.published_at desc, m.entry_id desc
      limit ${limit} offset ${offset}
    )`,
  ];
  const { rows } = await sql<HitRow>`${withMatch(plan, index, ctes)}
    select ${HIT_COLUMNS} from search_page g join stocktaking_public p on p.entry_id = g.entry_id
    order by g.tail, g.score, g.published_at desc, g.entry_id desc`.execute(db);
  return rows;
}
