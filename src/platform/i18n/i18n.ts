import { createIntl, createIntlCache, type IntlShape } from "@formatjs/intl";
import { COUNTRIES } from "../../reference/data/countries.ts";
import { M49_NAMES } from "../../reference/data/m49.ts";
import { AUTONYMS, directionOf, type Locale } from "./locale.ts";
import arAccounts from "./locales/ar/accounts.json" with { type: "json" };
import arAdmin from "./locales/ar/admin.json" with { type: "json" };
import arCore from "./locales/ar/core.json" with { type: "json" };
import arForum from "./locales/ar/forum.json" with { type: "json" };
import arForumOrganize from "./locales/ar/forum-organize.json" with { type: "json" };
import arForumProposals from "./locales/ar/forum-proposals.json" with { type: "json" };
import arMeasuring from "./locales/ar/measuring.json" with { type: "json" };
import arOrganizations from "./locales/ar/organizations.json" with { type: "json" };
import arRegistration from "./locales/ar/registration.json" with { type: "json" };
import arRegistrationCheckin from "./locales/ar/registration-checkin.json" with { type: "json" };
import arRegistrationLetter from "./locales/ar/registration-letter.json" with { type: "json" };
import arSite from "./locales/ar/site.json" with { type: "json" };
import arStaff from "./locales/ar/staff.json" with { type: "json" };
import arStocktaking from "./locales/ar/stocktaking.json" with { type: "json" };
import enAccounts from "./locales/en/accounts.json" with { type: "json" };
import enAdmin from "./locales/en/admin.json" with { type: "json" };
import enCore from "./locales/en/core.json" with { type: "json" };
import enForum from "./locales/en/forum.json" with { type: "json" };
import enForumOrganize from "./locales/en/forum-organize.json" with { type: "json" };
import enForumProposals from "./locales/en/forum-proposals.json" with { type: "json" };
import enMeasuring from "./locales/en/measuring.json" with { type: "json" };
import enOrganizations from "./locales/en/organizations.json" with { type: "json" };
import enRegistration from "./locales/en/registration.json" with { type: "json" };
import enRegistrationCheckin from "./locales/en/registration-checkin.json" with { type: "json" };
import enRegistrationLetter from "./locales/en/registration-letter.json" with { type: "json" };
import enSite from "./locales/en/site.json" with { type: "json" };
import enStaff from "./locales/en/staff.json" with { type: "json" };
import enStocktaking from "./locales/en/stocktaking.json" with { type: "json" };
import esAccounts from "./locales/es/accounts.json" with { type: "json" };
import esAdmin from "./locales/es/admin.json" with { type: "json" };
import esCore from "./locales/es/core.json" with { type: "json" };
import esForum from "./locales/es/forum.json" with { type: "json" };
import esForumOrganize from "./locales/es/forum-organize.json" with { type: "json" };
import esForumProposals from "./locales/es/forum-proposals.json" with { type: "json" };
import esMeasuring from "./locales/es/measuring.json" with { type: "json" };
import esOrganizations from "./locales/es/organizations.json" with { type: "json" };
import esRegistration from "./locales/es/registration.json" with { type: "json" };
import esRegistrationCheckin from "./locales/es/registration-checkin.json" with { type: "json" };
import esRegistrationLetter from "./locales/es/registration-letter.json" with { type: "json" };
import esSite from "./locales/es/site.json" with { type: "json" };
import esStaff from "./locales/es/staff.json" with { type: "json" };
import esStocktaking from "./locales/es/stocktaking.json" with { type: "json" };
import frAccounts from "./locales/fr/accounts.json" with { type: "json" };
import frAdmin from "./locales/fr/admin.json" with { type: "json" };
import frCore from "./locales/fr/core.json" with { type: "json" };
import frForum from "./locales/fr/forum.json" with { type: "json" };
import frForumOrganize from "./locales/fr/forum-organize.json" with { type: "json" };
import frForumProposals from "./locales/fr/forum-proposals.json" with { type: "json" };
import frMeasuring from "./locales/fr/measuring.json" with { type: "json" };
import frOrganizations from "./locales/fr/organizations.json" with { type: "json" };
import frRegistration from "./locales/fr/registration.json" with { type: "json" };
import frRegistrationCheckin from "./locales/fr/registration-checkin.json" with { type: "json" };
import frRegistrationLetter from "./locales/fr/registration-letter.json" with { type: "json" };
import frSite from "./locales/fr/site.json" with { type: "json" };
import frStaff from "./locales/fr/staff.json" with { type: "json" };
import frStocktaking from "./locales/fr/stocktaking.json" with { type: "json" };
import ruAccounts from "./locales/ru/accounts.json" with { type: "json" };
import ruAdmin from "./locales/ru/admin.json" with { type: "json" };
import ruCore from "./locales/ru/core.json" with { type: "json" };
import ruForum from "./locales/ru/forum.json" with { type: "json" };
import ruForumOrganize from "./locales/ru/forum-organize.json" with { type: "json" };
import ruForumProposals from "./locales/ru/forum-proposals.json" with { type: "json" };
import ruMeasuring from "./locales/ru/measuring.json" with { type: "json" };
import ruOrganizations from "./locales/ru/organizations.json" with { type: "json" };
import ruRegistration from "./locales/ru/registration.json" with { type: "json" };
import ruRegistrationCheckin from "./locales/ru/registration-checkin.json" with { type: "json" };
import ruRegistrationLetter from "./locales/ru/registration-letter.json" with { type: "json" };
import ruSite from "./locales/ru/site.json" with { type: "json" };
import ruStaff from "./locales/ru/staff.json" with { type: "json" };
import ruStocktaking from "./locales/ru/stocktaking.json" with { type: "json" };
import zhAccounts from "./locales/zh/accounts.json" with { type: "json" };
import zhAdmin from "./locales/zh/admin.json" with { type: "json" };
import zhCore from "./locales/zh/core.json" with { type: "json" };
import zhForum from "./locales/zh/forum.json" with { type: "json" };
import zhForumOrganize from "./locales/zh/forum-organize.json" with { type: "json" };
import zhForumProposals from "./locales/zh/forum-proposals.json" with { type: "json" };
import zhMeasuring from "./locales/zh/measuring.json" with { type: "json" };
import zhOrganizations from "./locales/zh/organizations.json" with { type: "json" };
import zhRegistration from "./locales/zh/registration.json" with { type: "json" };
import zhRegistrationCheckin from "./locales/zh/registration-checkin.json" with { type: "json" };
import zhRegistrationLetter from "./locales/zh/registration-letter.json" with { type: "json" };
import zhSite from "./locales/zh/site.json" with { type: "json" };
import zhStaff from "./locales/zh/staff.json" with { type: "json" };
import zhStocktaking from "./locales/zh/stocktaking.json" with { type: "json" };

/**
 * Each language's catalogue comes in parts (core, accounts, …) so that people working on different parts of
 * the platform edit different files. English is the source: its keys are the message keys, checked by the compiler.
 */
const en = {
  ...enCore,
  ...enAccounts,
  ...enOrganizations,
  ...enAdmin,
  ...enStocktaking,
  ...enForum,
  ...enForumProposals,
  ...enForumOrganize,
  ...enRegistrationLetter,
  ...enRegistrationCheckin,
  ...enRegistration,
  ...enMeasuring,
  ...enStaff,
  ...enSite,
};
export type MessageKey = keyof typeof en;
type NumberOptions = Parameters<IntlShape<string>["formatNumber"]>[1];

export type MessageValues = Record<string, string | number | Date>;

export const CATALOGUES: Record<Locale, Partial<Record<MessageKey, string>>> = {
  ar: {
    ...arCore,
    ...arAccounts,
    ...arOrganizations,
    ...arAdmin,
    ...arStocktaking,
    ...arForum,
    ...arForumProposals,
    ...arForumOrganize,
    ...arRegistrationLetter,
    ...arRegistrationCheckin,
    ...arRegistration,
    ...arMeasuring,
    ...arStaff,
    ...arSite,
  },
  en,
  es: {
    ...esCore,
    ...esAccounts,
    ...esOrganizations,
    ...esAdmin,
    ...esStocktaking,
    ...esForum,
    ...esForumProposals,
    ...esForumOrganize,
    ...esRegistrationLetter,
    ...esRegistrationCheckin,
    ...esRegistration,
    ...esMeasuring,
    ...esStaff,
    ...esSite,
  },
  fr: {
    ...frCore,
    ...frAccounts,
    ...frOrganizations,
    ...frAdmin,
    ...frStocktaking,
    ...frForum,
    ...frForumProposals,
    ...frForumOrganize,
    ...frRegistrationLetter,
    ...frRegistrationCheckin,
    ...frRegistration,
    ...frMeasuring,
    ...frStaff,
    ...frSite,
  },
  ru: {
    ...ruCore,
    ...ruAccounts,
    ...ruOrganizations,
    ...ruAdmin,
    ...ruStocktaking,
    ...ruForum,
    ...ruForumProposals,
    ...ruForumOrganize,
    ...ruRegistrationLetter,
    ...ruRegistrationCheckin,
    ...ruRegistration,
    ...ruMeasuring,
    ...ruStaff,
    ...ruSite,
  },
  zh: {
    ...zhCore,
    ...zhAccounts,
    ...zhOrganizations,
    ...zhAdmin,
    ...zhStocktaking,
    ...zhForum,
    ...zhForumProposals,
    ...zhForumOrganize,
    ...zhRegistrationLetter,
    ...zhRegistrationCheckin,
    ...zhRegistration,
    ...zhMeasuring,
    ...zhStaff,
    ...zhSite,
  },
};

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
  /**
   * A country or area's name in this locale, from its ISO 3166 alpha-2 code: the UN M49 name in the six languages;
   * for a code M49 does not list (TW, kept on older rows) its ISO 3166-1 English short name; else the code.
   */
  country(code: string): string;
}

const cache = createIntlCache();
/** ISO 3166-1 English short names, for the few codes UN M49 does not name (CLDR's names are not the UN's). */
const ISO_NAMES = new Map(COUNTRIES.map((c) => [c.alpha2, c.name]));
const instances = new Map<Locale, I18n>();

/** What `make` wrote for a key, kept: at most `limit` keys, all forgotten at once when full (no per-call LRU work). */
function remembered<K, A>(make: (arg: A) => string, limit = 4096) {
  const kept = new Map<K, string>();
  return {
    get(key: K, arg: A = key as unknown as A): string {
      let text = kept.get(key);
      if (text === undefined) {
        if (kept.size >= limit) kept.clear();
        text = make(arg);
        kept.set(key, text);
      }
      return text;
    },
  };
}

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
  const plainNumbers = new Intl.NumberFormat(locale);
  const numbers = remembered<number, number>((value) => plainNumbers.format(value));
  const listFormat = (type: "conjunction" | "unit") => {
    const format = new Intl.ListFormat(locale, { type });
    return remembered<string, string[]>((items) => format.format(items));
  };
  const lists = { conjunction: listFormat("conjunction"), unit: listFormat("unit") };
  const i18n: I18n = {
    locale,
    dir: directionOf(locale),
    languageName: AUTONYMS[locale],
    t: (key, values) => plain.get(key) ?? (intl.formatMessage({ id: key }, values) as string),
    // Without options (facet counts, totals) one formatter serves every call, skipping the memoizer's key work, and
    // what it wrote is kept: Intl's own call was a fifth of a search page's rendering (80 facet counts a page).
    number: (value, options) => (options ? intl.formatNumber(value, options) : numbers.get(value)),
    date: (value, options = { dateStyle: "long" }) =>
      intl.formatDate(typeof value === "string" ? new Date(value) : value, options),
    // Intl.ListFormat itself, one per type: @formatjs's formatList goes through formatToParts and a memoizer's
    // key for every call (a search page lists the countries and Action Lines of each of its 20 results).
    list: (items, type = "conjunction") => lists[type].get(items.join("\u0000"), items),
    ltr: (code) => (directionOf(locale) === "rtl" ? `\u2066${code}\u2069` : code),
    country: (code) => M49_NAMES[code]?.[locale] ?? ISO_NAMES.get(code) ?? code,
  };
  instances.set(locale, i18n);
  return i18n;
}
