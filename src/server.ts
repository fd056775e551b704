import cluster from "node:cluster";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import type { Config } from "./config.ts";
import { type DbHandle, openDatabase } from "./db/database.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { loadDemo } from "./demo.ts";
import { deleteExpiredSessions } from "./modules/accounts/accounts.repository.ts";
import { MEASURING_DATA_VERSION, seedMeasuring } from "./modules/measuring/measuring.seed.ts";
import { eraseExpiredPassports } from "./modules/registration/letter/letter.erase.ts";
import { pruneSearchChanges } from "./modules/stocktaking/search/memory.ts";
import { createStocktakingSearch } from "./modules/stocktaking/search/search.ts";
import { reindexWhenMarked } from "./modules/stocktaking/stocktaking.reindex.ts";
import { settled } from "./platform/background.ts";
import { pruneFormKeys } from "./platform/http/form-key.ts";
import { pruneRateLimits } from "./platform/http/rate-limit.ts";
import type { Logger } from "./platform/log/logger.ts";
import { mailerFor } from "./platform/mail/setup.ts";
import { seedReference } from "./reference/reference.seed.ts";

/** Opens the database named by the config, creating the SQLite file's folder (owner only) when needed. */
export function connect(config: Config): DbHandle {
  if (config.database.dialect === "sqlite" && config.database.file !== ":memory:") {
    mkdirSync(path.dirname(config.database.file), { recursive: true, mode: 0o700 });
  }
  return openDatabase(config.database);
}

/** Migrates, loads reference data when it changed (and demo content when asked), and serves until SIGTERM or SIGINT. */
export async function runServer(config: Config, logger: Logger, options: { demo?: boolean } = {}): Promise<void> {
  if (config.workers > 1 && cluster.isPrimary) return runPrimary(config, logger, options);
  const handle = connect(config);
  // With WORKERS > 1 the primary has prepared the database before starting the workers.
  if (cluster.isPrimary) await prepareDatabase(handle, logger, options);

  const mailer = mailerFor(config, handle.db, logger);
  mailer.start(15_000);
  // Housekeeping: expired sessions, old rate-limit windows and form keys, the search change log's old rows. Harmless when
  // several instances do it.
  const maintenance = setInterval(() => {
    const now = new Date();
    Promise.all([
      deleteExpiredSessions(handle.db, now.toISOString()),
      pruneRateLimits(handle.db, new Date(now.getTime() - 24 * 3600_000)),
      // One-time form keys guard against a double click or a retry, which come within seconds.
      pruneFormKeys(handle.db, new Date(now.getTime() - 7 * 24 * 3600_000)),
      pruneSearchChanges(handle.db),
      // Passport details go a set time after their event (PASSPORT_RETENTION_DAYS), each erasure audited.
      eraseExpiredPassports(handle.db, now, config.passportRetentionDays),
    ]).catch((error: unknown) => logger.error("maintenance failed", { error }));
  }, 3600_000);
  maintenance.unref();
  const app = createApp({ config, db: handle.db, dialect: handle.dialect, logger, mailer, clock: () => new Date() });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info("listening", {
      pid: process.pid,
      url: config.baseUrl,
      port: info.port,
      database: handle.dialect,
      mail: mailer.transportKind,
    });
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal, graceSeconds: config.shutdownGraceSeconds });
    // Stop accepting connections, let requests in flight finish, then close idle keep-alive sockets.
    const force = setTimeout(() => {
      logger.warn("grace period over; closing remaining connections");
      if ("closeAllConnections" in server) server.closeAllConnections();
    }, config.shutdownGraceSeconds * 1000);
    force.unref();
    server.close(async () => {
      clearTimeout(force);
      clearInterval(maintenance);
      await settled(); // work requests left to run after their answer (a reset link's mail)
      await mailer.stop();
      await handle.close();
      logger.info("stopped");
      process.exit(0);
    });
    if ("closeIdleConnections" in server) server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

/** Migrates, loads reference data when it changed, and demo content when asked. */
async function prepareDatabase(handle: DbHandle, logger: Logger, options: { demo?: boolean }): Promise<void> {
  const migrated = await migrateToLatest(handle.db);
  for (const m of migrated) logger.info("migration applied", { migration: m.migrationName, status: m.status });
  // A migration asked for a rebuild (0015: stems): done before serving, so the first search finds stems too. The old
  // index would answer, by words alone, but an instance mid-rebuild would give other results than one done.
  const started = Date.now();
  const rebuilt = await reindexWhenMarked({
    db: handle.db,
    search: createStocktakingSearch(handle.db, handle.dialect),
  });
  if (rebuilt) logger.info("stocktaking search index rebuilt", { entries: rebuilt.entries, ms: Date.now() - started });
  const seeded = await seedReference(handle.db);
  if (seeded.applied) logger.info("reference data loaded", { version: seeded.version });
  // The WSIS targets, the indicators and the published figures the platform starts with (when they changed).
  if ((await seedMeasuring(handle.db)).loaded)
    logger.info("measuring data loaded", { version: MEASURING_DATA_VERSION });
  if (options.demo) await loadDemo(handle, logger);
}

/**
 * WORKERS > 1: this process prepares the database, then runs that many workers that each serve HTTP on the same
 * port (node:cluster hands connections out in turn), so one machine's cores all serve. The app keeps nothing
 * between requests, so workers are interchangeable, like instances behind a load balancer. A worker that dies
 * is replaced; SIGTERM or SIGINT is passed to every worker, each finishing its requests in flight.
 */
async function runPrimary(config: Config, logger: Logger, options: { demo?: boolean }): Promise<void> {
  const handle = connect(config);
  await prepareDatabase(handle, logger, options);
  await handle.close();
  let stopping = false;
  for (let i = 0; i < config.workers; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        logger.info("stopped");
        process.exit(0);
      }
      return;
    }
    logger.error("worker exited; starting another", { pid: worker.process.pid, code, signal });
    setTimeout(() => cluster.fork(), 1000).unref();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal, workers: config.workers });
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}
