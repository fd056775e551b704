import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import proxyAddr from "proxy-addr";
import { z } from "zod";

const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:|postgres:\/\/|postgresql:\/\/)/, "must start with sqlite: or postgres://")
    .optional(),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  /** Largest request body accepted, in bytes. */
  BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  /**
   * Behind reverse proxies: which of them may say who the client is in X-Forwarded-For. "false" (or 0): none; a
   * number: that many hops nearest to the server ("true" is 1); otherwise a comma-separated list of addresses,
   * CIDR ranges or proxy-addr's names (loopback, linklocal, uniquelocal). See parseTrustProxy.
   */
  TRUST_PROXY: z.string().trim().min(1).default("false"),
  /** The secretariat's address, shown on the contact page, the privacy notice and the terms of use. */
  CONTACT_EMAIL: z
    .string()
    .trim()
    .regex(/^[^\s@<>]+@[^\s@<>]+$/, "must be an email address, like wsis-info@example.org")
    .default("secretariat@example.org"),
  /** The sender of the platform's mail. */
  MAIL_FROM: z.string().min(3).default("WSIS Platform <no-reply@localhost>"),
  /** Seconds to let requests in flight finish on SIGTERM before closing anyway. */
  SHUTDOWN_GRACE: z.coerce.number().int().min(0).default(10),
  WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** Matches of recently searched texts each process keeps (Stocktaking search, search/recent.ts); 0 keeps none. */
  SEARCH_RECENT_MATCHES: z.coerce.number().int().min(0).max(100_000_000).default(1_000_000),
  /** SQLite's synchronous setting: normal (WAL default) or full (every commit synced to disk). */
  SQLITE_SYNCHRONOUS: z.enum(["normal", "full"]).default("normal"),
  /** Days after an event ends before registrations' passport details are erased. */
  PASSPORT_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  /**
   * Days a person must have been an approved member of an organisation before a request of theirs (made after
   * that) can be accredited automatically by its focal point; until then the secretariat decides.
   */
  FOCAL_POINT_MIN_MEMBERSHIP_DAYS: z.coerce.number().int().min(0).max(3650).default(7),
  CHECKIN_OPENS_DAYS_BEFORE: z.coerce.number().int().min(0).max(30).default(1),
});

/** Every environment variable the platform reads (the README's configuration table lists each; a test checks). */
export const CONFIGURATION_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

export type Database =
  | { dialect: "sqlite"; file: string; synchronous?: "normal" | "full" }
  | { dialect: "postgres"; connectionString: string };

export interface Config {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  baseUrl: string;
  dataDir: string;
  database: Database;
  sessionSecret: string;
  smtpUrl: string | undefined;
  logLevel: LogLevel;
  bodyLimit: number;
  shutdownGraceSeconds: number;
  /** HTTP worker processes on this machine (node:cluster); 1 serves from the one process. */
  workers: number;
  /** Matches of recently searched texts each process keeps for the next search of the same words; 0 keeps none. */
  searchRecentMatches: number;
  /** Who may say who the client is (X-Forwarded-For); the client is the right-most address not trusted. */
  trustProxy: TrustProxy;
  mailFrom: string;
  /** Where people write to the secretariat (CONTACT_EMAIL). */
  contactEmail: string;
  /** Days after an event ends before its registrations' passport details are erased (wsis erase passports). */
  passportRetentionDays: number;
  /** Days of membership before a focal point's approval accredits automatically (FOCAL_POINT_MIN_MEMBERSHIP_DAYS). */
  focalPointMinMembershipDays: number;
  /** Days before an edition's first day on which check-in already records arrivals (CHECKIN_OPENS_DAYS_BEFORE). */
  checkinOpensDaysBefore: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Reads the environment into a typed Config. Every variable has a default that runs out of the box,
 * except SESSION_SECRET in production: a secret that changes on each start would sign everyone out.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== "")),
  );
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const trustProxy = parseTrustProxy(e.TRUST_PROXY);
  if (e.NODE_ENV === "production" && !e.SESSION_SECRET) {
    throw new ConfigError(["SESSION_SECRET: required in production (at least 32 random characters)"]);
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    baseUrl: (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    dataDir,
    database: withSynchronous(
      parseDatabaseUrl(e.DATABASE_URL ?? `sqlite:${path.join(dataDir, "wsis.db")}`),
      e.SQLITE_SYNCHRONOUS,
    ),
    sessionSecret: e.SESSION_SECRET ?? developmentSecret(dataDir),
    smtpUrl: e.SMTP_URL,
    logLevel: e.LOG_LEVEL,
    bodyLimit: e.BODY_LIMIT,
    shutdownGraceSeconds: e.SHUTDOWN_GRACE,
    workers: e.WORKERS,
    searchRecentMatches: e.SEARCH_RECENT_MATCHES,
    trustProxy,
    mailFrom: e.MAIL_FROM,
    contactEmail: e.CONTACT_EMAIL,
    passportRetentionDays: e.PASSPORT_RETENTION_DAYS,
    focalPointMinMembershipDays: e.FOCAL_POINT_MIN_MEMBERSHIP_DAYS,
    checkinOpensDaysBefore: e.CHECKIN_OPENS_DAYS_BEFORE,
  };
}

/** No proxy trusted; the nearest `hops` peers trusted (the socket's, then X-Forwarded-For from the right); these. */
export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "addresses"; addresses: string[] };

/**
 * TRUST_PROXY: "false" or "0" trusts no proxy (the socket's address is the client's); a number trusts that many
 * hops, the socket's peer first; "true" means one hop (a single reverse proxy in front) — it used to mean the
 * left-most X-Forwarded-For entry, which the client writes. Anything else is a comma-separated list for proxy-addr
 * ("10.0.0.0/8, loopback"): only peers in it are believed.
 */
export function parseTrustProxy(value: string): TrustProxy {
  const v = value.trim().toLowerCase();
  if (v === "false" || v === "0") return { kind: "none" };
  if (v === "true") return { kind: "hops", hops: 1 };
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops > 20) throw new ConfigError(["TRUST_PROXY: at most 20 hops"]);
    return { kind: "hops", hops };
  }
  const addresses = v
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  try {
    if (addresses.length === 0) throw new Error("no address given");
    proxyAddr.compile(addresses);
  } catch (error) {
    throw new ConfigError([
      `TRUST_PROXY: false, a number of hops, or addresses/CIDR ranges/loopback/linklocal/uniquelocal separated by commas (${error instanceof Error ? error.message : String(error)})`,
    ]);
  }
  return { kind: "addresses", addresses };
}

function withSynchronous(database: Database, synchronous: "normal" | "full"): Database {
  return database.dialect === "sqlite" ? { ...database, synchronous } : database;
}

export function parseDatabaseUrl(url: string): Database {
  if (url.startsWith("sqlite:")) {
    const file = url.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
    if (!file) throw new ConfigError(["DATABASE_URL: sqlite: needs a file path, e.g. sqlite:./data/wsis.db"]);
    return { dialect: "sqlite", file: file === ":memory:" ? file : path.resolve(file) };
  }
  return { dialect: "postgres", connectionString: url };
}

/** In development a secret is generated once and kept in the data folder, so sessions survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, "session-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
