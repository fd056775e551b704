// The compact columns search's memory (memory.ts) keeps per facet, and the postings it builds from them.

/**
 * One facet: a dictionary of its values, and each slot's values as a run of value numbers in one shared pool
 * (start and length per slot). A changed slot writes its new run at the end of the pool; the pool is compacted
 * when more than half of it is old runs. Counting a slot's values is a loop over its one to a few numbers.
 */
export class ValueColumn {
  values: string[] = [];
  private numbers = new Map<string, number>();
  start = new Int32Array(0);
  length = new Uint16Array(0);
  /** The slot's first value number (meaningful when its length is at least 1): most slots have exactly one. */
  first = new Uint16Array(0);
  pool = new Uint16Array(1024);
  poolLength = 0;
  private used = 0;

  grow(capacity: number) {
    const start = new Int32Array(capacity);
    start.set(this.start);
    const length = new Uint16Array(capacity);
    length.set(this.length);
    const first = new Uint16Array(capacity);
    first.set(this.first);
    this.start = start;
    this.length = length;
    this.first = first;
  }

  private numberOf(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.values.length;
      if (n > 0xffff) throw new Error("search: more than 65,536 values of one facet");
      this.values.push(value);
      this.numbers.set(value, n);
    }
    return n;
  }

  set(slot: number, values: readonly string[]) {
    this.clear(slot);
    const run = [...new Set(values)].map((v) => this.numberOf(v));
    if (this.poolLength + run.length > this.pool.length) this.makeRoom(run.length);
    this.start[slot] = this.poolLength;
    this.length[slot] = run.length;
    this.first[slot] = run[0] ?? 0;
    this.pool.set(run, this.poolLength);
    this.poolLength += run.length;
    this.used += run.length;
  }

  clear(slot: number) {
    this.used -= this.length[slot] ?? 0;
    this.length[slot] = 0;
  }

  private makeRoom(more: number) {
    const live = this.used + more;
    const compact = this.poolLength > 2 * live;
    const pool = new Uint16Array(Math.max(1024, compact ? 2 * live : 2 * (this.poolLength + more)));
    if (compact) {
      let at = 0;
      for (let slot = 0; slot < this.length.length; slot++) {
        const n = this.length[slot] as number;
        if (n === 0) continue;
        const from = this.start[slot] as number;
        pool.set(this.pool.subarray(from, from + n), at);
        this.start[slot] = at;
        at += n;
      }
      this.poolLength = at;
    } else {
      pool.set(this.pool.subarray(0, this.poolLength));
    }
    this.pool = pool;
  }

  /** 1 for each value number selected; values never seen select nothing. */
  selection(values: readonly string[]): Uint8Array {
    const selected = new Uint8Array(this.values.length);
    for (const value of values) {
      const n = this.numbers.get(value);
      if (n !== undefined) selected[n] = 1;
    }
    return selected;
  }

  /** The slot's values. */
  valuesOf(slot: number): string[] {
    const from = this.start[slot] as number;
    const out: string[] = [];
    for (let i = from; i < from + (this.length[slot] as number); i++)
      out.push(this.values[this.pool[i] as number] as string);
    return out;
  }
}

/** A facet's values' slots: value number → slots[offsets[n] … offsets[n + 1]). */
export interface Postings {
  numbers: Map<string, number>;
  offsets: Int32Array;
  slots: Int32Array;
}
