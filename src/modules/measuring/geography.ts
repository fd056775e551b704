import type { I18n } from "../../platform/i18n/i18n.ts";
import { COUNTRIES, type ItuRegion, type M49RegionCode } from "../../reference/data/countries.ts";
import { ITU_REGION_NAMES, M49_REGION_NAMES } from "../../reference/data/regions.ts";

/**
 * Where an observation is about. Codes: `world`; `itu:<ITU-D region>`; `m49:<M49 region code>`;
 * `income:<World Bank income group>`; a country by its ISO 3166-1 alpha-2 code (alpha-3 and the M49 numeric code
 * are accepted on import and stored as alpha-2).
 */
export type GeographyKind = "world" | "itu" | "m49" | "income" | "country";

export const INCOME_GROUPS = ["HIC", "UMC", "LMC", "LIC"] as const;
export type IncomeGroup = (typeof INCOME_GROUPS)[number];

const ITU_REGIONS = Object.keys(ITU_REGION_NAMES) as ItuRegion[];
const M49_REGIONS = Object.keys(M49_REGION_NAMES) as M49RegionCode[];
const BY_ALPHA2 = new Map(COUNTRIES.map((c) => [c.alpha2, c]));
const BY_ALPHA3 = new Map(COUNTRIES.map((c) => [c.alpha3, c]));
const BY_NUMERIC = new Map(COUNTRIES.map((c) => [c.numeric, c]));

export function geographyKind(code: string): GeographyKind {
  if (code === "world") return "world";
  const prefix = code.split(":")[0];
  return prefix === "itu" || prefix === "m49" || prefix === "income" ? prefix : "country";
}

/** The stored code for what a file wrote, or undefined when it names no geography the platform knows. */
export function normalizeGeography(raw: string): string | undefined {
  const text = raw.trim();
  const lower = text.toLowerCase();
  if (lower === "world" || lower === "001" || lower === "1") return "world";
  const [prefix, rest = ""] = lower.split(":");
  if (prefix === "itu") return (ITU_REGIONS as string[]).includes(rest) ? `itu:${rest}` : undefined;
  if (prefix === "m49") return m49Region(rest);
  if (prefix === "income") {
    const group = rest.toUpperCase();
    return (INCOME_GROUPS as readonly string[]).includes(group) ? `income:${group}` : undefined;
  }
  const upper = text.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper)) return BY_ALPHA2.has(upper) ? upper : undefined;
  if (/^[A-Z]{3}$/.test(upper)) return BY_ALPHA3.get(upper)?.alpha2;
  return undefined;
}

function m49Region(digits: string): string | undefined {
  if (!/^\d{1,3}$/.test(digits)) return undefined;
  const code = digits.padStart(3, "0");
  if (code === "001") return "world";
  return (M49_REGIONS as string[]).includes(code) ? `m49:${code}` : undefined;
}

/** An SDMX REF_AREA (an M49 code, with or without leading zeros): the world, an M49 region or a country. */
export function geographyFromM49(raw: string): string | undefined {
  const digits = raw.trim();
  if (!/^\d{1,3}$/.test(digits)) return undefined;
  const code = digits.padStart(3, "0");
  return m49Region(code) ?? BY_NUMERIC.get(code)?.alpha2;
}

/** The geography's name in the reader's language. */
export function geographyName(code: string, i18n: I18n): string {
  const kind = geographyKind(code);
  const rest = code.slice(code.indexOf(":") + 1);
  switch (kind) {
    case "world":
      return i18n.t("measuring.geo.world");
    case "itu":
      return ITU_REGION_NAMES[rest as ItuRegion]?.[i18n.locale] ?? code;
    case "m49":
      return M49_REGION_NAMES[rest as M49RegionCode]?.[i18n.locale] ?? code;
    case "income":
      return i18n.t(`measuring.income.${rest as IncomeGroup}`);
    default:
      return i18n.country(code);
  }
}
