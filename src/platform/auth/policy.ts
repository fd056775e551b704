import { errors } from "../http/errors.ts";

/**
 * Roles given by administrators. Every signed-in person is also a participant; focal points come from organisations.
 * organizer: runs a Forum's programme (calls for proposals, decisions, scheduling, publishing); reviewer: a member
 * of the programme committee, who scores and comments on session proposals; accreditation: accreditation staff, who
 * see the passport details a visa letter needs, print badges and check people in.
 */
export const ROLES = ["moderator", "facilitator", "expert", "organizer", "reviewer", "accreditation", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Roles that only make sense for a scope: an Action Line for facilitators, a prize category for experts. */
export const SCOPED_ROLES: Partial<Record<Role, "actionLine" | "prizeCategory">> = {
  facilitator: "actionLine",
  expert: "prizeCategory",
};

export interface Grant {
  role: Role;
  /** '' for unscoped roles. */
  scope: string;
}

/** The signed-in person as every check sees them. */
export interface Actor {
  userId: string;
  sessionId: string;
  email: string;
  displayName: string;
  preferredLocale: string;
  grants: Grant[];
  /** Organisations this person is an approved focal point of. */
  focalPointOf: string[];
}

const has = (actor: Actor, role: Role, scope = "") =>
  actor.grants.some((g) => g.role === role && (scope === "" || g.scope === scope));
const admin = (actor: Actor) => has(actor, "admin");
const staff = (actor: Actor) => has(actor, "admin") || has(actor, "moderator");
/** Roles with a staff tool behind them (the staff home lists the tools of each). */
const STAFF_ROLES: readonly Role[] = ["moderator", "organizer", "reviewer", "accreditation", "admin"];
const hasStaffRole = (actor: Actor) => STAFF_ROLES.some((role) => has(actor, role));
/** The accreditation secretariat: moderators, accreditation staff and administrators. */
const secretariat = (actor: Actor) => staff(actor) || has(actor, "accreditation");

/**
 * Who may do what, in one place. Each entry is a rule over the actor (never null here: anonymous people are
 * refused before the rule runs) and, where the rule depends on it, the resource.
 */
const POLICIES = {
  "account.use": (_a: Actor) => true,
  "organization.create": (_a: Actor) => true,
  "organization.requestMembership": (_a: Actor) => true,
  "organization.viewMembers": (a: Actor, org: { id: string }) => a.focalPointOf.includes(org.id) || staff(a),
  "organization.decideMembership": (a: Actor, org: { id: string }) => a.focalPointOf.includes(org.id) || staff(a),
  "organization.appointFocalPoint": (a: Actor, org: { id: string }) => a.focalPointOf.includes(org.id) || admin(a),
  /** The secretariat verifies an organisation (or withdraws it): only then may its focal points decide accreditation. */
  "organization.verify": (a: Actor) => staff(a),
  /** The staff home (/admin): the tools and queues of the staff roles the person holds. */
  "admin.enter": (a: Actor) => hasStaffRole(a),
  "people.view": (a: Actor) => admin(a),
  "roles.change": (a: Actor) => admin(a),
  "audit.view": (a: Actor) => admin(a),
  "mail.view": (a: Actor) => admin(a),
  "mail.retry": (a: Actor) => admin(a),
  "stocktaking.submit": (_a: Actor) => true,
  "stocktaking.edit": (a: Actor, entry: { ownerId: string | null }) => entry.ownerId === a.userId || staff(a),
  "stocktaking.moderate": (a: Actor) => staff(a),
  "stocktaking.viewContact": (a: Actor) => staff(a),
  "actionLine.facilitate": (a: Actor, line: { code: string }) => has(a, "facilitator", line.code) || admin(a),
  "prizeCategory.review": (a: Actor, category: { number: number }) => has(a, "expert", String(category.number)),
  "forum.propose": (_a: Actor) => true,
  "forum.reviewProposals": (a: Actor) => has(a, "reviewer") || has(a, "organizer") || admin(a),
  "forum.organize": (a: Actor) => has(a, "organizer") || admin(a),
  "forum.keepAgenda": (_a: Actor) => true,
  /** Anyone signed in registers themselves, and sees their own registrations. */
  "registration.register": (_a: Actor) => true,
  /** A registration's page and its cancellation are its owner's. */
  "registration.own": (a: Actor, registration: { userId: string }) => registration.userId === a.userId,
  /** The secretariat decides every on-site request (its queue: those routed to it). */
  "registration.decide": (a: Actor) => secretariat(a),
  /**
   * A focal point decides the on-site requests routed to their organisation. The service asks besides, at the moment
   * of the decision, that the secretariat still verifies the organisation (a fact of the database, not of the actor).
   */
  "registration.decideForOrganization": (
    a: Actor,
    request: { route: "focal_point" | "secretariat" | null; organizationId: string | null },
  ) =>
    request.route === "focal_point" &&
    request.organizationId !== null &&
    a.focalPointOf.includes(request.organizationId),
  /** An edition's accreditation queue: the secretariat's, and a focal point's for their organisations. */
  "registration.viewQueue": (a: Actor) => secretariat(a) || a.focalPointOf.length > 0,
  /** A request's photo: its owner, the secretariat and badge staff (and its focal point: decideForOrganization). */
  "registration.viewPhoto": (a: Actor, registration: { userId: string }) =>
    registration.userId === a.userId || secretariat(a),
  /** A confirmation letter: its owner, and staff who may see the passport details it can print. */
  "registration.letter": (a: Actor, registration: { userId: string }) =>
    registration.userId === a.userId || has(a, "accreditation") || admin(a),
  "registration.viewPassport": (a: Actor) => has(a, "accreditation") || admin(a),
  "registration.badges": (a: Actor) => has(a, "accreditation") || admin(a),
  "registration.checkIn": (a: Actor) => has(a, "accreditation") || admin(a),
  /** Lists, counts and CSV of an edition's registrations. */
  "registration.viewAll": (a: Actor) => has(a, "organizer") || has(a, "accreditation") || staff(a),
} as const;

export type Action = keyof typeof POLICIES;
type ResourceOf<A extends Action> = Parameters<(typeof POLICIES)[A]>[1];

export function can<A extends Action>(
  actor: Actor | null,
  action: A,
  ...resource: ResourceOf<A> extends undefined ? [] : [ResourceOf<A>]
): boolean {
  if (!actor) return false;
  const rule = POLICIES[action] as (a: Actor, r?: unknown) => boolean;
  return rule(actor, resource[0]);
}

/** Returns the actor when allowed; throws 401 for anonymous people and 403 for everyone else. */
export function authorize<A extends Action>(
  actor: Actor | null,
  action: A,
  ...resource: ResourceOf<A> extends undefined ? [] : [ResourceOf<A>]
): Actor {
  if (!actor) throw errors.unauthenticated();
  if (!can(actor, action, ...resource)) throw errors.notAllowed(action);
  return actor;
}
