import type { Localized } from "../../../platform/i18n/locale.ts";
import type { EventStatus, PersonRole, SessionState } from "../forum.table.ts";

/**
 * A Forum edition as data: what the demo seed ships, and what tests load. Times are wall-clock times in the
 * edition's own zone, as a programme is written; the loader turns them into UTC instants.
 */
export interface EditionSeed {
  slug: string;
  title: Localized | { en: string };
  startsOn: string;
  endsOn: string;
  venue: string;
  city: string;
  countryCode: string | null;
  timeZone: string;
  website: string | null;
  status: EventStatus;
  tracks: { code: string; name: Localized | { en: string } }[];
  rooms: { name: string; capacity: number | null }[];
  tiers: { code: string; name: Localized | { en: string }; rank: number }[];
  partners: { name: string; tier: string; website: string | null; logoUrl: string | null }[];
  people: { key: string; name: string; organization: string | null; title: string | null }[];
  sessions: SessionSeed[];
}

export interface SessionSeed {
  /** Stable key within the edition (with the slug, the session's external id). */
  key: string;
  title: string;
  description: string;
  type: string;
  track: string | null;
  room: string | null;
  /** The local day (YYYY-MM-DD) and times (HH:MM); `endDay` when it ends on a later day. */
  day: string;
  start: string;
  end: string;
  endDay?: string;
  /** A partner's name. */
  host?: string;
  actionLines?: string[];
  sdgs?: number[];
  people?: { person: string; role: PersonRole }[];
  remoteUrl?: string;
  recordingUrl?: string;
  /** Published unless said otherwise. */
  state?: SessionState;
}
