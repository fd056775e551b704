import { chance, pickCumulative, type Rng, weighted } from "./random.ts";
import type { Status } from "./types.ts";

// Dates: when an entry was published, when its project started and ended; how many people it reached.

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const MIN_START = Date.UTC(2005, 0, 1);
const MAX_START = Date.UTC(2026, 11, 31);
const PUBLISHED_END = Date.UTC(2026, 10, 1);
const PUB_YEARS = weighted(
  Array.from({ length: 17 }, (_, i) => [2010 + i, 1.17 ** i * (i === 16 ? 304 / 365 : 1)] as const),
);

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function between(r: Rng, lo: number, hi: number): number {
  return lo + Math.floor(r() * Math.max(0, hi - lo));
}

export function datesFor(r: Rng, status: Status): { published: number; start: number; end: number | null } {
  const year = pickCumulative(r, PUB_YEARS.items, PUB_YEARS.cum);
  const published = between(r, Date.UTC(year, 0, 1), year === 2026 ? PUBLISHED_END : Date.UTC(year + 1, 0, 1));
  if (status === "planned") {
    const start = Math.min(MAX_START, published + between(r, 30 * DAY, 540 * DAY));
    return { published, start, end: chance(r, 0.3) ? start + between(r, YEAR, 4 * YEAR) : null };
  }
  if (status === "ongoing") {
    const start = Math.max(MIN_START, published - between(r, 0, 6 * YEAR));
    const end = chance(r, 0.35) ? Math.max(published + between(r, 90 * DAY, 4 * YEAR), start + YEAR) : null;
    return { published, start, end };
  }
  // A completed project ran for at least a year, so its start and end years differ.
  const start = Math.max(MIN_START, published - between(r, YEAR + DAY, 8 * YEAR));
  const end = start + between(r, YEAR, Math.min(published - start, 6 * YEAR));
  return { published, start, end };
}

/** A count of people reached, rounded the way projects report them (2 significant digits). */
export function beneficiaries(r: Rng): number {
  const raw = Math.exp(Math.log(50) + r() * (Math.log(200_000) - Math.log(50)));
  const mag = 10 ** Math.max(0, Math.floor(Math.log10(raw)) - 1);
  return Math.round(raw / mag) * mag;
}
