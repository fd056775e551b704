import { z } from "zod";
import { isDate, isTimeZone } from "../../platform/time.ts";

/**
 * The programme's query string, shared by the page, the API and the calendar feed, so one address means the
 * same selection everywhere. Filters are codes; anything typed in `q` is accepted.
 */
export const ProgrammeParams = z.object({
  day: z
    .string()
    .refine((v) => v === "all" || isDate(v), "a date like 2025-07-09, or all")
    .optional(),
  actionLine: z
    .string()
    .regex(/^C(\d{1,2}|7\.e-[a-z]+)$/, "an Action Line code like C5 or C7.e-health")
    .optional(),
  type: z
    .string()
    .regex(/^[a-z][a-z-]{1,39}$/, "a session type code like roundtable")
    .optional(),
  track: z
    .string()
    .regex(/^[a-z][a-z-]{1,39}$/, "a track code like high-level")
    .optional(),
  q: z.string().max(200, "at most 200 characters").optional(),
  tz: z.string().refine(isTimeZone, "an IANA time zone like America/New_York").optional(),
  /** How the page groups the sessions: by day (the default), by track or by room. The API and feeds ignore it. */
  view: z.enum(["day", "track", "room"], "day, track or room").optional(),
});
export type ProgrammeParams = z.infer<typeof ProgrammeParams>;

/** Parses a URL's query (empty values are absent); the first problem names its field. */
export function parseProgrammeParams(
  url: string,
): { ok: true; params: ProgrammeParams } | { ok: false; field: string; message: string } {
  const raw: Record<string, string> = {};
  for (const [key, value] of new URL(url).searchParams) {
    if (value.trim() !== "" && key in ProgrammeParams.shape && !(key in raw)) raw[key] = value.trim();
  }
  const result = ProgrammeParams.safeParse(raw);
  if (result.success) return { ok: true, params: result.data };
  const issue = result.error.issues[0];
  return { ok: false, field: String(issue?.path[0] ?? "query"), message: issue?.message ?? "invalid" };
}

/**
 * The programme page's reading of an address: never a dead end. A query over 200 characters is cut, a parameter
 * it cannot read is left out; each is said (`trimmed`, `ignored`). The API and the calendar feed keep the strict 400.
 */
export function parseProgrammePage(url: string): { params: ProgrammeParams; trimmed?: number; ignored: string[] } {
  const raw: Record<string, string> = {};
  for (const [key, value] of new URL(url).searchParams) {
    if (value.trim() !== "" && key in ProgrammeParams.shape && !(key in raw)) raw[key] = value.trim();
  }
  let trimmed: number | undefined;
  if (raw.q && raw.q.length > 200) {
    raw.q = Array.from(raw.q).slice(0, 200).join("").slice(0, 200);
    trimmed = 200;
  }
  const ignored: string[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    const result = ProgrammeParams.safeParse(raw);
    if (result.success) return { params: result.data, trimmed, ignored };
    const field = String(result.error.issues[0]?.path[0] ?? "");
    if (!(field in raw)) break;
    delete raw[field];
    ignored.push(field);
  }
  return { params: {}, trimmed, ignored };
}

export type ProgrammeView = NonNullable<ProgrammeParams["view"]>;

/** Any filter or search chosen (the day, the viewer's zone and the view are not filters). */
export function isFiltered(params: ProgrammeParams): boolean {
  return Boolean(params.actionLine || params.type || params.track || params.q?.trim());
}

/** The query string for these params with some changed, e.g. another day; "" when nothing is left. */
export function programmeQuery(params: ProgrammeParams, change: Partial<ProgrammeParams> = {}): string {
  const next = { ...params, ...change };
  const query = new URLSearchParams();
  for (const key of ["day", "actionLine", "type", "track", "q", "tz", "view"] as const) {
    const value = next[key];
    // By day is the default view: its address carries no view.
    if (value && !(key === "view" && value === "day")) query.set(key, value);
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}
