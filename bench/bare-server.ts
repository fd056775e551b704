import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

// The baseline: Node's own HTTP server answering a fixed body. Every figure of the platform is reported as a
// ratio to this, measured in the same run on the same machine. BARE_BODY_BYTES makes it an HTML page of that
// size (to compare with pages of the same size); without it, a small JSON body.
//
// BARE_PAGES_DIR instead serves pages the platform answered, byte for byte: each `NAME.body` at `/NAME`, with the
// status and headers of `NAME.json` (gzip and all). What a server that did no work at all would cost for the very
// same response: the floor under the platform's HTTP time.
const size = Number(process.env.BARE_BODY_BYTES ?? 0);
const body =
  size > 0
    ? `<!doctype html><html><body>${"x".repeat(Math.max(0, size - 41))}</body></html>`
    : JSON.stringify({ status: "ok" });
const type = size > 0 ? "text/html; charset=utf-8" : "application/json";

interface Page {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}
const pages = new Map<string, Page>();
const dir = process.env.BARE_PAGES_DIR;
if (dir) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".body"))) {
    const name = file.slice(0, -".body".length);
    const meta = JSON.parse(readFileSync(path.join(dir, `${name}.json`), "utf8")) as Omit<Page, "body">;
    pages.set(`/${name}`, { ...meta, body: readFileSync(path.join(dir, file)) });
  }
}

const server = http.createServer((req, res) => {
  if (dir) {
    const page = pages.get(req.url ?? "");
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(page.status, { ...page.headers, "content-length": page.body.byteLength });
    res.end(page.body);
    return;
  }
  res.writeHead(200, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ msg: "listening", port })}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
