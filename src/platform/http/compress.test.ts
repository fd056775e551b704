import assert from "node:assert/strict";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { compressResponses, sendHtml } from "./compress.ts";

const page = `<!doctype html><p>${"Information society for all. ".repeat(200)}</p>`;
const app = new Hono();
app.use(compressResponses());
app.get("/page", (c) => c.html(page));
app.get("/small", (c) => c.json({ status: "ok" }));
app.get("/rendered", (c) => sendHtml(c, page, 404));
app.get("/rendered-small", (c) => sendHtml(c, "<p>short</p>"));
app.get("/png", (c) => c.body(new Uint8Array(4000), 200, { "Content-Type": "image/png" }));
app.get("/csv", (c) => {
  const encoder = new TextEncoder();
  let n = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (n++ === 50) controller.close();
      else controller.enqueue(encoder.encode(`${n},"row ${n}",Geneva\r\n`));
    },
  });
  return c.body(body, 200, { "Content-Type": "text/csv; charset=utf-8" });
});
const css = `.programme { margin: 0 auto; }\n`.repeat(200);
// As a static file comes: with its length, which gzip makes wrong.
app.get("/app.css", (c) =>
  c.body(css, 200, { "Content-Type": "text/css; charset=utf-8", "Content-Length": String(Buffer.byteLength(css)) }),
);
const gzip = { headers: { "Accept-Encoding": "gzip, deflate, br" } };

test("a page is gzipped for a client that accepts it, and unchanged once gunzipped", async () => {
  const res = await app.request("/page", gzip);
  assert.equal(res.headers.get("Content-Encoding"), "gzip");
  assert.match(res.headers.get("Vary") ?? "", /Accept-Encoding/);
  assert.equal(res.headers.get("Content-Type"), "text/html; charset=UTF-8");
  const body = Buffer.from(await res.arrayBuffer());
  assert.ok(body.byteLength < page.length / 10, `${body.byteLength} bytes for ${page.length}`);
  assert.equal(gunzipSync(body).toString(), page);
});

test("without Accept-Encoding: gzip the page goes as it is", async () => {
  const res = await app.request("/page");
  assert.equal(res.headers.get("Content-Encoding"), null);
  assert.match(res.headers.get("Vary") ?? "", /Accept-Encoding/);
  assert.equal(await res.text(), page);
});

test("small bodies and binary types are not compressed", async () => {
  const small = await app.request("/small", gzip);
  assert.equal(small.headers.get("Content-Encoding"), null);
  assert.deepEqual(await small.json(), { status: "ok" });
  const png = await app.request("/png", gzip);
  assert.equal(png.headers.get("Content-Encoding"), null);
  assert.equal((await png.arrayBuffer()).byteLength, 4000);
});

test("a streamed CSV stays a stream and is gzipped", async () => {
  const res = await app.request("/csv", gzip);
  assert.equal(res.headers.get("Content-Encoding"), "gzip");
  const text = gunzipSync(Buffer.from(await res.arrayBuffer())).toString();
  assert.equal(text.split("\r\n").length, 51);
  assert.match(text, /^1,"row 1",Geneva\r\n/);
});

test("a file sent with its length loses that length when gzipped, so the browser does not wait for more bytes", async () => {
  const res = await app.request("/app.css", gzip);
  assert.equal(res.headers.get("Content-Encoding"), "gzip");
  const body = Buffer.from(await res.arrayBuffer());
  const length = res.headers.get("Content-Length");
  assert.ok(
    length === null || Number(length) === body.byteLength,
    `Content-Length ${length} for ${body.byteLength} bytes`,
  );
  assert.equal(gunzipSync(body).toString(), css);
});

test("a gzipped stream is read from its source only as the client reads, and a client that leaves cancels it", async () => {
  let pulled = 0;
  let cancelled = false;
  // 2,000 chunks of 8 KB that compress badly, so gzip has output to give after each few.
  let seed = 1;
  const noise = () => {
    let line = "";
    while (line.length < 8192) {
      seed = (seed * 48271) % 2147483647;
      line += seed.toString(36);
    }
    return `${line}\r\n`;
  };
  const streaming = new Hono();
  streaming.use(compressResponses());
  streaming.get("/csv", (c) => {
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled++ === 2000) controller.close();
        else controller.enqueue(encoder.encode(noise()));
      },
      cancel() {
        cancelled = true;
      },
    });
    return c.body(body, 200, { "Content-Type": "text/csv; charset=utf-8" });
  });
  const res = await streaming.request("/csv", gzip);
  assert.equal(res.headers.get("Content-Encoding"), "gzip");
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const first = await reader.read();
  assert.ok(first.value && first.value.byteLength > 0);
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(pulled < 100, `${pulled} of 2,000 chunks read for the first piece of output`);
  await reader.cancel();
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(cancelled, "the source is cancelled");
  assert.ok(pulled < 100, `${pulled} chunks read in all`);
});

test("a rendered page is gzipped once, where it is rendered, keeping its status and type", async () => {
  const res = await app.request("/rendered", gzip);
  assert.equal(res.status, 404);
  assert.equal(res.headers.get("Content-Encoding"), "gzip");
  assert.equal(res.headers.get("Content-Type"), "text/html; charset=UTF-8");
  assert.match(res.headers.get("Vary") ?? "", /Accept-Encoding/);
  assert.equal(gunzipSync(Buffer.from(await res.arrayBuffer())).toString(), page);
  const plain = await app.request("/rendered");
  assert.equal(plain.headers.get("Content-Encoding"), null);
  assert.match(plain.headers.get("Vary") ?? "", /Accept-Encoding/);
  assert.equal(await plain.text(), page);
  const small = await app.request("/rendered-small", gzip);
  assert.equal(small.headers.get("Content-Encoding"), null);
  assert.equal(await small.text(), "<p>short</p>");
});
