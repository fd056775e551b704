import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { PASSWORD } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { FormError } from "./forms.ts";

for (const dialect of await testDialects()) {
  describe(`the HTTP shell [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect, { NODE_ENV: "production" });
      t.app.get("/boom", () => {
        throw new Error("secret internal detail");
      });
      t.app.get("/api/v1/boom", () => {
        throw new Error("secret internal detail");
      });
      t.app.get("/form-boom", () => {
        throw new FormError({ title: "form.required" });
      });
      t.app.get("/api/v1/form-boom", () => {
        throw new FormError({ title: "form.required" });
      });
    });
    after(() => t?.close());

    test("/healthz checks the database and that its schema is at the latest migration", async () => {
      const res = await t.request("/healthz");
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { status: "ok", database: "ok", schema: "ok" });
    });

    test("a form is checked against BASE_URL's origin, not against the Host it was sent to", async () => {
      const forged = await t.app.request("http://evil.example/account/signin", {
        method: "POST",
        body: "email=a%40b.org&password=x",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://evil.example" },
      });
      assert.equal(forged.status, 403);
      const own = await t.request("/account/signin", {
        method: "POST",
        body: "email=a%40b.org&password=x",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost:3000" },
      });
      assert.notEqual(own.status, 403);
    });

    test("/verify pages keep their own Referrer-Policy: no-referrer", async () => {
      for (const path of ["/verify", "/verify?code=ABCD", "/verify/ABCD-EFGH"]) {
        const res = await t.request(path);
        assert.equal(res.headers.get("referrer-policy"), "no-referrer", path);
      }
      assert.equal((await t.request("/")).headers.get("referrer-policy"), "strict-origin-when-cross-origin");
    });

    test("an unknown page is a 404 in the site's layout; under /api/ it is JSON", async () => {
      const page = await t.request("/no/such/page");
      assert.equal(page.status, 404);
      const body = await page.text();
      assert.match(body, /<h1>Page not found<\/h1>/);
      assert.match(body, /<a class="skip-link" href="#main">/);
      const api = await t.request("/api/v1/nothing");
      assert.equal(api.status, 404);
      assert.equal(((await api.json()) as { error: { code: string } }).error.code, "not_found");
    });

    test("a crash is a 500 page that shows nothing internal in production", async () => {
      const page = await t.request("/boom");
      assert.equal(page.status, 500);
      const body = await page.text();
      assert.match(body, /Something went wrong/);
      assert.doesNotMatch(body, /secret internal detail|\.ts:\d+|at /);
      const requestId = page.headers.get("x-request-id");
      assert.ok(requestId && body.includes(requestId), "the page quotes the request id");
      const logged = t.logs.find((l) => l.msg === "unhandled error" && l.requestId === requestId);
      assert.ok(logged, "the error is logged with its request id");

      const api = await t.request("/api/v1/boom");
      assert.equal(api.status, 500);
      const json = (await api.json()) as { error: { code: string; message: string } };
      assert.equal(json.error.code, "internal_error");
      assert.doesNotMatch(json.error.message, /secret/);
    });

    test("a FormError no route caught is a 400 naming the field, page or JSON", async () => {
      const page = await t.request("/form-boom");
      assert.equal(page.status, 400);
      assert.match(await page.text(), /title: Enter this information\./);
      const api = await t.request("/api/v1/form-boom");
      assert.equal(api.status, 400);
      const json = (await api.json()) as { error: { code: string; field: string } };
      assert.deepEqual([json.error.code, json.error.field], ["invalid_form", "title"]);
    });

    test("malformed query strings and paths get a 4xx, never a 500", async () => {
      for (const path of [
        "/action-lines?%E0%A4%A",
        "/?lang=%ZZ",
        "/matrix?lang=%",
        "/action-lines/%E0%A4%A",
        "/sdgs/%",
        "/action-lines/C5?lang[]=x&lang=y",
        "/api/v1/sdgs?lang=%E0%A4%A",
        "/api/v1/action-lines/%ZZ",
        `/action-lines/${"C".repeat(5000)}`,
      ]) {
        const res = await t.request(path);
        assert.ok(res.status < 500, `${path} gave ${res.status}`);
        const text = await res.text();
        assert.doesNotMatch(text, /at .*\(.*:\d+:\d+\)/, `${path} leaked a stack trace`);
      }
      const bad = await t.request("/api/v1/sdgs?lang=%E0%A4%A");
      assert.equal(bad.status, 400);
    });

    test("an oversized body is refused with 413", async () => {
      const big = "x".repeat(t.config.bodyLimit + 1);
      const page = await t.request("/action-lines", {
        method: "POST",
        body: big,
        headers: { "content-type": "text/plain", origin: "http://localhost:3000" },
      });
      assert.equal(page.status, 413);
      assert.match(await page.text(), /What you sent is too large/);
      const api = await t.request("/api/v1/matrix", {
        method: "POST",
        body: big,
        headers: { "content-type": "application/json" },
      });
      assert.equal(api.status, 413);
      assert.equal(((await api.json()) as { error: { code: string } }).error.code, "payload_too_large");
    });

    test("a form posted from another site is refused", async () => {
      const res = await t.request("/action-lines", {
        method: "POST",
        body: "a=1",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      });
      assert.equal(res.status, 403);
      assert.match(await res.text(), /This request was refused/);
    });

    test("responses carry security headers", async () => {
      const res = await t.request("/");
      const csp = res.headers.get("content-security-policy") ?? "";
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(res.headers.get("x-content-type-options"), "nosniff");
      assert.equal(res.headers.get("x-frame-options"), "SAMEORIGIN");
      assert.equal(res.headers.get("referrer-policy"), "strict-origin-when-cross-origin");
    });

    test("each request writes one structured log line", async () => {
      const res = await t.request("/sdgs", { headers: { "x-request-id": "test-request-0001" } });
      assert.equal(res.headers.get("x-request-id"), "test-request-0001");
      const line = t.logs.find((l) => l.requestId === "test-request-0001" && l.msg === "request");
      assert.ok(line);
      assert.equal(line.status, 200);
      assert.equal(line.path, "/sdgs");
      assert.equal(typeof line.ms, "number");
    });

    test("the stylesheet is served with a cache lifetime", async () => {
      const res = await t.request("/static/css/app.css");
      assert.equal(res.status, 200);
      assert.match(res.headers.get("content-type") ?? "", /text\/css/);
      assert.match(res.headers.get("cache-control") ?? "", /max-age=\d+/);
    });

    test("the home page shows the headline figures with their sources", async () => {
      const res = await t.request("/");
      const body = await res.text();
      assert.match(body, /5\.5 billion/);
      assert.match(body, /280,000\+/);
      assert.match(body, /15,000\+/);
      assert.match(body, /Source: ITU, Facts and Figures 2024, 2024/);
      const fr = await (await t.request("/?lang=fr")).text();
      assert.match(fr, /5,5 milliards/);
    });
  });

  describe(`health when the database is gone [${dialect.name}]`, { skip: dialect.skip }, () => {
    test("/healthz answers 503, and pages answer 503 (not 500) in the reader's language", async () => {
      const t = await buildTestApp(dialect);
      await t.handle.db.destroy();
      const res = await t.request("/healthz");
      assert.equal(res.status, 503);
      assert.equal(((await res.json()) as { database: string }).database, "unreachable");
      const page = await t.request("/organizations?lang=fr");
      assert.equal(page.status, 503);
      assert.match(await page.text(), /momentanément indisponible/);
      const api = await t.request("/api/v1/stocktaking/entries");
      assert.equal(api.status, 503);
      assert.equal(((await api.json()) as { error: { code: string } }).error.code, "unavailable");
      await t.close().catch(() => {});
    });

    test("/healthz answers 503 on a database whose tables are gone", async () => {
      const t = await buildTestApp(dialect);
      try {
        await sql`delete from schema_migration where name = ${"0010_stocktaking_search_keys"}`.execute(t.handle.db);
        const behind = await t.request("/healthz");
        assert.equal(behind.status, 503);
        assert.deepEqual(((await behind.json()) as { missing: string[] }).missing, ["0010_stocktaking_search_keys"]);
        await sql`drop table schema_migration`.execute(t.handle.db);
        const gone = await t.request("/healthz");
        assert.equal(gone.status, 503);
        assert.equal(((await gone.json()) as { schema: string }).schema, "behind");
      } finally {
        await t.close();
      }
    });
  });

  describe(`the HTTP shell under https [${dialect.name}]`, { skip: dialect.skip }, () => {
    test("every cookie is Secure, the lang cookie set at sign-in included", async () => {
      const t = await buildTestApp(dialect, { BASE_URL: "https://wsis.example" });
      try {
        const origin = { origin: "https://wsis.example" };
        const choose = await t.app.request("https://wsis.example/?lang=fr");
        assert.match(choose.headers.getSetCookie().join("\n"), /lang=fr;.*Secure/);
        const v = new Visitor(t);
        const request = t.request;
        t.request = (p, init) => Promise.resolve(t.app.request(`https://wsis.example${p}`, init));
        const res = await v.post(
          "/account/signup",
          {
            displayName: "Amina Diallo",
            email: "amina@example.org",
            password: PASSWORD,
            preferredLocale: "fr",
          },
          origin,
        );
        assert.equal(res.status, 200);
        const mail = (await t.mail()).at(-1);
        const token = /token=([\w%-]+)/.exec(mail?.text ?? "")?.[1] ?? "";
        assert.equal((await v.post("/account/verify", { token: decodeURIComponent(token) }, origin)).status, 200);
        const signin = await v.post("/account/signin", { email: "amina@example.org", password: PASSWORD }, origin);
        assert.equal(signin.status, 303);
        const cookies = signin.headers.getSetCookie();
        assert.ok(
          cookies.some((line) => line.startsWith("lang=")),
          cookies.join("\n"),
        );
        for (const line of cookies) assert.match(line, /;\s*Secure/i, line);
        t.request = request;
      } finally {
        await t.close();
      }
    });
  });
}
