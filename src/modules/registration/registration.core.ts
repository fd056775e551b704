import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import type { AuditContext } from "../../platform/audit/audit.ts";
import { deriveKey } from "../../platform/auth/secrets.ts";
import { errors } from "../../platform/http/errors.ts";
import type { RequestMeta } from "../../platform/http/request-meta.ts";
import { isLocale, type Locale } from "../../platform/i18n/locale.ts";
import { localized } from "../../platform/i18n/translations.ts";
import type { Mailer } from "../../platform/mail/mailer.ts";
import { nextDay, zonedTimeToUtc } from "../../platform/time.ts";
import { recipient } from "../accounts/accounts.service.ts";
import { eventsByIds, type ForumEvent, publishedEvent } from "../forum/forum.service.ts";
import type { OrganizationService } from "../organizations/organizations.service.ts";
import { newNonce } from "./codes.ts";
import { type RegistrationMail, registrationMail } from "./registration.mail.ts";
import { admittedTypes, type Category, type RegistrationEvent } from "./registration.model.ts";
import * as repo from "./registration.repository.ts";
import type { Attendance, ForumRegistrationTable } from "./registration.table.ts";

// What every part of the registration service shares: its dependencies, the event as registration sees it (the
// forum's event with this module's settings), the audit context and the notice mail.

export interface RegistrationDeps {
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
}

export function createRegistrationCore(deps: RegistrationDeps) {
  const { db, mailer, config, clock } = deps;
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

  return {
    ...deps,
    dialect,
    passportKey,
    ctx,
    findEvent,
    eventOrThrow,
    registrationOrThrow,
    categories,
    registrationsOf,
    notify,
    issued,
  };
}

export type RegistrationCore = ReturnType<typeof createRegistrationCore>;
