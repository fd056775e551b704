import type { Kysely } from "kysely";
import type { Database } from "../../db/database.ts";
import { timestamp } from "../../db/ids.ts";
import type { MailMessageTable } from "./mail.table.ts";

// What administrators see of the mail queue, and the one thing they can do to it. Never the body: it may carry
// a one-time link.

export const MAIL_STATUSES = [
  "pending",
  "sending",
  "sent",
  "failed",
] as const satisfies readonly MailMessageTable["status"][];
export type MailStatus = (typeof MAIL_STATUSES)[number];

export interface QueuedMail {
  id: string;
  to: string;
  template: string;
  locale: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  /** A pending message that failed an attempt still has its body and can be sent now. */
  canSendNow: boolean;
}

/**
 * Newest first (ids are time-ordered), a page at a time; `before` is the id of the last message of the previous
 * page.
 */
export async function findMail(
  db: Kysely<Database>,
  filter: { status?: MailStatus },
  page: { limit: number; before?: string },
): Promise<QueuedMail[]> {
  let query = db
    .selectFrom("mailMessage")
    .select([
      "id",
      "toAddress",
      "template",
      "locale",
      "subject",
      "status",
      "attempts",
      "nextAttemptAt",
      "lastError",
      "createdAt",
      "sentAt",
      (eb) => eb("sealedBody", "is not", null).as("hasBody"),
    ]);
  if (filter.status) query = query.where("status", "=", filter.status);
  if (page.before) query = query.where("id", "<", page.before);
  const rows = await query.orderBy("id", "desc").limit(page.limit).execute();
  return rows.map(({ toAddress, hasBody, ...row }) => ({
    ...row,
    to: toAddress,
    // SQLite answers the comparison with 0/1, PostgreSQL with a boolean.
    canSendNow: row.status === "pending" && row.lastError !== null && Boolean(hasBody),
  }));
}

/** Messages that failed for good, and pending ones that failed an attempt and wait for the next: what to look at. */
export async function countMailTrouble(db: Kysely<Database>): Promise<{ failed: number; retrying: number }> {
  const row = await db
    .selectFrom("mailMessage")
    .select((eb) => [
      eb.fn.countAll<number | string>().filterWhere("status", "=", "failed").as("failed"),
      eb.fn
        .countAll<number | string>()
        .filterWhere((w) => w.and([w("status", "=", "pending"), w("lastError", "is not", null)]))
        .as("retrying"),
    ])
    .executeTakeFirstOrThrow();
  return { failed: Number(row.failed), retrying: Number(row.retrying) };
}

/**
 * Makes a pending message that failed an attempt due now; the caller then kicks the mailer. A failed message
 * cannot be sent again: its sealed body was erased after the last attempt (see mailer.ts). Returns false when
 * the message is not (or no longer) in a state to send now: sent in the meantime, failed, or unknown.
 */
export async function sendMailNow(db: Kysely<Database>, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("mailMessage")
    .set({ nextAttemptAt: timestamp(now) })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .where("lastError", "is not", null)
    .where("sealedBody", "is not", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findMailById(db: Kysely<Database>, id: string) {
  return db.selectFrom("mailMessage").select(["id", "status"]).where("id", "=", id).executeTakeFirst();
}
