import { AC_COUNTRIES, GOV_SUFFIX, PLAIN_TLD } from "./data/organizations.ts";
import { ascii } from "./grammar.ts";
import { chance, intBetween, pick, type Rng } from "./random.ts";
import type { StakeholderType } from "./types.ts";

// An organisation's web domain, from its name, type and country.

const STOP = new Set([
  "and",
  "the",
  "et",
  "la",
  "le",
  "les",
  "l",
  "des",
  "du",
  "d",
  "y",
  "el",
  "los",
  "las",
  "del",
  "e",
  "en",
  "a",
  "i",
]);

/** Function words that a domain made of words leaves out ("ministryhealth", not "ministryofhealth"). */
const LINKING = new Set(["of", "for", "de", "pour", "para", "por", "in", "on", "at", "au", "aux", "to"]);

/** A domain label from an organisation name: its initials ("moh") or its main words ("openknowledge"). */
export function slugOf(r: Rng, base: string): string {
  const words = base
    .split(/[\s,'’\-–]+/)
    .map(ascii)
    .filter((w) => w && !STOP.has(w));
  const initials = words.map((w) => w.charAt(0)).join("");
  if (initials.length >= 3 && initials.length <= 7 && chance(r, 0.7)) return initials;
  const joined = words
    .filter((w) => !LINKING.has(w))
    .slice(0, 2)
    .join("");
  return joined.slice(0, 24) || initials || "info";
}

export function randomLabel(r: Rng): string {
  const letters = "abcdefghiklmnoprstuvwyz";
  const n = intBetween(r, 3, 5);
  let s = "";
  for (let i = 0; i < n; i++) s += letters.charAt(Math.floor(r() * letters.length));
  return s;
}

function tld(code: string): string {
  return code === "GB" ? "uk" : code.toLowerCase();
}

export function domainFor(r: Rng, type: StakeholderType, label: string, home: string | null): string {
  if (!home) return `${label}.${chance(r, 0.4) ? "int" : "org"}`;
  const cc = tld(home);
  switch (type) {
    case "government":
      return `${label}.${GOV_SUFFIX[home] ?? `gov.${cc}`}`;
    case "academia":
      if (home === "US") return `${label}.edu`;
      return `${label}.${AC_COUNTRIES.has(home) ? `ac.${cc}` : PLAIN_TLD.has(home) ? cc : `edu.${cc}`}`;
    case "civil-society":
      return `${label}.${chance(r, 0.6) ? "org" : PLAIN_TLD.has(home) ? cc : `org.${cc}`}`;
    case "private-sector":
      return `${label}.${chance(r, 0.5) ? "com" : PLAIN_TLD.has(home) ? cc : `com.${cc}`}`;
    case "technical-community":
      return `${label}.${pick(r, ["net", "org", cc])}`;
    default:
      return `${label}.${chance(r, 0.5) ? "org" : cc}`;
  }
}
