import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";

// Left-to-right values in Arabic pages are isolated, so "https://example.org" never reads "//:https".
for (const dialect of await testDialects()) {
  describe(`left-to-right values in right-to-left pages [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t?.close());

    test("address, web and phone fields are left to right whatever the page's direction", async () => {
      const html = await (await t.request("/account/signup?lang=ar")).text();
      assert.match(html, /<html lang="ar" dir="rtl"/);
      assert.match(html, /<input id="email" name="email" type="email"[^>]* dir="ltr"/);
      assert.doesNotMatch(html, /<input id="displayName"[^>]* dir="ltr"/, "a name keeps the page's direction");
    });

    test("an address said inside an Arabic sentence is isolated", async () => {
      const res = await new Visitor(t).post("/account/forgot?lang=ar", { email: "someone@example.org" });
      assert.equal(res.status, 200);
      assert.match(await res.text(), /\u2066someone@example\.org\u2069/);
      const signup = await new Visitor(t).post("/account/signup?lang=ar", {
        displayName: "أمينة",
        email: "amina@example.org",
        password: "correct horse battery staple",
        preferredLocale: "ar",
      });
      assert.match(await signup.text(), /\u2066amina@example\.org\u2069/);
    });

    test("codes, keyboard input and sample output are isolated left to right by the stylesheet", async () => {
      const css = await (await t.request("/static/css/app.css")).text();
      assert.match(css, /\.code-ltr,\s*code,\s*kbd,\s*samp \{\s*unicode-bidi: isolate;\s*direction: ltr;/);
    });
  });
}
