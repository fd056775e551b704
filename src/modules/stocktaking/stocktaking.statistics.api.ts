import { createRoute, z } from "@hono/zod-openapi";
import { ErrorJson, LangQuery } from "../../platform/http/api-schema.ts";
import { apiRouter } from "../../platform/http/openapi.ts";
import { DEFAULT_LOCALE } from "../../platform/i18n/locale.ts";
import { BREAKDOWNS, type StocktakingStatisticsService } from "./stocktaking.statistics.ts";

const CategoryJson = z.object({
  code: z.string().openapi({ description: "The value the search filters by", example: "C5" }),
  label: z.string().openapi({ description: "Its name in `lang`" }),
  count: z.number().int(),
  url: z
    .string()
    .openapi({ description: "The search page filtered by this value", example: "/stocktaking?actionLine=C5" }),
});

const BreakdownJson = z.object({
  categories: z.array(CategoryJson),
  notStated: z.number().int().openapi({ description: "Published entries with no value in this breakdown" }),
});

const StatisticsJson = z
  .object({
    data: z.object({
      total: z.number().int().openapi({ description: "Published entries" }),
      breakdowns: z.object(
        Object.fromEntries(BREAKDOWNS.map((b) => [b, BreakdownJson])) as Record<
          (typeof BREAKDOWNS)[number],
          typeof BreakdownJson
        >,
      ),
    }),
  })
  .openapi("StocktakingStatistics");

const getStatistics = createRoute({
  method: "get",
  path: "/stocktaking/statistics",
  tags: ["WSIS Stocktaking"],
  summary: "Published entries counted by Action Line, ITU-D region, SDG, stakeholder type and start year",
  description:
    "An entry counts once in each category it has, so a breakdown may add up to more than the total; an entry " +
    "serving two countries of one region counts once for that region. The same figures as CSV: " +
    "/stocktaking/statistics.csv (columns breakdown, code, label, count; `?by=` one breakdown).",
  request: { query: LangQuery },
  responses: {
    200: { content: { "application/json": { schema: StatisticsJson } }, description: "The counts" },
    400: { content: { "application/json": { schema: ErrorJson } }, description: "A parameter is not valid" },
  },
});

/** Registered before the Stocktaking API, whose /stocktaking/{id} would otherwise take this path. */
export function stocktakingStatisticsApi(statistics: StocktakingStatisticsService) {
  return apiRouter().openapi(getStatistics, async (c) => {
    const { lang = DEFAULT_LOCALE } = c.req.valid("query");
    const figures = await statistics.published(lang);
    const breakdowns = Object.fromEntries(
      figures.breakdowns.map((b) => [
        b.key,
        {
          categories: b.categories.map((cat) => ({ code: cat.code, label: cat.name, count: cat.count, url: cat.href })),
          notStated: b.notStated,
        },
      ]),
    ) as z.infer<typeof StatisticsJson>["data"]["breakdowns"];
    return c.json({ data: { total: figures.total, breakdowns } }, 200);
  });
}
