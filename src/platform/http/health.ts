import type { Hono } from "hono";
import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { migrations } from "../../db/migrations/index.ts";
import type { Logger } from "../log/logger.ts";
import type { AppEnv } from "./env.ts";

const LATEST = Object.keys(migrations).sort();

/**
 * What the database answers about its schema: "ok" when every migration this code knows has been applied
 * (a database restored from an old backup, or one whose tables were dropped, is not ok), "behind" otherwise.
 * A database that cannot be reached throws.
 */
export async function schemaState(db: Db): Promise<{ state: "ok" | "behind"; missing: string[] }> {
  await sql`select 1`.execute(db);
  // Reachable, but without the bookkeeping table (tables dropped, a new empty database): nothing is applied.
  const rows = await sql<{ name: string }>`select name from schema_migration`
    .execute(db)
    .then((r) => r.rows)
    .catch(() => []);
  const applied = new Set(rows.map((r) => r.name));
  const missing = LATEST.filter((name) => !applied.has(name));
  return { state: missing.length === 0 ? "ok" : "behind", missing };
}

/**
 * GET /healthz for load balancers: 200 only when the database answers and its schema is at the latest migration
 * this code knows; 503 otherwise, so an instance on a database that is gone, emptied or not yet migrated is taken
 * out of rotation instead of answering every page with an error.
 */
export function setUpHealthCheck(app: Hono<AppEnv>, db: Db, logger: Logger) {
  app.get("/healthz", async (c) => {
    try {
      const schema = await schemaState(db);
      if (schema.state === "ok") return c.json({ status: "ok", database: "ok", schema: "ok" });
      logger.error("health check: schema behind", { missing: schema.missing });
      return c.json({ status: "error", database: "ok", schema: "behind", missing: schema.missing }, 503);
    } catch (error) {
      logger.error("health check failed", { error });
      return c.json({ status: "error", database: "unreachable" }, 503);
    }
  });
}
