import type { Db } from "../../../db/database.ts";
import { newId, timestamp } from "../../../db/ids.ts";
import { audit } from "../../../platform/audit/audit.ts";
import { type Actor, authorize } from "../../../platform/auth/policy.ts";
import { deriveKey } from "../../../platform/auth/secrets.ts";
import { errors } from "../../../platform/http/errors.ts";
import type { RequestMeta } from "../../../platform/http/request-meta.ts";
import type { Locale } from "../../../platform/i18n/locale.ts";
import { localized } from "../../../platform/i18n/translations.ts";
import { localDate } from "../../../platform/time.ts";
import type { ForumEvent, ForumService } from "../../forum/forum.service.ts";
import { verifyCode } from "../codes.ts";
import type { RegistrationState } from "../registration.table.ts";
import * as repo from "./checkin.repository.ts";

// Check-in at the venue: staff type or scan a badge code and the arrival is recorded once per person per day (the
// day in the event's zone). Each refusal says why. A code whose signature fails was altered or mistyped; a code
// that is correctly signed (so this platform issued it) but that no registration carries any more belongs to a
// badge that was re-issued since (or whose registration was removed): that is told apart honestly as "revoked".

export interface BadgeHolder {
  registrationId: string;
  name: string;
  organization: string;
  category: { name: string; colour: string } | null;
  /** Where staff see the photo to compare the face (served by the registration routes), or null when none was given. */
  photoUrl: string | null;
}

export type CheckinOutcome =
  | { kind: "arrived"; holder: BadgeHolder; at: string }
  | { kind: "invalid" }
  | { kind: "revoked" }
  | { kind: "wrongEvent"; holder: BadgeHolder; eventTitle: string | null }
  | { kind: "notApproved"; holder: BadgeHolder; state: RegistrationState; virtual: boolean }
  | { kind: "already"; holder: BadgeHolder; at: string }
  /** Outside the check-in window: before it opens (opensOn) or after the last day (endsOn). */
  | { kind: "notOpen"; opensOn: string; endsOn: string; early: boolean };

/**
 * The days on which arrivals are recorded, in the event's zone: from `daysBefore` days before the first day (a
 * badge desk often opens the day before) to the last day.
 */
export function checkinWindow(event: Pick<ForumEvent, "startsOn" | "endsOn">, daysBefore: number) {
  const opensOn = new Date(Date.parse(`${event.startsOn}T00:00:00Z`) - daysBefore * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return { opensOn, endsOn: event.endsOn };
}

export interface CountRow {
  categoryId: string | null;
  name: string | null;
  colour: string | null;
  /** Approved on-site registrations: who may arrive. */
  expected: number;
  /** Arrivals per day (YYYY-MM-DD in the event's zone). */
  perDay: Record<string, number>;
}

export interface LiveCounts {
  days: string[];
  today: string;
  /** When these were counted (UTC). */
  countedAt: string;
  rows: CountRow[];
  perDay: Record<string, number>;
  expected: number;
}

export function createCheckinService(deps: {
  db: Db;
  clock: () => Date;
  sessionSecret: string;
  forum: ForumService;
  /** CHECKIN_OPENS_DAYS_BEFORE: how many days before the first day arrivals are recorded. */
  opensDaysBefore?: number;
}) {
  const { db, clock, forum } = deps;
  const opensDaysBefore = deps.opensDaysBefore ?? 1;
  const badgeKey = deriveKey(deps.sessionSecret, "registration-badge");

  async function holderOf(
    row: NonNullable<Awaited<ReturnType<typeof repo.findByBadgeNonce>>>,
    locale: Locale,
  ): Promise<BadgeHolder> {
    return {
      registrationId: row.id,
      name: row.preferredName,
      organization: row.organizationName,
      category:
        row.categoryName !== null && row.categoryColour !== null
          ? { name: localized(row.categoryName, row.categoryTranslations, locale), colour: row.categoryColour }
          : null,
      photoUrl: (await repo.hasPhoto(db, row.id)) ? `/forum/registrations/${row.id}/photo` : null,
    };
  }

  return {
    /** The published edition staff work on; the access check comes first so nobody learns which slugs exist. */
    async event(actor: Actor | null, slug: string, action: "registration.checkIn" | "registration.viewAll") {
      authorize(actor, action);
      const event = await forum.event(slug, "en");
      if (!event) throw errors.notFound("No Forum edition here");
      return event;
    },

    /** Whether check-in is open today in the event's time zone, and the days it is open. */
    window(event: ForumEvent): { open: boolean; early: boolean; opensOn: string; endsOn: string } {
      const window = checkinWindow(event, opensDaysBefore);
      const today = localDate(clock(), event.timeZone);
      return { ...window, open: today >= window.opensOn && today <= window.endsOn, early: today < window.opensOn };
    },

    /** Records the arrival a typed or scanned badge code stands for, or says why not. */
    async checkIn(
      actor: Actor | null,
      event: ForumEvent,
      typed: string,
      locale: Locale,
      meta: RequestMeta,
    ): Promise<CheckinOutcome> {
      const staff = authorize(actor, "registration.checkIn");
      // Seven months early is a mistake (a test scan, the wrong edition picked): nothing is recorded outside the days.
      const window = checkinWindow(event, opensDaysBefore);
      const today = localDate(clock(), event.timeZone);
      if (today < window.opensOn || today > window.endsOn) {
        return { kind: "notOpen", ...window, early: today < window.opensOn };
      }
      const nonce = verifyCode(badgeKey, "badge", typed);
      if (!nonce) return { kind: "invalid" };
      const row = await repo.findByBadgeNonce(db, nonce);
      if (!row) return { kind: "revoked" };
      const holder = await holderOf(row, locale);
      if (row.eventId !== event.id) {
        const other = await forum.event(row.eventId, locale);
        return { kind: "wrongEvent", holder, eventTitle: other?.title ?? null };
      }
      if (row.state !== "approved" || row.attendance !== "onsite") {
        return { kind: "notApproved", holder, state: row.state, virtual: row.attendance !== "onsite" };
      }
      const now = clock();
      const day = localDate(now, event.timeZone);
      const at = timestamp(now);
      const arrived = await db.transaction().execute(async (trx) => {
        const inserted = await repo.insertCheckin(trx, {
          id: newId(now.getTime()),
          registrationId: row.id,
          eventId: event.id,
          day,
          at,
          byUserId: staff.userId,
        });
        if (inserted) {
          await audit(
            trx,
            { actorId: staff.userId, ip: meta.ip, requestId: meta.requestId, now },
            { action: "registration.checkin", objectType: "forum_registration", objectId: row.id, after: { day, at } },
          );
        }
        return inserted;
      });
      if (arrived) return { kind: "arrived", holder, at };
      const earlier = await repo.findCheckin(db, row.id, day);
      return { kind: "already", holder, at: earlier?.at ?? at };
    },

    /** Arrivals by category and day against the approved on-site registrations, for organisers and staff. */
    async counts(actor: Actor | null, event: ForumEvent, locale: Locale): Promise<LiveCounts> {
      authorize(actor, "registration.viewAll");
      const [categories, arrivals, expected] = await Promise.all([
        repo.findCategories(db, event.id),
        repo.countArrivals(db, event.id),
        repo.countExpected(db, event.id),
      ]);
      const days = [...new Set([...event.days, ...arrivals.map((a) => a.day)])].sort();
      const rows: CountRow[] = categories.map((c) => ({
        categoryId: c.id,
        name: localized(c.name, c.nameTranslations, locale),
        colour: c.colour,
        expected: 0,
        perDay: {},
      }));
      const rowOf = (categoryId: string | null) => {
        let row = rows.find((r) => r.categoryId === categoryId);
        if (!row) {
          row = { categoryId, name: null, colour: null, expected: 0, perDay: {} };
          rows.push(row);
        }
        return row;
      };
      for (const e of expected) rowOf(e.categoryId).expected += e.n;
      const perDay: Record<string, number> = {};
      for (const a of arrivals) {
        const row = rowOf(a.categoryId);
        row.perDay[a.day] = (row.perDay[a.day] ?? 0) + a.n;
        perDay[a.day] = (perDay[a.day] ?? 0) + a.n;
      }
      return {
        days,
        today: localDate(clock(), event.timeZone),
        countedAt: timestamp(clock()),
        rows,
        perDay,
        expected: rows.reduce((sum, r) => sum + r.expected, 0),
      };
    },
  };
}

export type CheckinService = ReturnType<typeof createCheckinService>;
