import type { Kysely } from "kysely";
import type { Database } from "../../db/database.ts";
import { newId, timestamp } from "../../db/ids.ts";
import type { RequestMeta } from "../http/request-meta.ts";

/** Who did it and from where: taken from the request by the caller. */
export interface AuditContext {
  actorId: string | null;
  ip: string | null;
  requestId: string | null;
  now: Date;
}

/** The audit context of a request: who (null for the platform itself), from where, and when. */
export function auditContext(actor: { userId: string } | null, meta: RequestMeta, now: Date): AuditContext {
  return { actorId: actor?.userId ?? null, ip: meta.ip, requestId: meta.requestId, now };
}

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes one audit row. Call it with the same transaction as the change it records, so the trail and the
 * change commit or fail together.
 */
export async function audit(trx: Kysely<Database>, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto("auditEvent")
    .values({
      id: newId(ctx.now.getTime()),
      at: timestamp(ctx.now),
      actorId: ctx.actorId,
      actorIp: ctx.ip,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      requestId: ctx.requestId,
    })
    .execute();
}

export interface AuditFilter {
  action?: string;
  actorId?: string;
  objectType?: string;
  objectId?: string;
  from?: string;
  to?: string;
}

/** Newest first, a page at a time; `before` is the id of the last row of the previous page. */
export async function findAuditEvents(
  db: Kysely<Database>,
  filter: AuditFilter,
  page: { limit: number; before?: string },
) {
  let query = db.selectFrom("auditEvent").selectAll();
  if (filter.action) query = query.where("action", "=", filter.action);
  if (filter.actorId) query = query.where("actorId", "=", filter.actorId);
  if (filter.objectType) query = query.where("objectType", "=", filter.objectType);
  if (filter.objectId) query = query.where("objectId", "=", filter.objectId);
  if (filter.from) query = query.where("at", ">=", filter.from);
  if (filter.to) query = query.where("at", "<", filter.to);
  if (page.before) query = query.where("id", "<", page.before);
  return query.orderBy("id", "desc").limit(page.limit).execute();
}

export async function auditActions(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom("auditEvent").select("action").distinct().orderBy("action").execute();
  return rows.map((r) => r.action);
}
