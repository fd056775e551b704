import type { Db } from "../../../db/database.ts";
import { timestamp } from "../../../db/ids.ts";
import type { PersonalDataSource } from "../../../platform/auth/personal-data.ts";
import { type Actor, authorize } from "../../../platform/auth/policy.ts";
import { hashToken, newSecretToken } from "../../../platform/auth/secrets.ts";
import { errors } from "../../../platform/http/errors.ts";
import type { Locale } from "../../../platform/i18n/locale.ts";
import { calendarEvents } from "../forum.presenter.ts";
import type { ForumEvent, ForumService, ForumSession } from "../forum.service.ts";
import { renderCalendar } from "../ical.ts";
import * as repo from "./agenda.repository.ts";

// Personal agendas: the published sessions a signed-in person keeps, shown by event and day, and a private
// iCalendar feed whose URL holds a random 256-bit token (only its SHA-256 is stored; a new one replaces it).

export interface AgendaEvent {
  event: ForumEvent;
  sessions: ForumSession[];
}

/** A feed token as the URL carries it: 32 random bytes in base64url. */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function createAgendaService(deps: { db: Db; clock: () => Date; forum: ForumService; baseUrl: string }) {
  const { db, clock, forum, baseUrl } = deps;

  /** The person's agenda, grouped by event (newest edition first), only what is published. */
  async function agendaOf(userId: string, locale: Locale): Promise<AgendaEvent[]> {
    const items = await repo.findItems(db, userId);
    const byEvent = new Map<string, string[]>();
    for (const item of items) byEvent.set(item.eventId, [...(byEvent.get(item.eventId) ?? []), item.sessionId]);
    const result: AgendaEvent[] = [];
    for (const [eventId, ids] of byEvent) {
      const event = await forum.event(eventId, locale);
      if (event) result.push({ event, sessions: await forum.sessionsIn(event, ids, locale) });
    }
    return result;
  }

  return {
    /** The person's agenda and when their feed address was made (its hash, a secret's fingerprint, stays out). */
    personalData: {
      key: "forumAgenda",
      async collect(userId: string) {
        const [sessions, feed] = await Promise.all([repo.findAllItems(db, userId), repo.findFeed(db, userId)]);
        return { sessions, feed: feed ?? null };
      },
    } satisfies PersonalDataSource,

    async add(actor: Actor | null, sessionId: string): Promise<void> {
      const person = authorize(actor, "forum.keepAgenda");
      const session = await repo.findPublishedSession(db, sessionId);
      if (!session) throw errors.notFound("No published session here");
      await repo.insertItem(db, person.userId, sessionId, timestamp(clock()));
    },

    async remove(actor: Actor | null, sessionId: string): Promise<void> {
      const person = authorize(actor, "forum.keepAgenda");
      await repo.deleteItem(db, person.userId, sessionId);
    },

    /** Which of these sessions the person keeps; nobody signed in keeps none. */
    async kept(actor: Actor | null, sessionIds: string[]): Promise<Set<string>> {
      if (!actor) return new Set();
      return new Set((await repo.findItemsAmong(db, actor.userId, sessionIds)).map((r) => r.sessionId));
    },

    async agenda(actor: Actor | null, locale: Locale): Promise<AgendaEvent[]> {
      const person = authorize(actor, "forum.keepAgenda");
      return agendaOf(person.userId, locale);
    },

    /** When the person's current feed address was made, or null when they have none. */
    async feedCreatedAt(actor: Actor | null): Promise<string | null> {
      const person = authorize(actor, "forum.keepAgenda");
      return (await repo.findFeed(db, person.userId))?.createdAt ?? null;
    },

    /** A new private feed token; the previous address stops working. The token is returned once, never stored. */
    async newFeedToken(actor: Actor | null): Promise<string> {
      const person = authorize(actor, "forum.keepAgenda");
      const { token, hash } = newSecretToken();
      await repo.upsertFeed(db, person.userId, hash, timestamp(clock()));
      return token;
    },

    /** The iCalendar of the agenda a feed token opens, or undefined for an unknown (or replaced) token. */
    async feed(token: string, locale: Locale, name: string): Promise<string | undefined> {
      if (!FEED_TOKEN.test(token)) return undefined;
      const owner = await repo.findFeedOwner(db, hashToken(token));
      if (!owner) return undefined;
      const agenda = await agendaOf(owner.userId, locale);
      return renderCalendar({
        name,
        events: agenda.flatMap(({ event, sessions }) => calendarEvents(event, sessions, baseUrl)),
      });
    },
  };
}

export type AgendaService = ReturnType<typeof createAgendaService>;
