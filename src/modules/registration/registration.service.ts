import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { newId, timestamp } from "../../db/ids.ts";
import { type AuditContext, audit } from "../../platform/audit/audit.ts";
import type { PersonalDataSource } from "../../platform/auth/personal-data.ts";
import { type Actor, authorize, can } from "../../platform/auth/policy.ts";
import { deriveKey, seal, unseal } from "../../platform/auth/secrets.ts";
import { errors } from "../../platform/http/errors.ts";
import { type FieldErrors, FormError, parseForm, withValues } from "../../platform/http/forms.ts";
import type { RequestMeta } from "../../platform/http/request-meta.ts";
import { isLocale, type Locale } from "../../platform/i18n/locale.ts";
import type { Mailer } from "../../platform/mail/mailer.ts";
import { localDate, nextDay, zonedTimeToUtc } from "../../platform/time.ts";
import { people, recipient } from "../accounts/accounts.service.ts";
import { eventsByIds, type ForumEvent, publishedEvent } from "../forum/forum.service.ts";
import type { OrganizationService } from "../organizations/organizations.service.ts";
import { newNonce } from "./codes.ts";
import { preparePhoto } from "./photo.ts";
import { newReference } from "./reference.ts";
import { type RegistrationMail, registrationMail } from "./registration.mail.ts";
import * as repo from "./registration.repository.ts";
import {
  type Decision,
  LIMITS,
  type PassportDetails,
  type PhotoType,
  parsePassport,
  RegistrationInput,
} from "./registration.schema.ts";
import type {
  AccreditationRoute,
  Attendance,
  ForumRegistrationTable,
  RegistrationState,
} from "./registration.table.ts";

/**
 * The accreditation state machine. Who may make each move is checked in decide(): the secretariat makes every
 * decision; a focal point, on requests routed to them, approves or rejects when the category is accredited
 * automatically, and otherwise acknowledges (endorses) or rejects, after which the secretariat decides. The
 * person cancels. An approval beyond the on-site capacity waitlists instead.
 */
export const TRANSITIONS = {
  acknowledge: { from: ["submitted"], to: "acknowledged" },
  approve: { from: ["submitted", "acknowledged", "waitlisted"], to: "approved" },
  reject: { from: ["submitted", "acknowledged", "waitlisted"], to: "rejected" },
  waitlist: { from: ["submitted", "acknowledged"], to: "waitlisted" },
  cancel: { from: ["submitted", "acknowledged", "approved", "waitlisted", "confirmed"], to: "cancelled" },
} as const satisfies Record<Decision | "cancel", { from: RegistrationState[]; to: RegistrationState }>;

export const STATES: RegistrationState[] = [
  "submitted",
  "acknowledged",
  "approved",
  "waitlisted",
  "rejected",
  "confirmed",
  "cancelled",
];

/** The requests still waiting for someone's decision. */
export const PENDING: RegistrationState[] = ["submitted", "acknowledged"];

export interface RegistrationEvent {
  id: string;
  slug: string;
  title: string;
  startsOn: string;
  endsOn: string;
  venue: string;
  city: string;
  timeZone: string;
  accreditationClosesAt: string | null;
  onsiteCapacity: number | null;
  /** When on-site requests close: the deadline, or the start of the first day in the event's zone. */
  onsiteClosesAt: string;
  onsiteOpen: boolean;
  /** Registration of any kind closes when the last day ends in the event's zone: nobody registers for the past. */
  closesAt: string;
  open: boolean;
}

export interface Category {
  id: string;
  code: string;
  /** In the reader's language when the organiser gave it, else as given. */
  name: string;
  colour: string;
  autoAccredited: boolean;
  /** The stakeholder types (of a verified organisation) whose focal points' approval accredits automatically. */
  admittedStakeholderTypes: string[];
}

/**
 * Why a focal point's approval of a request does not accredit on its own, so the secretariat decides after the
 * focal point's acknowledgement: the category is not automatic; it does not admit the organisation's stakeholder
 * type; the person is not (or no longer) an approved member; they joined after the request, or fewer than
 * FOCAL_POINT_MIN_MEMBERSHIP_DAYS before it; this focal point approved them into the organisation the same day.
 */
export type NotAutomatic = "category" | "stakeholder_type" | "not_member" | "recent_membership" | "same_day_membership";

/** A category's admitted types as stored (JSON list); anything unreadable admits none. */
export function admittedTypes(json: string | null): string[] {
  if (!json) return [];
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? list.filter((c): c is string => typeof c === "string") : [];
  } catch {
    return [];
  }
}

export interface Registration {
  id: string;
  /** HLE25-4K7Q2: what people read; the id stays in URLs. */
  reference: string;
  eventId: string;
  userId: string;
  attendance: Attendance;
  state: RegistrationState;
  route: AccreditationRoute | null;
  passportName: string;
  preferredName: string;
  organizationName: string;
  organizationId: string | null;
  stakeholderTypeCode: string;
  categoryId: string | null;
  countryCode: string;
  nationalityCode: string;
  needsVisa: boolean;
  accessibilityNeeds: string | null;
  interest: { why: string; contribution: string };
  consentedAt: string;
  decisionReason: string | null;
  decidedAt: string | null;
  /** Whose final decision it was: a focal point's or the secretariat's. */
  decidedAs: AccreditationRoute | null;
  waitlistPosition: number | null;
  letterNonce: string | null;
  badgeNonce: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A published session that can be followed remotely, as a registered participant's page lists it. */
export interface RemoteSession {
  title: string;
  path: string;
  startsAt: string;
  endsAt: string;
  remoteUrl: string;
}

export interface Photo {
  contentType: PhotoType;
  bytes: Uint8Array;
}

/** A letter may be issued for an approved on-site or a confirmed virtual registration. */
export function letterValid(r: { state: RegistrationState }): boolean {
  return r.state === "approved" || r.state === "confirmed";
}

function localized(plain: string, translations: string | null, locale: string): string {
  if (!translations || !isLocale(locale)) return plain;
  try {
    return (JSON.parse(translations) as Record<string, string>)[locale] || plain;
  } catch {
    return plain;
  }
}

function toRegistration(row: ForumRegistrationTable): Registration {
  let interest = { why: "", contribution: "" };
  try {
    interest = { ...interest, ...(JSON.parse(row.interest ?? "{}") as object) };
  } catch {
    // Kept as empty answers: the column is only ever written by this module.
  }
  const { decidedBy: _by, version: _version, endorsedBy: _endorsed, needsVisa, ...rest } = row;
  return { ...rest, needsVisa: needsVisa === 1, interest };
}

export function createRegistrationService(deps: {
  db: Db;
  mailer: Mailer;
  config: Config;
  clock: () => Date;
  organizations: Pick<OrganizationService, "membershipsOf" | "hasFocalPoint" | "accreditationFacts" | "verifiedAmong">;
  /** Stakeholder type and country codes that exist. */
  reference: {
    stakeholderTypes(locale: Locale): Promise<{ code: string }[]>;
    countries(): Promise<{ alpha2: string }[]>;
  };
}) {
  const { db, mailer, config, clock, organizations, reference } = deps;
  const dialect = config.database.dialect;
  const passportKey = deriveKey(config.sessionSecret, "registration-passport");
  const ctx = (actorId: string | null, meta: RequestMeta): AuditContext => ({
    actorId,
    ip: meta.ip,
    requestId: meta.requestId,
    now: clock(),
  });
  const pageLink = (id: string) => `${config.baseUrl}/forum/registrations/${id}`;

  /** The forum's published event with this module's settings for it, or undefined. */
  async function findEvent(database: Db, slugOrId: string, locale: string): Promise<RegistrationEvent | undefined> {
    const event = await publishedEvent(database, slugOrId, isLocale(locale) ? locale : "en", clock());
    if (!event) return undefined;
    const settings = await repo.findSettings(database, event.id);
    return toEvent(event, settings?.accreditationClosesAt ?? null, settings?.onsiteCapacity ?? null);
  }

  function toEvent(
    row: ForumEvent,
    accreditationClosesAt: string | null,
    onsiteCapacity: number | null,
  ): RegistrationEvent {
    const onsiteClosesAt = accreditationClosesAt ?? zonedTimeToUtc(row.startsOn, "00:00", row.timeZone).toISOString();
    const closesAt = zonedTimeToUtc(nextDay(row.endsOn), "00:00", row.timeZone).toISOString();
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      venue: row.venue,
      city: row.city,
      timeZone: row.timeZone,
      accreditationClosesAt,
      onsiteCapacity,
      onsiteClosesAt,
      onsiteOpen: clock().toISOString() < onsiteClosesAt,
      closesAt,
      open: clock().toISOString() < closesAt,
    };
  }

  async function eventOrThrow(database: Db, slugOrId: string, locale = "en") {
    const event = await findEvent(database, slugOrId, locale);
    if (!event) throw errors.notFound("No published Forum edition here");
    return event;
  }

  async function registrationOrThrow(database: Db, id: string) {
    const row = await repo.findRegistration(database, id);
    if (!row) throw errors.notFound("No such registration");
    return row;
  }

  async function categories(eventId: string, locale = "en"): Promise<Category[]> {
    return (await repo.findCategories(db, eventId)).map((c) => ({
      id: c.id,
      code: c.code,
      name: localized(c.name, c.nameTranslations, locale),
      colour: c.colour,
      autoAccredited: c.autoAccredited === 1,
      admittedStakeholderTypes: admittedTypes(c.admittedStakeholderTypes),
    }));
  }

  /** A person's registrations with their events (as the forum names them), newest event first. */
  async function registrationsOf(userId: string, locale: string) {
    const rows = await repo.findRegistrationsOfUser(db, userId);
    const events = await eventsByIds(
      db,
      rows.map((r) => r.eventId),
      isLocale(locale) ? locale : "en",
      clock(),
    );
    return rows
      .flatMap((row) => {
        const event = events.get(row.eventId);
        return event ? [{ row, event }] : [];
      })
      .sort((a, b) => (a.event.startsOn < b.event.startsOn ? 1 : a.event.startsOn > b.event.startsOn ? -1 : 0));
  }

  /**
   * What a focal point may do with a request: decide at all (it is routed to their organisation, which the
   * secretariat has verified), and whether their approval accredits on its own (and if not, why). Read at the
   * moment of the decision, so a verification withdrawn since the request was made counts.
   */
  async function focalPointPower(
    row: Pick<ForumRegistrationTable, "route" | "organizationId" | "userId" | "categoryId" | "createdAt">,
    actor: Actor,
  ): Promise<{ allowed: boolean; automatic: boolean; notAutomatic: NotAutomatic | null; approvedBy: string | null }> {
    const none = { allowed: false, automatic: false, notAutomatic: null, approvedBy: null };
    if (!row.organizationId || !can(actor, "registration.decideForOrganization", row)) return none;
    const facts = await organizations.accreditationFacts(row.organizationId, row.userId);
    if (!facts?.verified) return none;
    const category = row.categoryId ? await repo.findCategory(db, row.categoryId) : undefined;
    const membership = facts.membership;
    const now = clock();
    const minimum = config.focalPointMinMembershipDays * 24 * 60 * 60 * 1000;
    let notAutomatic: NotAutomatic | null = null;
    if (category?.autoAccredited !== 1) notAutomatic = "category";
    else if (!admittedTypes(category.admittedStakeholderTypes).includes(facts.stakeholderTypeCode)) {
      notAutomatic = "stakeholder_type";
    } else if (!membership) notAutomatic = "not_member";
    else if (
      membership.approvedAt > row.createdAt ||
      new Date(row.createdAt).getTime() - new Date(membership.approvedAt).getTime() < minimum
    ) {
      notAutomatic = "recent_membership";
    } else if (
      membership.approvedBy === actor.userId &&
      membership.approvedAt.slice(0, 10) === now.toISOString().slice(0, 10)
    ) {
      notAutomatic = "same_day_membership";
    }
    return {
      allowed: true,
      automatic: notAutomatic === null,
      notAutomatic,
      approvedBy: membership?.approvedBy ?? null,
    };
  }

  /** Tells the person, in their language, what their registration became. */
  async function notify(
    trx: Db,
    row: Pick<ForumRegistrationTable, "id" | "userId" | "eventId" | "reference">,
    template: RegistrationMail,
    reason: string | null,
    position: number | null,
  ) {
    const person = await recipient(trx, row.userId);
    const event = person ? await findEvent(trx, row.eventId, person.preferredLocale) : undefined;
    if (!person || !event) return;
    await mailer.enqueue(
      trx,
      registrationMail(
        template,
        person,
        {
          event: event.title,
          link: pageLink(row.id),
          reference: row.reference,
          reason: reason ?? "",
          position: position === null ? "" : String(position),
        },
        config.baseUrl,
      ),
    );
  }

  const issued = (attendance: Attendance) => ({
    letterNonce: newNonce(),
    badgeNonce: attendance === "onsite" ? newNonce() : null,
  });

  /**
   * Gives freed on-site places to the waitlist, first come first served. Runs inside the caller's transaction,
   * with the event locked.
   */
  async function moveUp(trx: Db, eventId: string, meta: RequestMeta) {
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

    /** A published event as registration sees it (deadline, capacity), or 404. */
    event: (slugOrId: string, locale: string) => eventOrThrow(db, slugOrId, locale),

    categories,

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
      const power = secretariat ? null : await focalPointPower(row, decider);
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
        if (current.state === "approved" && current.attendance === "onsite") await moveUp(trx, current.eventId, meta);
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

    /** The badge photo, for its owner and accreditation staff. */
    async photo(actor: Actor | null, id: string): Promise<Photo> {
      if (!actor) throw errors.unauthenticated();
      const row = await registrationOrThrow(db, id);
      const allowed = can(actor, "registration.viewPhoto", row) || (await focalPointPower(row, actor)).allowed;
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
      const power = secretariat ? null : await focalPointPower(row, reader);
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
        await moveUp(trx, eventId, meta);
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

export type RegistrationService = ReturnType<typeof createRegistrationService>;
