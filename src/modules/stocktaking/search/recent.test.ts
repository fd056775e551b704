import assert from "node:assert/strict";
import { test } from "node:test";
import { RecentTexts } from "./recent.ts";

const work = (n: number) => ({ matched: new Int32Array(n) });

test("a text's work is served again while the memory's version stays, and forgotten when it moves on", () => {
  const recent = new RecentTexts(100);
  const internet = work(10);
  recent.set("internet", 1, internet);
  assert.equal(recent.get("internet", 1), internet);
  assert.equal(recent.get("health", 1), undefined);
  assert.equal(recent.get("internet", 2), undefined, "a newer memory forgets every text");
  assert.deepEqual(recent.size, { texts: 0, matches: 0 });
  recent.set("internet", 1, internet);
  assert.equal(recent.get("internet", 2), undefined, "work found before the memory moved on is not kept");
  assert.equal(recent.get("internet", 1), undefined, "nor served to a search that read an older version");
});

test("bounded by the matches and the texts held: the least recently used goes first; one larger than all is not kept", () => {
  const recent = new RecentTexts(30);
  recent.set("a", 1, work(10));
  recent.set("b", 1, work(10));
  recent.set("c", 1, work(10));
  assert.ok(recent.get("a", 1), "a is used again: b is now the oldest");
  recent.set("d", 1, work(5));
  assert.equal(recent.get("b", 1), undefined);
  assert.ok(recent.get("a", 1) && recent.get("c", 1) && recent.get("d", 1));
  assert.deepEqual(recent.size, { texts: 3, matches: 25 });
  recent.set("c", 1, work(12));
  assert.deepEqual(recent.size, { texts: 3, matches: 27 }, "the same text again replaces its work");
  recent.set("huge", 1, work(31));
  assert.equal(recent.get("huge", 1), undefined);
  assert.deepEqual(recent.size, { texts: 3, matches: 27 });

  const few = new RecentTexts(100, 2);
  for (const text of ["a", "b", "c"]) few.set(text, 1, work(1));
  assert.equal(few.get("a", 1), undefined, "at most two texts: the oldest goes");
  assert.deepEqual(few.size, { texts: 2, matches: 2 });

  const none = new RecentTexts(0);
  none.set("a", 1, work(1));
  assert.equal(none.get("a", 1), undefined);
  none.set("empty", 1, work(0));
  assert.ok(none.get("empty", 1), "a text without matches costs nothing to keep");
});
