import type { Db } from "../../../db/database.ts";
import { timestamp } from "../../../db/ids.ts";
import { audit } from "../../../platform/audit/audit.ts";
import { type Actor, authorize } from "../../../platform/auth/policy.ts";
import { deriveKey } from "../../../platform/auth/secrets.ts";
import { errors } from "../../../platform/http/errors.ts";
import { FormError } from "../../../platform/http/forms.ts";
import type { RequestMeta } from "../../../platform/http/request-meta.ts";
import { i18nFor } from "../../../platform/i18n/i18n.ts";
import type { Locale } from "../../../platform/i18n/locale.ts";
import { localized } from "../../../platform/i18n/translations.ts";
import type { Logger } from "../../../platform/log/logger.ts";
import type { ForumEvent, ForumService } from "../../forum/forum.service.ts";
import { newNonce, signedCode } from "../codes.ts";
import type { BadgeCard } from "./badge.pdf.ts";
import * as repo from "./badge.repository.ts";

// Badges for accreditation staff: the approved on-site registrations of an edition, printed one at a time or as a
// batch, and re-issued (a new nonce: the old badge's code stops working at check-in, audited).

export interface BadgeHolderRow {
  id: string;
  name: string;
  organization: string;
  category: { name: string; colour: string } | null;
  /** "none", "printable" (JPEG or PNG), or "webp" (accepted at registration, printed as an empty frame). */
  photo: "none" | "printable" | "webp";
}

export interface BadgeFilters {
  categoryId?: string;
  q?: string;
}

/** At most this many badges in one PDF (100 A4 pages): a larger print run is split by category or name. */
export const MAX_BATCH = 400;

/** A batch as printed: the PDF (null when nothing could be printed) and the registrations left out. */
export interface BadgePrint {
  bytes: Uint8Array | null;
  notPrinted: string[];
}

export function createBadgeService(deps: {
  db: Db;
  clock: () => Date;
  sessionSecret: string;
  forum: ForumService;
  logger?: Logger;
}) {
  const { db, clock, forum, logger } = deps;
  const badgeKey = deriveKey(deps.sessionSecret, "registration-badge");

  const category = (
    row: { categoryName: string | null; categoryTranslations: string | null; categoryColour: string | null },
    locale: Locale,
  ) =>
    row.categoryName !== null && row.categoryColour !== null
      ? { name: localized(row.categoryName, row.categoryTranslations, locale), colour: row.categoryColour }
      : null;

  async function pdf(event: ForumEvent, filter: repo.BadgeFilter, locale: Locale): Promise<BadgePrint | null> {
    const rows = await repo.findBadges(db, event.id, filter);
    if (rows.length === 0) return null;
    if (rows.length > MAX_BATCH) throw new FormError({ id: "badges.error.tooMany" });
    const cards: BadgeCard[] = rows.map((r) => ({
      registrationId: r.id,
      reference: r.reference,
      name: r.preferredName,
      passportName: r.passportName,
      organization: r.organizationName,
      category: category(r, locale),
      photo: r.photoType && r.photoBytes ? { contentType: r.photoType, bytes: r.photoBytes } : null,
      code: signedCode(badgeKey, "badge", r.badgeNonce ?? ""),
    }));
    // The PDF libraries (pdf-lib, fontkit, HarfBuzz, qrcode) load on the first badge or letter, not with every server.
    const { renderBadges } = await import("./badge.pdf.ts");
    const { bytes, notes } = await renderBadges(cards, event.title, undefined, (count) =>
      i18nFor(locale).t("badges.notPrinted", { count }),
    );
    // Each card is drawn on its own: a card that cannot be is left out and logged, the others print.
    for (const note of notes) {
      const msg =
        note.outcome === "passportName" ? "badge name not drawable, passport name printed" : "badge not printed";
      logger?.warn(msg, { registrationId: note.registrationId, eventId: event.id, detail: note.detail });
    }
    return { bytes, notPrinted: notes.filter((n) => n.outcome === "notPrinted").map((n) => n.registrationId) };
  }

  return {
    /** The published edition whose badges staff print; the access check comes first. */
    async event(actor: Actor | null, slug: string, locale: Locale): Promise<ForumEvent> {
      authorize(actor, "registration.badges");
      const event = await forum.event(slug, locale);
      if (!event) throw errors.notFound("No Forum edition here");
      return event;
    },

    async categories(actor: Actor | null, event: ForumEvent, locale: Locale) {
      authorize(actor, "registration.badges");
      return (await repo.findCategories(db, event.id)).map((c) => ({
        id: c.id,
        name: localized(c.name, c.nameTranslations, locale),
        colour: c.colour,
      }));
    },

    async holders(actor: Actor | null, event: ForumEvent, filters: BadgeFilters, locale: Locale) {
      authorize(actor, "registration.badges");
      const rows = await repo.findBadgeHolders(db, event.id, filters);
      return rows.map(
        (r): BadgeHolderRow => ({
          id: r.id,
          name: r.preferredName,
          organization: r.organizationName,
          category: category(r, locale),
          photo: !r.photoType ? "none" : r.photoType === "image/webp" ? "webp" : "printable",
        }),
      );
    },

    /** The badges of the chosen registrations (or of all that match the filters) as one PDF; null when none. */
    async batch(
      actor: Actor | null,
      event: ForumEvent,
      choice: { ids: string[] } | { all: BadgeFilters },
      locale: Locale,
    ): Promise<BadgePrint | null> {
      authorize(actor, "registration.badges");
      return pdf(event, "ids" in choice ? { ids: choice.ids } : choice.all, locale);
    },

    /** One person's badge, with the edition's slug for the file name. */
    async one(actor: Actor | null, registrationId: string, locale: Locale) {
      authorize(actor, "registration.badges");
      const row = await repo.findRegistration(db, registrationId);
      if (!row) throw errors.notFound("No registration here");
      if (row.attendance !== "onsite" || row.state !== "approved" || !row.badgeNonce) throw errors.conflict(row.state);
      const event = await forum.event(row.eventId, locale);
      if (!event) throw errors.notFound("No Forum edition here");
      const print = await pdf(event, { ids: [row.id] }, locale);
      if (!print?.bytes) throw errors.conflict(row.state);
      return { bytes: print.bytes, slug: event.slug };
    },

    /** A new badge code for an approved on-site registration; the old badge is revoked. Audited. */
    async reissue(actor: Actor | null, registrationId: string, meta: RequestMeta) {
      const staff = authorize(actor, "registration.badges");
      const row = await repo.findRegistration(db, registrationId);
      if (!row) throw errors.notFound("No registration here");
      if (row.attendance !== "onsite" || row.state !== "approved") throw errors.conflict(row.state);
      const event = await forum.event(row.eventId, "en");
      if (!event) throw errors.notFound("No Forum edition here");
      const now = clock();
      const at = timestamp(now);
      await db.transaction().execute(async (trx) => {
        const replaced = await repo.replaceBadgeNonce(trx, row.id, row.version, newNonce(), at);
        if (!replaced) throw errors.conflict(row.state);
        // The nonces are left out of the trail: with the key they would rebuild a valid badge code.
        await audit(
          trx,
          { actorId: staff.userId, ip: meta.ip, requestId: meta.requestId, now },
          {
            action: "registration.badge.reissue",
            objectType: "forum_registration",
            objectId: row.id,
            before: { version: row.version },
            after: { version: row.version + 1, reissuedAt: at },
          },
        );
      });
      return { slug: event.slug };
    },
  };
}

export type BadgeService = ReturnType<typeof createBadgeService>;
