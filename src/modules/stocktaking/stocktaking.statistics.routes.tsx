import { Hono } from "hono";
import { csvHeader, csvRow } from "../../platform/http/csv.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { errors } from "../../platform/http/errors.ts";
import type { I18n } from "../../platform/i18n/i18n.ts";
import { pageContext, renderPage } from "../../platform/views/page.ts";
import {
  BREAKDOWNS,
  type Breakdown,
  type StocktakingStatistics,
  type StocktakingStatisticsService,
} from "./stocktaking.statistics.ts";
import { StatisticsPage } from "./views/statistics-page.tsx";

export const STATISTICS_CSV_COLUMNS = ["breakdown", "code", "label", "count"];

/**
 * The figures in long form, one row per category: `breakdown` is total, actionLine, region, sdg, stakeholderType
 * or year; `code` the value the search filters by (empty for the total and for "not stated"); `label` its name in
 * the request's language; `count` the published entries. With `only`, that breakdown's rows alone, without the total.
 */
export function statisticsCsv(statistics: StocktakingStatistics, i18n: I18n, only?: Breakdown): string {
  let out = csvHeader(STATISTICS_CSV_COLUMNS);
  if (!only) out += csvRow(["total", "", i18n.t("stocktaking.statistics.all"), statistics.total]);
  for (const breakdown of statistics.breakdowns) {
    if (only && breakdown.key !== only) continue;
    for (const category of breakdown.categories) {
      out += csvRow([breakdown.key, category.code, category.name, category.count]);
    }
    out += csvRow([breakdown.key, "", i18n.t("stocktaking.statistics.notStated"), breakdown.notStated]);
  }
  return out;
}

function isBreakdown(value: string): value is Breakdown {
  return (BREAKDOWNS as readonly string[]).includes(value);
}

/** The statistics page and its CSV; registered before the Stocktaking pages, whose paths it shares a prefix with. */
export function stocktakingStatisticsPages(statistics: StocktakingStatisticsService) {
  return new Hono<AppEnv>()
    .get("/stocktaking/statistics", async (c) => {
      const figures = await statistics.published(c.get("i18n").locale);
      return renderPage(c, <StatisticsPage ctx={pageContext(c)} statistics={figures} />);
    })
    .get("/stocktaking/statistics.csv", async (c) => {
      const by = c.req.query("by");
      if (by !== undefined && !isBreakdown(by)) throw errors.invalidInput("by", `one of ${BREAKDOWNS.join(", ")}`);
      const i18n = c.get("i18n");
      const figures = await statistics.published(i18n.locale);
      const name = by ? `wsis-stocktaking-statistics-${by}.csv` : "wsis-stocktaking-statistics.csv";
      return c.body(statisticsCsv(figures, i18n, by), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Content-Language": i18n.locale,
      });
    });
}
