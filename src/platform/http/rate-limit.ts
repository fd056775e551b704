import type { Kysely } from "kysely";
import type { Database } from "../../db/database.ts";
import { errors } from "./errors.ts";

export interface RateLimitTable {
  key: string;
  windowStart: string;
  count: number;
}

export interface RateLimitTables {
  rateLimit: RateLimitTable;
}

/**
 * The part of a client address that rate limits count by: an IPv4 address whole, an IPv6 address by its /64 — one
 * subscriber's network, where each device (and anyone wanting a fresh address) takes as many addresses as it likes.
 */
export function limitAddress(ip: string | null): string {
  if (ip === null) return "unknown";
  const address = ip.split("%")[0] ?? ip;
  if (!address.includes(":") || address.includes(".")) return address;
  const [head = "", tail] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export interface Limit {
  /** Most attempts allowed in one window. */
  max: number;
  windowSeconds: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window ends, when refused (at least 1: a 429 always says when to come back). */
  retryAfter: number;
  /** The attempts counted in this window, this one included. */
  count: number;
  /** Which window counted it, to take the attempt back from (refundRateLimit). */
  windowStart: string;
}

function windowOf(limit: Limit, now: Date) {
  const windowMs = limit.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  return {
    start: new Date(start).toISOString(),
    retryAfter: Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000)),
  };
}

/**
 * Counts an attempt against `key` in a fixed window, in the database so every instance shares the count.
 * One statement: an upsert that returns the new count, atomic on SQLite and PostgreSQL alike.
 */
export async function hitRateLimit(db: Kysely<Database>, key: string, limit: Limit, now: Date): Promise<RateDecision> {
  const window = windowOf(limit, now);
  const row = await db
    .insertInto("rateLimit")
    .values({ key, windowStart: window.start, count: 1 })
    .onConflict((oc) =>
      oc.columns(["key", "windowStart"]).doUpdateSet((eb) => ({ count: eb("rateLimit.count", "+", 1) })),
    )
    .returning("count")
    .executeTakeFirstOrThrow();
  const count = Number(row.count);
  const allowed = count <= limit.max;
  return { allowed, retryAfter: allowed ? 0 : window.retryAfter, count, windowStart: window.start };
}

/**
 * Takes back an attempt counted with hitRateLimit in the same window: counting first and refunding what turned out
 * not to count (a right password, an attempt refused by another limit) keeps concurrent attempts from all passing
 * a check made before any of them was counted.
 */
export async function refundRateLimit(db: Kysely<Database>, key: string, counted: RateDecision): Promise<void> {
  await db
    .updateTable("rateLimit")
    .set((eb) => ({ count: eb("count", "-", 1) }))
    .where("key", "=", key)
    .where("windowStart", "=", counted.windowStart)
    .where("count", ">", 0)
    .execute();
}

/** Counts an attempt and refuses it with a 429 (Retry-After: the rest of the window) when over the limit. */
export async function enforceRateLimit(db: Kysely<Database>, key: string, limit: Limit, now: Date): Promise<void> {
  const decision = await hitRateLimit(db, key, limit, now);
  if (!decision.allowed) throw errors.tooManyRequests(decision.retryAfter);
}

/** Old windows are of no use; removed now and then so the table stays small. */
export async function pruneRateLimits(db: Kysely<Database>, olderThan: Date): Promise<void> {
  await db.deleteFrom("rateLimit").where("windowStart", "<", olderThan.toISOString()).execute();
}
