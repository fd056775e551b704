import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";

for (const dialect of await testDialects()) {
  describe(`Action Lines, SDGs and the matrix over HTTP [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t?.close());

    const html = async (path: string, init?: RequestInit) => {
      const res = await t.request(path, init);
      assert.equal(res.headers.get("content-type"), "text/html; charset=UTF-8", path);
      return { res, body: await res.text() };
    };

    test("the Action Lines page lists every line with its lead facilitators", async () => {
      const { res, body } = await html("/action-lines");
      assert.equal(res.status, 200);
      for (const code of ["C1", "C5", "C7", "C7.e-health", "C11"]) {
        assert.match(body, new RegExp(`href="/action-lines/${code.replace(".", "\\.")}"`));
      }
      assert.match(body, /Building confidence and security in the use of ICTs/);
    });

    test("a line's page shows its facilitators and the goals and targets it serves", async () => {
      const { res, body } = await html("/action-lines/C5");
      assert.equal(res.status, 200);
      assert.match(body, /<h1><span class="code">C5<\/span> Building confidence and security/);
      assert.match(body, /International Telecommunication Union/);
      assert.match(body, /href="\/sdgs\/9"/);
      assert.match(body, /Targets: 9\.1 and 9\.c/);
    });

    test("a C7 sub-line names its group, and C7 lists its sub-lines", async () => {
      const sub = await html("/action-lines/C7.e-health");
      assert.equal(sub.res.status, 200);
      assert.match(sub.body, /World Health Organization/);
      assert.match(sub.body, /href="\/action-lines\/C7"/);
      const group = await html("/action-lines/C7");
      assert.equal(group.res.status, 200);
      assert.equal((group.body.match(/href="\/action-lines\/C7\.e-/g) ?? []).length, 8);
    });

    test("a code in another case leads to the one address of the line", async () => {
      const res = await t.request("/action-lines/c5");
      assert.equal(res.status, 301);
      assert.equal(res.headers.get("location"), "/action-lines/C5");
    });

    test("an unknown Action Line code is a 404 page that says which codes exist", async () => {
      const { res, body } = await html("/action-lines/C12");
      assert.equal(res.status, 404);
      assert.match(body, /There is no Action Line with the code “C12”/);
      assert.doesNotMatch(body, /at .*\.ts:\d+/);
    });

    test("an SDG page lists the Action Lines that serve the goal", async () => {
      const { res, body } = await html("/sdgs/4");
      assert.equal(res.status, 200);
      assert.match(body, /Quality education/);
      assert.match(body, /href="\/action-lines\/C7\.e-learning"/);
      assert.doesNotMatch(body, /href="\/action-lines\/C3"/, "C3 lists no link to SDG 4 in the matrix file");
      for (const bad of ["/sdgs/0", "/sdgs/18", "/sdgs/x", "/sdgs/4.5"]) {
        assert.equal((await t.request(bad)).status, 404, bad);
      }
      assert.equal((await t.request("/sdgs/04")).status, 404);
    });

    test("the matrix is one table with scoped headers: 18 rows by 17 goals", async () => {
      const { res, body } = await html("/matrix");
      assert.equal(res.status, 200);
      assert.equal((body.match(/<th scope="col"/g) ?? []).length, 18);
      assert.equal((body.match(/<th scope="row"/g) ?? []).length, 18);
      assert.equal((body.match(/<td/g) ?? []).length, 18 * 17);
      assert.match(body, /<caption/);
    });

    test("pages come in the reader's language, with lang and dir set", async () => {
      const ar = await html("/action-lines/C5?lang=ar");
      assert.match(ar.body, /<html lang="ar" dir="rtl">/);
      assert.match(ar.res.headers.get("set-cookie") ?? "", /lang=ar/);
      // The choice is remembered for the next page.
      const next = await html("/sdgs", { headers: { cookie: "lang=ar" } });
      assert.match(next.body, /<html lang="ar" dir="rtl">/);
      // A browser asking for French gets French without choosing.
      const fr = await html("/matrix", { headers: { "accept-language": "fr-CH, fr;q=0.9, en;q=0.8" } });
      assert.match(fr.body, /<html lang="fr" dir="ltr">/);
      assert.match(fr.body, /Éducation de qualité/);
      const zh = await html("/?lang=zh");
      assert.match(zh.body, /<html lang="zh" dir="ltr">/);
    });

    test("the JSON API lists lines, goals and the matrix", async () => {
      const lines = await t.request("/api/v1/action-lines");
      assert.equal(lines.status, 200);
      const { data } = (await lines.json()) as { data: { code: string; leadFacilitators: { code: string }[] }[] };
      assert.equal(data.length, 19);
      assert.deepEqual(
        data.find((l) => l.code === "C5")?.leadFacilitators.map((a) => a.code),
        ["ITU"],
      );

      const one = (await (await t.request("/api/v1/action-lines/C7.e-health?lang=es")).json()) as {
        data: { title: string; sdgs: { number: number; targets: string[] }[] };
      };
      assert.ok(one.data.title.length > 0);
      assert.deepEqual(one.data.sdgs[0], { number: 1, targets: ["1.3", "1.4", "1.5"] });

      const sdgs = (await (await t.request("/api/v1/sdgs")).json()) as { data: { targets: string[] }[] };
      assert.equal(sdgs.data.length, 17);
      assert.equal(sdgs.data.flatMap((g) => g.targets).length, 169);

      const goal = (await (await t.request("/api/v1/sdgs/17")).json()) as { data: { actionLines: string[] } };
      assert.ok(goal.data.actionLines.includes("C11"));

      const matrix = (await (await t.request("/api/v1/matrix")).json()) as {
        data: { links: { actionLine: string; sdg: number; targets: string[] }[]; actionLines: unknown[] };
      };
      assert.equal(matrix.data.actionLines.length, 18);
      assert.deepEqual(
        matrix.data.links.find((l) => l.actionLine === "C2" && l.sdg === 9),
        { actionLine: "C2", sdg: 9, targets: ["9.1", "9.a", "9.c"] },
      );
    });

    test("the matrix downloads as CSV, one row per link", async () => {
      const res = await t.request("/api/v1/matrix.csv");
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("content-type"), "text/csv; charset=utf-8");
      assert.match(res.headers.get("content-disposition") ?? "", /attachment; filename="wsis-sdg-matrix-en\.csv"/);
      const bytes = new Uint8Array(await res.clone().arrayBuffer());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "starts with the UTF-8 byte-order mark");
      const rows = (await res.text()).trimEnd().split("\r\n");
      assert.equal(rows[0], "action_line_code,action_line_title,sdg_number,sdg_title,targets");
      const jsonRes = await t.request("/api/v1/matrix");
      assert.equal(new Uint8Array(await jsonRes.clone().arrayBuffer())[0], 0x7b, "the JSON has no byte-order mark");
      const json = (await jsonRes.json()) as { data: { links: unknown[] } };
      assert.equal(rows.length - 1, json.data.links.length);
      assert.ok(
        rows.includes("C11,International and regional cooperation,17,Partnerships for the goals,17.9 17.16 17.17"),
      );
    });

    test("API errors are JSON that name the field", async () => {
      const unknown = await t.request("/api/v1/action-lines/C99");
      assert.equal(unknown.status, 404);
      const body = (await unknown.json()) as { error: { code: string; field: string } };
      assert.equal(body.error.code, "action_line_not_found");
      assert.equal(body.error.field, "code");

      const badLang = await t.request("/api/v1/sdgs?lang=xx");
      assert.equal(badLang.status, 400);
      const bad = (await badLang.json()) as { error: { code: string; field: string } };
      assert.deepEqual([bad.error.code, bad.error.field], ["invalid_input", "lang"]);

      const noSuchGoal = await t.request("/api/v1/sdgs/99");
      assert.equal(noSuchGoal.status, 404);
      assert.equal(((await noSuchGoal.json()) as { error: { field: string } }).error.field, "number");
    });
  });
}
