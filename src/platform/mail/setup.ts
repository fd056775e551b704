import path from "node:path";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { deriveKey } from "../auth/secrets.ts";
import type { Logger } from "../log/logger.ts";
import { createMailer, type Mailer } from "./mailer.ts";
import { outboxTransport, smtpTransport } from "./transport.ts";

/** SMTP when SMTP_URL is set; otherwise .eml files in DATA_DIR/outbox. */
export function mailerFor(config: Config, db: Db, logger: Logger, clock: () => Date = () => new Date()): Mailer {
  const transport = config.smtpUrl ? smtpTransport(config.smtpUrl) : outboxTransport(outboxDir(config));
  return createMailer({
    db,
    transport,
    key: deriveKey(config.sessionSecret, "mail-body"),
    from: config.mailFrom,
    logger,
    clock,
  });
}

export function outboxDir(config: Config): string {
  return path.join(config.dataDir, "outbox");
}
