import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { Locale } from "../../platform/i18n/locale.ts";
import { ITU_REGION_NAMES } from "../../reference/data/regions.ts";
import type { ReferenceService } from "../../reference/reference.service.ts";
import type { Facet } from "./search/search.ts";
import { FACET_PARAMS, SearchParams, searchHref } from "./stocktaking.query.ts";

// Published Stocktaking entries counted five ways, for the statistics page, its CSV and the API. Only the public
// projection is read (stocktaking_public and its link tables), so drafts and private fields can never be counted.

/** The five ways the entries are counted; each is also a search filter of the same name. */
export const BREAKDOWNS = ["actionLine", "region", "sdg", "stakeholderType", "year"] as const satisfies Facet[];
export type Breakdown = (typeof BREAKDOWNS)[number];

export interface StatisticsCategory {
  /** The value as the search filters it: C5, africa, 4, government, 2022. */
  code: string;
  /** Its name in the reader's language (the Action Line's or goal's title without its code; the year itself). */
  name: string;
  count: number;
  /** The search page filtered by this value. */
  href: string;
}

export interface StatisticsBreakdown {
  key: Breakdown;
  /** Every Action Line, region, goal and stakeholder type in their usual order, with 0 where none; years present, ascending. */
  categories: StatisticsCategory[];
  /** Published entries with no value here (no Action Line, no country in an ITU-D region, no start year …). */
  notStated: number;
}

export interface StocktakingStatistics {
  /** Published entries. An entry may count in several categories of a breakdown, never twice in one. */
  total: number;
  breakdowns: StatisticsBreakdown[];
}

/** What the database says: per breakdown, each value present and how many published entries have it. */
export interface PublishedCounts {
  total: number;
  counts: Record<Breakdown, Map<string, number>>;
  /** Published entries with at least one value, per breakdown. */
  stated: Record<Breakdown, number>;
}

/**
 * Every count in one statement (one round trip on PostgreSQL). A region counts entries, not countries: an entry
 * serving two countries of one region counts once there. Counts come back as strings from some drivers.
 */
export async function countPublished(db: Db): Promise<PublishedCounts> {
  const { rows } = await sql<{ breakdown: string; value: string | null; count: number | string }>`
    select 'total' as breakdown, '' as value, count(*) as count from stocktaking_public
    union all
    select 'actionLine', action_line_code, count(*) from stocktaking_public_action_line group by action_line_code
    union all
    select 'actionLine:stated', '', count(distinct entry_id) from stocktaking_public_action_line
    union all
    select 'sdg', cast(sdg_number as text), count(*) from stocktaking_public_sdg group by sdg_number
    union all
    select 'sdg:stated', '', count(distinct entry_id) from stocktaking_public_sdg
    union all
    select 'region', c.itu_region, count(distinct x.entry_id)
      from stocktaking_public_country x join country c on c.alpha2 = x.country_code
      where c.itu_region is not null group by c.itu_region
    union all
    select 'region:stated', '', count(distinct x.entry_id)
      from stocktaking_public_country x join country c on c.alpha2 = x.country_code
      where c.itu_region is not null
    union all
    select 'stakeholderType', stakeholder_type_code, count(*) from stocktaking_public
      where stakeholder_type_code is not null group by stakeholder_type_code
    union all
    select 'stakeholderType:stated', '', count(stakeholder_type_code) from stocktaking_public
    union all
    select 'year', cast(start_year as text), count(*) from stocktaking_public
      where start_year is not null group by start_year
    union all
    select 'year:stated', '', count(start_year) from stocktaking_public
  `.execute(db);
  const counts = Object.fromEntries(BREAKDOWNS.map((b) => [b, new Map<string, number>()])) as PublishedCounts["counts"];
  const stated = Object.fromEntries(BREAKDOWNS.map((b) => [b, 0])) as PublishedCounts["stated"];
  let total = 0;
  for (const row of rows) {
    const count = Number(row.count);
    const [breakdown, part] = row.breakdown.split(":") as [Breakdown | "total", string | undefined];
    if (breakdown === "total") total = count;
    else if (part === "stated") stated[breakdown] = count;
    else counts[breakdown].set(String(row.value), count);
  }
  return { total, counts, stated };
}

const NO_FILTERS = SearchParams.parse({});

/** The search page showing the published entries with this value. */
export function categoryHref(breakdown: Breakdown, code: string): string {
  return searchHref(NO_FILTERS, { [FACET_PARAMS[breakdown]]: [code] });
}

/** Each breakdown's categories in the reader's language, in their usual order. */
async function categoryNames(
  reference: ReferenceService,
  locale: Locale,
): Promise<Record<Exclude<Breakdown, "year">, { code: string; name: string }[]>> {
  const [lines, sdgs, types] = await Promise.all([
    reference.actionLines(locale),
    reference.sdgs(locale),
    reference.stakeholderTypes(locale),
  ]);
  return {
    actionLine: lines.filter((l) => l.kind === "line").map((l) => ({ code: l.code, name: l.title })),
    region: Object.entries(ITU_REGION_NAMES).map(([code, names]) => ({ code, name: names[locale] })),
    sdg: sdgs.map((g) => ({ code: String(g.number), name: g.shortTitle })),
    stakeholderType: types.map((t) => ({ code: t.code, name: t.name })),
  };
}

export function createStocktakingStatistics(deps: { db: Db; reference: ReferenceService }) {
  const { db, reference } = deps;
  return {
    /** The published entries counted by each breakdown, named in `locale`. */
    async published(locale: Locale): Promise<StocktakingStatistics> {
      const [{ total, counts, stated }, names] = await Promise.all([
        countPublished(db),
        categoryNames(reference, locale),
      ]);
      const breakdowns = BREAKDOWNS.map((key): StatisticsBreakdown => {
        const found = counts[key];
        const known = key === "year" ? [] : names[key];
        const knownCodes = new Set(known.map((c) => c.code));
        // A value the reference data no longer has (or a year) is still counted, under its code.
        const others = [...found.keys()]
          .filter((code) => !knownCodes.has(code))
          .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
          .map((code) => ({ code, name: code }));
        return {
          key,
          categories: [...known, ...others].map(({ code, name }) => ({
            code,
            name,
            count: found.get(code) ?? 0,
            href: categoryHref(key, code),
          })),
          notStated: total - stated[key],
        };
      });
      return { total, breakdowns };
    },
  };
}

export type StocktakingStatisticsService = ReturnType<typeof createStocktakingStatistics>;
