import type { Context } from "hono";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../auth/policy.ts";
import type { I18n } from "../i18n/i18n.ts";
import type { Logger } from "../log/logger.ts";
import type { Mailer } from "../mail/mailer.ts";

/** What every request handler can reach. Built once in createApp; nothing in it is per-instance state. */
export interface AppDeps {
  config: Config;
  db: Db;
  dialect: "sqlite" | "postgres";
  logger: Logger;
  mailer: Mailer;
  /** The time, injectable so tests can move it (rate-limit windows, token expiry). */
  clock: () => Date;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    i18n: I18n;
    actor: Actor | null;
    ip: string | null;
    /** The file fields of an upload form whose content was dropped, the body being over its limit (middleware.ts). */
    droppedFiles: string[] | undefined;
  };
}

export type AppContext = Context<AppEnv>;
