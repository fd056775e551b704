import { newId, timestamp } from "../../db/ids.ts";
import { audit } from "../../platform/audit/audit.ts";
import type { PersonalDataSource } from "../../platform/auth/personal-data.ts";
import { type Actor, authorize, can } from "../../platform/auth/policy.ts";
import { seal, unseal } from "../../platform/auth/secrets.ts";
import { errors } from "../../platform/http/errors.ts";
import { type FieldErrors, FormError, parseForm } from "../../platform/http/forms.ts";
import type { RequestMeta } from "../../platform/http/request-meta.ts";
import { localized } from "../../platform/i18n/translations.ts";
import { localDate } from "../../platform/time.ts";
import { accreditation, moveUp } from "./accreditation.ts";
import { newNonce } from "./codes.ts";
import { preparePhoto } from "./photo.ts";
import { newReference } from "./reference.ts";
import { createRegistrationCore, type RegistrationDeps } from "./registration.core.ts";
import {
  letterValid,
  type Photo,
  type Registration,
  type RegistrationEvent,
  TRANSITIONS,
  toRegistration,
} from "./registration.model.ts";
import * as repo from "./registration.repository.ts";
import { type PassportDetails, parsePassport, RegistrationInput } from "./registration.schema.ts";
import type { AccreditationRoute, RegistrationState } from "./registration.table.ts";
import { settingsAndLists } from "./settings.ts";

// Registration for a Forum edition: registering, one's own registrations and cancelling them. Accreditation and
// the waitlist (accreditation.ts), settings and lists (settings.ts) and the focal point's power
// (registration.policy.ts) are the service's other parts; this file puts them together.

export {
  admittedTypes,
  type Category,
  letterValid,
  type NotAutomatic,
  PENDING,
  type Photo,
  type Registration,
  type RegistrationEvent,
  type RemoteSession,
  STATES,
  TRANSITIONS,
} from "./registration.model.ts";

export function createRegistrationService(deps: RegistrationDeps) {
  const core = createRegistrationCore(deps);
  const {
    db,
    mailer,
    clock,
    organizations,
    reference,
    passportKey,
    ctx,
    eventOrThrow,
    registrationOrThrow,
    registrationsOf,
    notify,
    categories,
    dialect,
  } = core;

  /** The checks of the form that need the database or the event; every field's problem at once. */
  async function validate(
    person: Actor,
    event: RegistrationEvent,
    input: RegistrationInput,
    photo: { bytes: Uint8Array } | null,
  ): Promise<{ passport?: PassportDetails; photo?: Photo; organizationId: string | null }> {
    const problems: FieldErrors = {};
    const [types, countries, cats, memberships] = await Promise.all([
      reference.stakeholderTypes("en"),
      reference.countries(),
      categories(event.id),
      organizations.membershipsOf(person.userId),
    ]);
    if (!types.some((t) => t.code === input.stakeholderTypeCode)) problems.stakeholderTypeCode = "form.choose";
    if (!countries.some((c) => c.alpha2 === input.countryCode)) problems.countryCode = "form.choose";
    if (!countries.some((c) => c.alpha2 === input.nationalityCode)) problems.nationalityCode = "form.choose";
    if (input.categoryId ? !cats.some((c) => c.id === input.categoryId) : cats.length > 0) {
      problems.categoryId = "form.choose";
    }
    const organizationId = input.organizationId;
    if (organizationId && !memberships.some((m) => m.id === organizationId && m.status === "approved")) {
      problems.organizationId = "form.choose";
    }
    let passport: PassportDetails | undefined;
    // A visa letter is for coming to the venue: an online participant's confirmation carries no passport data.
    if (input.needsVisa && input.attendance !== "onsite") problems.needsVisa = "registration.error.visaOnsiteOnly";
    else if (input.needsVisa) {
      const parsed = parsePassport(input, localDate(clock(), event.timeZone), event.endsOn);
      Object.assign(problems, parsed.errors);
      passport = parsed.passport;
    }
    let checkedPhoto: Photo | undefined;
    if (input.attendance === "onsite") {
      if (!event.onsiteOpen) problems.attendance = "registration.error.onsiteClosed";
      // The photo may come later (staff can print a badge without one); a photo sent must be an image.
      // It is decoded once here (sharp, after its dimensions are read) and stored small, without its metadata.
      if (photo && photo.bytes.length > 0) {
        const prepared = await preparePhoto(photo.bytes);
        if (prepared.ok) checkedPhoto = { contentType: prepared.contentType, bytes: prepared.bytes };
        else problems.photo = prepared.error;
      }
    }
    if (Object.keys(problems).length > 0) throw new FormError(problems);
    return { passport, photo: checkedPhoto, organizationId };
  }

  return {
    TRANSITIONS,

    /** What the person's data download holds from registration: every registration, passport details unsealed. */
    personalData: {
      key: "forumRegistrations",
      collect: async (userId: string) => {
        const rows = await registrationsOf(userId, "en");
        return Promise.all(
          rows.map(async ({ row, event }) => {
            const sealed = await repo.findPassport(db, row.id);
            const photo = await repo.findPhoto(db, row.id);
            const { slug, title, startsOn, endsOn } = event;
            return {
              ...toRegistration(row),
              event: { slug, title, startsOn, endsOn },
              passport: sealed ? (JSON.parse(unseal(passportKey, sealed.sealed)) as PassportDetails) : null,
              photo: photo ? `data:${photo.contentType};base64,${Buffer.from(photo.bytes).toString("base64")}` : null,
            };
          }),
        );
      },
    } satisfies PersonalDataSource,

    /** The approved organisation memberships a person may register under. */
    async organizationsOf(actor: Actor | null) {
      const person = authorize(actor, "registration.register");
      return (await organizations.membershipsOf(person.userId))
        .filter((m) => m.status === "approved")
        .map((m) => ({ id: m.id, name: m.name }));
    },

    /**
     * Whether the person holds a valid registration for the event (confirmed virtual, approved on site): the
     * sessions' remote-participation links are theirs to see. Nobody signed in holds none.
     */
    async participates(actor: Actor | null, eventId: string): Promise<boolean> {
      if (!actor) return false;
      const row = await repo.findRegistrationOf(db, eventId, actor.userId);
      return row !== undefined && letterValid(row);
    },

    /** The person's registration for an event, if any. */
    async existing(actor: Actor | null, eventId: string): Promise<Registration | undefined> {
      const person = authorize(actor, "registration.register");
      const row = await repo.findRegistrationOf(db, eventId, person.userId);
      return row ? toRegistration(row) : undefined;
    },

    /** The person's cancelled registrations for the event, newest first (a new request keeps them). */
    async cancelledBefore(actor: Actor | null, eventId: string) {
      const person = authorize(actor, "registration.register");
      return repo.findCancelledOf(db, eventId, person.userId);
    },

    /**
     * Registers the person for the event. A second attempt, a double click or a retried request never makes a
     * second registration: the unique index on (event, person) of registrations not cancelled decides, and the
     * loser is told it already exists. Someone who cancelled registers anew: a new request with its own reference,
     * reviewed like any other; the cancelled one stays, its letter void.
     */
    async register(
      actor: Actor | null,
      eventSlug: string,
      values: Record<string, string>,
      photo: { bytes: Uint8Array } | null,
      meta: RequestMeta,
    ): Promise<{ id: string; created: boolean }> {
      const person = authorize(actor, "registration.register");
      const event = await eventOrThrow(db, eventSlug);
      const already = await repo.findRegistrationOf(db, event.id, person.userId);
      if (already) return { id: already.id, created: false };
      if (!event.open) throw errors.conflict("closed");
      let parsed: RegistrationInput | undefined;
      let problems: FieldErrors = {};
      let valid: Awaited<ReturnType<typeof validate>> | undefined;
      try {
        parsed = parseForm(RegistrationInput, values);
        valid = await validate(person, event, parsed, photo);
      } catch (error) {
        if (!(error instanceof FormError)) throw error;
        problems = error.errors;
      }
      if (!parsed || !valid || Object.keys(problems).length > 0) throw new FormError(problems);
      const input = parsed;
      const checked = valid;

      const now = timestamp(clock());
      const id = newId(clock().getTime());
      const onsite = input.attendance === "onsite";
      // The focal-point way only for an organisation the secretariat has verified; every other request is its own.
      const facts = checked.organizationId
        ? await organizations.accreditationFacts(checked.organizationId, person.userId)
        : null;
      const route: AccreditationRoute | null = onsite
        ? checked.organizationId && facts?.verified && (await organizations.hasFocalPoint(checked.organizationId))
          ? "focal_point"
          : "secretariat"
        : null;
      const state: RegistrationState = onsite ? "submitted" : "confirmed";
      const previous = (await repo.findCancelledOf(db, event.id, person.userId))[0];
      let reference = newReference(event.slug);
      while (await repo.referenceTaken(db, reference)) reference = newReference(event.slug);
      try {
        await db.transaction().execute(async (trx) => {
          await repo.insertRegistration(trx, {
            id,
            reference,
            eventId: event.id,
            userId: person.userId,
            attendance: input.attendance,
            state,
            route,
            passportName: input.passportName,
            preferredName: input.preferredName,
            organizationName: input.organizationName,
            organizationId: checked.organizationId,
            stakeholderTypeCode: input.stakeholderTypeCode,
            categoryId: input.categoryId,
            countryCode: input.countryCode,
            nationalityCode: input.nationalityCode,
            needsVisa: input.needsVisa ? 1 : 0,
            accessibilityNeeds: input.accessibilityNeeds || null,
            interest: JSON.stringify({ why: input.interestWhy, contribution: input.interestContribution }),
            consentedAt: now,
            decisionReason: null,
            decidedBy: null,
            decidedAt: onsite ? null : now,
            decidedAs: null,
            endorsedBy: null,
            waitlistPosition: null,
            letterNonce: onsite ? null : newNonce(),
            badgeNonce: null,
            version: 1,
            createdAt: now,
            updatedAt: now,
          });
          if (checked.passport) {
            await repo.insertPassport(trx, id, seal(passportKey, JSON.stringify(checked.passport)), now);
          }
          if (checked.photo) await repo.insertPhoto(trx, id, checked.photo.contentType, checked.photo.bytes, now);
          await notify(trx, { id, userId: person.userId, eventId: event.id, reference }, state, null, null);
          await audit(trx, ctx(person.userId, meta), {
            action: "registration.create",
            objectType: "forum_registration",
            objectId: id,
            after: {
              eventId: event.id,
              reference,
              attendance: input.attendance,
              state,
              route,
              ...(previous ? { previous: previous.id } : {}),
            },
          });
        });
      } catch (error) {
        // The unique constraint caught a concurrent twin of this request: it is the same registration.
        const twin = await repo.findRegistrationOf(db, event.id, person.userId);
        if (twin) return { id: twin.id, created: false };
        throw error;
      }
      mailer.kick();
      return { id, created: true };
    },

    /** The person cancels their registration; a place freed on site goes to the first on the waitlist. */
    async cancel(actor: Actor | null, id: string, meta: RequestMeta): Promise<void> {
      if (!actor) throw errors.unauthenticated();
      const row = await registrationOrThrow(db, id);
      const person = authorize(actor, "registration.own", row);
      const from: readonly RegistrationState[] = TRANSITIONS.cancel.from;
      if (!from.includes(row.state)) throw errors.conflict(row.state);
      await db.transaction().execute(async (trx) => {
        await repo.lockEvent(trx, row.eventId, dialect, timestamp(clock()));
        const current = await registrationOrThrow(trx, id);
        if (!from.includes(current.state)) throw errors.conflict(current.state);
        const now = timestamp(clock());
        const changes = { state: "cancelled" as const, waitlistPosition: null, updatedAt: now };
        if (!(await repo.transition(trx, id, from, current.version, changes))) throw errors.conflict(current.state);
        await notify(trx, current, "cancelled", null, null);
        await audit(trx, ctx(person.userId, meta), {
          action: "registration.cancel",
          objectType: "forum_registration",
          objectId: id,
          before: { state: current.state },
          after: { state: "cancelled" },
        });
        if (current.state === "approved" && current.attendance === "onsite")
          await moveUp(core, trx, current.eventId, meta);
      });
      mailer.kick();
    },

    /** The person's own registrations, newest event first. */
    async mine(actor: Actor | null, locale: string) {
      const person = authorize(actor, "registration.register");
      return (await registrationsOf(person.userId, locale)).map(({ row, event }) => {
        const { slug, title, startsOn, endsOn, timeZone } = event;
        return { registration: toRegistration(row), event: { slug, title, startsOn, endsOn, timeZone } };
      });
    },

    /**
     * One registration with its event, for its owner only (404 for anyone else, so ids say nothing). The letter
     * and badge pages use it too.
     */
    async registrationForOwner(actor: Actor | null, id: string, locale = "en") {
      if (!actor) throw errors.unauthenticated();
      const row = await repo.findRegistration(db, id);
      if (!row || !can(actor, "registration.own", row)) throw errors.notFound("No such registration");
      const category = row.categoryId ? await repo.findCategory(db, row.categoryId) : undefined;
      const event = await eventOrThrow(db, row.eventId, locale);
      const newer = row.state === "cancelled" ? await repo.findRegistrationOf(db, row.eventId, row.userId) : undefined;
      return {
        registration: toRegistration(row),
        event,
        category: category
          ? {
              code: category.code,
              name: localized(category.name, category.nameTranslations, locale),
              colour: category.colour,
            }
          : null,
        canCancel: (TRANSITIONS.cancel.from as readonly RegistrationState[]).includes(row.state),
        canRegisterAgain: row.state === "cancelled" && event.open && !newer,
        letterAvailable: letterValid(row),
      };
    },

    ...accreditation(core),
    ...settingsAndLists(core),
  };
}

export type RegistrationService = ReturnType<typeof createRegistrationService>;
