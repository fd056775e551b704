import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { newId, timestamp } from "../../db/ids.ts";
import { audit, auditContext } from "../../platform/audit/audit.ts";
import type { PersonalDataSource } from "../../platform/auth/personal-data.ts";
import { type Actor, authorize, can } from "../../platform/auth/policy.ts";
import { errors } from "../../platform/http/errors.ts";
import { FormError } from "../../platform/http/forms.ts";
import type { RequestMeta } from "../../platform/http/request-meta.ts";
import type { Mailer } from "../../platform/mail/mailer.ts";
import { applyMove } from "../../platform/workflow/apply-move.ts";
import { noticeMail } from "../../platform/workflow/notice-mail.ts";
import { defineTransitions, MoveRefused } from "../../platform/workflow/transitions.ts";
import { type AccountService, byDisplayName, people, recipient } from "../accounts/accounts.service.ts";
import { MEMBERSHIP_NOTICES, type MembershipMail } from "./organizations.mail.ts";
import * as repo from "./organizations.repository.ts";
import { type OrganizationForm, PAGE_SIZE } from "./organizations.schema.ts";

export type MembershipStatus = "pending" | "approved" | "rejected";

/**
 * A membership's life, checked by the workflow kit. "none" is no row: a person who never asked, or who left or
 * withdrew (leaving deletes the row). Being a focal point is a flag on an approved member, not a state: the rule
 * that an organisation keeps one spans its rows, so appointing and leaving hold the organisation's row instead.
 */
export const MEMBERSHIP_TRANSITIONS = defineTransitions<MembershipStatus | "none", "request" | "approve" | "reject">({
  request: { from: ["none", "rejected"], to: "pending", by: "the person" },
  approve: { from: ["pending"], to: "approved", by: "a focal point or staff" },
  reject: { from: ["pending"], to: "rejected", by: "a focal point or staff" },
});

/** The states of `from` that a row is stored in ("none" has no row to compare-and-set). */
const stored = (from: readonly (MembershipStatus | "none")[]) =>
  from.filter((state): state is MembershipStatus => state !== "none");

export interface Membership {
  id: string;
  name: string;
  status: MembershipStatus;
  isFocalPoint: boolean;
  verified: boolean;
}

export interface Organization {
  id: string;
  name: string;
  stakeholderTypeCode: string;
  countryCode: string | null;
  website: string | null;
  /** When the secretariat verified it; null while unverified. */
  verifiedAt: string | null;
  createdAt: string;
}

/** What accreditation needs to know of an organisation and one of its members, read in one place. */
export interface AccreditationFacts {
  verified: boolean;
  stakeholderTypeCode: string;
  /** The person's approved membership: when it was approved and by whom; null when they are not a member. */
  membership: { approvedAt: string; approvedBy: string | null } | null;
}

export interface OrganizationList {
  organizations: Organization[];
  /** How many match the search, on every page. */
  total: number;
  page: number;
  pages: number;
}

export interface Member {
  userId: string;
  displayName: string;
  email: string;
  status: MembershipStatus;
  isFocalPoint: boolean;
  requestedAt: string;
}

export interface OrganizationDetail {
  organization: Organization;
  /** The reader's own membership or request, when they have one. */
  own: { status: MembershipStatus; isFocalPoint: boolean; requestedAt: string } | null;
  /** Members and waiting requests, for focal points and staff only. */
  members: Member[] | null;
  /** The secretariat's note on the last verification or withdrawal, for those who may verify. */
  verificationNote: string | null;
  may: { decide: boolean; appoint: boolean; verify: boolean };
}

/** Case and composition do not make another name: "ACME", "Acme" and "acme" are one organisation. */
const folded = (name: string) => name.normalize("NFC").toLowerCase();

export function createOrganizationService(deps: {
  db: Db;
  mailer: Mailer;
  config: Config;
  clock: () => Date;
  /** The accounts side of a membership change: profile organisation and session privileges. */
  accounts: Pick<AccountService, "membershipChanged">;
}) {
  const { db, mailer, config, clock, accounts } = deps;
  const dialect = config.database.dialect;

  const ctx = (actor: Actor, meta: RequestMeta) => auditContext(actor, meta, clock());
  const pageLink = (id: string) => `${config.baseUrl}/organizations/${id}`;
  const mail = (
    template: MembershipMail,
    to: { email: string; displayName: string; preferredLocale: string },
    values: { organization: string; link: string } & Record<string, string>,
  ) => noticeMail(template, MEMBERSHIP_NOTICES[template], to, values, config.baseUrl);

  async function organizationOrThrow(database: Db, id: string) {
    const row = await repo.findOrganization(database, id);
    if (!row) throw errors.notFound("No organization with this id");
    return row;
  }

  function toOrganization(row: Organization & Record<string, unknown>): Organization {
    const { id, name, stakeholderTypeCode, countryCode, website, verifiedAt, createdAt } = row;
    return { id, name, stakeholderTypeCode, countryCode, website, verifiedAt, createdAt };
  }

  /** Members and waiting requests, by status then name; names and addresses come from the accounts module. */
  async function membersOf(id: string): Promise<Member[]> {
    const rows = (await repo.findMembers(db, id)).filter((m) => m.status !== "rejected");
    const persons = await people(
      db,
      rows.map((m) => m.userId),
    );
    return rows
      .flatMap((m) => {
        const person = persons.get(m.userId);
        if (!person) return [];
        const { displayName, email } = person;
        const { userId, status, requestedAt } = m;
        return [{ userId, displayName, email, status, isFocalPoint: m.isFocalPoint === 1, requestedAt }];
      })
      .sort((a, b) => (a.status === b.status ? byDisplayName(a, b) : a.status < b.status ? -1 : 1));
  }

  return {
    /** The person's memberships and requests, for their data download (under "memberships", as before). */
    personalData: {
      key: "memberships",
      collect: (userId: string) => repo.findPersonalData(db, userId),
    } satisfies PersonalDataSource,

    /** The organisations the person is an approved focal point of: the session's actor carries them. */
    focalPointsOf: (userId: string) => repo.findFocalPointOrganizations(db, userId),

    /** The organisations a person belongs to or asked to join, with the state of each request. */
    async membershipsOf(userId: string): Promise<Membership[]> {
      const rows = await repo.findMembershipsOfUser(db, userId);
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        status: r.status,
        isFocalPoint: r.isFocalPoint === 1,
        verified: r.verifiedAt !== null,
      }));
    },

    /**
     * Whether the organisation is verified, its stakeholder type, and when the person's membership was approved
     * and by whom: what decides whether a focal point's approval of their request may accredit on its own.
     */
    async accreditationFacts(organizationId: string, userId: string): Promise<AccreditationFacts | null> {
      const organization = await repo.findOrganization(db, organizationId);
      if (!organization) return null;
      const member = await repo.findMembership(db, organizationId, userId);
      return {
        verified: organization.verifiedAt !== null,
        stakeholderTypeCode: organization.stakeholderTypeCode,
        membership:
          member?.status === "approved" && member.decidedAt
            ? { approvedAt: member.decidedAt, approvedBy: member.decidedBy }
            : null,
      };
    },

    /** Of these organisations, those the secretariat has verified (whose focal points may decide accreditation). */
    verifiedAmong: (ids: string[]) => repo.findVerifiedAmong(db, [...new Set(ids)]),

    /** Public: the id of the organisation registered under this name (as written), for links to its page. */
    async idByName(name: string): Promise<string | null> {
      return (await repo.findOrganizationByName(db, name.trim()))?.id ?? null;
    },

    /** Whether the organisation has an approved focal point (accreditation requests of its people go to them). */
    async hasFocalPoint(organizationId: string): Promise<boolean> {
      return (await repo.countFocalPoints(db, organizationId)) > 0;
    },

    /**
     * Public: a page of organisations whose name contains the text (all of them without text), by name; with
     * `unverified`, only those the secretariat has not verified yet (whether one is verified is public).
     */
    async search(text: string, page: number, unverified = false): Promise<OrganizationList> {
      const total = await repo.countOrganizations(db, text, unverified);
      const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
      // A page past the end is the last one (never "page 31 of 30", never an empty page).
      const shown = Math.min(Math.max(1, page), pages);
      const offset = (shown - 1) * PAGE_SIZE;
      const rows = total === 0 ? [] : await repo.listOrganizations(db, text, PAGE_SIZE, offset, unverified);
      return { organizations: rows.map(toOrganization), total, page: shown, pages };
    },

    /** Public facts of one organisation, with what the reader may see and do there. */
    async detail(actor: Actor | null, id: string): Promise<OrganizationDetail> {
      const row = await organizationOrThrow(db, id);
      const own = actor ? await repo.findMembership(db, id, actor.userId) : undefined;
      const members = can(actor, "organization.viewMembers", { id }) ? await membersOf(id) : null;
      return {
        organization: toOrganization(row),
        verificationNote: can(actor, "organization.verify") ? row.verificationNote : null,
        own: own ? { status: own.status, isFocalPoint: own.isFocalPoint === 1, requestedAt: own.requestedAt } : null,
        members,
        may: {
          decide: can(actor, "organization.decideMembership", { id }),
          appoint: can(actor, "organization.appointFocalPoint", { id }),
          verify: can(actor, "organization.verify"),
        },
      };
    },

    /** Creates an organisation whose first focal point is its creator. A name taken in any case is refused. */
    async create(actor: Actor | null, form: OrganizationForm, meta: RequestMeta): Promise<string> {
      const creator = authorize(actor, "organization.create");
      const now = clock();
      const id = newId(now.getTime());
      await db.transaction().execute(async (trx) => {
        await repo.lockOrganizationNames(trx, dialect);
        const sameLength = await repo.findOrganizationsWithNameLength(trx, [...form.name].length);
        if (sameLength.some((o) => folded(o.name) === folded(form.name))) {
          throw new FormError({ name: "org.form.name.taken" });
        }
        const organization = {
          id,
          name: form.name,
          stakeholderTypeCode: form.stakeholderTypeCode,
          countryCode: form.countryCode,
          website: form.website || null,
        };
        // Unverified until the secretariat says otherwise: creating "Ministry of …" gives no power to accredit.
        await repo.insertOrganization(trx, {
          ...organization,
          verifiedAt: null,
          verifiedBy: null,
          verificationNote: null,
          createdAt: timestamp(now),
          updatedAt: timestamp(now),
        });
        await repo.insertMembership(trx, {
          organizationId: id,
          userId: creator.userId,
          status: "approved",
          isFocalPoint: 1,
          requestedAt: timestamp(now),
          decidedAt: timestamp(now),
          decidedBy: creator.userId,
        });
        await accounts.membershipChanged(trx, creator.userId, id, { stillMember: true, privilegesChanged: true });
        await audit(trx, ctx(creator, meta), {
          action: "organization.create",
          objectType: "organization",
          objectId: id,
          after: { ...organization, focalPoint: creator.userId },
        });
      });
      return id;
    },

    /**
     * The secretariat verifies the organisation, or withdraws its verification, with a note saying on what
     * grounds; audited. Verifying a verified organisation again (or withdrawing from an unverified one) is refused.
     */
    async setVerification(
      actor: Actor | null,
      id: string,
      verified: boolean,
      note: string,
      meta: RequestMeta,
    ): Promise<void> {
      const secretariat = authorize(actor, "organization.verify");
      await db.transaction().execute(async (trx) => {
        await repo.lockOrganization(trx, id, dialect);
        const before = await organizationOrThrow(trx, id);
        if ((before.verifiedAt !== null) === verified) {
          throw new FormError({ decision: verified ? "org.verify.already" : "org.verify.notVerified" });
        }
        const now = timestamp(clock());
        const after = { verifiedAt: verified ? now : null, verifiedBy: verified ? secretariat.userId : null };
        await repo.updateVerification(trx, id, { ...after, verificationNote: note, updatedAt: now });
        await audit(trx, ctx(secretariat, meta), {
          action: verified ? "organization.verify" : "organization.verification_withdraw",
          objectType: "organization",
          objectId: id,
          before: { verifiedAt: before.verifiedAt, verifiedBy: before.verifiedBy },
          after: { ...after, note },
        });
      });
    },

    /**
     * Asks to join; the focal points are told by mail. Asking again while a request waits (or as a member)
     * changes nothing; after a refusal, a new request can be made. Returns whether a request was made.
     */
    async requestMembership(actor: Actor | null, id: string, meta: RequestMeta): Promise<boolean> {
      const person = authorize(actor, "organization.requestMembership");
      const now = timestamp(clock());
      const request = {
        status: "pending" as const,
        isFocalPoint: 0,
        requestedAt: now,
        decidedAt: null,
        decidedBy: null,
      };
      try {
        await applyMove(
          { db, mailer },
          {
            transitions: MEMBERSHIP_TRANSITIONS,
            move: "request",
            read: async (trx) => {
              const organization = await organizationOrThrow(trx, id);
              const before = await repo.findMembership(trx, id, person.userId);
              return { state: before?.status ?? ("none" as const), organization };
            },
            // A first request is an insert that a concurrent first request makes do nothing; a new request after
            // a refusal is a compare-and-set on the refused row.
            write: (trx, { row, from }) =>
              row.state === "none"
                ? repo.insertMembershipUnlessExists(trx, { organizationId: id, userId: person.userId, ...request })
                : repo.transitionMembership(trx, id, person.userId, stored(from), request),
            audit: {
              ctx: ctx(person, meta),
              action: "organization.membership_request",
              objectType: "organization",
              objectId: id,
              before: { userId: person.userId },
              after: { userId: person.userId },
            },
            mail: async (trx, { row }) => {
              const focalPoints = await repo.findFocalPoints(trx, id);
              const addressed = await people(trx, focalPoints);
              return focalPoints.flatMap((userId) => {
                const focalPoint = addressed.get(userId);
                return focalPoint
                  ? [
                      mail("membershipRequested", focalPoint, {
                        organization: row.organization.name,
                        person: person.displayName,
                        link: pageLink(id),
                      }),
                    ]
                  : [];
              });
            },
          },
        );
        return true;
      } catch (error) {
        // Already waiting or a member (or a second click that lost the race): nothing to ask.
        if (error instanceof MoveRefused) return false;
        throw error;
      }
    },

    /** A focal point (or staff) approves or rejects a waiting request; the person is told by mail. */
    async decide(
      actor: Actor | null,
      id: string,
      userId: string,
      decision: "approved" | "rejected",
      meta: RequestMeta,
    ): Promise<void> {
      const decider = authorize(actor, "organization.decideMembership", { id });
      const now = timestamp(clock());
      try {
        await applyMove(
          { db, mailer },
          {
            transitions: MEMBERSHIP_TRANSITIONS,
            move: decision === "approved" ? "approve" : "reject",
            read: async (trx) => {
              const organization = await organizationOrThrow(trx, id);
              const request = await repo.findMembership(trx, id, userId);
              const person = await recipient(trx, userId);
              if (!request || !person) throw errors.notFound("No request from this person");
              return { state: request.status, organization, person };
            },
            write: (trx, { from }) =>
              repo.transitionMembership(trx, id, userId, stored(from), {
                status: decision,
                decidedAt: now,
                decidedBy: decider.userId,
              }),
            effects: async (trx) => {
              if (decision === "rejected") {
                await accounts.membershipChanged(trx, userId, id, { stillMember: false, privilegesChanged: false });
              }
              return undefined;
            },
            audit: {
              ctx: ctx(decider, meta),
              action: decision === "approved" ? "organization.membership_approve" : "organization.membership_reject",
              objectType: "organization",
              objectId: id,
              before: { userId },
              after: { userId },
            },
            mail: async (_trx, { row }) =>
              mail(decision === "approved" ? "membershipApproved" : "membershipRejected", row.person, {
                organization: row.organization.name,
                link: pageLink(id),
              }),
          },
        );
      } catch (error) {
        // Decided already, by this person or another at the same moment: said next to the request.
        if (error instanceof MoveRefused) throw new FormError({ [`request-${userId}`]: "org.decide.already" });
        throw error;
      }
    },

    /** Makes an approved member a focal point, or not; an organisation always keeps at least one. */
    async setFocalPoint(
      actor: Actor | null,
      id: string,
      userId: string,
      focalPoint: boolean,
      meta: RequestMeta,
    ): Promise<void> {
      const appointer = authorize(actor, "organization.appointFocalPoint", { id });
      await db.transaction().execute(async (trx) => {
        await repo.lockOrganization(trx, id, dialect);
        await organizationOrThrow(trx, id);
        const member = await repo.findMembership(trx, id, userId);
        if (member?.status !== "approved") throw errors.notFound("No approved member with this id");
        if ((member.isFocalPoint === 1) === focalPoint) return;
        if (!focalPoint && (await repo.countFocalPoints(trx, id)) <= 1) {
          throw new FormError({ [`member-${userId}`]: "org.focalPoint.last" });
        }
        await repo.updateMembership(trx, id, userId, { isFocalPoint: focalPoint ? 1 : 0 });
        await accounts.membershipChanged(trx, userId, id, { stillMember: true, privilegesChanged: true });
        await audit(trx, ctx(appointer, meta), {
          action: focalPoint ? "organization.focal_point_appoint" : "organization.focal_point_remove",
          objectType: "organization",
          objectId: id,
          before: { userId, isFocalPoint: !focalPoint },
          after: { userId, isFocalPoint: focalPoint },
        });
      });
    },

    /** Leaves the organisation, or withdraws a waiting request. The last focal point must appoint another first. */
    async leave(actor: Actor | null, id: string, meta: RequestMeta): Promise<void> {
      const person = authorize(actor, "organization.requestMembership");
      await db.transaction().execute(async (trx) => {
        await repo.lockOrganization(trx, id, dialect);
        await organizationOrThrow(trx, id);
        const before = await repo.findMembership(trx, id, person.userId);
        if (!before) throw errors.notFound("Not a member of this organization");
        const focalPoint = before.status === "approved" && before.isFocalPoint === 1;
        if (focalPoint && (await repo.countFocalPoints(trx, id)) <= 1) {
          throw new FormError({ leave: "org.leave.lastFocalPoint" });
        }
        await repo.deleteMembership(trx, id, person.userId);
        await accounts.membershipChanged(trx, person.userId, id, { stillMember: false, privilegesChanged: focalPoint });
        await audit(trx, ctx(person, meta), {
          action: "organization.leave",
          objectType: "organization",
          objectId: id,
          before: { userId: person.userId, status: before.status, isFocalPoint: focalPoint },
        });
      });
    },
  };
}

export type OrganizationService = ReturnType<typeof createOrganizationService>;
