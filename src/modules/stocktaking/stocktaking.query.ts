import { z } from "zod";
import type { Facet, SearchQuery } from "./search/search.ts";

export const PAGE_SIZE = 20;

/** Several values of one filter: repeated (?sdg=4&sdg=9) or comma-separated (?sdg=4,9). */
const values = (pattern: RegExp) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) =>
      (v === undefined ? [] : [v].flat().flatMap((s) => s.split(","))).map((s) => s.trim()).filter(Boolean),
    )
    .pipe(z.array(z.string().max(40).regex(pattern, "invalid value")).max(20, "at most 20 values"));

/**
 * The search's query string, shared by the page, the API and the CSV download, so one address means the
 * same search everywhere. Anything a person types in `q` is accepted; filters must be codes.
 */
export const SearchParams = z.object({
  q: z.string().max(200, "at most 200 characters").optional().default(""),
  actionLine: values(/^C(\d{1,2}|7\.e-[a-z]+)$/),
  sdg: values(/^([1-9]|1[0-7])$/),
  region: values(/^[a-z-]{3,20}$/),
  country: values(/^[A-Z]{2}$/),
  stakeholderType: values(/^[a-z-]{3,40}$/),
  status: values(/^(planned|ongoing|completed)$/),
  year: values(/^(19|20)\d\d$/),
  sort: z.enum(["relevance", "newest"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
});
export type SearchParams = z.infer<typeof SearchParams>;

export const FACET_PARAMS: Record<Facet, keyof SearchParams> = {
  actionLine: "actionLine",
  sdg: "sdg",
  region: "region",
  country: "country",
  stakeholderType: "stakeholderType",
  status: "status",
  year: "year",
};

const FACET_KEYS = Object.values(FACET_PARAMS);

export function toSearchQuery(params: SearchParams, pageSize = PAGE_SIZE): SearchQuery {
  const filters: SearchQuery["filters"] = {};
  for (const [facet, key] of Object.entries(FACET_PARAMS) as [Facet, keyof SearchParams][]) {
    const list = params[key] as string[];
    if (list.length > 0) filters[facet] = list;
  }
  return {
    text: params.q,
    filters,
    sort: params.sort ?? (params.q.trim() ? "relevance" : "newest"),
    page: params.page,
    pageSize,
  };
}

/** The query string for these params, with one change: used for facet links, pages and "remove" links. */
export function searchHref(params: SearchParams, change: Partial<Record<keyof SearchParams, unknown>> = {}): string {
  const value = (key: keyof SearchParams) => (key in change ? change[key] : params[key]);
  // Written out here rather than through URLSearchParams, with the same bytes: a search page has about 90 of these
  // links, and an object and its serializer for each were a tenth of the page's rendering.
  let text = "";
  const q = value("q");
  if (q) text = `q=${formEncoded(String(q))}`;
  for (const key of FACET_KEYS) {
    for (const v of (value(key) as string[] | undefined) ?? []) text += `${text ? "&" : ""}${key}=${formEncoded(v)}`;
  }
  const sort = value("sort");
  if (sort) text += `${text ? "&" : ""}sort=${formEncoded(String(sort))}`;
  const page = value("page");
  if (page && page !== 1) text += `${text ? "&" : ""}page=${formEncoded(String(page))}`;
  return text ? `/stocktaking?${text}` : "/stocktaking";
}

/** What URLSearchParams leaves as it is: codes such as C7.e-health, africa or 2021 go out unchanged. */
const FORM_SAFE = /^[A-Za-z0-9*\-._]*$/;

/**
 * A value as URLSearchParams writes it (application/x-www-form-urlencoded): UTF-8 percent-encoded, a space as "+",
 * and `!'()~`, which encodeURIComponent leaves alone, encoded too.
 */
export function formEncoded(value: string): string {
  if (FORM_SAFE.test(value)) return value;
  let encoded: string;
  try {
    encoded = encodeURIComponent(value);
  } catch {
    // A lone surrogate, which URLSearchParams writes as U+FFFD.
    return new URLSearchParams({ v: value }).toString().slice(2);
  }
  return encoded.replace(/%20|[!'()~]/g, (c) => (c === "%20" ? "+" : `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
}

/** Parses a URL's query (repeated keys kept) with SearchParams; the first problem names its field. */
export function parseSearchParams(
  url: string,
): { ok: true; params: SearchParams } | { ok: false; field: string; message: string } {
  const query = new URL(url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const all = query.getAll(key);
    raw[key] = all.length === 1 ? (all[0] ?? "") : all;
  }
  const result = SearchParams.safeParse(raw);
  if (result.success) return { ok: true, params: result.data };
  const issue = result.error.issues[0];
  return { ok: false, field: String(issue?.path[0] ?? "query"), message: issue?.message ?? "invalid" };
}

/** What the search page changed in an address it could not use as it was, for it to say so. */
export interface SearchNotices {
  /** The query was cut to this many characters. */
  queryTrimmed?: number;
  /** Parameters left out because their values were not understood. */
  ignored: string[];
  /** The `page` asked for, when it was not a page that exists (shown in the message). */
  pageOutOfRange?: string;
}

const Q_MAX = 200;
const PAGE_MAX = 10_000;

/**
 * The search page's reading of an address: never a dead end. A query over 200 characters is cut (and said), a
 * filter or sort it cannot read is left out (and named), a page that is not a page number is the first; the
 * route clamps a page past the end to the last. The API keeps parseSearchParams' strict 400s.
 */
export function parseSearchPage(url: string): { params: SearchParams; notices: SearchNotices } {
  const query = new URL(url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const all = query.getAll(key);
    raw[key] = all.length === 1 ? (all[0] ?? "") : all;
  }
  const notices: SearchNotices = { ignored: [] };
  const q = raw.q;
  if (Array.isArray(q)) raw.q = q[0] ?? "";
  if (typeof raw.q === "string" && raw.q.length > Q_MAX) {
    // Cut on a character boundary: half a surrogate pair would be a lone one.
    raw.q = Array.from(raw.q).slice(0, Q_MAX).join("").slice(0, Q_MAX);
    notices.queryTrimmed = Q_MAX;
  }
  const page = raw.page;
  if (page !== undefined) {
    const text = String(Array.isArray(page) ? page[0] : page).trim();
    if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > PAGE_MAX) {
      if (text !== "") notices.pageOutOfRange = text.slice(0, 30);
      delete raw.page;
    } else raw.page = text;
  }
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = SearchParams.safeParse(raw);
    if (result.success) return { params: result.data, notices };
    const field = String(result.error.issues[0]?.path[0] ?? "");
    if (!(field in raw)) break;
    delete raw[field];
    notices.ignored.push(field);
  }
  return { params: SearchParams.parse({}), notices };
}
