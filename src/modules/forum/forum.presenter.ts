import { localIso } from "../../platform/time.ts";
import type { ForumEvent, ForumSession, Room, Speaker, SpeakerDetail } from "./forum.service.ts";
import { type CalendarEvent, renderCalendar } from "./ical.ts";

// Forum domain objects → JSON (API), schema.org data and iCalendar.

export const sessionPath = (event: ForumEvent, session: { id: string }) =>
  `/forum/${event.slug}/sessions/${session.id}`;

export const speakerPath = (event: ForumEvent, person: { id: string }) => `/forum/${event.slug}/speakers/${person.id}`;

export function eventJson(event: ForumEvent, baseUrl: string) {
  return {
    id: event.id,
    slug: event.slug,
    url: `${baseUrl}/forum/${event.slug}/programme`,
    title: event.title,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    venue: event.venue,
    city: event.city,
    countryCode: event.countryCode,
    timeZone: event.timeZone,
    website: event.website,
    days: event.days,
    sessionsUrl: `${baseUrl}/api/v1/events/${event.id}/sessions`,
    speakersUrl: `${baseUrl}/api/v1/events/${event.id}/speakers`,
    calendarUrl: `${baseUrl}/forum/${event.slug}/programme.ics`,
  };
}

export function sessionJson(event: ForumEvent, s: ForumSession, baseUrl: string) {
  return {
    id: s.id,
    url: `${baseUrl}${sessionPath(event, s)}`,
    title: s.title,
    description: s.description,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    localStart: localIso(s.startsAt, event.timeZone),
    localEnd: localIso(s.endsAt, event.timeZone),
    day: s.day,
    type: s.type,
    track: s.track,
    room: s.room,
    host: s.host ? { id: s.host.id, name: s.host.name, website: s.host.website } : null,
    actionLines: s.actionLines,
    sdgs: s.sdgs,
    people: s.people.map((p) => ({ ...p, url: `${baseUrl}${speakerPath(event, p)}` })),
    // The link itself is for registered participants only (on the session page); the open data says it exists.
    remoteParticipation: s.remoteUrl !== null,
    recordingUrl: s.recordingUrl,
    version: s.version,
    changedAt: s.changedAt,
    updatedAt: s.updatedAt,
  };
}

/** schema.org Place of a session: its room at the venue. */
function placeOf(event: ForumEvent, s: ForumSession) {
  return {
    "@type": "Place",
    name: [s.room?.name, event.venue].filter(Boolean).join(", "),
    address: {
      "@type": "PostalAddress",
      addressLocality: event.city,
      ...(event.countryCode ? { addressCountry: event.countryCode } : {}),
    },
  };
}

/** schema.org Event for a session page. */
export function sessionJsonLd(event: ForumEvent, s: ForumSession, baseUrl: string) {
  const url = `${baseUrl}${sessionPath(event, s)}`;
  const place = placeOf(event, s);
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": url,
    url,
    name: s.title,
    description: s.description,
    inLanguage: "en",
    startDate: localIso(s.startsAt, event.timeZone),
    endDate: localIso(s.endsAt, event.timeZone),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: s.remoteUrl
      ? "https://schema.org/MixedEventAttendanceMode"
      : "https://schema.org/OfflineEventAttendanceMode",
    // The remote link is for registered participants: the virtual location named here is the session's page.
    location: s.remoteUrl ? [place, { "@type": "VirtualLocation", url }] : place,
    superEvent: {
      "@type": "Event",
      name: event.title,
      url: `${baseUrl}/forum/${event.slug}/programme`,
      startDate: event.startsOn,
      endDate: event.endsOn,
    },
    ...(s.host
      ? { sponsor: { "@type": "Organization", name: s.host.name, ...(s.host.website ? { url: s.host.website } : {}) } }
      : {}),
    ...(s.people.some((p) => p.role !== "organiser")
      ? {
          performer: s.people
            .filter((p) => p.role !== "organiser")
            .map((p) => ({
              "@type": "Person",
              "@id": `${baseUrl}${speakerPath(event, p)}`,
              url: `${baseUrl}${speakerPath(event, p)}`,
              name: p.name,
              ...(p.title ? { jobTitle: p.title } : {}),
              ...(p.organization ? { affiliation: { "@type": "Organization", name: p.organization } } : {}),
            })),
        }
      : {}),
    keywords: [...s.actionLines, ...s.sdgs.map((n) => `SDG ${n}`)].join(", "),
    ...(s.changedAt ? { dateModified: s.changedAt } : {}),
  };
}

export function roomJson(room: Room) {
  return { id: room.id, name: room.name, capacity: room.capacity };
}

export function speakerJson(event: ForumEvent, p: Speaker, baseUrl: string) {
  return {
    id: p.id,
    url: `${baseUrl}${speakerPath(event, p)}`,
    name: p.name,
    organization: p.organization,
    title: p.title,
    roles: p.roles,
    sessionCount: p.sessionCount,
  };
}

export function speakerDetailJson(event: ForumEvent, p: SpeakerDetail, baseUrl: string) {
  return {
    ...speakerJson(event, p, baseUrl),
    sessions: p.sessions.map(({ roles, session }) => ({ roles, session: sessionJson(event, session, baseUrl) })),
  };
}

/** schema.org Person for a speaker page: who they are, and the sessions they speak at or moderate. */
export function speakerJsonLd(event: ForumEvent, p: SpeakerDetail, baseUrl: string) {
  const url = `${baseUrl}${speakerPath(event, p)}`;
  const performing = p.sessions.filter(({ roles }) => roles.some((r) => r !== "organiser"));
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    "@id": url,
    url,
    name: p.name,
    ...(p.title ? { jobTitle: p.title } : {}),
    ...(p.organization ? { affiliation: { "@type": "Organization", name: p.organization } } : {}),
    ...(performing.length > 0
      ? {
          performerIn: performing.map(({ session }) => ({
            "@type": "Event",
            "@id": `${baseUrl}${sessionPath(event, session)}`,
            url: `${baseUrl}${sessionPath(event, session)}`,
            name: session.title,
            startDate: localIso(session.startsAt, event.timeZone),
            endDate: localIso(session.endsAt, event.timeZone),
            location: placeOf(event, session),
          })),
        }
      : {}),
  };
}

/** The iCalendar of these sessions; UIDs are the session ids at the platform's host, stable across downloads. */
export function sessionsCalendar(event: ForumEvent, sessions: ForumSession[], baseUrl: string, name: string): string {
  return renderCalendar({ name, events: calendarEvents(event, sessions, baseUrl) });
}

/** The calendar entries of these sessions of one event (a personal agenda joins several events' entries). */
export function calendarEvents(event: ForumEvent, sessions: ForumSession[], baseUrl: string): CalendarEvent[] {
  const host = new URL(baseUrl).hostname;
  return sessions.map((s) => ({
    uid: `forum-session-${s.id}@${host}`,
    start: s.startsAt,
    end: s.endsAt,
    stamp: s.updatedAt,
    sequence: Math.max(0, s.version - 1),
    summary: s.title,
    description: [
      s.description,
      s.remoteUrl ? `Remote participation for registered participants: ${baseUrl}${sessionPath(event, s)}` : "",
    ]
      .filter(Boolean)
      .join("\n\n"),
    location: [s.room?.name, event.venue, event.city].filter(Boolean).join(", "),
    url: `${baseUrl}${sessionPath(event, s)}`,
    categories: [s.type.name, ...(s.track ? [s.track.name] : [])],
  }));
}
