import { createApp } from "../../src/app.ts";
import { type Config, loadConfig } from "../../src/config.ts";
import { type DbHandle, openDatabase } from "../../src/db/database.ts";
import { migrateToLatest } from "../../src/db/migrate.ts";
import { createLogger, type Logger } from "../../src/platform/log/logger.ts";
import { seedReference } from "../../src/reference/reference.seed.ts";
import type { TestDialect } from "./databases.ts";

export interface TestApp {
  app: ReturnType<typeof createApp>;
  handle: DbHandle;
  config: Config;
  /** Every log line the app wrote, parsed. */
  logs: Record<string, unknown>[];
  logger: Logger;
  /** A request to the app, in process, as a browser on the same origin would send it. */
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** A fresh database of the dialect, migrated and seeded, and the app on it. */
export async function buildTestApp(dialect: TestDialect, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await dialect.create();
  const config: Config = {
    ...loadConfig({
      NODE_ENV: "test",
      DATA_DIR: "/tmp/wsis-test-data",
      SESSION_SECRET: "test-secret-test-secret-test-secret-0123",
      BASE_URL: "http://localhost:3000",
      LOG_LEVEL: "info",
      ...env,
    }),
    database: database.config,
  };
  const handle = openDatabase(config.database);
  await migrateToLatest(handle.db);
  await seedReference(handle.db);
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger("debug", (line) => logs.push(JSON.parse(line)));
  const app = createApp({ config, db: handle.db, dialect: handle.dialect, logger });
  return {
    app,
    handle,
    config,
    logs,
    logger,
    request: (path, init) => Promise.resolve(app.request(`http://localhost:3000${path}`, init)),
    close: async () => {
      await handle.close();
      await database.drop();
    },
  };
}
