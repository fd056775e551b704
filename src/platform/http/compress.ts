import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ReadableStream as NodeReadableStream } from "node:stream/web";
import { createGzip, gzipSync } from "node:zlib";
import type { Context, MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

// Gzip for clients that accept it (every browser does): pages shrink four- to eightfold on slow connections.
//
// Rendered pages and JSON are whole strings already, so they are compressed in one call (about 0.2 ms for a
// 20 KB page). hono/compress pipes every body through a web CompressionStream instead, whose chain of stream
// hops cost about 5 ms a page here (bench/README.md). Streamed downloads (CSV) go through one zlib stream, pulled
// as the client reads, so they stay streamed with flat memory (a web CompressionStream held about 100 MiB of zlib
// buffers over a 48 MB export: bench/README.md).

const WHOLE =
  /^(text\/html|application\/json|application\/problem\+json|text\/plain|text\/css|application\/javascript|text\/javascript|image\/svg\+xml)\b/i;
const STREAMED = /^text\/csv\b/i;
/** Below this, gzip's header and checksum outweigh what it saves. */
const THRESHOLD = 1024;
/** Level 6 (zlib's default): within a few per cent of 9 at about half the time. */
const LEVEL = 6;

/** The client said it takes gzip (every browser does; curl and many data tools do not). */
function acceptsGzip(c: Context): boolean {
  return /\bgzip\b/i.test(c.req.header("Accept-Encoding") ?? "");
}

export function compressResponses(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    // Headers and status first, the body last: reading `res.body` turns @hono/node-server's light Response (a string
    // or bytes, written to the socket in one call) into a web Response whose stream is then pumped to the socket.
    if (c.req.method === "HEAD" || res.headers.has("Content-Encoding")) return;
    const type = res.headers.get("Content-Type") ?? "";
    const whole = WHOLE.test(type);
    if ((!whole && !STREAMED.test(type)) || !res.body) return;
    res.headers.append("Vary", "Accept-Encoding");
    if (!acceptsGzip(c)) return;
    const headers = new Headers(res.headers);
    headers.delete("Content-Length");
    headers.set("Content-Encoding", "gzip");
    if (!whole) {
      replaceResponse(c, new Response(gzipped(res.body), { status: res.status, headers }));
      return;
    }
    const body = new Uint8Array(await res.arrayBuffer());
    if (body.byteLength < THRESHOLD) {
      c.res = new Response(body, res);
      return;
    }
    replaceResponse(c, new Response(gzipSync(body, { level: LEVEL }), { status: res.status, headers }));
  };
}

/**
 * A rendered page, gzipped here when the client accepts it. The middleware would do the same, but it gets the page
 * back from a Response (an undici Response and a stream read for every page, about 0.2 ms); here the string is at
 * hand. The middleware leaves a response that already has a Content-Encoding alone.
 */
export function sendHtml(c: Context, html: string, status: ContentfulStatusCode = 200): Response {
  c.header("Vary", "Accept-Encoding", { append: true });
  if (c.req.method === "HEAD" || html.length < THRESHOLD || !acceptsGzip(c)) {
    return c.html(html, status);
  }
  c.header("Content-Encoding", "gzip");
  return c.body(gzipSync(html, { level: LEVEL }), status, { "Content-Type": "text/html; charset=UTF-8" });
}

/**
 * Hono's `c.res` setter copies every header of the response it replaces onto the new one, Content-Length included:
 * a static file's length would then announce the uncompressed size over a gzipped body, and the browser waits for
 * bytes that never come until the connection times out (6 s for the first stylesheet). Cleared here.
 */
function replaceResponse(c: Context, res: Response) {
  c.res = res;
  c.res.headers.delete("Content-Length");
}

/** The body through gzip, each step pulled by the next: nothing is read before the client takes what came before. */
function gzipped(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const gzip = createGzip({ level: LEVEL });
  // An error on either side destroys the gzip stream, which ends the response with it.
  pipeline(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), gzip).catch(() => {});
  return NodeReadableStream.from<Uint8Array>(gzip) as ReadableStream<Uint8Array>;
}
