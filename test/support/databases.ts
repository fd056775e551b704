import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { Database as DatabaseConfig } from "../../src/config.ts";

/**
 * The databases integration tests run on. SQLite always; PostgreSQL when a server answers at
 * PG_TEST_URL (default postgres://postgres@127.0.0.1:5432/postgres). With CI=true PostgreSQL is required:
 * a missing server fails the run instead of skipping.
 */
export interface TestDialect {
  name: "sqlite" | "postgres";
  /** false, or why this dialect's tests are skipped. */
  skip: false | string;
  /** A new empty database, and how to remove it. */
  create(): Promise<{ config: DatabaseConfig; drop(): Promise<void> }>;
}

const PG_URL = process.env.PG_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function postgresAvailable(): Promise<true | string> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

const sqlite: TestDialect = {
  name: "sqlite",
  skip: false,
  async create() {
    const dir = mkdtempSync(path.join(os.tmpdir(), "wsis-test-"));
    return {
      config: { dialect: "sqlite", file: path.join(dir, "test.db") },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

function postgres(skip: false | string): TestDialect {
  return {
    name: "postgres",
    skip,
    async create() {
      const name = `wsis_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(PG_URL);
      url.pathname = `/${name}`;
      return {
        config: { dialect: "postgres", connectionString: url.toString() },
        drop: async () => {
          const client = new pg.Client({ connectionString: PG_URL });
          await client.connect();
          // pool.end() resolves once it has asked its connections to close, not once they have: a forced drop
          // in that moment terminates them, and the "terminating connection" error surfaces in whatever test
          // runs next. Wait (up to 2 s) for the database's connections to be gone first.
          for (let i = 0; i < 100; i++) {
            const { rows } = await client.query<{ n: number }>(
              "select count(*)::int as n from pg_stat_activity where datname = $1",
              [name],
            );
            if ((rows[0]?.n ?? 0) === 0) break;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          await client.query(`drop database if exists ${name} with (force)`);
          await client.end();
        },
      };
    },
  };
}

let cached: TestDialect[] | undefined;

export async function testDialects(): Promise<TestDialect[]> {
  if (cached) return cached;
  const available = await postgresAvailable();
  if (available !== true && process.env.CI === "true") {
    throw new Error(`CI=true but PostgreSQL is not reachable at ${PG_URL}: ${available}`);
  }
  const skip = available === true ? false : `PostgreSQL not reachable at ${PG_URL} (${available}); set PG_TEST_URL`;
  if (skip) process.stderr.write(`# SKIPPING PostgreSQL tests: ${skip}\n`);
  cached = [sqlite, postgres(skip)];
  return cached;
}
