import type { Db } from "../../db/database.ts";
import { type AuditFilter, audit, auditActions, findAuditEvents } from "../../platform/audit/audit.ts";
import { type Actor, authorize, can } from "../../platform/auth/policy.ts";
import { AppError, errors } from "../../platform/http/errors.ts";
import type { RequestMeta } from "../../platform/http/request-meta.ts";
import {
  countMailTrouble,
  findMail,
  findMailById,
  type QueuedMail,
  sendMailNow,
} from "../../platform/mail/mail-admin.ts";
import type { Mailer } from "../../platform/mail/mailer.ts";
import type { RoleService } from "../accounts/roles.service.ts";
import type { AuditQuery, MailQuery } from "./admin.schema.ts";

export const PAGE_SIZE = 50;

/** A person named in the trail: with their name while the account exists, by id alone once it is gone. */
export interface PersonRef {
  id: string;
  name: string | null;
}

/** What the trail kept of a value: a list (roles, say) or anything else as its JSON text. */
export type AuditValue = string[] | string | null;

export interface AuditEventView {
  id: string;
  at: string;
  /** null when the platform itself acted (the command line, a scheduled job). */
  actor: PersonRef | null;
  action: string;
  objectType: string;
  objectId: string | null;
  /** Set when the object is a person whose account still exists. */
  objectPerson: PersonRef | null;
  before: AuditValue;
  after: AuditValue;
  requestId: string | null;
}

export interface Page<T> {
  items: T[];
  /** The id to continue from for the next (older) page, or null on the last page. */
  older: string | null;
}

function pageOf<T extends { id: string }>(rows: T[]): Page<T> {
  const items = rows.slice(0, PAGE_SIZE);
  return { items, older: rows.length > PAGE_SIZE ? (items.at(-1)?.id ?? null) : null };
}

function auditValue(json: string | null): AuditValue {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
    return typeof value === "string" ? value : JSON.stringify(value);
  } catch {
    return json;
  }
}

/** The trail's dates are days in UTC; "to" includes its whole day. */
export function auditFilterOf(query: AuditQuery): AuditFilter {
  const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 3600_000).toISOString();
  return {
    ...(query.action ? { action: query.action } : {}),
    ...(query.actorId ? { actorId: query.actorId } : {}),
    ...(query.objectType ? { objectType: query.objectType } : {}),
    ...(query.objectId ? { objectId: query.objectId } : {}),
    ...(query.from ? { from: `${query.from}T00:00:00.000Z` } : {}),
    ...(query.to ? { to: nextDay(query.to) } : {}),
  };
}

/**
 * What administrators read and do outside the role service: the audit trail and the mail queue. Each method
 * opens with its access check, as the routes do, so no caller can skip it.
 */
export function createAdminService(deps: { roles: RoleService; db: Db; mailer: Mailer; clock: () => Date }) {
  const { roles, db, mailer, clock } = deps;

  /** Names of the people a page mentions, for those whose account still exists (the trail outlives accounts). */
  async function namesOf(actor: Actor, ids: Iterable<string>): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    if (!can(actor, "people.view")) return names;
    await Promise.all(
      [...new Set(ids)].map(async (id) => {
        try {
          names.set(id, (await roles.person(actor, id)).displayName);
        } catch (error) {
          if (!(error instanceof AppError && error.status === 404)) throw error;
        }
      }),
    );
    return names;
  }

  return {
    async auditTrail(actor: Actor, query: AuditQuery): Promise<Page<AuditEventView> & { actions: string[] }> {
      authorize(actor, "audit.view");
      const [rows, actions] = await Promise.all([
        findAuditEvents(db, auditFilterOf(query), { limit: PAGE_SIZE + 1, before: query.before || undefined }),
        auditActions(db),
      ]);
      const page = pageOf(rows);
      const mentioned = page.items.flatMap((r) => [
        ...(r.actorId ? [r.actorId] : []),
        ...(r.objectType === "user" && r.objectId ? [r.objectId] : []),
      ]);
      const names = await namesOf(actor, mentioned);
      const ref = (id: string | null): PersonRef | null => (id ? { id, name: names.get(id) ?? null } : null);
      return {
        actions,
        older: page.older,
        items: page.items.map((r) => ({
          id: r.id,
          at: r.at,
          actor: ref(r.actorId),
          action: r.action,
          objectType: r.objectType,
          objectId: r.objectId,
          objectPerson: r.objectType === "user" && r.objectId && names.has(r.objectId) ? ref(r.objectId) : null,
          before: auditValue(r.before),
          after: auditValue(r.after),
          requestId: r.requestId,
        })),
      };
    },

    /** Every action the trail holds, for the filter. */
    async auditActions(actor: Actor): Promise<string[]> {
      authorize(actor, "audit.view");
      return auditActions(db);
    },

    async mailQueue(actor: Actor, query: MailQuery): Promise<Page<QueuedMail>> {
      authorize(actor, "mail.view");
      const rows = await findMail(db, query.status ? { status: query.status } : {}, {
        limit: PAGE_SIZE + 1,
        before: query.before || undefined,
      });
      return pageOf(rows);
    },

    /** How many messages failed for good, and how many failed an attempt and will be tried again. */
    async mailTrouble(actor: Actor): Promise<{ failed: number; retrying: number }> {
      authorize(actor, "mail.view");
      return countMailTrouble(db);
    },

    /**
     * Sends a message that failed an attempt now rather than at its next scheduled attempt. Audited. Returns
     * false when the message cannot be sent again (sent meanwhile, or failed for good and its body erased).
     */
    async retryMail(actor: Actor, id: string, meta: RequestMeta): Promise<boolean> {
      authorize(actor, "mail.retry");
      if (!(await findMailById(db, id))) throw errors.notFound("No such message");
      const now = clock();
      const due = await db.transaction().execute(async (trx) => {
        if (!(await sendMailNow(trx, id, now))) return false;
        await audit(
          trx,
          { actorId: actor.userId, ip: meta.ip, requestId: meta.requestId, now },
          { action: "mail.retry", objectType: "mail", objectId: id },
        );
        return true;
      });
      // After the commit: the delivery run must see the message as due.
      if (due) mailer.kick();
      return due;
    },
  };
}

export type AdminService = ReturnType<typeof createAdminService>;
