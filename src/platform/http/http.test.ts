import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";

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
    });
    after(() => t?.close());

    test("/healthz checks the database", async () => {
      const res = await t.request("/healthz");
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { status: "ok", database: "ok" });
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
    test("/healthz answers 503", async () => {
      const t = await buildTestApp(dialect);
      await t.handle.db.destroy();
      const res = await t.request("/healthz");
      assert.equal(res.status, 503);
      assert.equal(((await res.json()) as { database: string }).database, "unreachable");
      await t.close().catch(() => {});
    });
  });
}
