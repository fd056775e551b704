import { closeSync, existsSync, openSync } from "node:fs";
import SQLite from "better-sqlite3";
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database as DatabaseConfig } from "../config.ts";
import type { AccountTables } from "../modules/accounts/accounts.table.ts";
import type { ForumAgendaTables } from "../modules/forum/agenda/agenda.table.ts";
import type { ForumTables } from "../modules/forum/forum.table.ts";
import type { ForumProposalTables } from "../modules/forum/proposals/proposals.table.ts";
import type { MeasuringTables } from "../modules/measuring/measuring.table.ts";
import type { OrganizationTables } from "../modules/organizations/organizations.table.ts";
import type { RegistrationTables } from "../modules/registration/registration.table.ts";
import type { StocktakingTables } from "../modules/stocktaking/stocktaking.table.ts";
import type { AuditTables } from "../platform/audit/audit.table.ts";
import type { FormKeyTables } from "../platform/http/form-key.ts";
import type { RateLimitTables } from "../platform/http/rate-limit.ts";
import type { MailTables } from "../platform/mail/mail.table.ts";
import type { ReferenceTables } from "../reference/reference.table.ts";
import type { MetaTables } from "./meta.table.ts";

/** Every table of every module. A module adds its `*.table.ts` interface here. */
export interface Database
  extends MetaTables,
    ReferenceTables,
    AccountTables,
    OrganizationTables,
    StocktakingTables,
    ForumTables,
    ForumProposalTables,
    ForumAgendaTables,
    RegistrationTables,
    MeasuringTables,
    AuditTables,
    MailTables,
    RateLimitTables,
    FormKeyTables {}

export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  dialect: DatabaseConfig["dialect"];
  close(): Promise<void>;
}

const sqliteConnections = new WeakMap<Db, SQLite.Database>();

/** Statements kept prepared, by SQL text: Kysely's SQLite driver prepares every query anew (20–50 µs each). */
const STATEMENT_CACHE = 500;

/**
 * The connection as Kysely's SQLite dialect sees it, with prepared statements reused. A statement still being
 * iterated (busy) is never handed out twice; SQLite re-prepares a cached statement itself after a schema change.
 */
function cachingStatements(sqlite: SQLite.Database): { prepare(sql: string): SQLite.Statement; close(): void } {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sql) {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        // Most recently used last, so the oldest is the first key.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      if (!cached) {
        cache.set(sql, statement);
        if (cache.size > STATEMENT_CACHE) cache.delete(cache.keys().next().value as string);
      }
      return statement;
    },
    close() {
      cache.clear();
      sqlite.close();
    },
  };
}

/**
 * The SQLite connection under a Kysely instance opened here, for the few reads where building one JavaScript
 * object per row is the cost (search reads 50,000 keys of a broad word as a plain array). Undefined on PostgreSQL.
 */
export function sqliteConnectionOf(db: Db): SQLite.Database | undefined {
  return sqliteConnections.get(db);
}

/** Whether a PostgreSQL connection string sets its own startup options (`?options=-c …`). */
function hasOwnOptions(connectionString: string): boolean {
  try {
    return new URL(connectionString).searchParams.has("options");
  } catch {
    return /[?&]options=/.test(connectionString);
  }
}

export function openDatabase(config: DatabaseConfig): DbHandle {
  const plugins = [new CamelCasePlugin()];
  if (config.dialect === "sqlite") {
    // A new database file is readable by its owner only (SQLite gives its -wal and -shm files the same mode).
    if (config.file !== ":memory:" && !existsSync(config.file)) closeSync(openSync(config.file, "a", 0o600));
    const sqlite = new SQLite(config.file);
    // WAL lets readers run while one writer writes. synchronous = NORMAL (the default) keeps the database
    // consistent after any crash, and every commit after the process crashes; a power cut or an operating-system
    // crash can lose the last commits before a checkpoint. SQLITE_SYNCHRONOUS=full syncs every commit instead
    // (slower writes, each commit durable); docs/OPERATIONS.md.
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma(`synchronous = ${config.synchronous === "full" ? "FULL" : "NORMAL"}`);
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    // SQLite's own default page cache (2 MiB; better-sqlite3 raises it to 16 MiB). The operating system caches the
    // file anyway; a read that walks every row (the CSV export) filled all 16 MiB for good. Search and loading
    // measured the same with either (bench/README.md).
    sqlite.pragma("cache_size = -2000");
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }), plugins });
    sqliteConnections.set(db, sqlite);
    return { db, dialect: "sqlite", close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: config.connectionString,
    max: 10,
    // The planner's default random_page_cost (4) is for spinning disks. With it, a Stocktaking word that half the
    // entries contain is matched by reading every row's tsvector (a sequential scan, 65 ms warm at 100,000 entries)
    // instead of the GIN index's bitmap (34 ms). 1.1 is the usual value for SSDs and data that fits in memory.
    // A DATABASE_URL with its own ?options=… keeps those instead (docs/OPERATIONS.md).
    ...(hasOwnOptions(config.connectionString) ? {} : { options: "-c random_page_cost=1.1" }),
    // COUNT(*) and BIGINT come back as strings by default; our counts fit in a JS number.
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === pg.types.builtins.INT8
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server ends (a restart, a failover, an administrator) emits an error; without a
  // listener that would end the process. The pool drops that connection and opens a new one for the next query.
  pool.on("error", () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
  return { db, dialect: "postgres", close: () => db.destroy() };
}
