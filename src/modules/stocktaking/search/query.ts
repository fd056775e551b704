import type { IndexKey, SearchMemory } from "./memory.ts";
import { FACETS, type Facet, type SearchQuery, type SearchResult } from "./search.ts";
import { parseSearchText, type SearchTerms } from "./segment.ts";

// What a search means, evaluated over the in-memory facet columns (memory.ts): which entries pass the text and
// the filters, every facet's counts, and the order of the hits. The database's text index has already said
// which entries match the words; only the page of hits is read from the database afterwards.

export interface SearchPlan {
  terms: SearchTerms | null;
  /** Each selected facet's values, cleaned; an empty list matches nothing (every value given was invalid). */
  filters: [Facet, (string | number)[]][];
  sort: "relevance" | "newest";
}

/** A facet may select at most this many values (there are 249 countries). */
const MAX_VALUES = 300;
const NUMERIC_FACETS: ReadonlySet<Facet> = new Set<Facet>(["sdg", "year"]);

export function planOf(query: SearchQuery): SearchPlan {
  const terms = parseSearchText(query.text);
  const filters: SearchPlan["filters"] = [];
  for (const facet of FACETS) {
    const given = query.filters[facet];
    if (!given || given.length === 0) continue;
    const unique = [...new Set(given.slice(0, MAX_VALUES).map((v) => String(v).trim()))];
    const values = NUMERIC_FACETS.has(facet)
      ? unique.filter((v) => /^\d{1,4}$/.test(v)).map(Number)
      : unique.filter((v) => v.length > 0 && v.length <= 100);
    filters.push([facet, values]);
  }
  return { terms, filters, sort: terms && query.sort === "relevance" ? "relevance" : "newest" };
}

/** The entries that pass the text and every filter, with the total and the facet counts. */
export interface Evaluation {
  total: number;
  facets: SearchResult["facets"];
  /** 1 for every slot that passes. */
  passes: Uint8Array;
}

const natural = new Intl.Collator("en", { numeric: true });

/**
 * One pass over the candidates (the text's matches, or every entry). An entry that passes every filter counts in
 * the total and in every facet; one that fails exactly one facet's selection counts in that facet only, so a
 * facet's counts are those of the text and the other facets' selections, and a choice never hides its siblings.
 */
export function evaluate(memory: SearchMemory, plan: SearchPlan, matched: IndexKey[] | null): Evaluation {
  const { columns } = memory;
  const size = memory.size;
  const alive = memory.alive;
  // Plain arrays of the columns' words, read in the loop without property lookups.
  const counted = FACETS.map((facet) => ({ facet, column: columns[facet] }));
  const data = counted.map(({ column }) => column.data);
  const words = counted.map(({ column }) => column.words);
  const counts = counted.map(({ column }) => new Int32Array(column.words * 32));
  const filterAt = plan.filters.map(([facet]) => FACETS.indexOf(facet));
  const masks = plan.filters.map(([facet, values]) => columns[facet].selection(values.map(String)));
  const passes = new Uint8Array(size);
  let total = 0;

  /** Adds the slot's values of facet f to its counts. */
  const count = (f: number, slot: number) => {
    const w = words[f] as number;
    const d = data[f] as Uint32Array;
    const tally = counts[f] as Int32Array;
    const base = slot * w;
    for (let k = 0; k < w; k++) {
      let word = d[base + k] as number;
      while (word !== 0) {
        const low = word & -word;
        const at = (k << 5) + 31 - Math.clz32(low);
        tally[at] = (tally[at] as number) + 1;
        word ^= low;
      }
    }
  };
  /** Whether the slot has a value of filter i's selection. */
  const has = (i: number, slot: number) => {
    const f = filterAt[i] as number;
    const w = words[f] as number;
    const d = data[f] as Uint32Array;
    const mask = masks[i] as Uint32Array;
    const base = slot * w;
    for (let k = 0; k < w; k++) if (((d[base + k] as number) & (mask[k] as number)) !== 0) return true;
    return false;
  };
  const filterCount = masks.length;
  const facetCount = counted.length;
  const visit = (slot: number) => {
    let fails = 0;
    for (let i = 0; i < filterCount; i++) if (!has(i, slot)) fails |= 1 << i;
    if (fails === 0) {
      total++;
      passes[slot] = 1;
      for (let f = 0; f < facetCount; f++) count(f, slot);
    } else if ((fails & (fails - 1)) === 0) {
      count(filterAt[31 - Math.clz32(fails)] as number, slot);
    }
  };

  if (matched) {
    for (const slot of memory.slotsOf(matched)) visit(slot);
  } else {
    for (let slot = 0; slot < size; slot++) if (alive[slot]) visit(slot);
  }

  const facets = {} as SearchResult["facets"];
  counted.forEach(({ facet, column }, f) => {
    const list: { value: string; count: number }[] = [];
    const tally = counts[f] as Int32Array;
    for (let i = 0; i < tally.length; i++) {
      const count = tally[i] ?? 0;
      if (count > 0) list.push({ value: column.values[i] as string, count });
    }
    list.sort((a, b) => b.count - a.count || natural.compare(a.value, b.value));
    facets[facet] = list;
  });
  return { total, facets, passes };
}

/** The passing slots newest first, from `skip` on, at most `limit` of them. */
export function newest(memory: SearchMemory, passes: Uint8Array, skip: number, limit: number): number[] {
  const out: number[] = [];
  let skipped = 0;
  const { order, orderLength } = memory;
  for (let i = 0; i < orderLength && out.length < limit; i++) {
    const slot = order[i] as number;
    if (!passes[slot]) continue;
    if (skipped < skip) skipped++;
    else out.push(slot);
  }
  return out;
}

/**
 * Relevance order: the newest `candidates` passing entries ordered by their score (lower first; then newest),
 * then every older passing entry, newest first. Only the candidates are scored, which bounds the cost of a
 * broad word; every entry still has one fixed place, so pages neither repeat nor skip.
 */
export async function ranked(
  memory: SearchMemory,
  passes: Uint8Array,
  candidates: number,
  skip: number,
  limit: number,
  score: (keys: IndexKey[]) => Promise<Map<IndexKey, number>>,
): Promise<number[]> {
  const head = newest(memory, passes, 0, candidates);
  const tail = skip + limit > head.length ? newest(memory, passes, Math.max(head.length, skip), limit) : [];
  if (skip >= head.length) return tail;
  const scores = await score(head.map((slot) => memory.keys[slot] as IndexKey));
  const position = new Map(head.map((slot, i) => [slot, i]));
  const scoreOf = (slot: number) => scores.get(memory.keys[slot] as IndexKey) ?? Number.POSITIVE_INFINITY;
  head.sort((a, b) => scoreOf(a) - scoreOf(b) || (position.get(a) as number) - (position.get(b) as number));
  return [...head.slice(skip, skip + limit), ...tail].slice(0, limit);
}
