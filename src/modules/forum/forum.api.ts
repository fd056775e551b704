import { createRoute, z } from "@hono/zod-openapi";
import { ErrorJson, LangQuery } from "../../platform/http/api-schema.ts";
import { errors } from "../../platform/http/errors.ts";
import { apiRouter } from "../../platform/http/openapi.ts";
import { DEFAULT_LOCALE, type Locale } from "../../platform/i18n/locale.ts";
import { eventJson, roomJson, sessionJson, speakerDetailJson, speakerJson } from "./forum.presenter.ts";
import { parseProgrammeParams } from "./forum.query.ts";
import type { ForumService } from "./forum.service.ts";

const tags = ["WSIS Forum"];

const EventJson = z
  .object({
    id: z.string(),
    slug: z.string(),
    url: z.string(),
    title: z.string(),
    startsOn: z.string().openapi({ description: "First day, YYYY-MM-DD in the event's time zone" }),
    endsOn: z.string(),
    venue: z.string(),
    city: z.string(),
    countryCode: z.string().nullable(),
    timeZone: z.string().openapi({ example: "Europe/Zurich", description: "IANA time zone of the event" }),
    website: z.string().nullable(),
    days: z.array(z.string()),
    sessionsUrl: z.string(),
    speakersUrl: z.string(),
    calendarUrl: z.string().openapi({ description: "The whole programme as iCalendar (RFC 5545)" }),
  })
  .openapi("ForumEvent");

const Named = z.object({ code: z.string(), name: z.string() });
const Role = z.enum(["speaker", "moderator", "organiser"]);

const SessionJson = z
  .object({
    id: z.string(),
    url: z.string(),
    title: z.string(),
    description: z.string(),
    startsAt: z.string().openapi({ description: "UTC instant", example: "2025-07-10T12:00:00.000Z" }),
    endsAt: z.string(),
    localStart: z
      .string()
      .openapi({ description: "In the event's zone, with offset", example: "2025-07-10T14:00:00+02:00" }),
    localEnd: z.string(),
    day: z.string().openapi({ description: "YYYY-MM-DD in the event's zone" }),
    type: Named,
    track: Named.nullable(),
    room: z.object({ name: z.string(), capacity: z.number().int().nullable() }).nullable(),
    host: z.object({ id: z.string(), name: z.string(), website: z.string().nullable() }).nullable(),
    actionLines: z.array(z.string()),
    sdgs: z.array(z.number().int()),
    people: z.array(
      z.object({
        id: z.string(),
        url: z.string().openapi({ description: "The person's page in this edition" }),
        name: z.string(),
        organization: z.string().nullable(),
        title: z.string().nullable(),
        role: Role,
      }),
    ),
    remoteParticipation: z.boolean().openapi({
      description: "Whether the session can be followed remotely; the link is for registered participants",
    }),
    recordingUrl: z.string().nullable(),
    version: z.number().int(),
    changedAt: z.string().nullable().openapi({ description: "When the published session last changed" }),
    updatedAt: z.string(),
  })
  .openapi("ForumSession");

const TrackJson = Named.openapi("ForumTrack");

const RoomJson = z
  .object({ id: z.string(), name: z.string(), capacity: z.number().int().nullable() })
  .openapi("ForumRoom");

const SpeakerJson = z
  .object({
    id: z.string(),
    url: z.string(),
    name: z.string(),
    organization: z.string().nullable(),
    title: z.string().nullable(),
    roles: z.array(Role).openapi({ description: "Their roles in the edition's published sessions" }),
    sessionCount: z.number().int().openapi({ description: "How many published sessions of the edition name them" }),
  })
  .openapi("ForumSpeaker");

const SpeakerDetailJson = SpeakerJson.extend({
  sessions: z.array(z.object({ roles: z.array(Role), session: SessionJson })),
}).openapi("ForumSpeakerDetail");

const EventParams = z.object({
  id: z
    .string()
    .max(80)
    .openapi({ param: { name: "id", in: "path" }, description: "The event's id or slug", example: "wsis-hle-2025" }),
});

const SpeakerParams = EventParams.extend({
  personId: z
    .string()
    .max(80)
    .openapi({ param: { name: "personId", in: "path" }, description: "The person's id, as in a session's people" }),
});

const notFound = (description: string) => ({
  content: { "application/json": { schema: ErrorJson } },
  description,
});

const SessionQuery = LangQuery.extend({
  day: z.string().optional().openapi({ description: "One day, YYYY-MM-DD in the event's zone; all days if absent" }),
  actionLine: z.string().optional().openapi({ description: "An Action Line code, e.g. C5" }),
  type: z.string().optional().openapi({ description: "A session type code, e.g. roundtable" }),
  track: z.string().optional().openapi({ description: "A track code, e.g. high-level" }),
  q: z.string().max(200).optional().openapi({ description: "Words in the title or description" }),
});

export function forumApi(deps: { forum: ForumService; baseUrl: string }) {
  const { forum, baseUrl } = deps;
  const eventOf = async (id: string, lang: Locale) => {
    const event = await forum.event(id, lang);
    if (!event) throw errors.notFound("No published event with this id or slug");
    return event;
  };
  return apiRouter()
    .openapi(
      createRoute({
        method: "get",
        path: "/events",
        tags,
        summary: "The published WSIS Forum editions, newest first",
        request: { query: LangQuery },
        responses: {
          200: {
            content: { "application/json": { schema: z.object({ data: z.array(EventJson) }) } },
            description: "Editions",
          },
          400: { content: { "application/json": { schema: ErrorJson } }, description: "A parameter is not valid" },
        },
      }),
      async (c) => {
        const { lang = DEFAULT_LOCALE } = c.req.valid("query");
        const events = await forum.events(lang);
        return c.json({ data: events.map((e) => eventJson(e, baseUrl)) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/events/{id}",
        tags,
        summary: "One published edition",
        request: { params: EventParams, query: LangQuery },
        responses: {
          200: {
            content: { "application/json": { schema: z.object({ data: EventJson }) } },
            description: "The edition",
          },
          404: { content: { "application/json": { schema: ErrorJson } }, description: "No published edition" },
        },
      }),
      async (c) => {
        const { lang = DEFAULT_LOCALE } = c.req.valid("query");
        const event = await eventOf(c.req.valid("param").id, lang);
        return c.json({ data: eventJson(event, baseUrl) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/events/{id}/sessions",
        tags,
        summary: "The published sessions of an edition, in programme order, with the page's filters",
        request: { params: EventParams, query: SessionQuery },
        responses: {
          200: {
            content: {
              "application/json": {
                schema: z.object({
                  data: z.array(SessionJson),
                  meta: z.object({
                    total: z.number().int(),
                    timeZone: z.string(),
                    dayCounts: z.record(z.string(), z.number().int()),
                  }),
                }),
              },
            },
            description: "Sessions",
          },
          400: { content: { "application/json": { schema: ErrorJson } }, description: "A parameter is not valid" },
          404: { content: { "application/json": { schema: ErrorJson } }, description: "No published edition" },
        },
      }),
      async (c) => {
        const { lang = DEFAULT_LOCALE } = c.req.valid("query");
        const event = await eventOf(c.req.valid("param").id, lang);
        const parsed = parseProgrammeParams(c.req.url);
        if (!parsed.ok) throw errors.invalidInput(parsed.field, parsed.message);
        const { day, ...filters } = parsed.params;
        if (day && day !== "all" && !event.days.includes(day)) {
          throw errors.invalidInput("day", `a day of the event, ${event.startsOn} to ${event.endsOn}`);
        }
        const programme = await forum.programme(event, { ...filters, day: day === "all" ? undefined : day }, lang);
        return c.json(
          {
            data: programme.sessions.map((s) => sessionJson(event, s, baseUrl)),
            meta: { total: programme.sessions.length, timeZone: event.timeZone, dayCounts: programme.dayCounts },
          },
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/events/{id}/tracks",
        tags,
        summary: "The tracks of an edition, in their order",
        request: { params: EventParams, query: LangQuery },
        responses: {
          200: {
            content: { "application/json": { schema: z.object({ data: z.array(TrackJson) }) } },
            description: "Tracks",
          },
          404: notFound("No published edition"),
        },
      }),
      async (c) => {
        const { lang = DEFAULT_LOCALE } = c.req.valid("query");
        const event = await eventOf(c.req.valid("param").id, lang);
        const { tracks } = await forum.vocabularies(event, lang);
        return c.json({ data: tracks }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/events/{id}/rooms",
        tags,
        summary: "The rooms of an edition, in their order, with their capacity",
        request: { params: EventParams, query: LangQuery },
        responses: {
          200: {
            content: { "application/json": { schema: z.object({ data: z.array(RoomJson) }) } },
            description: "Rooms",
          },
          404: notFound("No published edition"),
        },
      }),
      async (c) => {
        const { lang = DEFAULT_LOCALE } = c.req.valid("query");
        const event = await eventOf(c.req.valid("param").id, lang);
        return c.json({ data: (await forum.rooms(event)).map(roomJson) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/events/{id}/speakers",
        tags,
        summary: "The people named in an edition's published sessions (speakers, moderators, organisers), by name",
        request: { params: EventParams, query: LangQuery },
        responses: {
          200: {
            content: {
              "application/json": {
                schema: z.object({ data: z.array(SpeakerJson), meta: z.object({ total: z.number().int() }) }),
              },
            },
            description: "People, sorted by name in the collation of `lang`",
          },
          404: notFound("No published edition"),
        },
      }),
      async (c) => {
        const { lang = DEFAULT_LOCALE } = c.req.valid("query");
        const event = await eventOf(c.req.valid("param").id, lang);
        const speakers = await forum.speakers(event, lang);
        return c.json(
          { data: speakers.map((p) => speakerJson(event, p, baseUrl)), meta: { total: speakers.length } },
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/events/{id}/speakers/{personId}",
        tags,
        summary: "One person of an edition's programme, with their published sessions and their role in each",
        request: { params: SpeakerParams, query: LangQuery },
        responses: {
          200: {
            content: { "application/json": { schema: z.object({ data: SpeakerDetailJson }) } },
            description: "The person",
          },
          404: notFound("No published edition, or no published session of it names this person"),
        },
      }),
      async (c) => {
        const { lang = DEFAULT_LOCALE } = c.req.valid("query");
        const { id, personId } = c.req.valid("param");
        const event = await eventOf(id, lang);
        const speaker = await forum.speaker(event, personId, lang);
        if (!speaker) throw errors.notFound("No published session of this edition names this person");
        return c.json({ data: speakerDetailJson(event, speaker, baseUrl) }, 200);
      },
    );
}
