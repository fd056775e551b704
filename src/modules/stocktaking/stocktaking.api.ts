import { createRoute, z } from "@hono/zod-openapi";
import { ErrorJson } from "../../platform/http/api-schema.ts";
import { csvHeader, csvRow } from "../../platform/http/csv.ts";
import { errors } from "../../platform/http/errors.ts";
import { apiRouter } from "../../platform/http/openapi.ts";
import type { SearchHit, StocktakingSearch } from "./search/search.ts";
import { parseSearchParams, toSearchQuery } from "./stocktaking.query.ts";
import type { StocktakingService } from "./stocktaking.service.ts";

const tags = ["WSIS Stocktaking"];
const list = (description: string) =>
  z
    .string()
    .optional()
    .openapi({ description: `${description}; several values comma-separated or repeated` });

const SearchQueryParams = z.object({
  q: z.string().max(200).optional().openapi({ description: 'Words to find (accents ignored); "quotes" for a phrase' }),
  actionLine: list("Action Line codes, e.g. C5,C7.e-health"),
  sdg: list("SDG numbers 1–17"),
  region: list("ITU-D regions: africa, americas, arab-states, asia-pacific, cis, europe"),
  country: list("ISO 3166-1 alpha-2 codes"),
  stakeholderType: list(
    "government, private-sector, civil-society, academia, technical-community, international-organization",
  ),
  status: list("planned, ongoing, completed"),
  year: list("start years"),
  sort: z.enum(["relevance", "newest"]).optional(),
  page: z.string().optional().openapi({ description: "1-based page of 20 (100 with pageSize)" }),
});

const EntryJson = z
  .object({
    id: z.string(),
    url: z.string(),
    title: z.string(),
    summary: z.string(),
    description: z.string().optional(),
    organizationName: z.string(),
    stakeholderType: z.string().nullable(),
    scope: z.string().nullable().optional(),
    projectStatus: z.string().nullable(),
    startDate: z.string().nullable().optional(),
    endDate: z.string().nullable().optional(),
    startYear: z.number().int().nullable().optional(),
    website: z.string().nullable().optional(),
    language: z.string().optional(),
    countries: z.array(z.string()),
    actionLines: z.array(z.string()),
    sdgs: z.array(z.number().int()),
    version: z.number().int().optional(),
    publishedAt: z.string(),
  })
  .openapi("StocktakingEntry");

const SearchJson = z.object({
  data: z.array(EntryJson),
  meta: z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
  facets: z.record(z.string(), z.array(z.object({ value: z.string(), count: z.number().int() }))),
});

const hitJson = (hit: SearchHit) => ({
  id: hit.entryId,
  url: `/stocktaking/entries/${hit.entryId}`,
  title: hit.title,
  summary: hit.summary,
  organizationName: hit.organizationName,
  stakeholderType: hit.stakeholderTypeCode,
  projectStatus: hit.projectStatus,
  startYear: hit.startYear,
  countries: hit.countries,
  actionLines: hit.actionLines,
  sdgs: hit.sdgs,
  publishedAt: hit.publishedAt,
});

export const CSV_COLUMNS = [
  "id",
  "url",
  "title",
  "summary",
  "organization",
  "stakeholder_type",
  "project_status",
  "start_year",
  "countries",
  "action_lines",
  "sdgs",
  "published_at",
];

export function stocktakingApi(deps: { search: StocktakingSearch; stocktaking: StocktakingService; baseUrl: string }) {
  const { search, stocktaking, baseUrl } = deps;
  const parse = (url: string) => {
    const parsed = parseSearchParams(url);
    if (!parsed.ok) throw errors.invalidInput(parsed.field, parsed.message);
    return parsed.params;
  };
  return apiRouter()
    .openapi(
      createRoute({
        method: "get",
        path: "/stocktaking",
        tags,
        summary: "Search the published Stocktaking entries, with facet counts",
        request: { query: SearchQueryParams },
        responses: {
          200: { content: { "application/json": { schema: SearchJson } }, description: "A page of entries" },
          400: { content: { "application/json": { schema: ErrorJson } }, description: "A parameter is not valid" },
        },
      }),
      async (c) => {
        const params = parse(c.req.url);
        const result = await search.search(toSearchQuery(params));
        return c.json(
          {
            data: result.hits.map(hitJson),
            meta: { total: result.total, page: params.page, pageSize: 20 },
            facets: result.facets,
          },
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/stocktaking/{id}",
        tags,
        summary: "One published entry (public fields only)",
        request: {
          params: z.object({
            id: z
              .string()
              .max(40)
              .openapi({ param: { name: "id", in: "path" } }),
          }),
        },
        responses: {
          200: { content: { "application/json": { schema: z.object({ data: EntryJson }) } }, description: "The entry" },
          404: { content: { "application/json": { schema: ErrorJson } }, description: "No published entry" },
        },
      }),
      async (c) => {
        const entry = await stocktaking.publicEntry(c.req.valid("param").id);
        if (!entry) throw errors.notFound("No published entry with this id");
        return c.json(
          {
            data: {
              id: entry.entryId,
              url: `/stocktaking/entries/${entry.entryId}`,
              title: entry.title,
              summary: entry.summary,
              description: entry.description,
              organizationName: entry.organizationName,
              stakeholderType: entry.stakeholderTypeCode,
              scope: entry.scope,
              projectStatus: entry.projectStatus,
              startDate: entry.startDate,
              endDate: entry.endDate,
              startYear: entry.startYear,
              website: entry.website,
              language: entry.language,
              countries: entry.countries,
              actionLines: entry.actionLines,
              sdgs: entry.sdgs,
              version: entry.version,
              publishedAt: entry.publishedAt,
            },
          },
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/stocktaking.csv",
        tags,
        summary: "Every entry matching the search, as CSV, streamed",
        request: { query: SearchQueryParams },
        responses: {
          200: { content: { "text/csv": { schema: z.string() } }, description: `Columns: ${CSV_COLUMNS.join(", ")}` },
          400: { content: { "application/json": { schema: ErrorJson } }, description: "A parameter is not valid" },
        },
      }),
      async (c) => {
        const { page: _page, ...rest } = parse(c.req.url);
        const query = toSearchQuery({ ...rest, page: 1 });
        const batches = search
          .stream({ text: query.text, filters: query.filters, sort: query.sort }, 500)
          [Symbol.asyncIterator]();
        const encoder = new TextEncoder();
        let header = true;
        // Pulled batch by batch as the client reads: memory stays flat whatever the number of rows.
        const body = new ReadableStream<Uint8Array>({
          async pull(controller) {
            if (header) {
              header = false;
              controller.enqueue(encoder.encode(csvHeader(CSV_COLUMNS)));
              return;
            }
            const next = await batches.next();
            if (next.done) {
              controller.close();
              return;
            }
            let chunk = "";
            for (const h of next.value) {
              chunk += csvRow([
                h.entryId,
                `${baseUrl}/stocktaking/entries/${h.entryId}`,
                h.title,
                h.summary,
                h.organizationName,
                h.stakeholderTypeCode,
                h.projectStatus,
                h.startYear,
                h.countries.join(" "),
                h.actionLines.join(" "),
                h.sdgs.join(" "),
                h.publishedAt,
              ]);
            }
            controller.enqueue(encoder.encode(chunk));
          },
          async cancel() {
            await batches.return?.();
          },
        });
        return c.body(body, 200, {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": 'attachment; filename="wsis-stocktaking.csv"',
        });
      },
    );
}
