import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { MAX_FORM_FIELDS } from "./input-guard.ts";

const FORM = { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost:3000" };

for (const dialect of await testDialects()) {
  describe(`input refused at the edge [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t?.close());

    test("a control character in a query string is a 400 naming the parameter, page or JSON", async () => {
      for (const path of ["/organizations?q=a%00b", "/stocktaking?q=a%07b", "/organizations?q=%C2%85"]) {
        const res = await t.request(path, { headers: { "accept-language": "fr" } });
        assert.equal(res.status, 400, path);
        const body = await res.text();
        assert.match(body, /«\sq\s» contient un caractère de contrôle/, path);
      }
      const api = await t.request("/api/v1/stocktaking/entries?q=a%00b");
      assert.equal(api.status, 400);
      const json = (await api.json()) as { error: { code: string; field: string } };
      assert.deepEqual([json.error.code, json.error.field], ["control_character", "q"]);
      // Tab, line feed and carriage return are text; so is everything beyond the control ranges.
      assert.equal((await t.request("/organizations?q=a%09b%0A%C3%A9")).status, 200);
    });

    test("a control character in a form field is a 400 naming the field, before anything is written", async () => {
      const res = await t.request("/account/signup", {
        method: "POST",
        headers: FORM,
        body: new URLSearchParams({
          displayName: "Amina\u0000Diallo",
          email: "nul@example.org",
          password: "correct horse battery staple",
          preferredLocale: "en",
        }).toString(),
      });
      assert.equal(res.status, 400);
      assert.match(await res.text(), /“displayName” contains a control character/);
      const users = await t.handle.db.selectFrom("userAccount").select("id").execute();
      assert.equal(users.length, 0);
    });

    test("a malformed multipart body, sent anonymously, is a 400", async () => {
      for (const [type, body] of [
        ["multipart/form-data; boundary=XYZ", "--XYZ\r\nContent-Disposition: form-data\r\n\r\nbroken"],
        ["multipart/form-data", "no boundary at all"],
        ["multipart/form-data; boundary=XYZ", "not multipart"],
      ] as const) {
        const res = await t.request("/account/signin", {
          method: "POST",
          headers: { "content-type": type, origin: "http://localhost:3000" },
          body,
        });
        assert.equal(res.status, 400, `${type}: ${body}`);
        assert.match(await res.text(), /not a readable form/);
      }
    });

    test("more fields than any form has are refused with 413 before parsing", async () => {
      // 200,000 fields in under 1 MiB, the body limit.
      const many = "a=1&".repeat(200_000);
      const res = await t.request("/account/signin", { method: "POST", headers: FORM, body: many });
      assert.equal(res.status, 413);
      assert.match(await res.text(), /more fields than the platform accepts/);
      const boundary = "B0UNDARY";
      const parts = Array.from(
        { length: MAX_FORM_FIELDS + 1 },
        (_, i) => `--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\n1\r\n`,
      ).join("");
      const multipart = await t.request("/account/signin", {
        method: "POST",
        headers: { "content-type": `multipart/form-data; boundary=${boundary}`, origin: "http://localhost:3000" },
        body: `${parts}--${boundary}--\r\n`,
      });
      assert.equal(multipart.status, 413);
      // A form at the limit is read as usual (here: a sign-in that fails on its merits).
      const atLimit = Array.from({ length: MAX_FORM_FIELDS - 2 }, (_, i) => `f${i}=1`).join("&");
      const ok = await t.request("/account/signin", {
        method: "POST",
        headers: FORM,
        body: `email=a%40b.org&password=wrong&${atLimit}`,
      });
      assert.equal(ok.status, 400);
    });
  });
}
