import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { CATALOGUES } from "../../platform/i18n/i18n.ts";
import { LOCALES } from "../../platform/i18n/locale.ts";

for (const dialect of await testDialects()) {
  describe(`privacy, terms, contact and favicon [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect, { CONTACT_EMAIL: "wsis-desk@example.int", PASSPORT_RETENTION_DAYS: "45" });
    });
    after(() => t?.close());

    test("each page answers in each of the six languages, titled in it", async () => {
      for (const locale of LOCALES) {
        for (const [path, key] of [
          ["/privacy", "legal.privacy.title"],
          ["/terms", "legal.terms.title"],
          ["/contact", "legal.contact.title"],
        ] as const) {
          const res = await t.request(`${path}?lang=${locale}`);
          assert.equal(res.status, 200, `${path} ${locale}`);
          const html = await res.text();
          assert.match(html, new RegExp(`<html lang="${locale}"`));
          assert.ok(html.includes(`<h1>${CATALOGUES[locale][key]}</h1>`), `${path} ${locale}`);
        }
      }
    });

    test("they say what the operator configured: the secretariat's address, how long passports are kept", async () => {
      const contact = await (await t.request("/contact?lang=en")).text();
      assert.match(
        contact,
        /<a href="mailto:wsis-desk@example\.int" dir="ltr"><bdi>wsis-desk@example\.int<\/bdi><\/a>/,
      );
      const privacy = await (await t.request("/privacy?lang=en")).text();
      assert.match(privacy, /erased 45 days after the event ends/);
      assert.match(privacy, /wsis-desk@example\.int/);
      assert.match(privacy, /passport number, its expiry date and your date of birth/);
      assert.match(privacy, /photo/);
      const arabic = await (await t.request("/privacy?lang=ar")).text();
      assert.match(arabic, /\u2066wsis-desk@example\.int\u2069/, "the address is isolated inside Arabic text");
      assert.match(arabic, /بعد 45 يومًا من انتهاء الحدث/);
    });

    test("the footer links them from every page, and sign-up links the privacy notice and the terms", async () => {
      for (const path of ["/?lang=en", "/stocktaking?lang=fr", "/account/signin?lang=zh"]) {
        const html = await (await t.request(path)).text();
        for (const href of ["/privacy", "/terms", "/contact"]) assert.match(html, new RegExp(`href="${href}"`), path);
      }
      const signup = await (await t.request("/account/signup?lang=en")).text();
      assert.match(signup, /<a href="\/privacy">Privacy notice<\/a>/);
      assert.match(signup, /<a href="\/terms">Terms of use<\/a>/);
    });

    test("sign-up promises only what the platform does: no WSIS Prizes vote, in any language", async () => {
      const words = {
        en: /vote|Prize/i,
        fr: /voter|Prix/,
        es: /votar|Premios/,
        ru: /голосов|преми/,
        zh: /投票|奖/,
        ar: /التصويت|جوائز/,
      };
      for (const locale of LOCALES) {
        const intro = CATALOGUES[locale]["account.signup.intro"] ?? "";
        assert.doesNotMatch(intro, words[locale], locale);
        const html = await (await t.request(`/account/signup?lang=${locale}`)).text();
        assert.ok(html.includes(intro), locale);
      }
    });

    test("a favicon, linked from every page and at /favicon.ico where browsers look", async () => {
      const ico = await t.request("/favicon.ico");
      assert.equal(ico.status, 200);
      assert.match(ico.headers.get("content-type") ?? "", /^image\//);
      const bytes = new Uint8Array(await ico.arrayBuffer());
      assert.deepEqual([...bytes.subarray(0, 4)], [0, 0, 1, 0], "an ICO file");
      const svg = await t.request("/static/favicon.svg");
      assert.equal(svg.status, 200);
      assert.match(svg.headers.get("content-type") ?? "", /^image\/svg\+xml/);
      const home = await (await t.request("/")).text();
      assert.match(home, /<link rel="icon" href="\/favicon\.ico" sizes="32x32"\/>/);
      assert.match(home, /<link rel="icon" href="\/static\/favicon\.svg" type="image\/svg\+xml"\/>/);
    });
  });
}
