import type { Kysely } from "kysely";
import type { Database } from "../../db/database.ts";

export interface RateLimitTable {
  key: string;
  windowStart: string;
  count: number;
}

export interface RateLimitTables {
  rateLimit: RateLimitTable;
}

export interface Limit {
  /** Most attempts allowed in one window. */
  max: number;
  windowSeconds: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window ends, when refused. */
  retryAfter: number;
}

/**
 * Counts an attempt against `key` in a fixed window, in the database so every instance shares the count.
 * One statement: an upsert that returns the new count, atomic on SQLite and PostgreSQL alike.
 */
export async function hitRateLimit(db: Kysely<Database>, key: string, limit: Limit, now: Date): Promise<RateDecision> {
  const windowMs = limit.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const row = await db
    .insertInto("rateLimit")
    .values({ key, windowStart: new Date(start).toISOString(), count: 1 })
    .onConflict((oc) =>
      oc.columns(["key", "windowStart"]).doUpdateSet((eb) => ({ count: eb("rateLimit.count", "+", 1) })),
    )
    .returning("count")
    .executeTakeFirstOrThrow();
  const allowed = Number(row.count) <= limit.max;
  return { allowed, retryAfter: allowed ? 0 : Math.ceil((start + windowMs - now.getTime()) / 1000) };
}

/** Old windows are of no use; removed now and then so the table stays small. */
export async function pruneRateLimits(db: Kysely<Database>, olderThan: Date): Promise<void> {
  await db.deleteFrom("rateLimit").where("windowStart", "<", olderThan.toISOString()).execute();
}
