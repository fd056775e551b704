import type { Decision, PhotoType } from "./registration.schema.ts";
import type {
  AccreditationRoute,
  Attendance,
  ForumRegistrationTable,
  RegistrationState,
} from "./registration.table.ts";

// Registration's domain types and the accreditation state machine, shared by its parts (registering, accreditation
// and the waitlist, settings and lists).

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

export function toRegistration(row: ForumRegistrationTable): Registration {
  let interest = { why: "", contribution: "" };
  try {
    interest = { ...interest, ...(JSON.parse(row.interest ?? "{}") as object) };
  } catch {
    // Kept as empty answers: the column is only ever written by this module.
  }
  const { decidedBy: _by, version: _version, endorsedBy: _endorsed, needsVisa, ...rest } = row;
  return { ...rest, needsVisa: needsVisa === 1, interest };
}
