import { CYR_LAT, LAT_CYR } from "./data/transliteration.ts";
import type { Lang } from "./types.ts";

// Small text helpers: capitals, grammatical gender and articles, transliteration, numbers, counts of countries.

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  const second = s.charAt(1);
  if (second && second === second.toUpperCase() && second !== second.toLowerCase()) return s; // "SMS-…", "ИКТ"
  if (/^[A-Za-z]/.test(s)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function gendered(s: string): { g: "m" | "f"; text: string } {
  if (s.startsWith("m:") || s.startsWith("f:")) return { g: s.charAt(0) as "m" | "f", text: s.slice(2) };
  return { g: "m", text: s };
}

const FR_VOWEL = /^[aeiouyàâäéèêëîïôöûü]/i;

export function frArticle(text: string, g: "m" | "f"): string {
  if (FR_VOWEL.test(text)) return `l'${text}`;
  return g === "f" ? `la ${text}` : `le ${text}`;
}

export function esArticle(text: string, g: "m" | "f"): string {
  return g === "f" ? `la ${text}` : `el ${text}`;
}

/** French or Spanish "de"/"à"/"a" in front of a noun phrase, contracted with its article. */
export function contract(lang: Lang, prep: "de" | "a", np: string): string {
  if (lang === "fr") {
    if (prep === "de") {
      if (np.startsWith("le ")) return `du ${np.slice(3)}`;
      if (np.startsWith("les ")) return `des ${np.slice(4)}`;
      if (FR_VOWEL.test(np) || /^h/i.test(np)) return `d'${np}`;
      return `de ${np}`;
    }
    if (np.startsWith("le ")) return `au ${np.slice(3)}`;
    if (np.startsWith("les ")) return `aux ${np.slice(4)}`;
    return `à ${np}`;
  }
  if (lang === "es") {
    if (np.startsWith("el ")) return `${prep === "de" ? "del" : "al"} ${np.slice(3)}`;
    return `${prep} ${np}`;
  }
  return np;
}

export function ascii(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

export function translitRu(s: string): string {
  let out = "";
  for (const ch of s.toLowerCase()) out += CYR_LAT[ch] ?? ch;
  return out;
}

export function cyrillic(latin: string): string {
  let out = "";
  for (const ch of latin.toLowerCase()) out += LAT_CYR[ch] ?? ch;
  return cap(out);
}

function groupDigits(n: number, sep: string, min = 10_000): string {
  const s = String(n);
  if (n < min) return s;
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** "in 4 countries" in the language (Russian and Arabic nouns agree with the number). */
export function inCountries(lang: Lang, k: number): string {
  switch (lang) {
    case "en":
      return k === 2 ? "in two countries" : k === 3 ? "in three countries" : `in ${k} countries`;
    case "fr":
      return k === 2 ? "dans deux pays" : k === 3 ? "dans trois pays" : `dans ${k} pays`;
    case "es":
      return k === 2 ? "en dos países" : k === 3 ? "en tres países" : `en ${k} países`;
    case "ru":
      return k === 2
        ? "в двух странах"
        : k === 3
          ? "в трёх странах"
          : k % 10 === 1 && k % 100 !== 11
            ? "в ряде стран"
            : `в ${k} странах`;
    case "ar":
      return k === 2 ? "في بلدين" : k === 3 ? "في ثلاثة بلدان" : k <= 10 ? `في ${k} بلدان` : `في ${k} بلداً`;
    default:
      return k === 2 ? "两个国家" : k === 3 ? "三个国家" : `${k}个国家`;
  }
}

/** A count of people as the language writes it: "5,000" in English, "12 000" in French, "12.000" in Spanish. */
export function formatNumber(lang: Lang, n: number): string {
  switch (lang) {
    case "en":
      return groupDigits(n, ",", 1000);
    case "fr":
    case "ru":
      return groupDigits(n, "\u00a0");
    case "es":
      return groupDigits(n, ".");
    default:
      return String(n);
  }
}

const SMALL_WORDS = new Set(["a", "an", "the", "and", "or", "for", "of", "in", "on", "to", "with", "by", "at", "from"]);

export function titleCase(s: string): string {
  return s
    .split(" ")
    .map((word, i) =>
      i > 0 && SMALL_WORDS.has(word)
        ? word
        : word.replace(/^(\P{L}*)(\p{L})/u, (_m, p: string, l: string) => p + l.toUpperCase()),
    )
    .join(" ");
}

export function typeVars(lang: Lang, raw: string): Record<string, string> {
  const { g, text } = gendered(raw);
  switch (lang) {
    case "en": {
      const a = /^[aeiou]/i.test(text) && !/^(uni|use|one|eu)/i.test(text) ? "an" : "a";
      return {
        type: text,
        Type: cap(text),
        aType: `${a} ${text}`,
        AType: cap(`${a} ${text}`),
        theType: `the ${text}`,
        TheType: `The ${text}`,
        thisType: `this ${text}`,
      };
    }
    case "fr": {
      const the = frArticle(text, g);
      return {
        type: text,
        Type: cap(text),
        aType: `${g === "f" ? "une" : "un"} ${text}`,
        AType: `${g === "f" ? "Une" : "Un"} ${text}`,
        theType: the,
        TheType: cap(the),
        thisType: `${g === "f" ? "cette" : FR_VOWEL.test(text) ? "cet" : "ce"} ${text}`,
        e: g === "f" ? "e" : "",
      };
    }
    case "es": {
      return {
        type: text,
        Type: cap(text),
        aType: `${g === "f" ? "una" : "un"} ${text}`,
        AType: `${g === "f" ? "Una" : "Un"} ${text}`,
        theType: `${g === "f" ? "la" : "el"} ${text}`,
        TheType: `${g === "f" ? "La" : "El"} ${text}`,
        thisType: `${g === "f" ? "esta" : "este"} ${text}`,
        o: g === "f" ? "a" : "o",
      };
    }
    case "ru":
      return { type: lowerFirst(text), Type: text };
    default:
      return { type: text, Type: text };
  }
}
