import type { Actor } from "../auth/policy.ts";
import { sendHtml } from "../http/compress.ts";
import type { AppContext } from "../http/env.ts";
import type { I18n } from "../i18n/i18n.ts";

/** What a page template needs to know about the request: the language and where it is. */
export interface PageContext {
  i18n: I18n;
  /** The path being shown, e.g. "/action-lines/C5". */
  path: string;
  /** The query string without the one-off `lang` switch, so language links keep filters. */
  query: URLSearchParams;
  /** The signed-in person, or null. */
  actor: Actor | null;
}

export function pageContext(c: AppContext): PageContext {
  const url = new URL(c.req.url);
  const query = new URLSearchParams(url.search);
  query.delete("lang");
  return { i18n: c.get("i18n"), path: url.pathname, query, actor: c.get("actor") ?? null };
}

/** A URL for the same page in another language. */
export function hrefInLanguage(ctx: PageContext, locale: string): string {
  const query = new URLSearchParams(ctx.query);
  query.set("lang", locale);
  return `${ctx.path}?${query.toString()}`;
}

/** Sends a server-rendered page. Pages are built from JSX, which escapes every value by default. */
export function renderPage(
  c: AppContext,
  page: unknown,
  status: 200 | 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 | 503 = 200,
) {
  c.header("Content-Language", c.get("i18n").locale);
  return sendHtml(c, `<!DOCTYPE html>${String(page)}`, status);
}
