import type { Hono } from "hono";
import type { AppContext, AppEnv } from "./env.ts";
import { errors } from "./errors.ts";

/**
 * More fields than any form here has (the Stocktaking form, with every country, Action Line, SDG and target
 * ticked, has under 500). Counted in the raw body before it is parsed: 200,000 fields in 1 MiB took 1.5 s to parse.
 */
export const MAX_FORM_FIELDS = 2000;

/** C0 controls except tab, LF and CR; DEL; C1 controls. NUL cannot be stored in PostgreSQL text at all. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** The percent-encoded forms of those, so a query without any is let through without decoding it. */
const ENCODED_CONTROL = /%(?:0[0-8BCEF]|1[0-9A-F]|7F|C2%[89][0-9A-F])/i;

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

/** How many times `needle` occurs in `haystack`, stopping once past `limit`. */
function occurrences(haystack: Buffer, needle: Buffer | number, limit: number): number {
  let count = 0;
  const step = typeof needle === "number" ? 1 : needle.length;
  for (let at = haystack.indexOf(needle); at !== -1 && count <= limit; at = haystack.indexOf(needle, at + step)) {
    count++;
  }
  return count;
}

function checkQuery(c: AppContext) {
  const url = c.req.url;
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  if (ENCODED_CONTROL.test(path)) throw errors.controlCharacter("path");
  if (q === -1) return;
  const query = url.slice(q + 1);
  if (!ENCODED_CONTROL.test(query) && !CONTROL.test(query)) return;
  for (const [name, value] of new URLSearchParams(query)) {
    if (CONTROL.test(name)) throw errors.controlCharacter("query");
    if (CONTROL.test(value)) throw errors.controlCharacter(name);
  }
}

async function checkForm(c: AppContext) {
  const mediaType = c.req.header("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!FORM_TYPES.has(mediaType)) return;
  const raw = Buffer.from(await c.req.arrayBuffer());
  if (mediaType === "multipart/form-data") {
    const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(c.req.header("content-type") ?? "");
    const marker = boundary?.[1] ?? boundary?.[2];
    if (!marker) throw errors.malformedBody();
    // Each part starts with --boundary, and the body ends with one more.
    if (occurrences(raw, Buffer.from(`--${marker}`), MAX_FORM_FIELDS + 1) - 1 > MAX_FORM_FIELDS) {
      throw errors.tooManyFields(MAX_FORM_FIELDS);
    }
  } else if (occurrences(raw, 0x26, MAX_FORM_FIELDS) + 1 > MAX_FORM_FIELDS) {
    throw errors.tooManyFields(MAX_FORM_FIELDS);
  }
  // Parsed once here; the routes' parseBody reads Hono's cached copy.
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch {
    throw errors.malformedBody();
  }
  for (const [name, value] of Object.entries(body)) {
    if (CONTROL.test(name)) throw errors.controlCharacter("form");
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === "string" && CONTROL.test(item)) throw errors.controlCharacter(name);
    }
  }
}

/**
 * Input that no page or form here can use is refused at the edge with a 4xx naming what was wrong, before any
 * route sees it: a control character in the address, a query parameter or a form field (400; PostgreSQL refuses a
 * NUL in text, and none of these belongs in a name or title), a form body that cannot be parsed (400), more fields
 * than any form has (413, counted before parsing).
 */
export function setUpInputGuards(app: Hono<AppEnv>) {
  app.use(async (c, next) => {
    checkQuery(c);
    if (c.req.method !== "GET" && c.req.method !== "HEAD") await checkForm(c);
    await next();
  });
}
