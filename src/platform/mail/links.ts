import { DEFAULT_LOCALE, isLocale } from "../i18n/locale.ts";

/**
 * A platform link as a mail in `locale` gives it: with `lang=` (the language switcher's parameter, which the locale
 * middleware reads first and remembers), so the page opens in the language the mail was written in, whatever the
 * browser that opens it prefers. `lang` goes last, so a link that carries a token keeps it first.
 */
export function mailLink(url: string, locale: string): string {
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const hash = url.indexOf("#");
  const [base, fragment] = hash === -1 ? [url, ""] : [url.slice(0, hash), url.slice(hash)];
  const kept = base.replace(/([?&])lang=[^&]*(&|$)/, (_m, before: string, after: string) => (after ? before : ""));
  return `${kept}${kept.includes("?") ? "&" : "?"}lang=${lang}${fragment}`;
}

/**
 * The values of a mail with each link to the platform (a value that starts with `baseUrl`) made a `mailLink` in
 * the mail's language; other values (names, titles, messages) are left as they are.
 */
export function withMailLinks<T extends Record<string, string | null | undefined>>(
  values: T,
  baseUrl: string,
  locale: string,
): T {
  const out: Record<string, string | null | undefined> = {};
  for (const [key, value] of Object.entries(values)) {
    out[key] =
      typeof value === "string" &&
      (value === baseUrl || value.startsWith(`${baseUrl}/`) || value.startsWith(`${baseUrl}?`))
        ? mailLink(value, locale)
        : value;
  }
  return out as T;
}

/** The platform's home, as a mail's signature links it. */
export function homeLink(baseUrl: string, locale: string): string {
  return mailLink(`${baseUrl}/`, locale);
}
