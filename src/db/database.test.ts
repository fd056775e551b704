import assert from "node:assert/strict";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { sql } from "kysely";
import { testDialects } from "../../test/support/databases.ts";
import { openDatabase, sqliteConnectionOf } from "./database.ts";

const postgres = (await testDialects()).find((d) => d.name === "postgres");

describe("PostgreSQL connections", { skip: postgres?.skip ?? "no PostgreSQL dialect" }, () => {
  test("plan with random_page_cost 1.1, unless the DATABASE_URL sets its own options", async () => {
    assert.ok(postgres);
    const { config, drop } = await postgres.create();
    assert.equal(config.dialect, "postgres");
    const costOf = async (connectionString: string) => {
      const handle = openDatabase({ dialect: "postgres", connectionString });
      try {
        const { rows } = await sql<{ cost: string }>`select current_setting('random_page_cost') as cost`.execute(
          handle.db,
        );
        return rows[0]?.cost;
      } finally {
        await handle.close();
      }
    };
    try {
      assert.equal(await costOf(config.connectionString), "1.1");
      const own = new URL(config.connectionString);
      own.searchParams.set("options", "-c random_page_cost=2");
      assert.equal(await costOf(own.toString()), "2");
    } finally {
      await drop();
    }
  });
});

describe("SQLite files", () => {
  test("the data folder and a new database file are readable by their owner only", async () => {
    const { loadConfig } = await import("../config.ts");
    const { connect } = await import("../server.ts");
    const root = mkdtempSync(path.join(os.tmpdir(), "wsis-perm-"));
    const previous = process.umask(0o022);
    try {
      const config = loadConfig({
        DATA_DIR: path.join(root, "data"),
        NODE_ENV: "test",
        SESSION_SECRET: "s".repeat(32),
      });
      const handle = connect(config);
      await sql`create table t (x integer)`.execute(handle.db);
      await handle.close();
      assert.equal(statSync(path.join(root, "data")).mode & 0o777, 0o700);
      assert.equal(statSync(path.join(root, "data", "wsis.db")).mode & 0o777, 0o600);
    } finally {
      process.umask(previous);
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("synchronous is NORMAL, or FULL with SQLITE_SYNCHRONOUS=full", async () => {
    const { loadConfig } = await import("../config.ts");
    const root = mkdtempSync(path.join(os.tmpdir(), "wsis-sync-"));
    try {
      const level = (env: Record<string, string>) => {
        const config = loadConfig({ DATA_DIR: root, NODE_ENV: "test", SESSION_SECRET: "s".repeat(32), ...env });
        const handle = openDatabase(config.database);
        const value = sqliteConnectionOf(handle.db)?.pragma("synchronous", { simple: true });
        void handle.close();
        return value;
      };
      // SQLite's numbers: 1 = NORMAL, 2 = FULL.
      assert.equal(level({}), 1);
      assert.equal(level({ SQLITE_SYNCHRONOUS: "full" }), 2);
      assert.throws(() => loadConfig({ SQLITE_SYNCHRONOUS: "off" }), /SQLITE_SYNCHRONOUS/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
