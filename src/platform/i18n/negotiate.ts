import { DEFAULT_LOCALE, isLocale, type Locale } from "./locale.ts";

/**
 * The reader's language, from the first source that names one we have:
 * an explicit `?lang=` choice, then the remembered choice (cookie), then the signed-in person's preferred
 * language, then the browser's Accept-Language.
 */
export function negotiateLocale(sources: {
  query?: string | undefined;
  cookie?: string | undefined;
  preferred?: string | undefined;
  acceptLanguage?: string | undefined;
}): Locale {
  if (isLocale(sources.query)) return sources.query;
  if (isLocale(sources.cookie)) return sources.cookie;
  if (isLocale(sources.preferred)) return sources.preferred;
  return fromAcceptLanguage(sources.acceptLanguage) ?? DEFAULT_LOCALE;
}

export function fromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.quality > 0 && r.tag)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    const primary = tag.split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return undefined;
}
