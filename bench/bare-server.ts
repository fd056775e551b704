import http from "node:http";

// The baseline: Node's own HTTP server answering a fixed body. Every figure of the platform is reported as a
// ratio to this, measured in the same run on the same machine. BARE_BODY_BYTES makes it an HTML page of that
// size (to compare with pages of the same size); without it, a small JSON body.
const size = Number(process.env.BARE_BODY_BYTES ?? 0);
const body =
  size > 0
    ? `<!doctype html><html><body>${"x".repeat(Math.max(0, size - 41))}</body></html>`
    : JSON.stringify({ status: "ok" });
const type = size > 0 ? "text/html; charset=utf-8" : "application/json";
const server = http.createServer((_req, res) => {
  res.writeHead(200, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ msg: "listening", port })}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
