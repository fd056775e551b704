import { newId, timestamp } from "../../db/ids.ts";
import { audit } from "../../platform/audit/audit.ts";
import { type Actor, authorize } from "../../platform/auth/policy.ts";
import { errors } from "../../platform/http/errors.ts";
import type { RequestMeta } from "../../platform/http/request-meta.ts";
import type { Locale } from "../../platform/i18n/locale.ts";
import { localized } from "../../platform/i18n/translations.ts";
import { people } from "../accounts/accounts.service.ts";
import { moveUp } from "./accreditation.ts";
import type { RegistrationCore } from "./registration.core.ts";
import { toRegistration } from "./registration.model.ts";
import * as repo from "./registration.repository.ts";

// An edition's registration settings (deadline, capacity, participant categories) and its lists for organisers.

export function settingsAndLists(core: RegistrationCore) {
  const { db, mailer, clock, dialect, ctx, findEvent, eventOrThrow, categories } = core;
  return {
    /** A published event as registration sees it (deadline, capacity), or 404. */
    event: (slugOrId: string, locale: string) => eventOrThrow(db, slugOrId, locale),

    categories,

    /** An event's registrations for organisers, filtered; category names in the reader's language. */
    async list(actor: Actor | null, eventId: string, filter: repo.ListFilter, limit?: number, locale = "en") {
      authorize(actor, "registration.viewAll");
      const rows = await repo.findRegistrations(db, eventId, filter, limit);
      // The addresses are the accounts module's: asked for once for the page's rows (a deleted account has none).
      const persons = await people(
        db,
        rows.map((r) => r.userId),
      );
      return rows.map((r) => {
        const { categoryCode, categoryName, categoryTranslations, ...row } = r;
        const name = categoryName === null ? null : localized(categoryName, categoryTranslations, locale);
        return {
          ...toRegistration(row),
          categoryCode,
          categoryName: name,
          email: persons.get(r.userId)?.email ?? null,
        };
      });
    },

    /** Registrations counted by stakeholder type, country and attendance (cancelled and rejected aside). */
    async counts(actor: Actor | null, eventId: string) {
      authorize(actor, "registration.viewAll");
      return (await repo.countRegistrations(db, eventId)).map((r) => ({ ...r, n: Number(r.n) }));
    },

    /** The organiser's settings: the on-site deadline (a UTC instant, or null) and the on-site capacity. */
    async saveSettings(
      actor: Actor | null,
      eventId: string,
      settings: { accreditationClosesAt: string | null; onsiteCapacity: number | null },
      meta: RequestMeta,
    ) {
      const organizer = authorize(actor, "forum.organize");
      await db.transaction().execute(async (trx) => {
        const before = await findEvent(trx, eventId, "en");
        if (!before) throw errors.notFound("No published Forum edition here");
        await repo.lockEvent(trx, eventId, dialect, timestamp(clock()));
        await repo.saveSettings(trx, { eventId, ...settings, updatedAt: timestamp(clock()) });
        await audit(trx, ctx(organizer.userId, meta), {
          action: "registration.settings",
          objectType: "forum_event",
          objectId: eventId,
          before: { accreditationClosesAt: before.accreditationClosesAt, onsiteCapacity: before.onsiteCapacity },
          after: settings,
        });
        // More places than before: the waitlist moves up at once.
        await moveUp(core, trx, eventId, meta);
      });
      mailer.kick();
    },

    /** Adds a participant category, or changes the one with the same code. */
    async saveCategory(
      actor: Actor | null,
      eventId: string,
      input: {
        code: string;
        name: string;
        /** The name in other languages, as the organiser gave them (readers see theirs, else `name`). */
        nameTranslations?: Partial<Record<Locale, string>>;
        colour: string;
        autoAccredited: boolean;
        admittedStakeholderTypes: string[];
      },
      meta: RequestMeta,
    ) {
      const organizer = authorize(actor, "forum.organize");
      await db.transaction().execute(async (trx) => {
        const existing = (await repo.findCategories(trx, eventId)).find((c) => c.code === input.code);
        const given = Object.entries(input.nameTranslations ?? {}).filter(([, v]) => v);
        const fields = {
          name: input.name,
          // None typed keeps those given before (the form is not filled in with them).
          nameTranslations:
            given.length > 0 ? JSON.stringify(Object.fromEntries(given)) : (existing?.nameTranslations ?? null),
          colour: input.colour,
          autoAccredited: input.autoAccredited ? 1 : 0,
          admittedStakeholderTypes: JSON.stringify(input.admittedStakeholderTypes),
          position: existing?.position ?? (await repo.findCategories(trx, eventId)).length,
        };
        if (existing) await repo.updateCategory(trx, existing.id, fields);
        else {
          await repo.insertCategory(trx, {
            id: newId(clock().getTime()),
            eventId,
            code: input.code,
            ...fields,
          });
        }
        await audit(trx, ctx(organizer.userId, meta), {
          action: existing ? "registration.category.update" : "registration.category.create",
          objectType: "forum_event",
          objectId: eventId,
          after: input,
        });
      });
    },
  };
}
