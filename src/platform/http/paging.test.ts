import assert from "node:assert/strict";
import { test } from "node:test";
import { pageOf } from "./paging.ts";

test("pageOf: pages that exist are kept; past the end is the last page, below it the first, each said", () => {
  assert.deepEqual(pageOf(undefined, 120, 50), { page: 1, pages: 3 });
  assert.deepEqual(pageOf("2", 120, 50), { page: 2, pages: 3 });
  assert.deepEqual(pageOf("4", 120, 50), { page: 3, pages: 3, outOfRange: "4" });
  assert.deepEqual(pageOf("99999999999999999999", 120, 50), { page: 3, pages: 3, outOfRange: "99999999999999999999" });
  assert.deepEqual(pageOf("0", 120, 50), { page: 1, pages: 3, outOfRange: "0" });
  assert.deepEqual(pageOf("-1", 120, 50), { page: 1, pages: 3, outOfRange: "-1" });
  assert.deepEqual(pageOf("1e3", 120, 50), { page: 1, pages: 3, outOfRange: "1e3" });
  assert.deepEqual(pageOf("1", 0, 50), { page: 1, pages: 1 });
  assert.equal(pageOf("x".repeat(10_000), 0, 50).outOfRange?.length, 30);
});
