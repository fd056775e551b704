import matrixFile from "../../../reference/data/wsis-sdg-matrix.json" with { type: "json" };
import { THEMES } from "./data/themes.ts";
import { at, chance, cumulative, pick, pickCumulative, type Rng, weighted } from "./random.ts";
import type { Theme } from "./types.ts";

// Themes, and the Action Lines, SDGs and targets an entry of a theme lists.

const MATRIX = (matrixFile as { matrix: Record<string, Record<string, readonly string[]>> }).matrix;

const THEME_BY_KEY = new Map(THEMES.map((t) => [t.key, t]));
export const THEME_PICK = weighted(THEMES.map((t) => [t, t.w] as const));

export function themeByKey(key: string): Theme {
  const t = THEME_BY_KEY.get(key);
  if (!t) throw new Error(`synthetic: unknown theme ${key}`);
  return t;
}

/** Per Action Line: the SDGs the matrix links to it, with their targets. */
const LINKS = new Map(
  Object.entries(MATRIX).map(([line, goals]) => [line, Object.entries(goals).map(([g, t]) => [Number(g), t] as const)]),
);

export function linesFor(r: Rng, theme: Theme): string[] {
  const out = [at(theme.lines, 0)];
  const second = theme.lines[1];
  if (second && chance(r, 0.55)) out.push(second);
  for (const line of theme.lines.slice(2)) if (out.length < 3 && chance(r, 0.18)) out.push(line);
  return out;
}

/** SDGs and targets that the WSIS–SDG matrix links to the entry's Action Lines, favouring the theme's own goals. */
export function sdgsFor(r: Rng, lines: readonly string[], theme: Theme): { sdgs: number[]; targets: string[] } {
  const linked = new Map<number, Set<string>>();
  for (const line of lines) {
    for (const [g, targets] of LINKS.get(line) ?? []) {
      let set = linked.get(g);
      if (!set) {
        set = new Set();
        linked.set(g, set);
      }
      for (const t of targets) set.add(t);
    }
  }
  if (linked.size === 0 || chance(r, 0.07)) return { sdgs: [], targets: [] };
  const chosen = new Set<number>();
  for (const g of theme.sdgs) if (linked.has(g) && chance(r, 0.9)) chosen.add(g);
  const keys = [...linked.keys()];
  const extra = pickCumulative(r, [0, 1, 2, 3], cumulative([40, 35, 20, 5]));
  for (let i = 0; i < extra; i++) chosen.add(pick(r, keys));
  if (chosen.size === 0) chosen.add(pick(r, keys));
  const sdgs = [...chosen].sort((a, b) => a - b);
  const targets: string[] = [];
  if (chance(r, 0.8)) {
    for (const g of sdgs)
      for (const t of linked.get(g) ?? []) if (targets.length < 6 && chance(r, 0.4)) targets.push(t);
  }
  return { sdgs, targets };
}
