import type { Locale } from "../../platform/i18n/locale.ts";
import data from "./m49-names.json" with { type: "json" };

/**
 * Country and area names of the UN M49 standard in the six languages (src/reference/data/m49/README.md says
 * where they come from). These are the areas the platform offers as countries and nationalities; ISO 3166-1
 * alpha-2 codes stay the keys that are stored and exchanged.
 */
export const M49_SOURCE: string = data.source;

export const M49_NAMES: Readonly<Record<string, { m49: string } & Record<Locale, string>>> = data.names;

/** Whether UN M49 lists the area with this ISO alpha-2 code (TW it does not). */
export function isM49Area(alpha2: string): boolean {
  return Object.hasOwn(M49_NAMES, alpha2);
}

/** The ISO alpha-2 codes of every area M49 lists, in code order. */
export const M49_AREA_CODES: readonly string[] = Object.keys(M49_NAMES).sort();
