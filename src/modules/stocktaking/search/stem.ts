import snowball from "snowball-stemmers";
import { arabicStems } from "./arabic.ts";

/**
 * Stems for search: "education" finds "educational", تعليم finds والتعليم, школа finds школах.
 *
 * An entry's words are stemmed in the entry's language where its script is shared (Latin: English, French or
 * Spanish; Snowball's stemmers), and by script where only one of the six languages writes it (Cyrillic: Russian;
 * Arabic: the light stemmer in arabic.ts). Latin words in an Arabic, Russian or Chinese entry are read as English.
 * Chinese has no inflection: its words are segmented (segment.ts) and matched as they are.
 *
 * Each stem is written with its language in front, "en0educ", "fr0educ", "ar0تعليم", after the field's own words
 * and in the same index column (sqlite.ts, postgres.ts), so neither database needs a column or index of its own.
 * The mark keeps three things apart: a stem from a word (nobody types "en0educ"), so a quoted phrase, which is
 * matched on the words alone, stays exact; and the stems of one language from another's, so a French stem is
 * found only in French entries (English "user" is Spanish "us"; it must not find every English "contact us").
 * "0" joins the mark to the stem because both databases keep letters and digits together as one token.
 *
 * A word typed in the search box finds an entry when the entry holds the word itself (as before: accents and case
 * aside, in any language) or when the stem of the word in the entry's language is among the entry's stems. The
 * reader's language plays no part: a typed Latin word is stemmed as English, French and Spanish, each stem looked for
 * in its own language's entries, so a page in Arabic searching "educational" finds what a page in English finds,
 * and a link to a search gives the same results to everyone.
 *
 * Changing a stemmer (another snowball-stemmers release, a rule in arabic.ts) changes the stems an index holds:
 * ship a migration that marks the index for a rebuild, as 0015 does.
 */

export type StemLanguage = "en" | "fr" | "es" | "ru" | "ar";

const LATIN = /^\p{Script=Latin}/u;
const CYRILLIC = /^\p{Script=Cyrillic}/u;
const ARABIC = /^\p{Script=Arabic}/u;

/** Words shorter than this keep only their exact form: no stemmer shortens them, and most are function words. */
const MIN_CHARS = 3;
/** Longer tokens are not words; the search box reads no token over 100 characters (segment.ts). */
const MAX_CHARS = 100;

/** Stems already computed, per language; the vocabulary repeats, and Snowball's port takes 7–20 µs a word. */
const MEMO_SIZE = 50_000;

function memoized(stem: (word: string) => string[]): (word: string) => string[] {
  let memo = new Map<string, string[]>();
  return (word) => {
    let stems = memo.get(word);
    if (!stems) {
      if (memo.size >= MEMO_SIZE) memo = new Map();
      stems = stem(word);
      memo.set(word, stems);
    }
    return stems;
  };
}

function snowballStemmer(algorithm: string): (word: string) => string[] {
  const stemmer = snowball.newStemmer(algorithm);
  return memoized((word) => [stemmer.stem(word)]);
}

const STEMMERS: Record<StemLanguage, (word: string) => string[]> = {
  en: snowballStemmer("english"),
  fr: snowballStemmer("french"),
  es: snowballStemmer("spanish"),
  ru: snowballStemmer("russian"),
  ar: memoized(arabicStems),
};

/** The languages whose stemmer reads a word of this token's script; empty for Han, digits and other scripts. */
function languagesOf(token: string): readonly StemLanguage[] {
  if (token.length < MIN_CHARS || token.length > MAX_CHARS) return [];
  if (LATIN.test(token)) return LATIN_LANGUAGES;
  if (CYRILLIC.test(token)) return ["ru"];
  if (ARABIC.test(token)) return ["ar"];
  return [];
}
const LATIN_LANGUAGES: readonly StemLanguage[] = ["en", "fr", "es"];

function marked(language: StemLanguage, token: string): string[] {
  return STEMMERS[language](token).map((stem) => `${language}0${stem}`);
}

/**
 * The marked stems of one field of an entry in `language`, each once, in the order of the words: the text the
 * index stores after the field's words. `text` is already through searchableText().
 */
export function stemsOf(text: string, language: string): string {
  const latin: StemLanguage = language === "fr" || language === "es" ? language : "en";
  const stems = new Set<string>();
  for (const token of text.split(" ")) {
    const languages = languagesOf(token);
    if (languages.length === 0) continue;
    const own = languages === LATIN_LANGUAGES ? latin : (languages[0] as StemLanguage);
    for (const stem of marked(own, token)) stems.add(stem);
  }
  return [...stems].join(" ");
}

/** The marked stems a typed word (one token of parseSearchText) may have in an entry of any language. */
export function stemAlternatives(word: string): string[] {
  return [...new Set(languagesOf(word).flatMap((language) => marked(language, word)))];
}

/** An entry's field as the index stores it: its words, then their stems. */
export function indexedField(text: string, language: string): string {
  const stems = stemsOf(text, language);
  return stems ? `${text} ${stems}` : text;
}
