import type { Db } from "../../db/database.ts";
import { timestamp } from "../../db/ids.ts";
import { audit } from "../../platform/audit/audit.ts";
import { type Actor, authorize, can } from "../../platform/auth/policy.ts";
import { unseal } from "../../platform/auth/secrets.ts";
import { errors } from "../../platform/http/errors.ts";
import { FormError, withValues } from "../../platform/http/forms.ts";
import type { RequestMeta } from "../../platform/http/request-meta.ts";
import { localized } from "../../platform/i18n/translations.ts";
import { recipient } from "../accounts/accounts.service.ts";
import type { RegistrationCore } from "./registration.core.ts";
import { type Photo, TRANSITIONS, toRegistration } from "./registration.model.ts";
import { focalPointPower } from "./registration.policy.ts";
import * as repo from "./registration.repository.ts";
import { type Decision, LIMITS, type PassportDetails, type PhotoType } from "./registration.schema.ts";
import type { ForumRegistrationTable, RegistrationState } from "./registration.table.ts";

// Accreditation and the waitlist: decisions on on-site requests, by the secretariat or a focal point, the queue
// and a request's page, and the waitlist moving up when places free.

/**
 * Gives freed on-site places to the waitlist, first come first served. Runs inside the caller's transaction,
 * with the event locked.
 */
export async function moveUp(core: RegistrationCore, trx: Db, eventId: string, meta: RequestMeta) {
  const { clock, ctx, notify, issued } = core;
  const capacity = (await repo.findSettings(trx, eventId))?.onsiteCapacity ?? null;
  if (capacity === null) return;
  let approved = await repo.countApprovedOnsite(trx, eventId);
  while (approved < capacity) {
    const next = await repo.firstWaitlisted(trx, eventId);
    if (!next) return;
    const now = timestamp(clock());
    const moved = await repo.transition(trx, next.id, ["waitlisted"], next.version, {
      state: "approved",
      waitlistPosition: null,
      decidedAt: now,
      updatedAt: now,
      ...issued(next.attendance),
    });
    if (!moved) throw errors.conflict(next.state);
    await notify(trx, next, "movedUp", null, null);
    await audit(trx, ctx(null, meta), {
      action: "registration.move_up",
      objectType: "forum_registration",
      objectId: next.id,
      before: { state: "waitlisted", waitlistPosition: next.waitlistPosition },
      after: { state: "approved" },
    });
    approved++;
  }
}

export function accreditation(core: RegistrationCore) {
  const { db, mailer, clock, organizations, dialect, passportKey, ctx, registrationOrThrow, notify, issued } = core;
  return {
    /** A decision on an on-site request, by the secretariat or the focal point it is routed to. */
    async decide(
      actor: Actor | null,
      id: string,
      decision: Decision,
      reasonText: string,
      meta: RequestMeta,
    ): Promise<{ state: RegistrationState }> {
      if (!actor) throw errors.unauthenticated();
      const decider = actor;
      const row = await registrationOrThrow(db, id);
      if (row.attendance !== "onsite") throw errors.conflict(row.state);
      if (row.userId === decider.userId) throw errors.notAllowed("registration.decideOwn");
      const secretariat = can(decider, "registration.decide");
      const power = secretariat ? null : await focalPointPower(core, row, decider);
      if (power) {
        if (!power.allowed) throw errors.notAllowed("registration.decide");
        const theirs: Decision[] = power.automatic ? ["approve", "reject"] : ["acknowledge", "reject"];
        if (!theirs.includes(decision)) throw errors.notAllowed(`registration.${decision}`);
      }
      const reason = reasonText.normalize("NFC").trim();
      if (reason.length > LIMITS.reason) {
        throw new FormError(withValues({ reason: "form.tooLong.max" }, { reason: { max: LIMITS.reason } }));
      }
      if (decision === "reject" && !reason) throw new FormError({ reason: "registration.error.reasonRequired" });
      const rule = TRANSITIONS[decision];
      const from: readonly RegistrationState[] = rule.from;
      if (!from.includes(row.state)) throw errors.conflict(row.state);

      let to: RegistrationState = rule.to;
      await db.transaction().execute(async (trx) => {
        await repo.lockEvent(trx, row.eventId, dialect, timestamp(clock()));
        // Read again under the lock: the count of places and the state must be those this decision changes.
        const current = await registrationOrThrow(trx, id);
        if (!from.includes(current.state)) throw errors.conflict(current.state);
        const capacity = (await repo.findSettings(trx, current.eventId))?.onsiteCapacity ?? null;
        if (decision === "approve" && capacity !== null) {
          if ((await repo.countApprovedOnsite(trx, current.eventId)) >= capacity) to = "waitlisted";
        }
        if (to === "waitlisted" && current.state === "waitlisted") {
          throw new FormError({ decision: "registration.error.full" });
        }
        const position = to === "waitlisted" ? (await repo.lastWaitlistPosition(trx, current.eventId)) + 1 : null;
        const now = timestamp(clock());
        const final = decision !== "acknowledge";
        const changes: Partial<ForumRegistrationTable> = {
          state: to,
          decisionReason: reason || null,
          decidedBy: decider.userId,
          decidedAt: now,
          updatedAt: now,
          waitlistPosition: position,
          ...(final ? { decidedAs: secretariat ? "secretariat" : "focal_point" } : {}),
          ...(!final && power ? { endorsedBy: decider.userId } : {}),
          ...(to === "approved" ? issued("onsite") : {}),
        };
        if (!(await repo.transition(trx, id, from, current.version, changes))) throw errors.conflict(current.state);
        await notify(trx, current, to, reason || null, position);
        await audit(trx, ctx(decider.userId, meta), {
          action: `registration.${decision}`,
          objectType: "forum_registration",
          objectId: id,
          before: { state: current.state },
          after: {
            state: to,
            ...(reason ? { reason } : {}),
            ...(position ? { waitlistPosition: position } : {}),
            as: secretariat ? "secretariat" : "focal_point",
            // A focal point's decision names the person and who approved them into the organisation.
            ...(power
              ? {
                  person: current.userId,
                  automatic: power.automatic,
                  ...(power.notAutomatic ? { notAutomatic: power.notAutomatic } : {}),
                  membershipApprovedBy: power.approvedBy,
                }
              : {}),
            ...(secretariat && current.endorsedBy ? { endorsedBy: current.endorsedBy } : {}),
          },
        });
      });
      mailer.kick();
      return { state: to };
    },

    /** The badge photo, for its owner and accreditation staff. */
    async photo(actor: Actor | null, id: string): Promise<Photo> {
      if (!actor) throw errors.unauthenticated();
      const row = await registrationOrThrow(db, id);
      const allowed = can(actor, "registration.viewPhoto", row) || (await focalPointPower(core, row, actor)).allowed;
      if (!allowed) throw errors.notFound("No such registration");
      const photo = await repo.findPhoto(db, id);
      if (!photo) throw errors.notFound("No photo");
      return { contentType: photo.contentType as PhotoType, bytes: photo.bytes };
    },

    /**
     * The accreditation queue of an event: for the secretariat the requests routed to it, for a focal point those
     * of their organisations; refused to everyone else.
     */
    async queue(
      actor: Actor | null,
      eventId: string,
      states: RegistrationState[],
      options: { decidedByFocalPoints?: boolean; locale?: string } = {},
    ) {
      const reader = authorize(actor, "registration.viewQueue");
      const secretariat = can(reader, "registration.decide");
      // Sampling what focal points decided is the secretariat's.
      if (options.decidedByFocalPoints && !secretariat) return [];
      // Requests routed to focal points of organisations no longer verified are the secretariat's again.
      const routed = secretariat ? await repo.findFocalPointOrganizations(db, eventId) : [];
      const verified = new Set(await organizations.verifiedAmong([...routed, ...reader.focalPointOf]));
      const rows = await repo.findQueue(db, {
        eventId,
        states,
        secretariat,
        organizations: reader.focalPointOf.filter((id) => verified.has(id)),
        unverified: routed.filter((id) => !verified.has(id)),
        decidedByFocalPoints: options.decidedByFocalPoints === true,
      });
      return rows.map((r) => {
        const { categoryName, categoryTranslations, autoAccredited, ...row } = r;
        const name =
          categoryName === null ? null : localized(categoryName, categoryTranslations, options.locale ?? "en");
        return { ...toRegistration(row), categoryName: name, automatic: autoAccredited === 1 };
      });
    },

    /**
     * The organisations this person is a focal point of that the secretariat has not verified: their members'
     * requests go to the secretariat, so the queue says why they are not in it.
     */
    async unverifiedFocalPointOrganizations(actor: Actor | null): Promise<string[]> {
      if (!actor) return [];
      const memberships = await organizations.membershipsOf(actor.userId);
      return memberships.filter((m) => m.isFocalPoint && m.status === "approved" && !m.verified).map((m) => m.name);
    },

    /** One request for those who decide on it; the passport details only for registration.viewPassport. */
    async request(actor: Actor | null, id: string, locale = "en") {
      if (!actor) throw errors.unauthenticated();
      const reader = actor;
      const row = await registrationOrThrow(db, id);
      const secretariat = can(reader, "registration.decide");
      const power = secretariat ? null : await focalPointPower(core, row, reader);
      if (row.attendance !== "onsite" || (!secretariat && !power?.allowed)) {
        throw errors.notAllowed("registration.decide");
      }
      const category = row.categoryId ? await repo.findCategory(db, row.categoryId) : undefined;
      const automatic = power?.automatic ?? false;
      let passport: PassportDetails | null = null;
      if (can(reader, "registration.viewPassport")) {
        const sealed = await repo.findPassport(db, id);
        passport = sealed ? (JSON.parse(unseal(passportKey, sealed.sealed)) as PassportDetails) : null;
      }
      const person = await recipient(db, row.userId);
      const own = row.userId === reader.userId;
      const open = (d: Decision) =>
        !own &&
        (TRANSITIONS[d].from as readonly RegistrationState[]).includes(row.state) &&
        (secretariat || (automatic ? d === "approve" || d === "reject" : d === "acknowledge" || d === "reject"));
      return {
        registration: toRegistration(row),
        category: category
          ? {
              name: localized(category.name, category.nameTranslations, locale),
              automatic: category.autoAccredited === 1,
            }
          : null,
        /** For a focal point: why the secretariat decides after their acknowledgement (null: theirs is final). */
        secretariatDecides: power?.notAutomatic ?? null,
        email: person?.email ?? null,
        passport,
        hasPhoto: !!(await repo.findPhoto(db, id)),
        decisions: (["acknowledge", "approve", "waitlist", "reject"] as Decision[]).filter(open),
      };
    },
  };
}
