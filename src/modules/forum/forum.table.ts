export type EventStatus = "draft" | "published";
export type SessionState = "draft" | "published";
export type PersonRole = "speaker" | "moderator" | "organiser";

export interface ForumEventTable {
  id: string;
  slug: string;
  title: string;
  /** JSON object locale → title; `title` is the fallback. */
  titleTranslations: string | null;
  /** YYYY-MM-DD in the event's zone. */
  startsOn: string;
  endsOn: string;
  venue: string;
  city: string;
  countryCode: string | null;
  /** IANA zone, e.g. "Europe/Zurich". */
  timeZone: string;
  website: string | null;
  status: EventStatus;
  createdAt: string;
  updatedAt: string;
}

export interface ForumTrackTable {
  id: string;
  eventId: string;
  code: string;
  name: string;
  nameTranslations: string | null;
  position: number;
}

export interface ForumRoomTable {
  id: string;
  eventId: string;
  name: string;
  capacity: number | null;
  position: number;
}

export interface ForumSessionTypeTable {
  code: string;
  name: string;
  nameTranslations: string | null;
  position: number;
}

export interface ForumPartnerTierTable {
  id: string;
  eventId: string;
  code: string;
  name: string;
  nameTranslations: string | null;
  /** 1 is the highest tier. */
  rank: number;
}

export interface ForumPartnerTable {
  id: string;
  eventId: string;
  tierId: string | null;
  name: string;
  website: string | null;
  logoUrl: string | null;
}

export interface ForumSessionTable {
  id: string;
  eventId: string;
  externalId: string | null;
  title: string;
  description: string;
  typeCode: string;
  trackId: string | null;
  roomId: string | null;
  /** UTC instants, ISO 8601 with milliseconds and Z. */
  startsAt: string;
  endsAt: string;
  state: SessionState;
  hostPartnerId: string | null;
  remoteUrl: string | null;
  recordingUrl: string | null;
  /** 1 when first published; each change to a published session adds one and sets `changedAt`. */
  version: number;
  changedAt: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  /** 0 while an organiser has not scheduled it (an accepted proposal's draft): it cannot be published. */
  scheduled: number;
}

export interface ForumPersonTable {
  id: string;
  externalId: string | null;
  name: string;
  organization: string | null;
  title: string | null;
  createdAt: string;
}

export interface ForumTables {
  forumEvent: ForumEventTable;
  forumTrack: ForumTrackTable;
  forumRoom: ForumRoomTable;
  forumSessionType: ForumSessionTypeTable;
  forumPartnerTier: ForumPartnerTierTable;
  forumPartner: ForumPartnerTable;
  forumSession: ForumSessionTable;
  forumSessionActionLine: { sessionId: string; actionLineCode: string };
  forumSessionSdg: { sessionId: string; sdgNumber: number };
  forumPerson: ForumPersonTable;
  forumSessionPerson: { sessionId: string; personId: string; role: PersonRole; position: number };
}
