import { SPECIES, SPECIES_THEMES, TECH, TOWNS } from "./data/rare-words.ts";
import { NAMED } from "./geography.ts";
import { themeByKey } from "./themes.ts";
import type { RareKind } from "./types.ts";

// Rare words: towns, species (genus) and technologies, handed out in turn so each appears, and rarely.

export interface RareWord {
  word: string;
  kind: RareKind;
  /** What the text shows: the town, the binomial or the tool. */
  text: string;
  country: string | null;
  themes: readonly string[] | null;
}

export const RARE: RareWord[] = [];
for (const line of TOWNS.trim().split("\n")) {
  const [code, ...towns] = line.trim().split(/\s+/);
  if (!code || !NAMED.has(code)) throw new Error(`synthetic: towns for unknown country ${code}`);
  for (const town of towns) RARE.push({ word: town, kind: "place", text: town, country: code, themes: null });
}
for (const line of SPECIES.trim().split("\n")) {
  const [kind, ...names] = line.split("|") as ["pest" | "crop" | "env" | "health", ...string[]];
  for (const name of names) {
    RARE.push({ word: name.split(" ")[0] ?? name, kind, text: name, country: null, themes: SPECIES_THEMES[kind] });
  }
}
for (const line of TECH.trim().split("\n")) {
  const [theme, ...tools] = line.split("|") as [string, ...string[]];
  themeByKey(theme);
  for (const tool of tools) RARE.push({ word: tool, kind: "tech", text: tool, country: null, themes: [theme] });
}
{
  const seen = new Set<string>();
  for (const w of RARE) {
    const k = w.word.toLowerCase();
    if (seen.has(k) || !/^[\p{L}\p{N}]+$/u.test(w.word)) throw new Error(`synthetic: bad rare word ${w.word}`);
    seen.add(k);
  }
}

/**
 * Rare words: names of towns (used in English, French and Spanish texts, which are then set in that town), species
 * (genus of a scientific name) and open-source tools; single words, none used anywhere else. About 8% of entries get
 * one, handed out in turn, so in 100,000 entries every one occurs, 8 to 20 times each (well under 0.1%).
 */
export const RARE_WORDS: readonly string[] = RARE.map((w) => w.word);

export const RARE_RATE = 0.08;
