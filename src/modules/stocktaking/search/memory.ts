import type SQLite from "better-sqlite3";
import type { Kysely, RawBuilder } from "kysely";
import { type Database, sqliteConnectionOf } from "../../../db/database.ts";
import { type Postings, ValueColumn } from "./columns.ts";
import { sortedLists } from "./projection.ts";
import {
  allDocValues,
  allLinkValues,
  changesSince,
  type DocRow,
  type DocSelection,
  docIdsAfter,
  docsWithLinks,
  type LinkValues,
  logPosition,
} from "./search.repository.ts";
import type { Facet } from "./search.ts";

export { pruneSearchChanges } from "./search.repository.ts";

// The facts search filters, counts and orders on, held by each app instance in compact columns (columns.ts): a
// facet's values as bits (a dictionary of the values and a few 32-bit words per entry), the publication time for
// the order, and the newest-first order itself. Counting seven facets over 50,000 matches is then a loop over typed arrays (about
// a millisecond) instead of hundreds of thousands of link-table probes (the SQL that did it took 250–350 ms at
// 100,000 entries: bench/README.md).
//
// The database stays the truth. Every change to the search index is logged in stocktaking_search_change (by
// triggers: migration 0005) in commit order; before each search an instance reads the log after the last row it
// has seen and reloads those entries, so an instance sees every change committed before its search began, and
// several instances behind a load balancer agree (the SQL of the log and of the loads: search.repository.ts). The
// words stay in the database's own text index (FTS5 / tsvector), which answers with index keys that the columns map
// to their slots.

/** What the text index calls an entry: the FTS5 rowid on SQLite, the integer `key` column on PostgreSQL. */
export type IndexKey = number;

const FACET_NAMES: readonly Facet[] = ["actionLine", "sdg", "region", "country", "stakeholderType", "status", "year"];
const FULL_LOAD_CHUNK = 5000;
const CHANGED_CHUNK = 500;

/** The facet columns and the order; see the top of this file. */
export class SearchMemory {
  private capacity = 0;
  private slots = 0;
  entryIds: string[] = [];
  private publishedAt: string[] = [];
  keys: IndexKey[] = [];
  alive = new Uint8Array(0);
  private slotByEntry = new Map<string, number>();
  /** The keys in a sorted array (with their slots), merged with the index's sorted matches. */
  private sortedKeys = new Float64Array(0);
  private sortedSlots = new Int32Array(0);
  private sortedLength = 0;
  /** Incremented on every change: what may be cached from the columns is cached against it. */
  version = 0;
  readonly columns: Record<Facet, ValueColumn>;
  /** Live slots, newest first (publication time, then entry id, both descending). */
  order = new Int32Array(0);
  orderLength = 0;
  /** Each live slot's place in `order`, built when first asked for after the order changed (see ranks()). */
  private rankOfSlot = new Int32Array(0);
  private ranksValid = false;
  private lastSeq = 0;
  private loaded = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Kysely<Database>,
    /** A select of key, entry_id, published_at, stakeholder_type_code, project_status, start_year from the index's table, aliased d. */
    private readonly docs: RawBuilder<unknown>,
  ) {
    this.columns = Object.fromEntries(FACET_NAMES.map((f) => [f, new ValueColumn()])) as Record<Facet, ValueColumn>;
  }

  get size(): number {
    return this.slots;
  }

  /** The live slots of these keys (unknown keys skipped). The keys must be ascending, as the index gives them. */
  slotsOf(keys: IndexKey[]): Int32Array {
    const out = new Int32Array(keys.length);
    let n = 0;
    // A merge of two ascending lists: linear, with no hashing of 50,000 large numbers.
    const sorted = this.sortedKeys;
    const sortedLength = this.sortedLength;
    const { alive, sortedSlots } = this;
    let j = 0;
    let previous = Number.NEGATIVE_INFINITY;
    // Few keys (a rare word): a binary search for each; many: one walk along both lists.
    const search = keys.length * 20 < sortedLength;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      if (key <= previous) throw new Error("search: index keys must be ascending");
      previous = key;
      if (search) j = Math.max(j, this.keyAt(key));
      else while (j < sortedLength && (sorted[j] as number) < key) j++;
      if (j < sortedLength && sorted[j] === key) {
        const slot = sortedSlots[j] as number;
        out[n] = slot;
        n += alive[slot] as number;
      }
    }
    return out.subarray(0, n);
  }

  private keyAt(key: number): number {
    let low = 0;
    let high = this.sortedLength;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.sortedKeys[mid] as number) < key) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private setKey(slot: number, key: IndexKey | undefined, keepSorted: boolean) {
    const old = this.keys[slot];
    if (old === key) return;
    if (old !== undefined) {
      const at = this.keyAt(old);
      if (this.sortedKeys[at] === old) {
        this.sortedKeys.copyWithin(at, at + 1, this.sortedLength);
        this.sortedSlots.copyWithin(at, at + 1, this.sortedLength);
        this.sortedLength--;
      }
    }
    if (key === undefined) {
      this.keys[slot] = undefined as unknown as IndexKey;
      return;
    }
    this.keys[slot] = key;
    if (this.sortedLength === this.sortedKeys.length) {
      const grown = Math.max(1024, this.sortedKeys.length * 2);
      const keys = new Float64Array(grown);
      keys.set(this.sortedKeys);
      const slots = new Int32Array(grown);
      slots.set(this.sortedSlots);
      this.sortedKeys = keys;
      this.sortedSlots = slots;
    }
    // Usually the largest key (the newest publication): an append.
    const at = keepSorted ? this.keyAt(key) : this.sortedLength;
    this.sortedKeys.copyWithin(at + 1, at, this.sortedLength);
    this.sortedSlots.copyWithin(at + 1, at, this.sortedLength);
    this.sortedKeys[at] = key;
    this.sortedSlots[at] = slot;
    this.sortedLength++;
  }

  /** An entry's countries (by code), Action Lines (C1 to C11, natural order) and SDGs (ascending). */
  listsOf(slot: number): { countries: string[]; actionLines: string[]; sdgs: number[] } {
    const c = this.columns;
    return sortedLists(c.country.valuesOf(slot), c.actionLine.valuesOf(slot), c.sdg.valuesOf(slot).map(Number));
  }

  private postingsCache = new Map<Facet, Postings & { version: number }>();

  /**
   * Each value's live slots (ascending), built from the column when first asked after a change: a pass over the
   * column, then reused by every search until the next change.
   */
  postings(facet: Facet): Postings {
    const cached = this.postingsCache.get(facet);
    if (cached && cached.version === this.version) return cached;
    const column = this.columns[facet];
    const { start, length, pool } = column;
    const offsets = new Int32Array(column.values.length + 1);
    for (let slot = 0; slot < this.slots; slot++) {
      if (this.alive[slot] !== 1) continue;
      const from = start[slot] as number;
      for (let k = from; k < from + (length[slot] as number); k++) {
        const n = (pool[k] as number) + 1;
        offsets[n] = (offsets[n] as number) + 1;
      }
    }
    for (let n = 1; n < offsets.length; n++) offsets[n] = (offsets[n] as number) + (offsets[n - 1] as number);
    const slots = new Int32Array(offsets[offsets.length - 1] as number);
    const next = offsets.slice(0, -1);
    for (let slot = 0; slot < this.slots; slot++) {
      if (this.alive[slot] !== 1) continue;
      const from = start[slot] as number;
      for (let k = from; k < from + (length[slot] as number); k++) {
        const n = pool[k] as number;
        slots[next[n] as number] = slot;
        next[n] = (next[n] as number) + 1;
      }
    }
    const numbers = new Map(column.values.map((value, n) => [value, n]));
    const built = { version: this.version, numbers, offsets, slots };
    this.postingsCache.set(facet, built);
    return built;
  }

  /** Live entries with at least one value, per facet. */
  stated(): Record<Facet, number> {
    const out = {} as Record<Facet, number>;
    for (const facet of FACET_NAMES) {
      const { length } = this.columns[facet];
      let n = 0;
      for (let slot = 0; slot < this.slots; slot++) if (this.alive[slot] === 1 && (length[slot] as number) > 0) n++;
      out[facet] = n;
    }
    return out;
  }

  /** The slot of a live entry. */
  slotOfEntry(entryId: string): number | undefined {
    return this.slotByEntry.get(entryId);
  }

  /** Brings the columns up to every change committed so far; one sync at a time per instance. */
  sync(): Promise<void> {
    const next = this.queue.then(() => this.syncNow());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async syncNow(): Promise<void> {
    if (!this.loaded) return this.loadAll();
    const rows = await changesSince(this.db, this.lastSeq);
    if (rows.length === 0) return;
    // Rows this instance never saw were pruned: start again from the database.
    if (rows.some((r) => r.entryId === null)) return this.loadAll();
    const changed = [...new Set(rows.map((r) => r.entryId as string))];
    const seq = Math.max(...rows.map((r) => Number(r.seq)));
    for (let i = 0; i < changed.length; i += CHANGED_CHUNK) {
      const ids = changed.slice(i, i + CHANGED_CHUNK);
      const found = await this.loadDocs({ ids });
      for (const id of ids) if (!found.has(id)) this.remove(id);
    }
    this.lastSeq = Math.max(this.lastSeq, seq);
  }

  private async loadAll(): Promise<void> {
    // Where the log stands now (or where it was pruned to, if that is later): everything after it is a change
    // this load may not have seen.
    const seq = await logPosition(this.db);
    this.reset();
    const connection = sqliteConnectionOf(this.db);
    if (connection) this.loadAllFrom(connection);
    else await this.loadAllInChunks();
    this.sortOrder();
    this.lastSeq = seq;
    this.loaded = true;
  }

  /**
   * SQLite: one ordered pass over the index table and one over each link table, each row read as a plain array
   * and dropped: loading 100,000 entries leaves little garbage behind (peak memory is what the CSV export of a
   * freshly started server is measured by).
   */
  private loadAllFrom(connection: SQLite.Database) {
    for (const row of allDocValues(this.db, connection, this.docs)) {
      const [key, entryId, publishedAt, stakeholderTypeCode, projectStatus, startYear] = row;
      this.place({ key, entryId, publishedAt, stakeholderTypeCode, projectStatus, startYear }, false);
    }
    const pass = (rows: Iterable<LinkValues>, apply: (slot: number, values: string[], extra: string[]) => void) => {
      let current: string | null = null;
      let values: string[] = [];
      let extra: string[] = [];
      const flush = () => {
        const slot = current === null ? undefined : this.slotByEntry.get(current);
        if (slot !== undefined) apply(slot, values, extra);
      };
      for (const [entryId, value, more] of rows) {
        if (entryId !== current) {
          flush();
          current = entryId;
          values = [];
          extra = [];
        }
        values.push(String(value));
        if (more !== null && more !== undefined && !extra.includes(more)) extra.push(more);
      }
      flush();
    };
    const c = this.columns;
    pass(allLinkValues(connection, "actionLine"), (slot, values) => c.actionLine.set(slot, values));
    pass(allLinkValues(connection, "sdg"), (slot, values) => c.sdg.set(slot, values));
    pass(allLinkValues(connection, "country"), (slot, values, regions) => {
      c.country.set(slot, values);
      c.region.set(slot, regions);
    });
  }

  /** PostgreSQL: entries a chunk at a time, in entry id order. */
  private async loadAllInChunks(): Promise<void> {
    let after = "";
    for (;;) {
      const ids = await docIdsAfter(this.db, this.docs, after, FULL_LOAD_CHUNK);
      const first = ids[0];
      const last = ids.at(-1);
      if (first === undefined || last === undefined) break;
      await this.loadDocs({ first, last }, false);
      after = last;
      if (ids.length < FULL_LOAD_CHUNK) break;
    }
  }

  /** Loads the selected entries (those still indexed) with their links; returns their ids. */
  private async loadDocs(selection: DocSelection, keepOrder = true): Promise<Set<string>> {
    const { docs, actionLines, sdgs, countries } = await docsWithLinks(this.db, this.docs, selection);
    const lists = new Map<string, { actionLine: string[]; sdg: string[]; country: string[]; region: string[] }>();
    const listsOf = (id: string) => {
      let entry = lists.get(id);
      if (!entry) {
        entry = { actionLine: [], sdg: [], country: [], region: [] };
        lists.set(id, entry);
      }
      return entry;
    };
    for (const row of actionLines) listsOf(row.entryId).actionLine.push(row.value);
    for (const row of sdgs) listsOf(row.entryId).sdg.push(String(row.value));
    for (const row of countries) {
      const entry = listsOf(row.entryId);
      entry.country.push(row.value);
      if (row.region !== null && !entry.region.includes(row.region)) entry.region.push(row.region);
    }
    const found = new Set<string>();
    for (const doc of docs) {
      found.add(doc.entryId);
      this.upsert(doc, lists.get(doc.entryId) ?? { actionLine: [], sdg: [], country: [], region: [] }, keepOrder);
    }
    return found;
  }

  private reset() {
    this.capacity = 0;
    this.slots = 0;
    this.entryIds = [];
    this.publishedAt = [];
    this.keys = [];
    this.alive = new Uint8Array(0);
    this.slotByEntry.clear();
    this.sortedKeys = new Float64Array(0);
    this.sortedSlots = new Int32Array(0);
    this.sortedLength = 0;
    this.version++;
    for (const facet of FACET_NAMES) this.columns[facet] = new ValueColumn();
    this.order = new Int32Array(0);
    this.orderLength = 0;
    this.ranksValid = false;
  }

  private ensureCapacity(slots: number) {
    if (slots <= this.capacity) return;
    const capacity = Math.max(1024, this.capacity * 2, slots);
    const alive = new Uint8Array(capacity);
    alive.set(this.alive);
    this.alive = alive;
    const order = new Int32Array(capacity);
    order.set(this.order.subarray(0, this.orderLength));
    this.order = order;
    for (const facet of FACET_NAMES) this.columns[facet].grow(capacity);
    this.capacity = capacity;
  }

  private upsert(
    doc: DocRow,
    lists: { actionLine: string[]; sdg: string[]; country: string[]; region: string[] },
    keepOrder: boolean,
  ) {
    const slot = this.place(doc, keepOrder);
    const c = this.columns;
    c.actionLine.set(slot, lists.actionLine);
    c.sdg.set(slot, lists.sdg);
    c.country.set(slot, lists.country);
    c.region.set(slot, lists.region);
  }

  /** The entry's slot (a new one for a new entry), key, time and single-valued facets; lists are set apart. */
  private place(doc: DocRow, keepOrder: boolean): number {
    let slot = this.slotByEntry.get(doc.entryId);
    if (slot === undefined) {
      slot = this.slots++;
      this.ensureCapacity(this.slots);
      this.slotByEntry.set(doc.entryId, slot);
      this.entryIds[slot] = doc.entryId;
    } else if (keepOrder) {
      this.unorder(slot);
    }
    // A driver may give a 64-bit integer as a string.
    this.setKey(slot, Number(doc.key), keepOrder);
    this.version++;
    this.publishedAt[slot] = doc.publishedAt;
    this.alive[slot] = 1;
    const c = this.columns;
    c.stakeholderType.set(slot, doc.stakeholderTypeCode === null ? [] : [doc.stakeholderTypeCode]);
    c.status.set(slot, doc.projectStatus === null ? [] : [doc.projectStatus]);
    c.year.set(slot, doc.startYear === null ? [] : [String(Number(doc.startYear))]);
    if (keepOrder) this.reorder(slot);
    return slot;
  }

  private remove(entryId: string) {
    const slot = this.slotByEntry.get(entryId);
    if (slot === undefined) return;
    this.unorder(slot);
    this.slotByEntry.delete(entryId);
    this.setKey(slot, undefined, true);
    this.version++;
    this.alive[slot] = 0;
    for (const facet of FACET_NAMES) this.columns[facet].clear(slot);
  }

  /** Newest first, as a sort comparator of slots. */
  readonly compare = (a: number, b: number): number => (a === b ? 0 : this.before(a, b) ? -1 : 1);

  /**
   * Each live slot's place in `order` (0 = the newest): sorting slots by it is sorting numbers, where the
   * comparator above compares two strings per step. Rebuilt in one pass over the order after a change.
   */
  ranks(): Int32Array {
    if (!this.ranksValid) {
      if (this.rankOfSlot.length < this.capacity) this.rankOfSlot = new Int32Array(this.capacity);
      const { order, rankOfSlot } = this;
      for (let i = 0; i < this.orderLength; i++) rankOfSlot[order[i] as number] = i;
      this.ranksValid = true;
    }
    return this.rankOfSlot;
  }

  /** These live slots newest first, from `skip` on, at most `limit`: sorted by rank, as numbers. */
  newestFirst(slots: ArrayLike<number>, skip = 0, limit = slots.length): number[] {
    const rank = this.ranks();
    const ranked = new Int32Array(slots.length);
    for (let i = 0; i < slots.length; i++) ranked[i] = rank[slots[i] as number] as number;
    ranked.sort();
    const out: number[] = [];
    const to = Math.min(ranked.length, skip + limit);
    for (let i = skip; i < to; i++) out.push(this.order[ranked[i] as number] as number);
    return out;
  }

  /** Whether slot a comes before slot b, newest first. */
  private before(a: number, b: number): boolean {
    const pa = this.publishedAt[a] as string;
    const pb = this.publishedAt[b] as string;
    if (pa !== pb) return pa > pb;
    return (this.entryIds[a] as string) > (this.entryIds[b] as string);
  }

  private sortOrder() {
    const live: number[] = [];
    for (let slot = 0; slot < this.slots; slot++) if (this.alive[slot]) live.push(slot);
    live.sort(this.compare);
    this.order.set(live);
    this.orderLength = live.length;
    this.ranksValid = false;
    // The number keys were appended as loaded: sort them once.
    const byKey = Array.from(this.sortedSlots.subarray(0, this.sortedLength)).sort(
      (a, b) => (this.keys[a] as number) - (this.keys[b] as number),
    );
    byKey.forEach((slot, i) => {
      this.sortedSlots[i] = slot;
      this.sortedKeys[i] = this.keys[slot] as number;
    });
  }

  private unorder(slot: number) {
    const at = this.order.subarray(0, this.orderLength).indexOf(slot);
    if (at < 0) return;
    this.order.copyWithin(at, at + 1, this.orderLength);
    this.orderLength--;
    this.ranksValid = false;
  }

  private reorder(slot: number) {
    let low = 0;
    let high = this.orderLength;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.before(this.order[mid] as number, slot)) low = mid + 1;
      else high = mid;
    }
    this.order.copyWithin(low + 1, low, this.orderLength);
    this.order[low] = slot;
    this.orderLength++;
    this.ranksValid = false;
  }
}
