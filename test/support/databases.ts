import { createHash, randomBytes } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { Database as DatabaseConfig } from "../../src/config.ts";
import { type Db, openDatabase } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { seedMeasuring } from "../../src/modules/measuring/measuring.seed.ts";
import { seedReference } from "../../src/reference/reference.seed.ts";

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
  create(): Promise<TestDatabase>;
  /**
   * A new database of its own, migrated and seeded, and how to remove it: a copy of a template database that
   * was migrated and seeded once (see {@link templateName}).
   */
  seeded(): Promise<TestDatabase>;
}

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/** What a test database starts from: every migration, then the reference and measuring seeds. */
export async function migrateAndSeed(db: Db) {
  await migrateToLatest(db);
  await seedReference(db);
  await seedMeasuring(db);
}

const PG_URL = process.env.PG_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * What a template is built from: the migrations (which import nothing but kysely and node:), the seeds, their
 * data and what they import, and this file. Their contents name the template, so editing any of them builds a
 * new one; a template is never reused for other inputs. A seed or migration that starts importing from another
 * folder adds it here.
 */
const TEMPLATE_INPUTS = [
  "src/db",
  "src/reference",
  "src/modules/measuring/measuring.seed.ts",
  "src/modules/measuring/measuring.repository.ts",
  "src/modules/measuring/data",
  "src/platform/i18n/locale.ts",
  "test/support/databases.ts",
];

function filesUnder(relative: string): string[] {
  const full = path.join(ROOT, relative);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [relative];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(relative, name)));
}

let templateHash: string | undefined;

/** A digest of every template input's path and contents (tests excluded: they do not shape the database). */
export function templateName(): string {
  if (!templateHash) {
    const hash = createHash("sha256");
    for (const file of TEMPLATE_INPUTS.flatMap(filesUnder)) {
      if (/\.test\.tsx?$/.test(file)) continue;
      hash
        .update(`${file}\0`)
        .update(readFileSync(path.join(ROOT, file)))
        .update("\0");
    }
    templateHash = hash.digest("hex").slice(0, 16);
  }
  return `wsis_template_${templateHash}`;
}

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

function emptySqlite(): TestDatabase & { file: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "wsis-test-"));
  const file = path.join(dir, "test.db");
  return {
    file,
    config: { dialect: "sqlite", file },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The SQLite template: a migrated and seeded file in the temporary folder. Built in a file of its own and
 * renamed into place, so a reader never sees half of one; two processes building it at once both write the
 * same thing, and the last rename wins.
 */
async function sqliteTemplate(): Promise<string> {
  const file = path.join(os.tmpdir(), `${templateName()}.sqlite`);
  if (existsSync(file)) return file;
  const building = emptySqlite();
  const handle = openDatabase(building.config);
  try {
    await migrateAndSeed(handle.db);
  } catch (error) {
    await handle.close();
    await building.drop();
    throw error;
  }
  // Closing the last connection checkpoints the WAL and removes it: the template is one file.
  await handle.close();
  renameSync(building.file, file);
  await building.drop();
  // Templates of other inputs, once an hour old (editing a migration makes a new one).
  for (const other of readdirSync(os.tmpdir())) {
    const full = path.join(os.tmpdir(), other);
    if (!/^wsis_template_\w+\.sqlite$/.test(other) || full === file) continue;
    try {
      if (statSync(full).mtimeMs < Date.now() - 3600_000) rmSync(full, { force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
  return file;
}

const sqlite: TestDialect = {
  name: "sqlite",
  skip: false,
  async create() {
    return emptySqlite();
  },
  async seeded() {
    const template = await sqliteTemplate();
    const database = emptySqlite();
    copyFileSync(template, database.file);
    return database;
  },
};

function postgresUrl(name: string): string {
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/**
 * Waits (up to 2 s) until no connection to the database is left. pool.end() resolves once it has asked its
 * connections to close, not once they have: a forced drop in that moment terminates them, and the "terminating
 * connection" error surfaces in whatever test runs next.
 */
async function untilUnused(client: pg.Client, name: string) {
  for (let i = 0; i < 100; i++) {
    const { rows } = await client.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where datname = $1",
      [name],
    );
    if ((rows[0]?.n ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function createPostgres(template?: string): Promise<TestDatabase> {
  const name = `wsis_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  await withAdmin((admin) => admin.query(`create database ${name}${template ? ` template ${template}` : ""}`));
  return {
    config: { dialect: "postgres", connectionString: postgresUrl(name) },
    drop: () =>
      withAdmin(async (client) => {
        await untilUnused(client, name);
        await client.query(`drop database if exists ${name} with (force)`);
      }),
  };
}

/** Any number; the same in every process, so only one of them builds the PostgreSQL template at a time. */
const TEMPLATE_LOCK = 0x7753_4953;

/**
 * The PostgreSQL template, built once and kept for later runs under its {@link templateName}. Processes that
 * start together queue on an advisory lock; the first builds the template under a temporary name and renames it
 * when it is complete (a build cut short never leaves a template behind); the others find it there. Nobody may
 * connect to a template (ALLOW_CONNECTIONS false), since CREATE DATABASE … TEMPLATE refuses a source in use.
 * Builds cut short are dropped, and templates of other inputs once an hour old (each is some 10 MB, and editing
 * a migration makes a new one).
 */
let postgresTemplateBuilt: Promise<string> | undefined;

function postgresTemplate(): Promise<string> {
  postgresTemplateBuilt ??= withAdmin(async (admin) => {
    const name = templateName();
    const exists = async () =>
      (await admin.query("select 1 from pg_database where datname = $1", [name])).rows.length > 0;
    if (await exists()) return name;
    await admin.query("select pg_advisory_lock($1)", [TEMPLATE_LOCK]);
    try {
      if (await exists()) return name;
      const building = `${name}_building_${randomBytes(4).toString("hex")}`;
      await admin.query(`create database ${building}`);
      try {
        const handle = openDatabase({ dialect: "postgres", connectionString: postgresUrl(building) });
        try {
          await migrateAndSeed(handle.db);
        } finally {
          await handle.close();
        }
        for (let attempt = 1; ; attempt++) {
          await untilUnused(admin, building);
          try {
            await admin.query(`alter database ${building} rename to ${name}`);
            break;
          } catch (error) {
            // 55006: a connection of the build is still closing.
            if ((error as { code?: string }).code !== "55006" || attempt === 5) throw error;
          }
        }
      } catch (error) {
        await admin.query(`drop database if exists ${building} with (force)`);
        throw error;
      }
      await admin.query(`alter database ${name} with is_template true allow_connections false`);
      await admin.query(`comment on database ${name} is '${new Date().toISOString()}'`);
      const { rows } = await admin.query<{ datname: string }>(
        `select datname from pg_database
         where datname like 'wsis\\_template\\_%' and datname <> $1
           and coalesce(shobj_description(oid, 'pg_database'), '') < $2`,
        [name, new Date(Date.now() - 3600_000).toISOString()],
      );
      for (const { datname } of rows) {
        await admin.query(`alter database ${datname} with is_template false`).catch(() => {});
        await admin.query(`drop database if exists ${datname}`).catch(() => {});
      }
      return name;
    } finally {
      await admin.query("select pg_advisory_unlock($1)", [TEMPLATE_LOCK]);
    }
  });
  return postgresTemplateBuilt;
}

function postgres(skip: false | string): TestDialect {
  return {
    name: "postgres",
    skip,
    create: () => createPostgres(),
    seeded: async () => createPostgres(await postgresTemplate()),
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
