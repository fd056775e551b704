// Random numbers: a seeded generator and the ways the generator draws from lists.

export type Rng = () => number;

/** mulberry32: a small, fast 32-bit PRNG; good enough for synthetic data. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function mixSeed(seed: number): number {
  let h = Math.imul((Math.trunc(seed) ^ 0x9e3779b9) >>> 0, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function at<T>(list: readonly T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new Error(`synthetic: index ${i} out of range (${list.length})`);
  return v;
}

export function pick<T>(r: Rng, list: readonly T[]): T {
  return at(list, Math.floor(r() * list.length));
}

export function chance(r: Rng, p: number): boolean {
  return r() < p;
}

export function intBetween(r: Rng, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

/** Picks by weight; `weights` is a cumulative table built by `cumulative`. */
export function pickCumulative<T>(r: Rng, items: readonly T[], cum: readonly number[]): T {
  const total = at(cum, cum.length - 1);
  const x = r() * total;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(cum, mid) > x) hi = mid;
    else lo = mid + 1;
  }
  return at(items, lo);
}

export function cumulative(weights: readonly number[]): number[] {
  let s = 0;
  return weights.map((w) => {
    s += w;
    return s;
  });
}

export function weighted<T>(pairs: readonly (readonly [T, number])[]): { items: T[]; cum: number[] } {
  return { items: pairs.map((p) => p[0]), cum: cumulative(pairs.map((p) => p[1])) };
}

export function shuffle<T>(r: Rng, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const a = at(out, i);
    out[i] = at(out, j);
    out[j] = a;
  }
  return out;
}
