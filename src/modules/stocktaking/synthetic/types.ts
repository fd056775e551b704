import type { Locale } from "../../../platform/i18n/locale.ts";
import type { ItuRegion } from "../../../reference/data/countries.ts";

// The shapes of the word banks in data/.

export type Lang = Locale;

// Themes: the kinds of project the registry holds, with the Action Lines they belong to and their text in each
// language. t: project types (French and Spanish ones start with their grammatical gender, "m:" or "f:"; Russian
// ones are in the nominative); g: target groups (French and Spanish with their article, Russian in the genitive,
// Arabic in the genitive/accusative form); o: goals (infinitive phrases; Arabic verbal nouns); a: activities (whole
// sentences); u: what the project counts ("more than 5,000 farmers"; Russian genitive plural, Arabic singular,
// Chinese with its measure word).

export interface ThemeText {
  t: readonly string[];
  g: readonly string[];
  o: readonly string[];
  a: readonly string[];
  u: string;
}

export interface Theme {
  key: string;
  w: number;
  /** The first line always applies; the second often; the others sometimes. */
  lines: readonly string[];
  /** SDGs the theme is mostly about (kept only where the matrix links them to the chosen lines). */
  sdgs: readonly number[];
  /** First halves of project brand names ("Agri" + "Link"). */
  brands: readonly string[];
  en: ThemeText;
  fr: ThemeText;
  es: ThemeText;
  ru: ThemeText;
  ar: ThemeText;
  zh: ThemeText;
}

// Sentence templates per language. Placeholders: {type} {Type} {aType} {AType} {theType} {TheType} {thisType}
// {target} {target2} {goal} {goal2} {org} {Org} {partner} {Partner} {donor} {loc} {country} {year} {endYear} {n}
// {unit} {brand} {phase} {species} {tech}, and {e}/{o} for French/Spanish participle agreement. A template is
// used only when all its placeholders have a value, except "{loc?}", which may be empty. {de:x} and {a:x} contract
// the French/Spanish preposition with x's article ("de" + "le Ministère" = "du Ministère").

export type Status = "planned" | "ongoing" | "completed";
export type RareKind = "place" | "pest" | "crop" | "env" | "health" | "tech";

export interface Lexicon {
  targets: readonly string[];
  goals: readonly string[];
  titles: readonly string[];
  summary: Readonly<Record<Status, readonly string[]>>;
  intro: Readonly<Record<Status, readonly string[]>>;
  goal2: readonly string[];
  partner: readonly string[];
  donor: readonly string[];
  results: Readonly<Record<Status, readonly string[]>>;
  focus: readonly string[];
  closing: readonly string[];
  /** Sentences that carry the controlled words; one is added when a text that needs a word lacks it. */
  carriers: readonly string[];
  rare: Readonly<Record<Exclude<RareKind, "place">, readonly string[]>>;
  phases: readonly string[];
  donors: readonly string[];
  regions: Readonly<Record<ItuRegion, string>>;
  world: string;
  /** Native-script project brand names (Russian, Arabic, Chinese); Latin-script languages compose theirs. */
  brands?: readonly string[];
  /** The word that introduces a target group; a type that already has one gets no second one. */
  forWord: string;
  forTemplate: string;
  sentenceJoin: string;
}

export type StakeholderType =
  | "government"
  | "private-sector"
  | "civil-society"
  | "academia"
  | "technical-community"
  | "international-organization";

/** An international organisation: name (gendered for French and Spanish) and the region it works in, if one. */
export type IntlOrg = readonly [string, ItuRegion | null];

export interface OrgBank {
  ministries: readonly string[];
  agencies: readonly string[];
  civilHeads: readonly string[];
  civilTopics: readonly string[];
  companySuffixes: readonly string[];
  legalForms: readonly string[];
  /** Arabic and Chinese company names are built from these words rather than from Latin syllables. */
  companyNames?: readonly string[];
  academia: readonly string[];
  technical: readonly string[];
  intl: readonly IntlOrg[];
  /** Country offices of UN agencies; "{loc}" is "in Kenya" in the language. */
  offices: readonly string[];
}

// Contact names (data/people.ts): Russian, Arabic and Chinese ones with their Latin transliteration.

export type NamePair = readonly [native: string, latin: string];
export type Names = { first: readonly string[]; last: readonly string[] };
