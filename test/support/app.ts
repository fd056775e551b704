import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { createApp } from "../../src/app.ts";
import { type Config, loadConfig } from "../../src/config.ts";
import { type DbHandle, openDatabase } from "../../src/db/database.ts";
import { deriveKey } from "../../src/platform/auth/secrets.ts";
import { settled } from "../../src/platform/background.ts";
import { createLogger, type Logger } from "../../src/platform/log/logger.ts";
import { createMailer, type Mailer } from "../../src/platform/mail/mailer.ts";
import { outboxTransport } from "../../src/platform/mail/transport.ts";
import type { TestDialect } from "./databases.ts";

/** A clock the test moves by hand. */
export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export interface SentMail {
  to: string;
  subject: string;
  text: string;
  file: string;
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  handle: DbHandle;
  config: Config;
  clock: TestClock;
  mailer: Mailer;
  /** Every log line the app wrote, parsed. */
  logs: Record<string, unknown>[];
  logger: Logger;
  /** A request to the app, in process, as a browser on the same origin would send it. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Delivers queued mail now and returns every message in the outbox, oldest first. */
  mail(): Promise<SentMail[]>;
  close(): Promise<void>;
}

function readOutbox(dir: string): SentMail[] {
  let files: string[];
  try {
    files = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return files.map((file) => {
    const raw = readFileSync(path.join(dir, file), "utf8");
    const [head = "", ...rest] = raw.split("\n\n");
    const header = (name: string) => new RegExp(`^${name}: (.*)$`, "mi").exec(head)?.[1]?.trim() ?? "";
    let text = rest.join("\n\n");
    if (/Content-Transfer-Encoding: quoted-printable/i.test(head)) {
      text = text
        .replace(/=\r?\n/g, "")
        .replace(/(=[0-9A-F]{2})+/g, (m) => Buffer.from(m.replaceAll("=", ""), "hex").toString("utf8"));
    } else if (/Content-Transfer-Encoding: base64/i.test(head)) {
      text = Buffer.from(text.replace(/\s+/g, ""), "base64").toString("utf8");
    }
    return { to: header("To"), subject: header("Subject"), text, file };
  });
}

/**
 * A fresh database of the dialect, migrated and seeded (a copy of the template, databases.ts), and the app on it
 * with a hand-moved clock.
 */
export async function buildTestApp(dialect: TestDialect, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await dialect.seeded();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "wsis-test-data-"));
  const config: Config = {
    ...loadConfig({
      NODE_ENV: "test",
      DATA_DIR: dataDir,
      SESSION_SECRET: "test-secret-test-secret-test-secret-0123",
      BASE_URL: "http://localhost:3000",
      LOG_LEVEL: "info",
      TRUST_PROXY: "true",
      ...env,
    }),
    database: database.config,
  };
  const handle = openDatabase(config.database);
  // Connected before the app gets it, as a server is once it migrated (the copy needs no migration): Kysely opens a
  // connection at the first query, and destroying a handle that never connected closes nothing, so a test that
  // takes the database away (http.test.ts, health) would find it still there.
  await sql`select 1`.execute(handle.db);
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger("debug", (line) => logs.push(JSON.parse(line)));
  let offset = 0;
  const clock: TestClock = {
    now: () => new Date(Date.now() + offset),
    advance: (ms) => {
      offset += ms;
    },
  };
  const outbox = path.join(dataDir, "outbox");
  const mailer = createMailer({
    db: handle.db,
    transport: outboxTransport(outbox),
    key: deriveKey(config.sessionSecret, "mail-body"),
    from: config.mailFrom,
    logger,
    clock: clock.now,
  });
  const app = createApp({ config, db: handle.db, dialect: handle.dialect, logger, mailer, clock: clock.now });
  return {
    app,
    handle,
    config,
    clock,
    mailer,
    logs,
    logger,
    request: (p, init) => Promise.resolve(app.request(`http://localhost:3000${p}`, init)),
    mail: async () => {
      // Mail queued by work a request left to run after its answer (a reset request's) is queued by now.
      await settled();
      // Twice: a run already under way (started by a request's kick) may have begun before the newest message.
      await mailer.deliverDue();
      await mailer.deliverDue();
      return readOutbox(outbox);
    },
    close: async () => {
      await settled();
      await mailer.stop();
      await handle.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
