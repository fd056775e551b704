/**
 * Registration under a burst (issue 6): 10,000 registrations from 10,000 accounts, 64 concurrent clients, retries
 * included, on SQLite and PostgreSQL; then the database is checked: exactly one registration per account, no
 * duplicates, one mail job per registration.
 *
 * Run: npm run bench:registration
 *   BENCH_PEOPLE     accounts, each registering once (default 10000)
 *   BENCH_DATABASES  sqlite,postgres (default both; postgres needs BENCH_PG_URL or a server on 127.0.0.1:5432)
 *
 * Retries, as real clients make them: every 10th person double-clicks (the same POST twice at once), every 10th
 * (offset by 5) sends the POST again after its answer came (a retried request after a lost response), and any
 * request that fails at the network level or with a 5xx/429 is retried, up to 5 times, as a browser's user would.
 * The bare baseline: node:http answering a fixed small page to the same 64 clients, in the same run.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { parseDatabaseUrl } from "../src/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { newId, timestamp } from "../src/db/ids.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import type { UserAccountTable, UserSessionTable } from "../src/modules/accounts/accounts.table.ts";
import type { EditionSeed } from "../src/modules/forum/data/edition.ts";
import { WSIS_HLE_2025 } from "../src/modules/forum/data/wsis-hle-2025.ts";
import { loadEdition } from "../src/modules/forum/forum.seed.ts";
import { hashPassword } from "../src/platform/auth/passwords.ts";
import { seedReference } from "../src/reference/reference.seed.ts";
import { ROOT, type Started, startPlatform, startProcess } from "./support.ts";

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
const DATABASES = (process.env.BENCH_DATABASES ?? "sqlite,postgres").split(",").map((s) => s.trim());
const PG_ADMIN = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const CLIENTS = 64;
const MAX_TRIES = 5;
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const TMP = path.join(ROOT, "bench", "results", "tmp");
const SECRET = "bench-secret-bench-secret-bench-secret-0";
const SLUG = "bench-forum";

/** An edition a year ahead, so registration is open: the demo edition's venue and vocabularies, no sessions. */
function benchEdition(): EditionSeed {
  const day = (offset: number) => new Date(Date.now() + offset * 24 * 3600_000).toISOString().slice(0, 10);
  return {
    ...WSIS_HLE_2025,
    slug: SLUG,
    title: { en: "Bench Forum" },
    startsOn: day(365),
    endsOn: day(369),
    sessions: [],
  };
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0, 1);
}

/** The form one person sends: virtual for two in three, on site without a visa letter for the rest. */
export function registrationForm(i: number): Record<string, string> {
  const onsite = i % 3 === 0;
  return {
    attendance: onsite ? "onsite" : "virtual",
    passportName: `BENCH PERSON ${i}`,
    preferredName: `Bench Person ${i}`,
    organizationName: `Bench Organisation ${i % 500}`,
    stakeholderTypeCode: ["government", "private-sector", "civil-society", "academia"][i % 4] ?? "government",
    countryCode: ["KE", "FR", "BR", "IN", "CH", "CN"][i % 6] ?? "CH",
    nationalityCode: ["KE", "FR", "BR", "IN", "CH", "CN"][i % 6] ?? "CH",
    consent: "yes",
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The database: schema, reference data, the demo edition, and PEOPLE accounts with a session each

interface Person {
  cookie: string;
  body: string;
}

async function prepare(database: string): Promise<{ url: string; people: Person[] }> {
  mkdirSync(TMP, { recursive: true });
  let url: string;
  if (database === "sqlite") {
    const file = path.join(TMP, "registration.db");
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    url = `sqlite:${file}`;
  } else {
    const admin = new pg.Client({ connectionString: PG_ADMIN });
    await admin.connect();
    const name = "wsis_bench_registration";
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
    await admin.end();
    const target = new URL(PG_ADMIN);
    target.pathname = `/${name}`;
    url = target.toString();
  }
  const handle = openDatabase(parseDatabaseUrl(url));
  const people: Person[] = [];
  try {
    await migrateToLatest(handle.db);
    await seedReference(handle.db);
    await loadEdition(handle.db, benchEdition());
    // One password hash for everyone: argon2 is not what is measured here.
    const passwordHash = await hashPassword("bench-password-not-used");
    const at = timestamp();
    const expires = new Date(Date.now() + 7 * 24 * 3600_000).toISOString();
    for (let start = 0; start < PEOPLE; start += 500) {
      const users: UserAccountTable[] = [];
      const sessions: UserSessionTable[] = [];
      for (let i = start; i < Math.min(PEOPLE, start + 500); i++) {
        const id = newId();
        const token = randomBytes(32).toString("base64url");
        users.push({
          id,
          email: `bench-${i}@example.org`,
          emailVerifiedAt: at,
          passwordHash,
          displayName: `Bench Person ${i}`,
          passportName: null,
          organizationId: null,
          stakeholderTypeCode: null,
          countryCode: null,
          preferredLocale: "en",
          privilegeVersion: 1,
          createdAt: at,
          updatedAt: at,
        });
        sessions.push({
          tokenHash: createHash("sha256").update(token).digest("hex"),
          id: newId(),
          userId: id,
          privilegeVersion: 1,
          createdAt: at,
          lastSeenAt: at,
          expiresAt: expires,
          ip: null,
          userAgent: null,
          previousTokenHash: null,
          previousTokenUntil: null,
        });
        people.push({ cookie: `wsis_session=${token}`, body: new URLSearchParams(registrationForm(i)).toString() });
      }
      await handle.db.transaction().execute(async (trx) => {
        await trx.insertInto("userAccount").values(users).execute();
        await trx.insertInto("userSession").values(sessions).execute();
      });
    }
  } finally {
    await handle.close();
  }
  return { url, people };
}

// ---------------------------------------------------------------------------------------------------------------
// The burst

interface Burst {
  people: number;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  registrationsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  retried: number;
  statuses: Record<string, number>;
}

function post(agent: http.Agent, url: URL, person: Person): Promise<{ status: number; ms: number }> {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const done = (status: number) => resolve({ status, ms: Number(process.hrtime.bigint() - start) / 1e6 });
    const req = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Content-Length": Buffer.byteLength(person.body),
          Cookie: person.cookie,
          Origin: url.origin,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => done(res.statusCode ?? 0));
        res.on("error", () => done(0));
      },
    );
    req.on("error", () => done(0));
    req.end(person.body);
  });
}

async function burst(base: string, people: Person[]): Promise<Burst> {
  const url = new URL(`/forum/${SLUG}/register`, base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let retried = 0;
  const send = async (person: Person) => {
    for (let attempt = 1; ; attempt++) {
      const { status, ms } = await post(agent, url, person);
      latencies.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
      const failed = status === 0 || status === 429 || status >= 500;
      if (!failed || attempt === MAX_TRIES) return;
      retried++;
    }
  };
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = next++; i < people.length; i = next++) {
        const person = people[i] as Person;
        if (i % 10 === 0)
          await Promise.all([send(person), send(person)]); // a double click
        else await send(person);
        if (i % 10 === 5) await send(person); // the answer was lost: sent again
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    people: people.length,
    requests: latencies.length,
    seconds: round(seconds, 2),
    requestsPerSecond: Math.round(latencies.length / seconds),
    registrationsPerSecond: Math.round(people.length / seconds),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    retried,
    statuses,
  };
}

/** The bare baseline: the same 64 clients posting the same bodies to node:http answering a fixed small page. */
async function bareBurst(people: Person[]): Promise<Burst> {
  const bare = await startProcess(TSX, ["bench/bare-server.ts"], {});
  try {
    return await burst(bare.url, people);
  } finally {
    await bare.stop();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The check

interface Check {
  registrations: number;
  distinctPeople: number;
  duplicates: number;
  mailJobs: number;
  registrationsWithoutMail: number;
}

async function check(url: string): Promise<Check> {
  const handle = openDatabase(parseDatabaseUrl(url));
  try {
    const db = handle.db;
    const event = await db.selectFrom("forumEvent").select("id").where("slug", "=", SLUG).executeTakeFirstOrThrow();
    const registrations = await db
      .selectFrom("forumRegistration")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("eventId", "=", event.id)
      .executeTakeFirstOrThrow();
    const distinct = await db
      .selectFrom("forumRegistration")
      .select((eb) => eb.fn.count<number>("userId").distinct().as("n"))
      .where("eventId", "=", event.id)
      .executeTakeFirstOrThrow();
    // One mail per registration: to the bench accounts' addresses.
    const mail = await db
      .selectFrom("mailMessage")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("toAddress", "like", "bench-%@example.org")
      .executeTakeFirstOrThrow();
    const withoutMail = await db
      .selectFrom("forumRegistration as r")
      .innerJoin("userAccount as u", "u.id", "r.userId")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("r.eventId", "=", event.id)
      .where((eb) =>
        eb.not(eb.exists(eb.selectFrom("mailMessage as m").select("m.id").whereRef("m.toAddress", "=", "u.email"))),
      )
      .executeTakeFirstOrThrow();
    return {
      registrations: Number(registrations.n),
      distinctPeople: Number(distinct.n),
      duplicates: Number(registrations.n) - Number(distinct.n),
      mailJobs: Number(mail.n),
      registrationsWithoutMail: Number(withoutMail.n),
    };
  } finally {
    await handle.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------

function serve(databaseUrl: string): Promise<Started> {
  return startPlatform({
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: TMP,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: "info", // as in production: one JSON line per request
    NODE_ENV: "production",
    SESSION_SECRET: SECRET,
  });
}

async function main() {
  const results: Record<string, { burst: Burst; bare: Burst; check: Check; ratio: number }> = {};
  for (const database of DATABASES) {
    console.log(`${database}: preparing ${PEOPLE} accounts…`);
    const { url, people } = await prepare(database);
    const server = await serve(url);
    let result: Burst;
    try {
      result = await burst(server.url, people);
    } finally {
      await server.stop();
    }
    const verified = await check(url);
    const bare = await bareBurst(people);
    results[database] = {
      burst: result,
      bare,
      check: verified,
      ratio: round(result.requestsPerSecond / bare.requestsPerSecond, 4),
    };
    console.log(`${database}: ${JSON.stringify(results[database])}`);
  }
  const file = path.join(ROOT, "bench", "results", "registration.json");
  writeFileSync(
    file,
    `${JSON.stringify({ at: new Date().toISOString(), machine: `${os.cpus().length} cores`, people: PEOPLE, clients: CLIENTS, results }, null, 2)}\n`,
  );
  console.log(
    "\n| database | registrations/s | requests/s | p50 ms | p95 ms | p99 ms | retried | statuses | bare req/s | ratio | registrations | duplicates | mail jobs | without mail |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const [database, r] of Object.entries(results)) {
    console.log(
      `| ${database} | ${r.burst.registrationsPerSecond} | ${r.burst.requestsPerSecond} | ${r.burst.p50} | ${r.burst.p95} | ${r.burst.p99} | ${r.burst.retried} | ${JSON.stringify(r.burst.statuses)} | ${r.bare.requestsPerSecond} | ${r.ratio} | ${r.check.registrations} | ${r.check.duplicates} | ${r.check.mailJobs} | ${r.check.registrationsWithoutMail} |`,
    );
  }
  const failed = Object.values(results).some(
    (r) => r.check.registrations !== PEOPLE || r.check.duplicates !== 0 || r.check.registrationsWithoutMail !== 0,
  );
  if (failed) {
    console.error("the database check failed");
    process.exitCode = 1;
  }
}

await main();
