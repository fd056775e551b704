import type { Kysely } from "kysely";
import type { Database, Db } from "../../db/database.ts";
import { newId, timestamp } from "../../db/ids.ts";
import { seal, unseal } from "../auth/secrets.ts";
import type { Logger } from "../log/logger.ts";
import type { MailTransport } from "./transport.ts";

/** Minutes to wait after the 1st, 2nd, … failed attempt. After the last, the message is marked failed. */
const BACKOFF_MINUTES = [1, 5, 30, 120, 720];
/** A message being sent is leased for this long; an instance that dies mid-send frees it when the lease ends. */
const LEASE_MS = 2 * 60_000;

export interface MailToSend {
  to: string;
  template: string;
  locale: string;
  subject: string;
  text: string;
}

export interface Mailer {
  readonly transportKind: MailTransport["kind"];
  /** Queues a message in the caller's transaction: it is sent only if that transaction commits. */
  enqueue(trx: Kysely<Database>, mail: MailToSend): Promise<void>;
  /** Asks for an attempt soon, outside the request. Call after the transaction commits. */
  kick(): void;
  /** Sends every message that is due. Returns how many were sent. Safe to run on several instances at once. */
  deliverDue(): Promise<number>;
  /** Sends due messages every `intervalMs` until stop(). */
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

export function createMailer(deps: {
  db: Db;
  transport: MailTransport;
  key: Buffer;
  from: string;
  logger: Logger;
  clock: () => Date;
}): Mailer {
  const { db, transport, key, logger, clock } = deps;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;
  let again = false;

  async function attempt(id: string): Promise<boolean> {
    const now = clock();
    // Claim it: only one instance wins the update.
    const claimed = await db
      .updateTable("mailMessage")
      .set((eb) => ({
        status: "sending",
        attempts: eb("attempts", "+", 1),
        nextAttemptAt: timestamp(new Date(now.getTime() + LEASE_MS)),
      }))
      .where("id", "=", id)
      .where("status", "in", ["pending", "sending"])
      .where("nextAttemptAt", "<=", timestamp(now))
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return false;
    const row = await db.selectFrom("mailMessage").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    try {
      if (!row.sealedBody) throw new Error("message has no body");
      await transport.send({
        id: row.id,
        from: deps.from,
        to: row.toAddress,
        subject: row.subject,
        text: unseal(key, row.sealedBody),
        locale: row.locale,
      });
      await db
        .updateTable("mailMessage")
        .set({ status: "sent", sentAt: timestamp(clock()), sealedBody: null, lastError: null })
        .where("id", "=", id)
        .execute();
      logger.info("mail sent", { mailId: id, template: row.template, transport: transport.kind });
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const wait = BACKOFF_MINUTES[row.attempts - 1];
      await db
        .updateTable("mailMessage")
        .set({
          status: wait === undefined ? "failed" : "pending",
          lastError: message.slice(0, 500),
          nextAttemptAt: timestamp(new Date(clock().getTime() + (wait ?? 0) * 60_000)),
          // A message that will not be tried again keeps no body.
          ...(wait === undefined ? { sealedBody: null } : {}),
        })
        .where("id", "=", id)
        .execute();
      logger.warn("mail not sent", { mailId: id, template: row.template, attempt: row.attempts, error: message });
      return false;
    }
  }

  async function deliverDue(): Promise<number> {
    const due = await db
      .selectFrom("mailMessage")
      .select("id")
      .where("status", "in", ["pending", "sending"])
      .where("nextAttemptAt", "<=", timestamp(clock()))
      .orderBy("nextAttemptAt")
      .limit(100)
      .execute();
    let sent = 0;
    for (const { id } of due) if (await attempt(id)) sent++;
    return sent;
  }

  /** One delivery run at a time per instance; a kick during a run schedules one more. */
  function run(): Promise<number> {
    // After stop(), no new run: a kick's setImmediate or a pending "again" could otherwise start one on a
    // database that is being closed.
    if (stopped) return Promise.resolve(0);
    if (running) {
      again = true;
      return running;
    }
    running = deliverDue()
      .catch((error: unknown) => {
        logger.error("mail delivery run failed", { error });
        return 0;
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          void run();
        }
      });
    return running;
  }

  return {
    transportKind: transport.kind,
    async enqueue(trx, mail) {
      const now = clock();
      await trx
        .insertInto("mailMessage")
        .values({
          id: newId(now.getTime()),
          toAddress: mail.to,
          template: mail.template,
          locale: mail.locale,
          subject: mail.subject,
          sealedBody: seal(key, mail.text),
          status: "pending",
          attempts: 0,
          nextAttemptAt: timestamp(now),
          lastError: null,
          createdAt: timestamp(now),
          sentAt: null,
        })
        .execute();
    },
    kick() {
      setImmediate(() => void run());
    },
    deliverDue: run,
    start(intervalMs) {
      timer = setInterval(() => void run(), intervalMs);
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      while (running) await running;
      transport.close();
    },
  };
}
