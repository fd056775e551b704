export type Attendance = "onsite" | "virtual";
/**
 * On site: submitted → acknowledged → approved | rejected | waitlisted; waitlisted → approved when a place frees;
 * any but rejected → cancelled. Virtual: confirmed → cancelled.
 */
export type RegistrationState =
  | "submitted"
  | "acknowledged"
  | "approved"
  | "rejected"
  | "waitlisted"
  | "confirmed"
  | "cancelled";
/** Who decides an on-site request: the focal point of the person's organisation, or the secretariat. */
export type AccreditationRoute = "focal_point" | "secretariat";

export interface ForumParticipantCategoryTable {
  id: string;
  eventId: string;
  code: string;
  name: string;
  nameTranslations: string | null;
  /** #rrggbb, the badge's band. */
  colour: string;
  /** 1: a focal point's approval accredits, with no secretariat step. */
  autoAccredited: number;
  /**
   * JSON list of the stakeholder types (of a verified organisation) the category accredits automatically; null
   * or empty: none, so every request of the category goes to the secretariat.
   */
  admittedStakeholderTypes: string | null;
  position: number;
}

export interface ForumRegistrationTable {
  id: string;
  /** What people read and quote (HLE25-4K7Q2, reference.ts); unique. URLs keep the id. */
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
  /** 0 or 1. */
  needsVisa: number;
  accessibilityNeeds: string | null;
  /** JSON: the expression-of-interest answers. */
  interest: string | null;
  consentedAt: string;
  decisionReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  /** Whose decision it was: a focal point's (sampled by the secretariat) or the secretariat's. */
  decidedAs: AccreditationRoute | null;
  /** The focal point who acknowledged (endorsed) the request before the secretariat decided. */
  endorsedBy: string | null;
  waitlistPosition: number | null;
  /** Random part of the letter's signed code; null until a letter may be issued. */
  letterNonce: string | null;
  /** Random part of the badge's signed code; replacing it revokes the old badge. */
  badgeNonce: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ForumRegistrationPassportTable {
  registrationId: string;
  /** seal() of JSON {number, expiresOn, bornOn}. */
  sealed: string;
  createdAt: string;
}

export interface ForumRegistrationPhotoTable {
  registrationId: string;
  contentType: string;
  bytes: Uint8Array;
  createdAt: string;
}

export interface ForumCheckinTable {
  id: string;
  registrationId: string;
  eventId: string;
  /** YYYY-MM-DD in the event's zone. */
  day: string;
  at: string;
  byUserId: string | null;
}

/** An event's registration settings, one row per event (migration 0021 moved them off forum_event). */
export interface ForumRegistrationSettingsTable {
  eventId: string;
  /** UTC instant when on-site registration closes; null: open until the event starts. */
  accreditationClosesAt: string | null;
  /** On-site places; null: no limit. */
  onsiteCapacity: number | null;
  updatedAt: string;
}

export interface RegistrationTables {
  forumRegistrationSettings: ForumRegistrationSettingsTable;
  forumParticipantCategory: ForumParticipantCategoryTable;
  forumRegistration: ForumRegistrationTable;
  forumRegistrationPassport: ForumRegistrationPassportTable;
  forumRegistrationPhoto: ForumRegistrationPhotoTable;
  forumCheckin: ForumCheckinTable;
}
