import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { dstEdition } from "../src/modules/forum/forum.fixtures.ts";
import { loadEdition } from "../src/modules/forum/forum.seed.ts";
import { signedUpWithRoles } from "./support/accounts.ts";
import { buildTestApp, type TestApp } from "./support/app.ts";
import { Visitor } from "./support/browser-like.ts";
import { testDialects } from "./support/databases.ts";

// Issue 17: a list page given input it cannot use (a page that does not exist, a query over its limit, a filter it
// cannot read) shows the list with a message in the reader's language, never a 400 with the validator's English.

const RAW_VALIDATOR = /Too small|Too big|expected number|at most 200 characters|invalid value|a date like/;

for (const dialect of await testDialects()) {
  describe(`list pages and their input [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let staff: Visitor;
    const reader = () => new Visitor(t);
    const page = async (v: Visitor, path: string, status = 200) => {
      const res = await v.get(path);
      const html = await res.text();
      assert.equal(res.status, status, `${path}: ${html.slice(0, 300)}`);
      assert.doesNotMatch(html, RAW_VALIDATOR, `${path} shows no validator text`);
      return html;
    };

    before(async () => {
      t = await buildTestApp(dialect);
      staff = await signedUpWithRoles(t, "staff@example.org", [{ role: "admin" }, { role: "moderator" }]);
    });
    after(() => t?.close());

    test("Stocktaking search: the first or last page, the query cut, an unread filter left out — each said", async () => {
      const v = reader();
      for (const bad of ["0", "-1", "abc", "99999999"]) {
        const html = await page(v, `/stocktaking?page=${bad}&lang=fr`);
        assert.match(html, new RegExp(`La page ${bad} n’existe pas\\s:\\svoici la page 1 sur 1\\.`), bad);
      }
      const past = await page(v, "/stocktaking?page=31&lang=en");
      assert.match(past, /There is no page 31: showing page 1 of 1\./);
      assert.doesNotMatch(past, /Page 31 of/);
      const long = "éducation ".repeat(30);
      const cut = await page(v, `/stocktaking?q=${encodeURIComponent(long)}&lang=ar`);
      assert.ok(cut.includes("تجاوز نص البحث الحد الأقصى لعدد الأحرف"), "the cut is said in Arabic");
      assert.ok(cut.includes('type="search" value="éducation éducation'), "the search box keeps the query");
      const filtered = await page(v, "/stocktaking?sdg=99&actionLine=C5&lang=es");
      assert.match(filtered, /Una parte de la dirección no se entendió y se omitió: sdg\./);
      assert.match(filtered, /name="actionLine" value="C5"/, "the filters it could read are kept");
    });

    test("organisations: a page past the end is the last, a long query is cut, both said", async () => {
      const v = reader();
      const html = await page(v, "/organizations?page=31&lang=en");
      assert.match(html, /There is no page 31: showing page 1 of 1\./);
      const junk = await page(v, "/organizations?page=x&lang=zh");
      assert.ok(junk.includes("不存在第 x 页：显示第 1 页，共 1 页。"));
      const long = await page(v, `/organizations?q=${"a".repeat(300)}&lang=ru`);
      assert.ok(long.includes("Запрос длиннее допустимого"), "the cut is said in Russian");
    });

    test("admin people, audit and mail queue: the list, with what was left out named", async () => {
      const people = await page(staff, `/admin/people?q=${"x".repeat(300)}&lang=en`);
      assert.match(people, /Your search was longer than 200 characters/);
      const audit = await page(staff, "/admin/audit?from=2025-02-30&lang=fr");
      assert.match(audit, /<a href="#from">/, "the filter it could not use is named");
      const mail = await page(staff, "/admin/mail?status=lost&lang=en");
      assert.match(mail, /<a href="#status">/);
      const queue = await page(staff, "/stocktaking/moderation?page=31&lang=en");
      assert.match(queue, /There is no page 31: showing page 1 of 1\./);
      const unknownState = await page(staff, "/stocktaking/moderation?state=lost&lang=en");
      assert.match(unknownState, /Part of the address was not understood and was left out: state\./);
    });

    test("registrations: a filter the list cannot read is left out and named", async () => {
      await loadEdition(t.handle.db, { ...dstEdition(), slug: "lists-2099", sessions: [] });
      const html = await page(staff, "/forum/lists-2099/registrations?state=lost&attendance=onsite&lang=en");
      assert.match(html, /Part of the address was not understood and was left out: state\./);
      // The accreditation queue and the proposal review queue, the same rule.
      for (const path of ["/forum/lists-2099/accreditation", "/forum/lists-2099/proposals/review"]) {
        assert.match(await page(staff, `${path}?state=lost&lang=en`), /left out: state\./, path);
        assert.doesNotMatch(await page(staff, `${path}?lang=en`), /left out/, path);
      }
    });

    test("a page that must still answer 400 says so in the reader's language and names the field", async () => {
      const html = await page(staff, "/stocktaking/moderation/updates?before=yesterday&lang=fr", 400);
      assert.match(html, /Une valeur de l’adresse ou de ce qui a été envoyé n’est pas valide : « before »/);
      const api = await t.request("/api/v1/stocktaking?page=0");
      assert.equal(api.status, 400, "the API keeps its strict answer for programs");
      assert.equal(((await api.json()) as { error: { field: string } }).error.field, "page");
    });
  });
}
