/** The six official UN languages, in the order the language switcher shows them (alphabetical by code). */
export const LOCALES = ["ar", "en", "es", "fr", "ru", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Text given in every UN language. Reference data and message catalogues use it. */
export type Localized<T = string> = Record<Locale, T>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

/** Each language's name in itself, for the switcher (a person looks for their own language's name). */
export const AUTONYMS: Localized = {
  ar: "العربية",
  en: "English",
  es: "Español",
  fr: "Français",
  ru: "Русский",
  zh: "中文",
};
