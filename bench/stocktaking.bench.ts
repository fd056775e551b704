/**
 * Stocktaking search at 100,000 entries, on SQLite and PostgreSQL, in one run (issue 4).
 *
 * Run: npm run bench:stocktaking
 *   BENCH_ENTRIES   entries to load (default 100000)
 *   BENCH_DATABASES sqlite,postgres (default both; postgres needs BENCH_PG_URL or a server on 127.0.0.1:5432)
 *   BENCH_FRESH=1   rebuild the databases even when they already hold the entries
 *   BENCH_PARTS     classes,mixed,csv (default all three; e.g. BENCH_PARTS=csv for the export alone)
 *   BENCH_SAMPLES   samples of each query class (default 200), after BENCH_WARMUP runs not counted (default 100)
 *   BENCH_BLOCK     requests of one way in a row before the next way's turn (default 25; 1 alternates every request)
 *
 * The databases are kept between runs (bench/results/tmp/ and the PostgreSQL database wsis_bench), because
 * loading 100,000 entries takes minutes; they are rebuilt when the entry count differs.
 *
 * For each database:
 *  1. query classes, one client: each class's queries over HTTP (the search page; also as the server timed them in
 *     its request log) and the same searches through the module's search repository in this process (direct),
 *     each query both ways in turn; p50/p95 of each, and their ratio. Then, in a second pass so that none of it
 *     runs between those two, the ways that explain the difference: the page through the app in this process
 *     (`app.request`), the very same responses from a bare node:http server (bench/bare-server.ts), and gzip of the
 *     same pages alone, with the direct search again, so the report shows the lowest HTTP/direct any server could
 *     reach. All of it twice: first with every way keeping no recent texts (search/recent.ts; SEARCH_RECENT_MATCHES=0), what each
 *     class's search costs every time, then keeping them, as the platform does, which a class repeating its few
 *     texts turns into a text searched again;
 *  2. a mixed load of distinct queries from 32 clients, and a bare node:http server answering a fixed page of
 *     the same size in the same run;
 *  3. the CSV export of every entry from a freshly started server: time, and the server's peak RSS (VmHWM); as curl
 *     asks for it (no compression), after one search has loaded the facet columns, and gzipped as a browser asks.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { createGunzip, gunzipSync, gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { createApp } from "../src/app.ts";
import { loadConfig, parseDatabaseUrl } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { createStocktakingSearch, type SearchQuery } from "../src/modules/stocktaking/search/search.ts";
import { parseSearchParams, toSearchQuery } from "../src/modules/stocktaking/stocktaking.query.ts";
import { BROAD_WORD, BROAD_WORDS, RARE_WORDS } from "../src/modules/stocktaking/synthetic.ts";
import { createLogger } from "../src/platform/log/logger.ts";
import { mailerFor } from "../src/platform/mail/setup.ts";
import { ROOT, type Started, startPlatform, startProcess } from "./support.ts";

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 100_000);
const DATABASES = (process.env.BENCH_DATABASES ?? "sqlite,postgres").split(",").map((s) => s.trim());
const FRESH = process.env.BENCH_FRESH === "1";
const PARTS = new Set((process.env.BENCH_PARTS ?? "classes,mixed,csv").split(",").map((s) => s.trim()));
const PG_ADMIN = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const CLIENTS = 32;
/** The longer mixed list: more distinct queries than one run asks for (about 400 a second for 12 seconds). */
const LONG_MIX = 5000;
/** The mixed load runs against the platform with each of these WORKERS settings (2 = one per core here). */
const WORKER_COUNTS = (process.env.BENCH_WORKERS ?? "1,2").split(",").map(Number);
const MIXED_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
/** Requests of one way in a row before the next way takes its turn (see timedTogether). */
const BLOCK = Math.max(1, Number(process.env.BENCH_BLOCK ?? 25));
/** Runs of each class, over HTTP and direct alike, before its samples are taken. */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 100);
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const TMP = path.join(ROOT, "bench", "results", "tmp");
const SECRET = "bench-secret-bench-secret-bench-secret-0";

// ---------------------------------------------------------------------------------------------------------------
// The queries

/** Each class: a few queries of the same kind, taken in turn, so one class is not one cached statement. */
const CLASSES: { name: string; queries: string[] }[] = [
  { name: `broad word (“${BROAD_WORD}”, ~half the entries)`, queries: [`q=${BROAD_WORD}`] },
  { name: "rare word", queries: RARE_WORDS.slice(0, 20).map((w) => `q=${encodeURIComponent(w)}`) },
  {
    name: "phrase",
    queries: ['"digital skills"', '"rural schools"', '"women entrepreneurs"', '"public services"'].map(
      (p) => `q=${encodeURIComponent(p)}`,
    ),
  },
  { name: "Chinese word (教育)", queries: [`q=${encodeURIComponent("教育")}`] },
  {
    name: "two facets",
    queries: [
      "actionLine=C5&region=africa",
      "sdg=4&stakeholderType=government",
      "actionLine=C7.e-health&status=ongoing",
      "region=europe&year=2021",
    ],
  },
  { name: "deep page (page 2,000 of all)", queries: ["page=2000", "page=2001", "page=1999"] },
];

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * At least 500 distinct queries, skewed as a search log is: rare words (a long tail, Zipf-weighted), common
 * words, phrases, words with filters, filters alone, later pages and the newest sort.
 */
function mixedQueries(count: number): string[] {
  const r = mulberry32(20261130);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const zipf = <T>(list: readonly T[]): T => list[Math.min(list.length - 1, Math.floor(list.length ** r()) - 1)] as T;
  const common = [BROAD_WORD, ...Object.values(BROAD_WORDS), "education", "health", "women", "youth", "schools"];
  const phrases = ["digital skills", "rural schools", "women entrepreneurs", "public services", "open data"];
  const facets = [
    "actionLine=C1",
    "actionLine=C3",
    "actionLine=C5",
    "actionLine=C7.e-health",
    "actionLine=C7.e-learning",
    "sdg=4",
    "sdg=5",
    "sdg=9",
    "sdg=17",
    "region=africa",
    "region=europe",
    "region=asia-pacific",
    "region=americas",
    "stakeholderType=government",
    "stakeholderType=civil-society",
    "status=ongoing",
    "year=2022",
    "country=KE",
    "country=BR",
    "country=IN",
  ];
  const seen = new Set<string>();
  for (let guard = 0; seen.size < count && guard < count * 50; guard++) {
    const roll = r();
    const parts: string[] = [];
    if (roll < 0.45) parts.push(`q=${encodeURIComponent(zipf(RARE_WORDS))}`);
    else if (roll < 0.6) parts.push(`q=${encodeURIComponent(pick(common))}`);
    else if (roll < 0.7) parts.push(`q=${encodeURIComponent(`"${pick(phrases)}"`)}`);
    else if (roll < 0.8) parts.push(`q=${encodeURIComponent(zipf(RARE_WORDS))}`, pick(facets));
    else if (roll < 0.88) parts.push(`q=${encodeURIComponent(pick(common))}`, pick(facets));
    else parts.push(pick(facets), pick(facets));
    if (r() < 0.15) parts.push(`page=${2 + Math.floor(r() * 5)}`);
    if (r() < 0.1) parts.push("sort=newest");
    seen.add(parts.join("&"));
  }
  return [...seen];
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? 0;
}
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

type Runner = (q: string) => Promise<void>;

/**
 * Each way run in blocks of `BLOCK` requests, the ways taking turns block by block (HTTP, direct, HTTP, …), each
 * block going on through the class's queries. A block is what one client sending its requests back to back
 * measures, and what the same searches in a loop measure, each way at its own steady pace; the turns make every
 * way meet the same minutes of a shared machine, where the same search takes 30 % longer in one minute than in the
 * next. One request of each way in turn (BENCH_BLOCK=1, as runs before 19:30 on 2026-11-30 did) left no way
 * warm: each search came after the other process's, and the direct search's time varied by up to a third with what
 * ran between (bench/README.md, "How the query classes are timed").
 */
async function timedTogether<K extends string>(
  samples: number,
  queries: string[],
  ways: Record<K, Runner>,
  hooks: { beforeSamples?: () => Promise<void> } = {},
): Promise<Record<K, { p50: number; p95: number }>> {
  const names = Object.keys(ways) as K[];
  const query = (i: number) => queries[i % queries.length] as string;
  // Warm-up, not counted: V8 optimises a code path after some hundreds of calls, and a server that has been up a
  // while has run its page code far more often than a freshly started one. Every way gets the same.
  for (let i = 0; i < WARMUP; i++) for (const name of names) await ways[name](query(i));
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  await hooks.beforeSamples?.();
  for (let first = 0; first < samples; first += BLOCK) {
    for (const name of names) {
      for (let i = first; i < Math.min(samples, first + BLOCK); i++) {
        const start = process.hrtime.bigint();
        await ways[name](query(i));
        times[name].push(ms(start));
      }
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const sorted = times[name].sort((a, b) => a - b);
      return [name, { p50: round(percentile(sorted, 50), 2), p95: round(percentile(sorted, 95), 2) }];
    }),
  ) as Record<K, { p50: number; p95: number }>;
}

function searchQueryOf(query: string): SearchQuery {
  const parsed = parseSearchParams(`http://bench/stocktaking?${query}`);
  if (!parsed.ok) throw new Error(`bench query ${query}: ${parsed.field} ${parsed.message}`);
  return toSearchQuery(parsed.params);
}

interface Mixed {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  meanBytes: number;
}

/**
 * `CLIENTS` connections for `MIXED_SECONDS` after a 2-second warm-up, every response's latency kept. The
 * connections take the paths in turn from one list between them (the measured run goes on where the warm-up
 * stopped): given the list itself, autocannon walks it from the start on every connection, so the 32 requests in
 * flight at any moment would be the same few queries.
 */
async function mixedLoad(url: string, paths: string[]): Promise<Mixed> {
  let next = 0;
  // One path (the bare baseline) is asked as it is: a setupRequest costs the client about as much as the bare
  // server's whole answer.
  const requests =
    paths.length === 1
      ? [{ method: "GET" as const, path: paths[0] as string }]
      : [
          {
            method: "GET" as const,
            setupRequest: (request: autocannon.Request) => ({
              ...request,
              path: paths[next++ % paths.length] as string,
            }),
          },
        ];
  await autocannon({ url, connections: CLIENTS, duration: 2, requests });
  const latencies: number[] = [];
  let bytes = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CLIENTS, duration: MIXED_SECONDS, requests }, (error, r) =>
      error ? reject(error) : resolve(r),
    );
    instance.on("response", (_client: unknown, _status: number, resBytes: number, responseTime: number) => {
      latencies.push(responseTime);
      bytes += resBytes;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round(result.requests.total / MIXED_SECONDS),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    meanBytes: Math.round(bytes / Math.max(1, latencies.length)),
  };
}

// The server closes a connection idle for 5 s (Node's keep-alive timeout); the previous class's runs may have ended
// longer ago than that, so each class's HTTP runs start on a fresh connection rather than a closed one.
let agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function freshConnection() {
  agent.destroy();
  agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
}

/**
 * One GET with node:http over a kept-alive connection, the body read as bytes (not decoded or decompressed):
 * the client's own work stays small, so the figure is the server's. Pages are asked for with gzip, as browsers
 * do; the CSV without, as a data tool such as curl does.
 */
function get(url: string, headers: Record<string, string> = GZIP, onData?: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: headers.Connection === "close" ? false : agent, headers }, (response) => {
      if (response.statusCode !== 200) reject(new Error(`${url}: HTTP ${response.statusCode}`));
      response.on("data", (chunk: Buffer) => onData?.(chunk));
      response.on("end", () => resolve());
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}
const GZIP = { "Accept-Encoding": "gzip" };

function peakRssMiB(started: Started): number {
  const status = readFileSync(`/proc/${started.child.pid}/status`, "utf8");
  return round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

// ---------------------------------------------------------------------------------------------------------------
// The databases

async function runCli(args: string[], databaseUrl: string): Promise<void> {
  const { spawn } = await import("node:child_process");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(TSX, ["src/main.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: TMP, SESSION_SECRET: SECRET, NODE_ENV: "production" },
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`wsis ${args.join(" ")} exited ${code}`))));
  });
}

async function publishedCount(databaseUrl: string): Promise<number> {
  const handle = openDatabase(parseDatabaseUrl(databaseUrl));
  try {
    const row = await handle.db
      .selectFrom("stocktakingPublic")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  } catch {
    return -1; // no schema yet
  } finally {
    await handle.close();
  }
}

async function prepare(database: string): Promise<string> {
  mkdirSync(TMP, { recursive: true });
  let url: string;
  if (database === "sqlite") {
    const file = path.join(TMP, `stocktaking-${ENTRIES}.db`);
    url = `sqlite:${file}`;
    if (FRESH || (await publishedCount(url)) !== ENTRIES) {
      const { rmSync } = await import("node:fs");
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    }
  } else {
    const admin = new pg.Client({ connectionString: PG_ADMIN });
    await admin.connect();
    const name = `wsis_bench_${ENTRIES}`;
    const target = new URL(PG_ADMIN);
    target.pathname = `/${name}`;
    url = target.toString();
    const exists = (await admin.query("select 1 from pg_database where datname = $1", [name])).rowCount === 1;
    if (exists && (FRESH || (await publishedCount(url)) !== ENTRIES)) {
      await admin.query(`drop database "${name}" with (force)`);
      await admin.query(`create database "${name}"`);
    } else if (!exists) {
      await admin.query(`create database "${name}"`);
    }
    await admin.end();
  }
  if ((await publishedCount(url)) !== ENTRIES) {
    const start = process.hrtime.bigint();
    console.log(`${database}: loading ${ENTRIES} synthetic entries…`);
    await runCli(["seed", "--synthetic", String(ENTRIES)], url);
    console.log(`${database}: loaded in ${round(ms(start) / 1000)} s`);
  }
  if (database === "postgres") {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("vacuum analyze");
    await client.end();
  }
  return url;
}

function serve(databaseUrl: string, workers = 1, env: Record<string, string> = {}): Promise<Started> {
  return startPlatform({
    ...env,
    WORKERS: String(workers),
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: TMP,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: "info", // as in production: one JSON line per request
    NODE_ENV: "production",
    SESSION_SECRET: SECRET,
  });
}

// ---------------------------------------------------------------------------------------------------------------

interface ClassResult {
  name: string;
  /**
   * Whether the searches kept their recent texts (search/recent.ts), as the platform does by default. A class asks
   * the same few texts again and again, so with them kept it measures a text searched again; without, what the
   * class's search costs each time, which is what its ratios are about.
   */
  recentTexts: boolean;
  total: number;
  http: { p50: number; p95: number };
  /**
   * The same HTTP requests as the server itself timed them (its request log's `ms`: from the first middleware to
   * the response, routing, rendering and gzip included): HTTP without the loopback round trip and the client.
   */
  server: { p50: number; p95: number };
  /** The same page through the app in this process (`app.request`): routing, middleware, rendering, gzip; no socket. */
  inProcess: { p50: number; p95: number };
  direct: { p50: number; p95: number };
  /**
   * The direct search again, timed in turn with the ways that explain HTTP (in process, bare server, gzip) in a
   * second pass; the in-process and lowest possible ratios are to this.
   */
  directBesideParts: { p50: number; p95: number };
  /**
   * The very same responses (status, headers, gzipped bytes) from a bare node:http server that does no work: what
   * the loopback round trip, node:http on both sides and the client cost for these pages, in the same run.
   */
  floor: { p50: number; p95: number };
  /** gzip of the same pages' HTML at the platform's level, in this process: work no gzipped page can skip. */
  gzip: { p50: number; p95: number };
  ratioP50: number;
  serverRatioP50: number;
  inProcessRatioP50: number;
  /**
   * The lowest HTTP/direct any server could reach for these pages on this machine at this moment: the search
   * itself, gzip of the page, and the round trip of its bytes, with no routing, middleware or rendering at all:
   * (direct + gzip + floor) / direct. Above 1.5, the target is out of reach for every server-rendered page.
   */
  lowestRatioP50: number;
}

/** The `ms` of each request line the server logs, while `into` is set. */
function requestTimes(started: Started) {
  let into: number[] | null = null;
  let partial = "";
  started.child.stdout?.on("data", (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      const ms = /"msg":"request".*"ms":([\d.]+)/.exec(line)?.[1];
      if (into && ms) into.push(Number(ms));
    }
  });
  return {
    /** After the lines of requests already answered have come in (the server writes its log once per event-loop turn). */
    async start() {
      await new Promise((r) => setTimeout(r, 200));
      into = [];
    },
    /** p50/p95 of the lines logged since start(), after the last one has arrived. */
    async stop(expected: number) {
      for (let i = 0; i < 50 && (into?.length ?? 0) < expected; i++) await new Promise((r) => setTimeout(r, 20));
      const times = (into ?? []).sort((a, b) => a - b);
      into = null;
      if (times.length !== expected) throw new Error(`server logged ${times.length} requests, expected ${expected}`);
      return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
    },
  };
}

async function benchDatabase(database: string) {
  const url = await prepare(database);
  const classes = PARTS.has("classes")
    ? [...(await queryClasses(database, url, false)), ...(await queryClasses(database, url, true))]
    : [];
  const mixed = PARTS.has("mixed") ? await mixedLoads(database, url) : null;
  const csv = PARTS.has("csv")
    ? {
        plain: await csvExport(database, url, { search: false, gzip: false }),
        afterSearch: await csvExport(database, url, { search: true, gzip: false }),
        gzip: await csvExport(database, url, { search: false, gzip: true }),
      }
    : null;
  return { database, classes, mixed, csv };
}

/** Every class, all ways; the server, the app in process and the direct search alike keep recent texts or not. */
async function queryClasses(database: string, url: string, recentTexts: boolean): Promise<ClassResult[]> {
  const recent: Record<string, string> = recentTexts ? {} : { SEARCH_RECENT_MATCHES: "0" };
  const handle = openDatabase(parseDatabaseUrl(url));
  const search = createStocktakingSearch(handle.db, handle.dialect, recentTexts ? {} : { recentMatches: 0 });
  const server = await serve(url, 1, recent);
  const logged = requestTimes(server);
  // The platform in this process, on the same connection as the direct searches: what HTTP would cost without
  // the socket and the second process (which, on two shared cores, is most of the difference).
  const config = loadConfig({ ...process.env, ...recent, DATABASE_URL: url, DATA_DIR: TMP, SESSION_SECRET: SECRET });
  const logger = createLogger("error");
  const app = createApp({
    config,
    db: handle.db,
    dialect: handle.dialect,
    logger,
    mailer: mailerFor(config, handle.db, logger),
    clock: () => new Date(),
  });
  const classes: ClassResult[] = [];
  const pages = await capturePages(database, server.url);
  const bare = await startProcess(TSX, ["bench/bare-server.ts"], { BARE_PAGES_DIR: pages.dir });
  try {
    for (const { name, queries } of CLASSES) {
      const total = (await search.search(searchQueryOf(queries[0] as string))).total;
      freshConnection();
      // HTTP against the direct search, alone. The ways that explain the difference (the app in this process, the
      // bare server, gzip) are timed in a pass of their own after it, so that what is compared is not timed beside
      // work that is neither (bench/README.md, "How the query classes are timed").
      const { http, direct } = await timedTogether(
        SAMPLES,
        queries,
        {
          http: async (q) => {
            await get(`${server.url}/stocktaking?${q}`);
          },
          direct: async (q) => {
            await search.search(searchQueryOf(q));
          },
        },
        { beforeSamples: () => logged.start() },
      );
      const serverSide = await logged.stop(SAMPLES);
      const parts = await timedTogether(SAMPLES, queries, {
        inProcess: async (q) => {
          await (await app.request(`/stocktaking?${q}`, { headers: GZIP })).arrayBuffer();
        },
        direct: async (q) => {
          await search.search(searchQueryOf(q));
        },
        floor: async (q) => {
          await get(`${bare.url}/${pages.nameOf(q)}`);
        },
        gzip: async (q) => {
          gzipSync(pages.htmlOf(q), { level: 6 });
        },
      });
      const { inProcess, floor, gzip } = parts;
      classes.push({
        name,
        recentTexts,
        total,
        http,
        server: serverSide,
        inProcess,
        direct,
        floor,
        gzip,
        ratioP50: round(http.p50 / Math.max(0.01, direct.p50), 2),
        serverRatioP50: round(serverSide.p50 / Math.max(0.01, direct.p50), 2),
        inProcessRatioP50: round(inProcess.p50 / Math.max(0.01, parts.direct.p50), 2),
        directBesideParts: parts.direct,
        lowestRatioP50: round((parts.direct.p50 + gzip.p50 + floor.p50) / Math.max(0.01, parts.direct.p50), 2),
      });
      console.log(`${database} ${name}${recentTexts ? " (recent texts kept)" : ""}: ${JSON.stringify(classes.at(-1))}`);
    }
  } finally {
    await handle.close();
    await server.stop();
    await bare.stop();
  }
  return classes;
}

/**
 * Every class's pages as the platform answers them (gzipped, as a browser asks), kept as files for the bare server
 * (bench/bare-server.ts, BARE_PAGES_DIR) to answer byte for byte, with their HTML for timing gzip alone.
 */
async function capturePages(database: string, serverUrl: string) {
  const dir = path.join(TMP, `pages-${database}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const names = new Map<string, string>();
  const html = new Map<string, Buffer>();
  // Headers of the connection and the moment are the bare server's own to send.
  const own = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);
  for (const query of CLASSES.flatMap((c) => c.queries)) {
    const name = `page${names.size}`;
    const chunks: Buffer[] = [];
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http
        .get(`${serverUrl}/stocktaking?${query}`, { headers: GZIP }, (res) => {
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve(res));
          res.on("error", reject);
        })
        .on("error", reject);
    });
    const body = Buffer.concat(chunks);
    if (response.statusCode !== 200 || response.headers["content-encoding"] !== "gzip") {
      throw new Error(`capturing ${query}: HTTP ${response.statusCode}, ${response.headers["content-encoding"]}`);
    }
    const headers = Object.fromEntries(Object.entries(response.headers).filter(([key]) => !own.has(key)));
    writeFileSync(path.join(dir, `${name}.body`), body);
    writeFileSync(path.join(dir, `${name}.json`), JSON.stringify({ status: response.statusCode, headers }));
    names.set(query, name);
    html.set(query, gunzipSync(body));
  }
  return {
    dir,
    nameOf: (query: string) => names.get(query) as string,
    htmlOf: (query: string) => html.get(query) as Buffer,
  };
}

async function mixedLoads(database: string, url: string) {
  const lists = new Map([600, LONG_MIX].map((n) => [n, mixedQueries(n).map((q) => `/stocktaking?${q}`)] as const));
  const mixedRuns: (Mixed & { workers: number; recentTexts: boolean; distinctQueries: number })[] = [];
  // Each WORKERS setting as production runs it, over 600 distinct queries (each comes again every 600 requests);
  // one worker keeping no recent texts (SEARCH_RECENT_MATCHES=0), which is what the 600 would cost without them;
  // and one worker over LONG_MIX distinct queries, more than a run asks for: no query comes twice, while their words
  // repeat as a search log's do (716 texts among the 5,000; 237 among the 600).
  const settings = [
    ...WORKER_COUNTS.map((workers) => ({ workers, recentTexts: true, queries: 600 })),
    { workers: 1, recentTexts: false, queries: 600 },
    { workers: 1, recentTexts: true, queries: LONG_MIX },
  ];
  for (const { workers, recentTexts, queries } of settings) {
    const paths = lists.get(queries) as string[];
    const target = await serve(url, workers, recentTexts ? {} : { SEARCH_RECENT_MATCHES: "0" });
    // Every worker loads its facet columns on its first search: done before the clock starts.
    // A new connection each time, so node:cluster hands them to every worker in turn.
    for (let i = 0; i < workers * 4; i++) await get(`${target.url}/stocktaking?q=warm`, { Connection: "close" });
    const run = { workers, recentTexts, distinctQueries: paths.length, ...(await mixedLoad(target.url, paths)) };
    mixedRuns.push(run);
    console.log(`${database} mixed: ${JSON.stringify(run)}`);
    await target.stop();
  }
  const mixed = mixedRuns[0] as Mixed;

  const bare = await startProcess(TSX, ["bench/bare-server.ts"], { BARE_BODY_BYTES: String(mixed.meanBytes) });
  const baseline = await mixedLoad(bare.url, ["/"]);
  await bare.stop();
  console.log(`${database} bare: ${JSON.stringify(baseline)}`);
  return {
    clients: CLIENTS,
    seconds: MIXED_SECONDS,
    runs: mixedRuns.map((run) => ({
      ...run,
      ratioToBare: round(run.requestsPerSecond / Math.max(1, baseline.requestsPerSecond), 4),
    })),
    bare: baseline,
  };
}

/**
 * The export of every entry from a freshly started server, so its peak RSS is the export's own (and, with
 * `search`, that of one search page first, which loads the facet columns). Lines are counted in the CSV itself,
 * so a gzipped body is counted after gunzip, as the client reads it.
 */
async function csvExport(database: string, url: string, options: { search: boolean; gzip: boolean }) {
  const fresh = await serve(url);
  const rssBefore = peakRssMiB(fresh);
  if (options.search) await get(`${fresh.url}/stocktaking?q=warm`);
  const rssAfterSearch = peakRssMiB(fresh);
  const start = process.hrtime.bigint();
  let rows = 0;
  let csvBytes = 0;
  let wireBytes = 0;
  const count = (chunk: Buffer) => {
    csvBytes += chunk.byteLength;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) rows++;
  };
  const gunzip = options.gzip ? createGunzip() : null;
  gunzip?.on("data", count);
  await get(`${fresh.url}/api/v1/stocktaking.csv`, options.gzip ? GZIP : {}, (chunk) => {
    wireBytes += chunk.byteLength;
    if (gunzip) gunzip.write(chunk);
    else count(chunk);
  });
  if (gunzip) await new Promise((resolve) => gunzip.end(resolve));
  const csv = {
    seconds: round(ms(start) / 1000, 2),
    lines: rows,
    megabytes: round(csvBytes / 1048576),
    wireMegabytes: round(wireBytes / 1048576),
    peakRssMiB: peakRssMiB(fresh),
    rssBeforeMiB: rssBefore,
    ...(options.search ? { rssAfterSearchMiB: rssAfterSearch } : {}),
  };
  await fresh.stop();
  console.log(`${database} csv ${JSON.stringify(options)}: ${JSON.stringify(csv)}`);
  return csv;
}

const results = [];
for (const database of DATABASES) results.push(await benchDatabase(database));

const report = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  entries: ENTRIES,
  results,
};
// A run of some parts only keeps its own file, so it never replaces the record of a whole run.
const partial = ["classes", "mixed", "csv"].filter((part) => PARTS.has(part));
const file = partial.length === 3 ? "stocktaking.json" : `stocktaking-${partial.join("-")}.json`;
writeFileSync(path.join(ROOT, "bench", "results", file), `${JSON.stringify(report, null, 2)}\n`);

console.log(`\n${ENTRIES} entries, Node ${process.version}, ${os.cpus().length} cores, ${SAMPLES} samples a class\n`);
for (const r of results) {
  console.log(`### ${r.database}\n`);
  if (r.classes.length > 0) {
    console.log(
      "| query class | recent texts kept | matches | HTTP p50 ms | HTTP p95 ms | server-side p50 ms | server-side p95 ms | direct p50 ms | direct p95 ms | second pass: in-process p50 ms | direct p50 ms | bare server, same bytes p50 ms | gzip alone p50 ms | HTTP/direct (p50) | server-side/direct (p50) | in-process/direct (p50) | lowest possible HTTP/direct |",
    );
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const c of r.classes) {
      console.log(
        `| ${c.name} | ${c.recentTexts ? "yes" : "no"} | ${c.total} | ${c.http.p50} | ${c.http.p95} | ${c.server.p50} | ${c.server.p95} | ${c.direct.p50} | ${c.direct.p95} | ${c.inProcess.p50} | ${c.directBesideParts.p50} | ${c.floor.p50} | ${c.gzip.p50} | ${c.ratioP50} | ${c.serverRatioP50} | ${c.inProcessRatioP50} | ${c.lowestRatioP50} |`,
      );
    }
  }
  const m = r.mixed;
  if (m) {
    console.log(
      `\nMixed load: ${m.clients} clients, ${m.seconds} s each; bare node:http answering a page of the same size: ${m.bare.requestsPerSecond} req/s (p99 ${m.bare.p99} ms).\n`,
    );
    console.log(
      "| distinct queries | WORKERS | recent texts kept | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx | ratio to bare |",
    );
    console.log("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|");
    for (const run of m.runs) {
      console.log(
        `| ${run.distinctQueries} | ${run.workers} | ${run.recentTexts ? "yes" : "no"} | ${run.requestsPerSecond} | ${run.p50} | ${run.p95} | ${run.p99} | ${run.errors} | ${run.non2xx} | ${run.ratioToBare} |`,
      );
    }
  }
  if (r.csv) {
    console.log("\n| CSV export | lines | MB | s | server peak RSS MiB | RSS before MiB |");
    console.log("|---|---:|---:|---:|---:|---:|");
    const rows: [string, typeof r.csv.plain & { rssAfterSearchMiB?: number }][] = [
      ["fresh server, no compression", r.csv.plain],
      ["after one search (facet columns loaded)", r.csv.afterSearch],
      ["gzip, as a browser asks", r.csv.gzip],
    ];
    for (const [name, c] of rows) {
      const before =
        c.rssAfterSearchMiB === undefined
          ? `${c.rssBeforeMiB}`
          : `${c.rssBeforeMiB} (${c.rssAfterSearchMiB} after the search)`;
      console.log(
        `| ${name} | ${c.lines} | ${c.megabytes} (${c.wireMegabytes} sent) | ${c.seconds} | ${c.peakRssMiB} | ${before} |`,
      );
    }
    console.log("");
  }
}
