import { at, type Rng } from "./random.ts";
import type { Lang } from "./types.ts";

export const LANGS: readonly Lang[] = ["en", "fr", "es", "ru", "ar", "zh"];
export const LATIN: ReadonlySet<Lang> = new Set(["en", "fr", "es"]);

// Controlled words: how often the benchmark's broad words appear is decided per entry, not left to chance.

/** A word that occurs in about half of the entries of its language. */
export const BROAD_WORDS: Readonly<Record<Lang, string>> = {
  ar: "الرقمية",
  en: "digital",
  es: "digital",
  fr: "numérique",
  ru: "цифровой",
  zh: "数字",
};

/** A word that occurs in about half of all entries (English, French and Spanish texts use it). */
export const BROAD_WORD = "internet";

export const LANGUAGE_SHARES: Readonly<Record<Lang, number>> = { en: 45, fr: 15, es: 15, ru: 10, ar: 8, zh: 7 };

const LATIN_SHARE = (LANGUAGE_SHARES.en + LANGUAGE_SHARES.fr + LANGUAGE_SHARES.es) / 100;

/** Per language: the controlled words and the share of entries that contain each. */
export const CONTROLLED: Readonly<Record<Lang, readonly { word: string; p: number }[]>> = {
  en: [
    { word: BROAD_WORDS.en, p: 0.5 },
    { word: BROAD_WORD, p: 0.5 / LATIN_SHARE },
  ],
  fr: [
    { word: BROAD_WORDS.fr, p: 0.5 },
    { word: BROAD_WORD, p: 0.5 / LATIN_SHARE },
  ],
  es: [
    { word: BROAD_WORDS.es, p: 0.5 },
    { word: BROAD_WORD, p: 0.5 / LATIN_SHARE },
  ],
  ru: [{ word: BROAD_WORDS.ru, p: 0.5 }],
  ar: [{ word: BROAD_WORDS.ar, p: 0.5 }],
  zh: [{ word: BROAD_WORDS.zh, p: 0.5 }],
};

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const wordRes = new Map<string, RegExp>();

/**
 * Whether `text` contains `word` as a whole word (case-insensitive; letters and digits of any script count as word
 * characters). For Chinese, which is written without spaces, any occurrence counts.
 */
export function containsWord(text: string, word: string): boolean {
  if (/\p{Script=Han}/u.test(word)) return text.includes(word);
  let re = wordRes.get(word);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${escapeRe(word)}(?![\\p{L}\\p{N}\\p{M}])`, "iu");
    wordRes.set(word, re);
  }
  return re.test(text);
}

const maskCache: Record<Lang, Map<string, number>> = {
  ar: new Map(),
  en: new Map(),
  es: new Map(),
  fr: new Map(),
  ru: new Map(),
  zh: new Map(),
};

/** Bit i set: the phrase contains controlled word i of its language. */
export function maskOf(lang: Lang, s: string): number {
  const cache = maskCache[lang];
  let m = cache.get(s);
  if (m === undefined) {
    m = 0;
    const words = CONTROLLED[lang];
    for (let i = 0; i < words.length; i++) if (containsWord(s, at(words, i).word)) m |= 1 << i;
    cache.set(s, m);
  }
  return m;
}

const zipfTables = new Map<number, Float64Array>();

/** 1 / rank^s for ranks 1…256. */
function zipfTable(s: number): Float64Array {
  let t = zipfTables.get(s);
  if (!t) {
    t = new Float64Array(256);
    for (let i = 0; i < t.length; i++) t[i] = 1 / (i + 1) ** s;
    zipfTables.set(s, t);
  }
  return t;
}

const listMasks: Record<Lang, WeakMap<readonly string[], Uint8Array>> = {
  ar: new WeakMap(),
  en: new WeakMap(),
  es: new WeakMap(),
  fr: new WeakMap(),
  ru: new WeakMap(),
  zh: new WeakMap(),
};

/** The controlled-word masks of a (constant) list of phrases, computed once. */
function masksOf(lang: Lang, list: readonly string[]): Uint8Array {
  let m = listMasks[lang].get(list);
  if (!m) {
    m = Uint8Array.from(list, (s) => maskOf(lang, s));
    listMasks[lang].set(list, m);
  }
  return m;
}

/** Zipf-like pick among the phrases of a constant list that contain none of the `forbid` words. */
export function pickFree(r: Rng, lang: Lang, list: readonly string[], forbid: number, s = 0.8): string {
  const masks = masksOf(lang, list);
  const weights = zipfTable(s);
  let total = 0;
  let rank = 0;
  for (let i = 0; i < list.length; i++) if (((masks[i] ?? 0) & forbid) === 0) total += weights[rank++] ?? 0;
  if (total === 0) throw new Error(`synthetic: no allowed phrase among ${JSON.stringify(list.slice(0, 3))}…`);
  let x = r() * total;
  rank = 0;
  let last = "";
  for (let i = 0; i < list.length; i++) {
    if (((masks[i] ?? 0) & forbid) !== 0) continue;
    last = at(list, i);
    x -= weights[rank++] ?? 0;
    if (x < 0) return last;
  }
  return last;
}

/** Zipf-like pick among the phrases allowed by `ok`: earlier phrases are more common, as in natural text. */
export function pickZipf(r: Rng, list: readonly string[], ok: (s: string) => boolean, s = 0.8): string {
  const weights = zipfTable(s);
  let total = 0;
  let rank = 0;
  for (const item of list) if (ok(item)) total += weights[rank++] ?? 0;
  if (total === 0) throw new Error(`synthetic: no allowed phrase among ${JSON.stringify(list.slice(0, 3))}…`);
  let x = r() * total;
  rank = 0;
  let last = "";
  for (const item of list) {
    if (!ok(item)) continue;
    last = item;
    x -= weights[rank++] ?? 0;
    if (x < 0) return item;
  }
  return last;
}
