import { createIntl, createIntlCache, type IntlShape } from "@formatjs/intl";
import { AUTONYMS, directionOf, type Locale } from "./locale.ts";
import ar from "./locales/ar.json" with { type: "json" };
import en from "./locales/en.json" with { type: "json" };
import es from "./locales/es.json" with { type: "json" };
import fr from "./locales/fr.json" with { type: "json" };
import ru from "./locales/ru.json" with { type: "json" };
import zh from "./locales/zh.json" with { type: "json" };

/** English is the source catalogue: its keys are the message keys, checked by the compiler. */
export type MessageKey = keyof typeof en;
type NumberOptions = Parameters<IntlShape<string>["formatNumber"]>[1];

export type MessageValues = Record<string, string | number | Date>;

export const CATALOGUES: Record<Locale, Partial<Record<MessageKey, string>>> = { ar, en, es, fr, ru, zh };

export interface I18n {
  locale: Locale;
  dir: "ltr" | "rtl";
  languageName: string;
  /** A UI message in this locale; English when a catalogue lacks the key. */
  t(key: MessageKey, values?: MessageValues): string;
  number(value: number, options?: NumberOptions): string;
  date(value: Date | string, options?: Intl.DateTimeFormatOptions): string;
  list(items: string[], type?: "conjunction" | "unit"): string;
  /**
   * A left-to-right code ("9.a", "C7.e-health") set inside a message, isolated so a right-to-left sentence
   * does not reorder it into "a.9". Only right-to-left locales need it; elsewhere the text is unchanged.
   */
  ltr(code: string): string;
}

const cache = createIntlCache();
const instances = new Map<Locale, I18n>();

/** One I18n per locale, built once: formatters are costly to create and cheap to reuse. */
export function i18nFor(locale: Locale): I18n {
  const existing = instances.get(locale);
  if (existing) return existing;
  // Most UI strings have no argument, plural or quote: they are their own formatted text, and skipping the
  // formatter for them halves the cost of rendering a page (measured with bench/pages.bench.ts).
  const messages: Record<string, string> = { ...en, ...CATALOGUES[locale] };
  const plain = new Map(Object.entries(messages).filter(([, text]) => !/[{}'<]/.test(text)));
  const intl: IntlShape<string> = createIntl(
    {
      locale,
      defaultLocale: "en",
      messages,
      // A missing translation falls back to English (merged above); anything else is a bug worth seeing.
      onError: (err) => {
        if (err.code !== "MISSING_TRANSLATION") throw err;
      },
    },
    cache,
  );
  const i18n: I18n = {
    locale,
    dir: directionOf(locale),
    languageName: AUTONYMS[locale],
    t: (key, values) => plain.get(key) ?? (intl.formatMessage({ id: key }, values) as string),
    number: (value, options) => intl.formatNumber(value, options),
    date: (value, options = { dateStyle: "long" }) =>
      intl.formatDate(typeof value === "string" ? new Date(value) : value, options),
    list: (items, type = "conjunction") => intl.formatList(items, { type }) as string,
    ltr: (code) => (directionOf(locale) === "rtl" ? `\u2066${code}\u2069` : code),
  };
  instances.set(locale, i18n);
  return i18n;
}
