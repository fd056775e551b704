/**
 * Text as the search index and the search box both see it. The same function prepares the indexed text and what a
 * person typed, so the two always agree, whichever database runs the search.
 *
 * - Lower case, NFC (so "é" typed as e + combining accent is the same letter as the precomposed one).
 * - Chinese: neither FTS5's unicode61 nor PostgreSQL's parser splits a run of Han characters into words, so
 *   "数字教育平台" would be one token and "教育" would never match it. ICU's dictionary segmenter
 *   (Intl.Segmenter, no dependency) splits the run into words, separated by spaces.
 * - Arabic: short vowels, shadda, sukun and tatweel are dropped and hamza-carrying alef forms are read as
 *   alef, as Arabic search engines do: most people type without them. Russian ё is read as е.
 * - Everything but letters, digits and combining marks becomes a space. Both databases would split there
 *   anyway; doing it here keeps PostgreSQL's parser from reading "e-learning" or an e-mail address as compound
 *   tokens the other database does not have.
 *
 * Latin accents are left to the database (unicode61 remove_diacritics 2; unaccent), by design of the schema.
 */

const zh = new Intl.Segmenter("zh", { granularity: "word" });
const HAN_RUN = /\p{Script=Han}+/gu;
const ARABIC_MARKS = /[\u0640\u064B-\u065F\u0670]/g;
const ARABIC_ALEF = /[\u0622\u0623\u0625\u0671]/g;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Puts a space between the Chinese words of every run of Han characters. */
export function segmentHan(text: string): string {
  return text.replace(HAN_RUN, (run) => {
    const words: string[] = [];
    for (const { segment } of zh.segment(run)) words.push(segment);
    return ` ${words.join(" ")} `;
  });
}

/** The text the index stores for one field, and the form each query word is compared in. */
export function searchableText(text: string): string {
  const folded = text
    .normalize("NFC")
    .toLowerCase()
    .replace(ARABIC_MARKS, "")
    .replace(ARABIC_ALEF, "\u0627")
    .replaceAll("ё", "е");
  return segmentHan(folded).replace(NOT_WORD, " ").trim();
}

/**
 * What a person typed, as words that must all occur and phrases whose words must occur adjacent and in order.
 * Every token holds only letters, digits and marks: nothing typed reaches the database as query syntax.
 */
export interface SearchTerms {
  words: string[];
  phrases: string[][];
}

/** Bounds the work one query can ask for; longer input is cut, not refused. */
const MAX_QUERY_CHARS = 500;
const MAX_TERMS = 24;
/** PostgreSQL refuses a tsquery word over 2,047 bytes; no real word is near this. */
const MAX_TOKEN_CHARS = 100;
/** Straight and typographic quotation marks, including French guillemets and Chinese corner brackets. */
// Written as escapes: one character outside ASCII would make the whole server bundle a two-byte string in memory.
const QUOTE = /["\u201C\u201D\u201E\u00AB\u00BB\u300C\u300D]/u;

function tokens(text: string): string[] {
  return searchableText(text)
    .split(" ")
    .filter((t) => t.length <= MAX_TOKEN_CHARS && HAS_LETTER_OR_DIGIT.test(t));
}

/**
 * Reads the search box. Text between a pair of quotation marks is a phrase; an unclosed quotation mark is
 * ignored (what follows it is read as words); operators, wildcards, column names and brackets are dropped with
 * the other punctuation, so they match as the words they contain. Null when nothing searchable is left.
 */
export function parseSearchText(text: string | undefined): SearchTerms | null {
  if (!text) return null;
  const parts = text.slice(0, MAX_QUERY_CHARS).split(QUOTE);
  const words = new Set<string>();
  const phrases: string[][] = [];
  let budget = MAX_TERMS;
  parts.forEach((part, i) => {
    const found = tokens(part).slice(0, Math.max(0, budget));
    budget -= found.length;
    // Odd parts follow an opening mark; the last one is quoted only if a closing mark follows it.
    const quoted = i % 2 === 1 && i < parts.length - 1;
    if (quoted && found.length > 1) phrases.push(found);
    else for (const word of found) words.add(word);
  });
  if (words.size === 0 && phrases.length === 0) return null;
  return { words: [...words], phrases };
}
