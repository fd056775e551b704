import { z } from "@hono/zod-openapi";
import { LOCALES } from "../../platform/i18n/locale.ts";

/** The chart settings an indicator page and its downloads take from the URL. */
export const ChartQuery = z.object({
  lang: z.enum(LOCALES).optional().openapi({ description: "Language of names and definitions (default en)" }),
  geography: z
    .string()
    .max(40)
    .regex(/^[A-Za-z0-9:-]+$/)
    .optional()
    .openapi({
      description: "world, itu:<region>, m49:<code>, income:<group> or an ISO 3166-1 alpha-2 code",
      example: "world",
    }),
  breakdown: z
    .string()
    .max(60)
    .regex(/^[A-Za-z0-9=;_]+$/)
    .optional()
    .openapi({ description: "total, or sex=F|M, age=Y15T24, area=U|R joined by ;", example: "sex=F" }),
  year: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .openapi({ description: "One year's observations", example: "2024" }),
});
export type ChartQuery = z.infer<typeof ChartQuery>;

export const IndicatorParams = z.object({
  code: z
    .string()
    .max(60)
    .openapi({ param: { name: "code", in: "path" }, example: "internet-use", description: "Indicator code" }),
});

export const LangOnly = ChartQuery.pick({ lang: true });

const Source = z.object({
  publisher: z.string().openapi({ example: "ITU" }),
  title: z.string().openapi({ example: "Facts and Figures 2024" }),
  url: z.string(),
  accessed: z.string().openapi({ description: "YYYY-MM-DD", example: "2026-12-07" }),
});

export const ObservationJson = z
  .object({
    geography: z.string().openapi({ example: "world" }),
    year: z.number().int().openapi({ example: 2024 }),
    breakdown: z.string().openapi({ example: "total" }),
    value: z.number().openapi({ example: 68 }),
    valueText: z.string().openapi({ description: "The value exactly as published", example: "68" }),
    qualifier: z.enum(["at_least", "about"]).nullable(),
    source: Source,
    licence: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi("Observation");

export const IndicatorJson = z
  .object({
    code: z.string().openapi({ example: "internet-use" }),
    name: z.string(),
    definition: z.string(),
    unit: z.enum(["percent", "count", "per100"]),
    breakdowns: z.array(z.enum(["sex", "age", "area"])),
    wsisTargets: z.array(z.number().int()),
    actionLines: z.array(z.string()),
    sdgTargets: z.array(z.string()),
    sdmxSeries: z.array(z.string()),
    observationCount: z.number().int(),
    url: z.string(),
  })
  .openapi("Indicator");

export const IndicatorWithDataJson = z
  .object({
    indicator: IndicatorJson,
    filter: z.object({
      geography: z.string().nullable(),
      breakdown: z.string().nullable(),
      year: z.number().nullable(),
    }),
    citation: z.string(),
    observations: z.array(ObservationJson),
  })
  .openapi("IndicatorData");

export const WsisTargetJson = z
  .object({
    number: z.number().int().min(1).max(10),
    title: z.string(),
    text: z.string(),
    indicators: z.array(z.string()),
  })
  .openapi("WsisTarget");
