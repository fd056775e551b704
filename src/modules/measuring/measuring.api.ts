import { createRoute, z } from "@hono/zod-openapi";
import { dataOf, ErrorJson } from "../../platform/http/api-schema.ts";
import { errors } from "../../platform/http/errors.ts";
import { apiRouter } from "../../platform/http/openapi.ts";
import { i18nFor } from "../../platform/i18n/i18n.ts";
import { DEFAULT_LOCALE } from "../../platform/i18n/locale.ts";
import {
  observationsCsv,
  presentIndicator,
  presentObservation,
  presentTarget,
  selectObservations,
} from "./measuring.presenter.ts";
import {
  ChartQuery,
  IndicatorJson,
  IndicatorParams,
  IndicatorWithDataJson,
  LangOnly,
  WsisTargetJson,
} from "./measuring.schema.ts";
import type { MeasuringService } from "./measuring.service.ts";
import { citation } from "./views/format.ts";

const tags = ["Measuring"];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});
const badRequest = json(ErrorJson, "A query parameter is not valid; `error.field` names it");
const notFound = json(ErrorJson, "No such indicator");

const listIndicators = createRoute({
  method: "get",
  path: "/indicators",
  tags,
  summary: "The indicators that track the WSIS targets, with their links to Action Lines and SDG targets",
  request: { query: LangOnly },
  responses: { 200: json(dataOf(z.array(IndicatorJson)), "Every indicator"), 400: badRequest },
});

const getIndicator = createRoute({
  method: "get",
  path: "/indicators/{code}",
  tags,
  summary: "One indicator with its metadata, citation and observations (a chart's settings filter them)",
  request: { params: IndicatorParams, query: ChartQuery },
  responses: { 200: json(dataOf(IndicatorWithDataJson), "The indicator and its data"), 400: badRequest, 404: notFound },
});

const getIndicatorCsv = createRoute({
  method: "get",
  path: "/indicators/{code}/observations.csv",
  tags,
  summary: "An indicator's observations as CSV, in the long format `wsis import indicators` reads",
  request: { params: IndicatorParams, query: ChartQuery },
  responses: {
    200: {
      content: { "text/csv": { schema: z.string() } },
      description:
        "UTF-8 with a byte-order mark. Columns: indicator, geography, year, breakdown, value, qualifier, source_publisher, source_title, source_url, accessed, licence, note",
    },
    400: badRequest,
    404: notFound,
  },
});

const listTargets = createRoute({
  method: "get",
  path: "/wsis-targets",
  tags,
  summary: "The ten WSIS targets of the Geneva Plan of Action, with the codes of the indicators that track them",
  request: { query: LangOnly },
  responses: { 200: json(dataOf(z.array(WsisTargetJson)), "The ten targets"), 400: badRequest },
});

export function measuringApi(measuring: MeasuringService) {
  const load = async (code: string, query: ChartQuery) => {
    const lang = query.lang ?? DEFAULT_LOCALE;
    const found = await measuring.indicator(code, lang);
    if (!found) throw errors.notFound(`No indicator with the code ${code}`);
    const filter = {
      geography: query.geography,
      breakdown: query.breakdown,
      year: query.year === undefined ? undefined : Number(query.year),
    };
    return { lang, ...found, filter, selected: selectObservations(found.observations, filter) };
  };
  return apiRouter()
    .openapi(listIndicators, async (c) => {
      const { lang = DEFAULT_LOCALE } = c.req.valid("query");
      return c.json({ data: (await measuring.indicators(lang)).map(presentIndicator) }, 200);
    })
    .openapi(getIndicator, async (c) => {
      const { indicator, selected, filter, lang } = await load(c.req.valid("param").code, c.req.valid("query"));
      return c.json(
        {
          data: {
            indicator: presentIndicator(indicator),
            filter: {
              geography: filter.geography ?? null,
              breakdown: filter.breakdown ?? null,
              year: filter.year ?? null,
            },
            citation: selected.length > 0 ? citation(i18nFor(lang), selected) : "",
            observations: selected.map(presentObservation),
          },
        },
        200,
      );
    })
    .openapi(getIndicatorCsv, async (c) => {
      const { indicator, selected } = await load(c.req.valid("param").code, c.req.valid("query"));
      return c.body(observationsCsv(indicator, selected), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="wsis-indicator-${indicator.code}.csv"`,
      });
    })
    .openapi(listTargets, async (c) => {
      const { lang = DEFAULT_LOCALE } = c.req.valid("query");
      return c.json({ data: (await measuring.targets(lang)).map(presentTarget) }, 200);
    });
}
