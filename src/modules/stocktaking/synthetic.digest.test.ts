import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { BROAD_WORD, BROAD_WORDS, LANGUAGE_SHARES, RARE_WORDS, syntheticEntries } from "./synthetic.ts";

// The benchmarks (bench/stocktaking.bench.ts, bench/search-ab.bench.ts) and the demo load these entries; their
// results compare only if the data stays the same. A change to the generator or its word banks that alters an
// entry shows here. Change the digests only when new data is meant, and say so with the benchmarks' results.
const sha256 = (parts: Iterable<string>) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(`${part}\n`);
  return hash.digest("hex");
};

function* serialized(count: number, seed: number): Generator<string> {
  for (const entry of syntheticEntries(count, seed)) yield JSON.stringify(entry);
}

describe("synthetic entries stay the same", () => {
  it("the first 1,000 entries of seed 1", () => {
    assert.equal(sha256(serialized(1_000, 1)), "4e34dd2460443e302edaa4d40d7b57b5cea1bd0cb78630cdb63d0f04dbbcf63d");
  });

  it("the first 200 entries of seed 7", () => {
    assert.equal(sha256(serialized(200, 7)), "6180e559429731b6c96ac34ad98f81fbbb1e14bb01e37a917240bcbffcd239b0");
  });

  it("the words the benchmarks search for", () => {
    const words = JSON.stringify({ BROAD_WORD, BROAD_WORDS, LANGUAGE_SHARES, RARE_WORDS });
    assert.equal(sha256([words]), "075da5e7627637df1b50000b08e6435fc023c22dc1562571e4270342b3ed5d46");
  });
});
