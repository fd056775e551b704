import { createHash } from "node:crypto";
import type { Db } from "../../db/database.ts";
import { newId, timestamp } from "../../db/ids.ts";
import { isDate, isTimeZone, zonedTimeToUtc } from "../../platform/time.ts";
import type { EditionSeed, SessionSeed } from "./data/edition.ts";
import { SESSION_TYPES } from "./data/session-types.ts";
import { WSIS_FORUM_2027 } from "./data/wsis-forum-2027.ts";
import { WSIS_HLE_2025 } from "./data/wsis-hle-2025.ts";
import * as repo from "./forum.repository.ts";
import { editionSlugProblem } from "./forum.service.ts";
import type { ForumSessionTable } from "./forum.table.ts";

const translations = (names: Record<string, string>) => JSON.stringify(names);

/** Why an edition's data cannot be loaded, naming the session and the field. */
export class EditionDataError extends Error {
  constructor(where: string, problem: string) {
    super(`${where}: ${problem}`);
    this.name = "EditionDataError";
  }
}

function sessionTimes(edition: EditionSeed, s: SessionSeed) {
  const where = `session ${s.key}`;
  const endDay = s.endDay ?? s.day;
  if (!isDate(s.day) || !isDate(endDay)) throw new EditionDataError(where, "day is not a YYYY-MM-DD date");
  for (const time of [s.start, s.end]) {
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) throw new EditionDataError(where, `time "${time}" is not HH:MM`);
  }
  if (s.day < edition.startsOn || endDay > edition.endsOn) {
    throw new EditionDataError(where, `${s.day} is outside the event (${edition.startsOn} to ${edition.endsOn})`);
  }
  const startsAt = zonedTimeToUtc(s.day, s.start, edition.timeZone);
  const endsAt = zonedTimeToUtc(endDay, s.end, edition.timeZone);
  if (endsAt <= startsAt) throw new EditionDataError(where, "it ends before it starts");
  return { startsAt: timestamp(startsAt), endsAt: timestamp(endsAt) };
}

/** The fields of a session the public sees: a change to any of them on a published session marks it changed. */
const PUBLIC_FIELDS = [
  "title",
  "description",
  "typeCode",
  "trackId",
  "roomId",
  "startsAt",
  "endsAt",
  "hostPartnerId",
  "remoteUrl",
  "recordingUrl",
] as const;

export interface LoadResult {
  eventId: string;
  applied: boolean;
  sessions: number;
  changed: number;
}

/**
 * Loads a Forum edition: the event, its tracks, rooms, tiers, partners, people and sessions, matched by natural
 * keys (slug, codes, names, `<slug>/<key>` external ids), so loading the same data twice changes nothing. A
 * published session whose public fields change gets a new version and is shown as changed. Sessions and
 * other rows no longer in the data are left alone: organisers may have added them.
 */
export async function loadEdition(db: Db, edition: EditionSeed, now: Date = new Date()): Promise<LoadResult> {
  const slugProblem = editionSlugProblem(edition.slug);
  if (slugProblem) throw new EditionDataError("slug", slugProblem);
  if (!isTimeZone(edition.timeZone)) throw new EditionDataError(edition.slug, `unknown time zone ${edition.timeZone}`);
  if (!isDate(edition.startsOn) || !isDate(edition.endsOn) || edition.endsOn < edition.startsOn) {
    throw new EditionDataError(edition.slug, "starts_on and ends_on must be dates, in order");
  }
  const version = createHash("sha256")
    .update(JSON.stringify([SESSION_TYPES, edition]))
    .digest("hex")
    .slice(0, 16);
  const metaKey = `forum_edition:${edition.slug}`;
  const current = await db.selectFrom("appMeta").select("value").where("key", "=", metaKey).executeTakeFirst();
  const existing = await repo.findEventBySlug(db, edition.slug);
  if (existing && current?.value === version) {
    return { eventId: existing.id, applied: false, sessions: 0, changed: 0 };
  }

  const at = timestamp(now);
  return db.transaction().execute(async (trx) => {
    for (const [position, type] of SESSION_TYPES.entries()) {
      await repo.upsertSessionType(trx, {
        code: type.code,
        name: type.name.en,
        nameTranslations: translations(type.name),
        position,
      });
    }
    const { en: title, ...otherTitles } = edition.title;
    const eventFields = {
      title,
      titleTranslations: translations({ en: title, ...otherTitles }),
      startsOn: edition.startsOn,
      endsOn: edition.endsOn,
      venue: edition.venue,
      city: edition.city,
      countryCode: edition.countryCode,
      timeZone: edition.timeZone,
      website: edition.website,
      status: edition.status,
      updatedAt: at,
    };
    const eventId = existing?.id ?? newId(now.getTime());
    if (existing) await repo.updateEvent(trx, eventId, eventFields);
    else
      await repo.insertEvent(trx, {
        id: eventId,
        slug: edition.slug,
        createdAt: at,
        ...eventFields,
      });

    for (const [position, track] of edition.tracks.entries()) {
      await repo.upsertTrack(trx, {
        id: newId(),
        eventId,
        code: track.code,
        name: track.name.en,
        nameTranslations: translations(track.name),
        position,
      });
    }
    for (const [position, room] of edition.rooms.entries()) {
      await repo.upsertRoom(trx, { id: newId(), eventId, name: room.name, capacity: room.capacity, position });
    }
    for (const tier of edition.tiers) {
      await repo.upsertTier(trx, {
        id: newId(),
        eventId,
        code: tier.code,
        name: tier.name.en,
        nameTranslations: translations(tier.name),
        rank: tier.rank,
      });
    }
    const tierIds = new Map((await repo.findTiers(trx, eventId)).map((t) => [t.code, t.id]));
    for (const partner of edition.partners) {
      const tierId = tierIds.get(partner.tier);
      if (!tierId) throw new EditionDataError(`partner ${partner.name}`, `no tier "${partner.tier}"`);
      const { name, website, logoUrl } = partner;
      await repo.upsertPartner(trx, { id: newId(), eventId, tierId, name, website, logoUrl });
    }
    const personIds = new Map<string, string>();
    for (const person of edition.people) {
      const externalId = `${edition.slug}/${person.key}`;
      const fields = { name: person.name, organization: person.organization, title: person.title };
      const found = await repo.findPersonByExternalId(trx, externalId);
      const id = found?.id ?? newId();
      if (found) await repo.updatePerson(trx, id, fields);
      else await repo.insertPerson(trx, { id, externalId, createdAt: at, ...fields });
      personIds.set(person.key, id);
    }

    const types = new Set((await repo.findSessionTypes(trx)).map((t) => t.code));
    const trackIds = new Map((await repo.findTracks(trx, eventId)).map((t) => [t.code, t.id]));
    const roomIds = new Map((await repo.findRooms(trx, eventId)).map((r) => [r.name, r.id]));
    const partnerIds = new Map((await repo.findPartners(trx, eventId)).map((p) => [p.name, p.id]));
    const lookup = (map: Map<string, string>, value: string | null | undefined, what: string, key: string) => {
      if (value === null || value === undefined) return null;
      const id = map.get(value);
      if (!id) throw new EditionDataError(`session ${key}`, `no ${what} "${value}"`);
      return id;
    };

    let changed = 0;
    const keys = new Set<string>();
    for (const s of edition.sessions) {
      if (keys.has(s.key)) throw new EditionDataError(`session ${s.key}`, "the key is used twice");
      keys.add(s.key);
      if (!types.has(s.type)) throw new EditionDataError(`session ${s.key}`, `no session type "${s.type}"`);
      const fields = {
        title: s.title,
        description: s.description,
        typeCode: s.type,
        trackId: lookup(trackIds, s.track, "track", s.key),
        roomId: lookup(roomIds, s.room, "room", s.key),
        ...sessionTimes(edition, s),
        hostPartnerId: lookup(partnerIds, s.host, "partner", s.key),
        remoteUrl: s.remoteUrl ?? null,
        recordingUrl: s.recordingUrl ?? null,
      } satisfies Partial<ForumSessionTable>;
      const state = s.state ?? "published";
      const externalId = `${edition.slug}/${s.key}`;
      const found = await repo.findSessionByExternalId(trx, externalId);
      let sessionId: string;
      if (!found) {
        sessionId = newId(now.getTime());
        await repo.insertSession(trx, {
          id: sessionId,
          eventId,
          externalId,
          ...fields,
          state,
          version: state === "published" ? 1 : 0,
          changedAt: null,
          createdAt: at,
          updatedAt: at,
          publishedAt: state === "published" ? at : null,
          scheduled: 1,
        });
      } else {
        sessionId = found.id;
        const links = await repo.findSessionLinkRows(trx, sessionId);
        const sameLinks =
          JSON.stringify(links.actionLines.map((l) => l.actionLineCode).sort()) ===
            JSON.stringify([...(s.actionLines ?? [])].sort()) &&
          JSON.stringify(links.sdgs.map((l) => l.sdgNumber).sort()) === JSON.stringify([...(s.sdgs ?? [])].sort()) &&
          JSON.stringify(links.people.map((p) => [p.personId, p.role])) ===
            JSON.stringify((s.people ?? []).map((p) => [personIds.get(p.person), p.role]));
        const differs = PUBLIC_FIELDS.some((f) => found[f] !== fields[f]) || !sameLinks || found.state !== state;
        if (differs) {
          const republished = found.state === "published" && state === "published";
          await repo.updateSession(trx, sessionId, {
            ...fields,
            state,
            updatedAt: at,
            ...(republished ? { version: found.version + 1, changedAt: at } : {}),
            ...(found.state !== "published" && state === "published"
              ? { version: found.version + 1, publishedAt: at }
              : {}),
          });
          if (republished) changed++;
        }
      }
      await repo.replaceSessionLinks(trx, sessionId, {
        actionLines: s.actionLines ?? [],
        sdgs: s.sdgs ?? [],
        people: (s.people ?? []).map((p) => {
          const personId = personIds.get(p.person);
          if (!personId) throw new EditionDataError(`session ${s.key}`, `no person "${p.person}"`);
          return { personId, role: p.role };
        }),
      });
    }

    await trx
      .insertInto("appMeta")
      .values({ key: metaKey, value: version, updatedAt: at })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value: version, updatedAt: at }))
      .execute();
    return { eventId, applied: true, sessions: edition.sessions.length, changed };
  });
}

/** The demo edition (the WSIS+20 High-Level Event 2025, with its programme), for `serve --demo`. */
export function loadForumDemo(db: Db, now: Date = new Date()) {
  return loadEdition(db, WSIS_HLE_2025, now);
}

/** The demo's next edition, open for registration, its programme still to be proposed: for `serve --demo`. */
export function loadNextEditionDemo(db: Db, now: Date = new Date()) {
  return loadEdition(db, WSIS_FORUM_2027, now);
}
