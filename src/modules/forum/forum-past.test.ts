import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { dstEdition } from "./forum.fixtures.ts";
import { loadEdition } from "./forum.seed.ts";

const SLUG = "dst-test-2025";
const offers = (html: string) => ({
  register: html.includes(`href="/forum/${SLUG}/register"`),
  call: html.includes(`href="/forum/${SLUG}/call"`),
});

for (const dialect of await testDialects()) {
  describe(`past and coming Forum editions [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
      await loadEdition(t.handle.db, dstEdition());
    });
    after(() => t?.close());

    test("the home page's cards include the Forum", async () => {
      const html = await (await t.request("/?lang=en")).text();
      assert.match(html, /<li class="card"><h3><a href="\/forum">Forum<\/a><\/h3><p>The WSIS Forum: /);
      const ar = await (await t.request("/?lang=ar")).text();
      assert.match(ar, /<a href="\/forum">المنتدى<\/a>/);
    });

    test("a past edition offers neither registration nor a call for proposals; a coming one offers both", async () => {
      // The edition ran in October 2025 in Geneva: move the clock to after its last day there, then before it.
      const at = (iso: string) => t.clock.advance(Date.parse(iso) - t.clock.now().getTime());
      at("2025-10-28T12:00:00Z");
      for (const path of [`/forum/${SLUG}/programme?lang=en`, "/forum?lang=en", `/forum/${SLUG}/speakers?lang=en`]) {
        assert.deepEqual(offers(await (await t.request(path)).text()), { register: false, call: false }, path);
      }
      at("2025-10-27T20:00:00Z"); // its last day, still, in Geneva
      assert.deepEqual(offers(await (await t.request(`/forum/${SLUG}/programme?lang=en`)).text()), {
        register: true,
        call: true,
      });
      at("2025-09-01T00:00:00Z");
      for (const path of [`/forum/${SLUG}/programme?lang=en`, "/forum?lang=en"]) {
        assert.deepEqual(offers(await (await t.request(path)).text()), { register: true, call: true }, path);
      }
    });
  });
}
