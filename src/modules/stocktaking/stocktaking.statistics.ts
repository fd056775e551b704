import type { Locale } from "../../platform/i18n/locale.ts";
import { ITU_REGION_NAMES } from "../../reference/data/regions.ts";
import type { ReferenceService } from "../../reference/reference.service.ts";
import type { Facet, StocktakingSearch } from "./search/search.ts";
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

/**
 * The counts come from the search's in-memory facet columns (StocktakingSearch.counts), which every search keeps
 * current: counting the public tables in SQL took about 400 ms a page at 100,000 entries, the columns take a few
 * milliseconds. The tests hold them to plain SQL counts of the same tables.
 */
export function createStocktakingStatistics(deps: { search: StocktakingSearch; reference: ReferenceService }) {
  const { search, reference } = deps;
  return {
    /** The published entries counted by each breakdown, named in `locale`. */
    async published(locale: Locale): Promise<StocktakingStatistics> {
      const [{ total, counts, stated }, names] = await Promise.all([search.counts(), categoryNames(reference, locale)]);
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
