/**
 * Public pages and API over HTTP, against a bare node:http server measured in the same run.
 * Run: npm run bench:pages   (loopback only; about 1 minute)
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type LoadResult, load, ROOT, startPlatform, startProcess } from "./support.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

const dataDir = mkdtempSync(path.join(os.tmpdir(), "wsis-bench-"));
const bare = await startProcess(TSX, ["bench/bare-server.ts"], {});
const platform = await startPlatform({
  PORT: "0",
  HOST: "127.0.0.1",
  DATA_DIR: dataDir,
  LOG_LEVEL: "info", // as in production: one JSON line per request
  NODE_ENV: "production",
  SESSION_SECRET: "bench-secret-bench-secret-bench-secret-0",
});

const opts = { connections: CONNECTIONS, seconds: SECONDS };
const results: LoadResult[] = [];
const rssBefore = await platform.rssMiB();
results.push(await load("bare node:http (baseline)", `${bare.url}/`, opts));
for (const [name, p] of [
  ["GET /healthz", "/healthz"],
  ["GET / (home page)", "/"],
  ["GET /action-lines/C5", "/action-lines/C5"],
  ["GET /matrix (18×17 table)", "/matrix"],
  ["GET /matrix in Arabic", "/matrix?lang=ar"],
  ["GET /api/v1/matrix", "/api/v1/matrix"],
  ["GET /api/v1/action-lines", "/api/v1/action-lines"],
] as const) {
  results.push(await load(name, `${platform.url}${p}`, opts));
}
const rssAfter = await platform.rssMiB();
await bare.stop();
await platform.stop();
rmSync(dataDir, { recursive: true, force: true });

const baseline = results[0]?.requestsPerSecond ?? 1;
const rows = results.map((r) => ({
  ...r,
  ratioToBaseline: Math.round((r.requestsPerSecond / baseline) * 1000) / 1000,
}));
const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  connections: CONNECTIONS,
  seconds: SECONDS,
  database: "sqlite",
  serverRssMiB: { beforeLoad: rssBefore, afterLoad: rssAfter },
  results: rows,
};
console.log(`\n${CONNECTIONS} connections, ${SECONDS}s each, Node ${process.version}, ${os.cpus().length} cores\n`);
console.log("| target | req/s | ratio to bare | p50 ms | p97.5 ms | p99 ms | errors | non-2xx |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.requestsPerSecond} | ${r.ratioToBaseline} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.non2xx} |`,
  );
}
console.log(`\nplatform RSS: ${rssBefore} MiB before load, ${rssAfter} MiB after`);
writeFileSync(path.join(ROOT, "bench", "results", "pages.json"), `${JSON.stringify(report, null, 2)}\n`);
