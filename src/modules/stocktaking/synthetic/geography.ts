import { COUNTRIES, type ItuRegion } from "../../../reference/data/countries.ts";
import { COUNTRY_TEXT } from "./data/countries.ts";
import { LEX } from "./data/lexicon.ts";
import { inCountries } from "./grammar.ts";
import type { Org } from "./organizations.ts";
import { chance, cumulative, intBetween, pickCumulative, type Rng, weighted } from "./random.ts";
import type { RareWord } from "./rare.ts";
import type { Lang } from "./types.ts";
import { LANGS } from "./words.ts";

// Countries: which ones entries are about, how often, and how each language names them; where a project is: the
// countries it lists, its scope, and how its text names the place.

export const ITU_REGION = new Map<string, ItuRegion>();
for (const c of COUNTRIES) if (c.ituRegion) ITU_REGION.set(c.alpha2, c.ituRegion);
const ITU_CODES = [...ITU_REGION.keys()];
const REGIONS: readonly ItuRegion[] = ["africa", "americas", "arab-states", "asia-pacific", "cis", "europe"];

export interface NamedCountry {
  code: string;
  w: number;
  langs: readonly string[];
  region: ItuRegion;
  en: string;
  enBare: string;
  frNom: string;
  frArt: string;
  frLoc: string;
  esNom: string;
  esArt: string;
  ruNom: string;
  ruLoc: string;
  ruGen: string;
  ar: string;
  zh: string;
}

export const NAMED = new Map<string, NamedCountry>();
for (const line of COUNTRY_TEXT.trim().split("\n")) {
  const f = line.split("|");
  if (f.length !== 14) throw new Error(`synthetic: bad country line ${line}`);
  const [code, w, langs, en, frNom, frArt, frLoc, esNom, esArt, ruNom, ruLoc, ruGen, ar, zh] = f as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const region = ITU_REGION.get(code);
  if (!region) throw new Error(`synthetic: ${code} is not an ITU Member State`);
  NAMED.set(code, {
    code,
    w: Number(w),
    langs: langs.split(","),
    region,
    en,
    enBare: en.replace(/^the /, ""),
    frNom,
    frArt,
    frLoc,
    esNom,
    esArt,
    ruNom,
    ruLoc,
    ruGen,
    ar,
    zh,
  });
}

export function named(code: string): NamedCountry {
  const c = NAMED.get(code);
  if (!c) throw new Error(`synthetic: no text for country ${code}`);
  return c;
}

/** How often a country is the subject of an entry in a language: named countries more, their languages' more. */
function countryWeight(code: string, lang: Lang): number {
  const c = NAMED.get(code);
  const region = ITU_REGION.get(code);
  if (!c) {
    let w = 0.4;
    if (lang === "ar" && region === "arab-states") w *= 4;
    if (lang === "ru" && region === "cis") w *= 4;
    if (lang === "es" && region === "americas") w *= 2;
    if (lang === "fr" && region === "africa") w *= 2;
    return w;
  }
  if (!c.langs.includes(lang)) return c.w;
  if (lang === "zh") return c.w * (code === "CN" ? 150 : 10);
  return c.w * (lang === "en" ? 2 : 8);
}

export type Picker<T> = { items: T[]; cum: number[] };

function countryPicker(lang: Lang, codes: readonly string[]): Picker<string> {
  return weighted(codes.map((code) => [code, countryWeight(code, lang)] as const));
}

export const COUNTRY_PICK = Object.fromEntries(LANGS.map((l) => [l, countryPicker(l, ITU_CODES)])) as Record<
  Lang,
  Picker<string>
>;
export const NAMED_PICK = Object.fromEntries(LANGS.map((l) => [l, countryPicker(l, [...NAMED.keys()])])) as Record<
  Lang,
  Picker<string>
>;
const REGION_PICK = Object.fromEntries(
  LANGS.map((l) => [
    l,
    Object.fromEntries(
      REGIONS.map((reg) => [
        reg,
        countryPicker(
          l,
          ITU_CODES.filter((c) => ITU_REGION.get(c) === reg),
        ),
      ]),
    ),
  ]),
) as Record<Lang, Record<ItuRegion, Picker<string>>>;

export type Scope = "national" | "regional" | "international" | "global";

export type Place =
  | { kind: "country"; code: string }
  | { kind: "town"; code: string; town: string }
  | { kind: "region"; region: ItuRegion }
  | { kind: "multi"; k: number }
  | { kind: "global"; k: number }
  | { kind: "none" };

export interface Geo {
  countries: string[];
  scope: Scope;
  place: Place;
}

function addDistinct(r: Rng, picker: Picker<string>, into: string[], k: number): void {
  for (let tries = 0; into.length < k && tries < 60; tries++) {
    const c = pickCumulative(r, picker.items, picker.cum);
    if (!into.includes(c)) into.push(c);
  }
}

export function pickGeo(r: Rng, lang: Lang, org: Org, rare: RareWord | null): Geo {
  if (rare?.kind === "place" && rare.country) {
    const countries = [rare.country];
    if (chance(r, 0.12)) addDistinct(r, REGION_PICK[lang][named(rare.country).region], countries, 2);
    return {
      countries,
      scope: countries.length > 1 ? "regional" : "national",
      place: { kind: "town", code: rare.country, town: rare.text },
    };
  }
  const intl = org.type === "international-organization";
  if (chance(r, intl ? 0.22 : 0.035)) {
    if (chance(r, 0.5)) return { countries: [], scope: "global", place: { kind: "global", k: 0 } };
    const countries: string[] = [];
    const k = intBetween(r, 4, 24);
    addDistinct(r, COUNTRY_PICK[lang], countries, k);
    return { countries, scope: "global", place: { kind: "global", k: countries.length } };
  }
  const k = intl
    ? pickCumulative(r, [1, 2, 3], cumulative([40, 25, 35]))
    : pickCumulative(r, [1, 2, 3], cumulative([72, 16, 12]));
  let first: string;
  if (org.home && (org.named || chance(r, 0.85))) first = org.home;
  else if (org.region)
    first = pickCumulative(r, REGION_PICK[lang][org.region].items, REGION_PICK[lang][org.region].cum);
  else first = pickCumulative(r, COUNTRY_PICK[lang].items, COUNTRY_PICK[lang].cum);
  const countries = [first];
  if (k === 1) {
    const u = r();
    return {
      countries,
      scope: u < 0.9 ? "national" : u < 0.96 ? "regional" : "international",
      place: { kind: "country", code: first },
    };
  }
  const region = ITU_REGION.get(first) ?? "africa";
  const sameRegion = org.region !== null || chance(r, 0.75);
  addDistinct(r, sameRegion ? REGION_PICK[lang][region] : COUNTRY_PICK[lang], countries, k);
  if (countries.length === 1) return { countries, scope: "national", place: { kind: "country", code: first } };
  if (sameRegion)
    return { countries, scope: chance(r, 0.85) ? "regional" : "international", place: { kind: "region", region } };
  return {
    countries,
    scope: chance(r, 0.9) ? "international" : "global",
    place: { kind: "multi", k: countries.length },
  };
}

export function placeText(r: Rng, lang: Lang, place: Place): { loc: string; country: string } {
  const lex = LEX[lang];
  switch (place.kind) {
    case "country": {
      const c = NAMED.get(place.code);
      if (!c) return { loc: "", country: "" };
      switch (lang) {
        case "en":
          return { loc: `in ${c.en}`, country: c.enBare };
        case "fr":
          return { loc: c.frLoc, country: c.frNom };
        case "es":
          return { loc: `en ${c.esArt}`, country: c.esNom };
        case "ru":
          return { loc: c.ruLoc, country: c.ruNom };
        case "ar":
          return { loc: `في ${c.ar}`, country: c.ar };
        default:
          return { loc: c.zh, country: c.zh };
      }
    }
    case "town": {
      const c = named(place.code);
      if (lang === "en") return { loc: `in ${place.town}, ${c.enBare}`, country: "" };
      if (lang === "fr") return { loc: `à ${place.town} (${c.frNom})`, country: "" };
      return { loc: `en ${place.town} (${c.esNom})`, country: "" };
    }
    case "region":
      return { loc: lex.regions[place.region], country: "" };
    case "multi":
      return { loc: inCountries(lang, place.k), country: "" };
    case "global":
      return { loc: place.k > 3 && chance(r, 0.5) ? inCountries(lang, place.k) : lex.world, country: "" };
    default:
      return { loc: "", country: "" };
  }
}
