import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { signedUp } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import type { Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";

for (const dialect of await testDialects()) {
  describe(`the country picker [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let owner: Visitor;
    before(async () => {
      t = await buildTestApp(dialect);
      owner = await signedUp(t, "owner@example.org");
    });
    after(() => t?.close());

    test("the entry form offers countries as checkboxes in a fieldset, not a multiple select", async () => {
      const html = await (await owner.get("/stocktaking/new?lang=en")).text();
      assert.doesNotMatch(html, /<select id="countries"/);
      assert.doesNotMatch(html, /Ctrl/);
      assert.match(html, /<fieldset class="field checkboxes country-picker" id="countries"/);
      assert.match(
        html,
        /<input type="checkbox" id="countries-ML" name="countries" value="ML"\/> <label for="countries-ML">Mali<\/label>/,
      );
      const boxes = [...html.matchAll(/name="countries" value="/g)].length;
      assert.ok(boxes > 200, `${boxes} countries`);
      // The filter box waits for the script; the script is served from our origin (the CSP allows no inline one).
      assert.match(html, /<div class="country-picker__filter" hidden="">/);
      assert.match(html, /<script src="\/static\/js\/country-picker\.js" defer=""><\/script>/);
      const js = await t.request("/static/js/country-picker.js");
      assert.equal(js.status, 200);
      assert.match(js.headers.get("content-type") ?? "", /javascript/);
    });

    test("ticked countries are sent, and shown again ticked and named when the form comes back", async () => {
      const body = new URLSearchParams({
        title: "",
        summary: "s",
        organizationName: "Org",
        language: "en",
        intent: "save",
      });
      body.append("countries", "ML");
      body.append("countries", "NE");
      const res = await t.request("/stocktaking/new?lang=en", {
        method: "POST",
        body: body.toString(),
        headers: {
          ...owner.headers,
          "content-type": "application/x-www-form-urlencoded",
          origin: "http://localhost:3000",
          cookie: [...owner.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
        },
      });
      assert.equal(res.status, 400, "a title is needed");
      const html = await res.text();
      assert.match(html, /value="ML" checked=""/);
      assert.match(html, /value="NE" checked=""/);
      assert.match(
        html,
        /<p class="country-picker__chosen" id="countries-chosen" aria-live="polite">Chosen: Mali and Niger<\/p>/,
      );
      const fr = await (await owner.get("/stocktaking/new?lang=fr")).text();
      assert.match(fr, /Trouver un pays/);
    });
  });
}
