import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { gunzipSync } from "node:zlib";
import { serve } from "@hono/node-server";
import { signedUp } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";

// Pages over a real socket, through @hono/node-server as `serve` runs them. Its light Response keeps a rendered
// page as the bytes it was made of and writes them in one call; reading `res.body` or calling `c.header()` once
// the handler has answered turns it into a web Response whose stream is pumped to the socket, and building
// `c.req.raw` for a GET makes a full web Request: together about 0.5 ms a page (bench/README.md). These tests
// fail if any middleware does either again.

/** Whether @hono/node-server still holds the response as its light form (its own `cache` slot). */
function isLight(res: Response): boolean {
  return Object.getOwnPropertySymbols(res).some((s) => s.description === "cache");
}

/** Whether @hono/node-server had to build a full web Request (its `requestCache` slot) for the request. */
function wasBuilt(req: Request): boolean {
  return Object.getOwnPropertySymbols(req).some((s) => s.description === "requestCache");
}

function get(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

const [dialect] = await testDialects();
if (!dialect) throw new Error("no test database");

describe("pages through @hono/node-server", () => {
  let t: TestApp;
  let server: ReturnType<typeof serve>;
  let base: string;
  const answered: Response[] = [];
  const asked: Request[] = [];
  before(async () => {
    t = await buildTestApp(dialect);
    server = serve({
      hostname: "127.0.0.1",
      port: 0,
      fetch: async (request, env) => {
        const res = await t.app.fetch(request, env);
        asked.push(request);
        answered.push(res);
        return res;
      },
    });
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t?.close();
  });

  test("a page for anyone leaves gzipped, with its Vary headers, as the bytes it was rendered to", async () => {
    answered.length = 0;
    asked.length = 0;
    const res = await get(`${base}/stocktaking?q=education`, { "accept-encoding": "gzip" });
    assert.equal(res.status, 200);
    assert.equal(res.headers["content-encoding"], "gzip");
    assert.equal(Number(res.headers["content-length"]), res.body.byteLength);
    for (const name of ["Accept-Encoding", "Accept-Language", "Cookie"]) {
      assert.match(String(res.headers.vary), new RegExp(name), `Vary names ${name}`);
    }
    assert.match(gunzipSync(res.body).toString(), /<h1>WSIS Stocktaking<\/h1>/);
    const [response] = answered;
    assert.ok(response && isLight(response), "the page was rebuilt as a stream before it was written");
    const [request] = asked;
    assert.ok(request && !wasBuilt(request), "a web Request was built for a GET");
  });

  test("a signed-in page is marked private, and is written the same way", async () => {
    const visitor = await signedUp(t, "socket@example.org");
    const cookie = [...visitor.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    answered.length = 0;
    const res = await get(`${base}/account`, { "accept-encoding": "gzip", cookie, "x-forwarded-for": "10.9.9.9" });
    assert.equal(res.status, 200);
    assert.equal(res.headers["cache-control"], "private, no-store");
    assert.match(gunzipSync(res.body).toString(), /socket@example\.org/);
    const [response] = answered;
    assert.ok(response && isLight(response), "the page was rebuilt as a stream before it was written");
  });

  test("without gzip the page is plain, and JSON is still gzipped by the middleware", async () => {
    const plain = await get(`${base}/stocktaking`, {});
    assert.equal(plain.headers["content-encoding"], undefined);
    assert.match(plain.body.toString(), /<h1>WSIS Stocktaking<\/h1>/);
    const json = await get(`${base}/api/v1/action-lines`, { "accept-encoding": "gzip" });
    assert.equal(json.status, 200);
    assert.equal(json.headers["content-encoding"], "gzip");
    assert.ok(Array.isArray((JSON.parse(gunzipSync(json.body).toString()) as { data: unknown[] }).data));
  });
});
