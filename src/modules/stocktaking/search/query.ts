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
  /** The slots that pass, ascending. */
  passing: Int32Array;
  /** With text: every slot whose text matches, whatever the filters (ascending). */
  matched: Int32Array | null;
}

const natural = new Intl.Collator("en", { numeric: true });

/**
 * The slots flagged 1 (there are `count`), ascending. Without a branch on the flag: at 50,000 of 100,000 slots
 * flagged in no pattern, a branch would be mispredicted every other slot.
 */
function ascending(flags: Uint8Array, count: number): Int32Array {
  const out = new Int32Array(count + 1);
  let n = 0;
  for (let slot = 0; slot < flags.length; slot++) {
    out[n] = slot;
    n += flags[slot] as number;
  }
  return out.subarray(0, Math.min(n, count));
}

/**
 * The candidates that fail no filter (and a flag for each of their slots), and for each filter those that fail it
 * alone. Each list is one typed array of its exact size, counted first.
 */
function split(
  candidates: Int32Array,
  fails: Int32Array,
  filters: number,
  size: number,
): { passing: Int32Array; passes: Uint8Array; failsOnly: Int32Array[] } {
  const passes = new Uint8Array(size);
  if (filters === 0) {
    for (let c = 0; c < candidates.length; c++) passes[candidates[c] as number] = 1;
    return { passing: candidates, passes, failsOnly: [] };
  }
  const sizes = new Int32Array(filters + 1);
  for (let c = 0; c < candidates.length; c++) {
    const failed = fails[c] as number;
    if (failed === 0) sizes[0] = (sizes[0] as number) + 1;
    else if ((failed & (failed - 1)) === 0) {
      const i = 32 - Math.clz32(failed);
      sizes[i] = (sizes[i] as number) + 1;
    }
  }
  const lists = Array.from(sizes, (n) => new Int32Array(n));
  const filled = new Int32Array(lists.length);
  for (let c = 0; c < candidates.length; c++) {
    const failed = fails[c] as number;
    const i = failed === 0 ? 0 : (failed & (failed - 1)) === 0 ? 32 - Math.clz32(failed) : -1;
    if (i < 0) continue;
    const slot = candidates[c] as number;
    if (i === 0) passes[slot] = 1;
    (lists[i] as Int32Array)[filled[i] as number] = slot;
    filled[i] = (filled[i] as number) + 1;
  }
  return { passing: lists[0] as Int32Array, passes, failsOnly: lists.slice(1) };
}

/**
 * The live slots of the text index's keys (ascending, as the index gives them), in slot order: the columns are then
 * read front to back, which at 50,000 matches is several times faster than jumping about them in the index's order.
 */
export function matchedSlots(memory: SearchMemory, keys: IndexKey[]): Int32Array {
  const slots = memory.slotsOf(keys);
  if (slots.length * 64 < memory.size) return slots.sort();
  const flags = new Uint8Array(memory.size);
  for (let i = 0; i < slots.length; i++) flags[slots[i] as number] = 1;
  return ascending(flags, slots.length);
}

/**
 * One pass over the candidates (the text's matches, or every entry). An entry that passes every filter counts in
 * the total and in every facet; one that fails exactly one facet's selection counts in that facet only, so a
 * facet's counts are those of the text and the other facets' selections, and a choice never hides its siblings.
 */
export function evaluate(
  memory: SearchMemory,
  plan: SearchPlan,
  /** The text's matches (`matchedSlots`: live slots in slot order, read only), or null without text. */
  matched: Int32Array | null,
  /** The evaluation without text or filters (cached by the caller): lets filters alone skip most entries. */
  everything?: () => Evaluation,
): Evaluation {
  const { columns } = memory;
  const size = memory.size;

  // 1. The candidates in slot order: the text's matches, or every live entry.
  let candidates: Int32Array;
  if (matched) {
    candidates = matched;
  } else if (plan.filters.length > 0 && everything) {
    // Filters alone: only entries with a selected value of some filter can count anywhere (one that fails two
    // filters counts nowhere, one that fails one counts only in that facet, where it has another filter's value
    // when there are two or more). The entries of each selected value come from the columns' posting lists.
    const flags = new Uint8Array(size);
    let n = 0;
    for (const [facet, values] of plan.filters) {
      const postings = memory.postings(facet);
      for (const value of values) {
        const number = postings.numbers.get(String(value));
        if (number === undefined) continue;
        const to = postings.offsets[number + 1] as number;
        for (let k = postings.offsets[number] as number; k < to; k++) {
          const slot = postings.slots[k] as number;
          if (flags[slot] === 0) {
            flags[slot] = 1;
            n++;
          }
        }
      }
    }
    candidates = ascending(flags, n);
  } else {
    candidates = new Int32Array(size);
    let n = 0;
    for (let slot = 0; slot < size; slot++) if (memory.alive[slot] === 1) candidates[n++] = slot;
    candidates = candidates.subarray(0, n);
  }

  // 2. Which filters each candidate fails, one bit per filter: a facet at a time, each a tight loop.
  const fails = new Int32Array(candidates.length);
  plan.filters.forEach(([facet, values], i) => {
    const column = columns[facet];
    const selected = column.selection(values.map(String));
    const { start, length, first, pool } = column;
    const bit = 1 << i;
    for (let c = 0; c < candidates.length; c++) {
      const slot = candidates[c] as number;
      const values = length[slot] as number;
      let hit = values === 1 && selected[first[slot] as number] === 1;
      if (values > 1) {
        const from = start[slot] as number;
        for (let k = from; k < from + values && !hit; k++) hit = selected[pool[k] as number] === 1;
      }
      if (!hit) fails[c] = (fails[c] as number) | bit;
    }
  });

  // 3. The entries that pass every filter, and for each filter those that fail it alone.
  const { passing, passes, failsOnly } = split(candidates, fails, plan.filters.length, size);
  const total = passing.length;

  // 4. Each facet's counts: an entry that passes every filter counts in every facet; one that fails only this
  //    facet's own selection counts here too, so a facet's counts are those of the text and the other facets'
  //    selections, and a choice never hides its siblings. Each facet reads only the entries that count in it.
  const counted = FACETS.map((facet) => ({ facet, column: columns[facet] }));
  const counts = counted.map(({ facet, column }) => {
    const tally = new Int32Array(column.values.length);
    const { start, length, first, pool } = column;
    const own = plan.filters.findIndex(([f]) => f === facet);
    for (const list of own < 0 ? [passing] : [passing, failsOnly[own] as Int32Array]) {
      for (let c = 0; c < list.length; c++) {
        const slot = list[c] as number;
        const values = length[slot] as number;
        if (values === 1) {
          const n = first[slot] as number;
          tally[n] = (tally[n] as number) + 1;
        } else if (values > 1) {
          const from = start[slot] as number;
          for (let k = from; k < from + values; k++) {
            const n = pool[k] as number;
            tally[n] = (tally[n] as number) + 1;
          }
        }
      }
    }
    return tally;
  });

  const facets = {} as SearchResult["facets"];
  // One filter alone, without text: its own facet counts every entry, which the candidates above do not hold;
  // the registry's own counts are those.
  const alone = !matched && plan.filters.length === 1 && everything ? plan.filters[0]?.[0] : undefined;
  counted.forEach(({ facet, column }, f) => {
    if (facet === alone && everything) {
      facets[facet] = everything().facets[facet];
      return;
    }
    const list: { value: string; count: number }[] = [];
    const tally = counts[f] as Int32Array;
    for (let i = 0; i < tally.length; i++) {
      const count = tally[i] ?? 0;
      if (count > 0) list.push({ value: column.values[i] as string, count });
    }
    list.sort((a, b) => b.count - a.count || natural.compare(a.value, b.value));
    facets[facet] = list;
  });
  return { total, facets, passes, passing, matched: matched ? candidates : null };
}

/**
 * The slots of `list` (flagged in `flags`) that `accept` takes, newest first, from `skip` on, at most `limit`. A
 * short list is sorted on its own; a long one is read off the order of all entries.
 */
function newestOf(
  memory: SearchMemory,
  list: ArrayLike<number>,
  flags: Uint8Array,
  skip: number,
  limit: number,
  accept: (slot: number) => boolean = () => true,
): number[] {
  const { order, orderLength } = memory;
  if (list.length * 16 < orderLength) return memory.newestFirst(Array.from(list).filter(accept), skip, limit);
  const out: number[] = [];
  let skipped = 0;
  for (let i = 0; i < orderLength && out.length < limit; i++) {
    const slot = order[i] as number;
    if (flags[slot] !== 1 || !accept(slot)) continue;
    if (skipped < skip) skipped++;
    else out.push(slot);
  }
  return out;
}

/** The passing slots newest first, from `skip` on, at most `limit` of them. */
export function newest(memory: SearchMemory, found: Evaluation, skip: number, limit: number): number[] {
  // Every entry passes (the registry as first opened, and its later pages): the order itself.
  if (found.total === memory.orderLength) {
    const { order, orderLength } = memory;
    return Array.from(order.subarray(Math.min(skip, orderLength), Math.min(skip + limit, orderLength)));
  }
  return newestOf(memory, found.passing, found.passes, skip, limit);
}

/**
 * Relevance order. The newest `candidates` entries that match the text are the ones scored (a broad word has
 * 50,000 matches; scoring them all would cost more than the rest of the search): those of them that pass the
 * filters come first, by score (lower first; then newest), then every other passing entry, newest first. The
 * scored set depends only on the text, so on SQLite it is one contiguous range of index keys, however the
 * filters thin it out. Every entry has one fixed place in the order, so pages neither repeat nor skip.
 */
export async function ranked(
  memory: SearchMemory,
  found: Evaluation,
  candidates: number,
  skip: number,
  limit: number,
  /** Scores of the scored keys: the newest `candidates` matches of the text, whatever the filters. */
  score: (scored: IndexKey[]) => Promise<Map<IndexKey, number>>,
): Promise<number[]> {
  const matched = found.matched;
  if (!matched) return newest(memory, found, skip, limit);
  let flags = found.passes;
  if (matched.length * 16 >= memory.orderLength) {
    flags = new Uint8Array(memory.size);
    for (const slot of matched) flags[slot] = 1;
  }
  const scored = newestOf(memory, matched, flags, 0, candidates);
  const head = scored.filter((slot) => found.passes[slot] === 1);
  const inHead = new Set(head);
  const tail =
    skip + limit > head.length
      ? newestOf(
          memory,
          found.passing,
          found.passes,
          Math.max(0, skip - head.length),
          limit,
          (slot) => !inHead.has(slot),
        )
      : [];
  if (skip >= head.length) return tail;
  const keyOf = (slot: number) => memory.keys[slot] as IndexKey;
  const scores = await score(scored.map(keyOf));
  const position = new Map(head.map((slot, i) => [slot, i]));
  const scoreOf = (slot: number) => scores.get(memory.keys[slot] as IndexKey) ?? Number.POSITIVE_INFINITY;
  head.sort((a, b) => scoreOf(a) - scoreOf(b) || (position.get(a) as number) - (position.get(b) as number));
  return [...head.slice(skip, skip + limit), ...tail].slice(0, limit);
}
