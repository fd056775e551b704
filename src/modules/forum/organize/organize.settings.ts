import type { Db } from "../../../db/database.ts";
import { newId } from "../../../db/ids.ts";
import { type AuditContext, audit } from "../../../platform/audit/audit.ts";
import { type Actor, authorize } from "../../../platform/auth/policy.ts";
import { errors } from "../../../platform/http/errors.ts";
import { type FieldErrors, FormError } from "../../../platform/http/forms.ts";
import type { RequestMeta } from "../../../platform/http/request-meta.ts";
import * as forumRepo from "../forum.repository.ts";
import * as repo from "./organize.repository.ts";
import type { PartnerInput, RoomInput, TierInput, TrackInput } from "./organize.schema.ts";
import type { OrganizerEvent } from "./organize.service.ts";

// An edition's vocabularies, kept by its organisers: tracks, rooms, partner tiers and partners. Codes and names are
// unique within the edition (names compared without regard to case or spacing); something still in use (a room or
// track with sessions, a tier with partners, a partner hosting sessions) is not deleted. Every change is audited.

export type VocabularyKind = "tracks" | "rooms" | "tiers" | "partners";
export const VOCABULARY_KINDS: readonly VocabularyKind[] = ["tracks", "rooms", "tiers", "partners"];

export interface TrackItem {
  id: string;
  code: string;
  name: string;
  position: number;
  /** Sessions in this track. */
  uses: number;
}
export interface RoomItem {
  id: string;
  name: string;
  capacity: number | null;
  position: number;
  /** Sessions in this room. */
  uses: number;
}
export interface TierItem {
  id: string;
  code: string;
  name: string;
  rank: number;
  /** Partners in this tier. */
  uses: number;
}
export interface PartnerItem {
  id: string;
  name: string;
  tierId: string | null;
  tierName: string | null;
  website: string | null;
  logoUrl: string | null;
  /** Sessions this partner hosts. */
  uses: number;
}

/** A deletion refused because something still uses the item: what it is and how many use it. */
export class InUseError extends Error {
  constructor(
    readonly kind: VocabularyKind,
    readonly itemName: string,
    readonly count: number,
  ) {
    super(`${kind} "${itemName}" is still used ${count} times`);
    this.name = "InUseError";
  }
}

/** Names as people mean them: "Room 1", " room  1 " and "ROOM 1" are one room. */
const sameName = (a: string, b: string) =>
  a.trim().replace(/\s+/g, " ").toLocaleLowerCase("en") === b.trim().replace(/\s+/g, " ").toLocaleLowerCase("en");

const nextPosition = (items: { position: number }[]) => Math.max(0, ...items.map((i) => i.position)) + 1;

function unique<T extends { id: string }>(
  items: T[],
  id: string | null,
  clash: (item: T) => boolean,
  field: string,
  key: FieldErrors[string],
): FieldErrors {
  return items.some((item) => item.id !== id && clash(item)) ? { [field]: key } : {};
}

function throwIf(problems: FieldErrors) {
  if (Object.keys(problems).length > 0) throw new FormError(problems);
}

export function createEditionSettings(deps: { db: Db; clock: () => Date; dialect: "sqlite" | "postgres" }) {
  const { db, clock, dialect } = deps;
  const ctx = (actor: Actor, meta: RequestMeta): AuditContext => ({
    actorId: actor.userId,
    ip: meta.ip,
    requestId: meta.requestId,
    now: clock(),
  });
  const found = <T extends { id: string }>(items: T[], id: string | null): T | null => {
    if (id === null) return null;
    const item = items.find((i) => i.id === id);
    if (!item) throw errors.notFound("Nothing of this edition here");
    return item;
  };

  async function tracks(event: OrganizerEvent): Promise<TrackItem[]> {
    const [rows, uses] = await Promise.all([
      forumRepo.findTracks(db, event.id),
      repo.countSessionsBy(db, event.id, "trackId"),
    ]);
    return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, position: r.position, uses: uses.get(r.id) ?? 0 }));
  }
  async function rooms(event: OrganizerEvent): Promise<RoomItem[]> {
    const [rows, uses] = await Promise.all([
      forumRepo.findRooms(db, event.id),
      repo.countSessionsBy(db, event.id, "roomId"),
    ]);
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      capacity: r.capacity,
      position: r.position,
      uses: uses.get(r.id) ?? 0,
    }));
  }
  async function tiers(event: OrganizerEvent): Promise<TierItem[]> {
    const [rows, uses] = await Promise.all([forumRepo.findTiers(db, event.id), repo.countPartnersByTier(db, event.id)]);
    return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, rank: r.rank, uses: uses.get(r.id) ?? 0 }));
  }
  async function partners(event: OrganizerEvent): Promise<PartnerItem[]> {
    const [rows, tierRows, uses] = await Promise.all([
      forumRepo.findPartners(db, event.id),
      forumRepo.findTiers(db, event.id),
      repo.countSessionsBy(db, event.id, "hostPartnerId"),
    ]);
    const tierName = new Map(tierRows.map((t) => [t.id, t.name]));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      tierId: r.tierId,
      tierName: r.tierId ? (tierName.get(r.tierId) ?? null) : null,
      website: r.website,
      logoUrl: r.logoUrl,
      uses: uses.get(r.id) ?? 0,
    }));
  }

  /** Writes one change and its audit row together. */
  async function audited(
    actor: Actor,
    meta: RequestMeta,
    entry: { action: string; objectType: string; objectId: string; before?: unknown; after?: unknown },
    write: (trx: Db) => Promise<void>,
  ) {
    await db.transaction().execute(async (trx) => {
      await write(trx);
      await audit(trx, ctx(actor, meta), entry);
    });
  }

  /** A renamed item loses the translations of its old name: they would contradict the new one. */
  const translationsAfter = (before: { name: string } | null, name: string, current: string | null) =>
    before && before.name === name ? current : null;

  return {
    async tracks(actor: Actor | null, event: OrganizerEvent) {
      authorize(actor, "forum.organize");
      return tracks(event);
    },
    async rooms(actor: Actor | null, event: OrganizerEvent) {
      authorize(actor, "forum.organize");
      return rooms(event);
    },
    async tiers(actor: Actor | null, event: OrganizerEvent) {
      authorize(actor, "forum.organize");
      return tiers(event);
    },
    async partners(actor: Actor | null, event: OrganizerEvent) {
      authorize(actor, "forum.organize");
      return partners(event);
    },

    async saveTrack(
      actor: Actor | null,
      event: OrganizerEvent,
      id: string | null,
      input: TrackInput,
      meta: RequestMeta,
    ) {
      const organizer = authorize(actor, "forum.organize");
      const items = await tracks(event);
      const before = found(items, id);
      throwIf({
        ...unique(items, id, (t) => t.code === input.code, "code", "forumOrganize.error.codeTaken"),
        ...unique(items, id, (t) => sameName(t.name, input.name), "name", "forumOrganize.error.nameTaken"),
      });
      const rows = await forumRepo.findTracks(db, event.id);
      const current = rows.find((r) => r.id === id) ?? null;
      const fields = {
        code: input.code,
        name: input.name,
        position: input.position ?? before?.position ?? nextPosition(items),
        nameTranslations: translationsAfter(before, input.name, current?.nameTranslations ?? null),
      };
      const itemId = before?.id ?? newId(clock().getTime());
      await audited(
        organizer,
        meta,
        {
          action: before ? "forum.track.update" : "forum.track.create",
          objectType: "forum_track",
          objectId: itemId,
          before: before ? { code: before.code, name: before.name, position: before.position } : undefined,
          after: { code: fields.code, name: fields.name, position: fields.position },
        },
        (trx) =>
          before
            ? repo.updateTrack(trx, event.id, itemId, fields)
            : repo.insertTrack(trx, { id: itemId, eventId: event.id, ...fields }),
      );
      return itemId;
    },

    async saveRoom(actor: Actor | null, event: OrganizerEvent, id: string | null, input: RoomInput, meta: RequestMeta) {
      const organizer = authorize(actor, "forum.organize");
      const items = await rooms(event);
      const before = found(items, id);
      throwIf(unique(items, id, (r) => sameName(r.name, input.name), "name", "forumOrganize.error.nameTaken"));
      const fields = {
        name: input.name,
        capacity: input.capacity,
        position: input.position ?? before?.position ?? nextPosition(items),
      };
      const itemId = before?.id ?? newId(clock().getTime());
      await audited(
        organizer,
        meta,
        {
          action: before ? "forum.room.update" : "forum.room.create",
          objectType: "forum_room",
          objectId: itemId,
          before: before ? { name: before.name, capacity: before.capacity, position: before.position } : undefined,
          after: fields,
        },
        (trx) =>
          before
            ? repo.updateRoom(trx, event.id, itemId, fields)
            : repo.insertRoom(trx, { id: itemId, eventId: event.id, ...fields }),
      );
      return itemId;
    },

    async saveTier(actor: Actor | null, event: OrganizerEvent, id: string | null, input: TierInput, meta: RequestMeta) {
      const organizer = authorize(actor, "forum.organize");
      const items = await tiers(event);
      const before = found(items, id);
      throwIf({
        ...unique(items, id, (t) => t.code === input.code, "code", "forumOrganize.error.codeTaken"),
        ...unique(items, id, (t) => sameName(t.name, input.name), "name", "forumOrganize.error.nameTaken"),
      });
      const current = (await forumRepo.findTiers(db, event.id)).find((r) => r.id === id) ?? null;
      const fields = {
        code: input.code,
        name: input.name,
        rank: input.rank,
        nameTranslations: translationsAfter(before, input.name, current?.nameTranslations ?? null),
      };
      const itemId = before?.id ?? newId(clock().getTime());
      await audited(
        organizer,
        meta,
        {
          action: before ? "forum.partnerTier.update" : "forum.partnerTier.create",
          objectType: "forum_partner_tier",
          objectId: itemId,
          before: before ? { code: before.code, name: before.name, rank: before.rank } : undefined,
          after: { code: fields.code, name: fields.name, rank: fields.rank },
        },
        (trx) =>
          before
            ? repo.updateTier(trx, event.id, itemId, fields)
            : repo.insertTier(trx, { id: itemId, eventId: event.id, ...fields }),
      );
      return itemId;
    },

    async savePartner(
      actor: Actor | null,
      event: OrganizerEvent,
      id: string | null,
      input: PartnerInput,
      meta: RequestMeta,
    ) {
      const organizer = authorize(actor, "forum.organize");
      const [items, tierItems] = await Promise.all([partners(event), tiers(event)]);
      const before = found(items, id);
      throwIf({
        ...unique(items, id, (p) => sameName(p.name, input.name), "name", "forumOrganize.error.nameTaken"),
        ...(input.tierId && !tierItems.some((t) => t.id === input.tierId)
          ? { tierId: "forumOrganize.error.unknownTier" as const }
          : {}),
      });
      const fields = { name: input.name, tierId: input.tierId, website: input.website, logoUrl: input.logoUrl };
      const itemId = before?.id ?? newId(clock().getTime());
      await audited(
        organizer,
        meta,
        {
          action: before ? "forum.partner.update" : "forum.partner.create",
          objectType: "forum_partner",
          objectId: itemId,
          before: before
            ? { name: before.name, tierId: before.tierId, website: before.website, logoUrl: before.logoUrl }
            : undefined,
          after: fields,
        },
        (trx) =>
          before
            ? repo.updatePartner(trx, event.id, itemId, fields)
            : repo.insertPartner(trx, { id: itemId, eventId: event.id, ...fields }),
      );
      return itemId;
    },

    /** Deletes an item nothing uses any more; otherwise refuses with InUseError, naming it and its users. */
    async remove(actor: Actor | null, event: OrganizerEvent, kind: VocabularyKind, id: string, meta: RequestMeta) {
      const organizer = authorize(actor, "forum.organize");
      const list = { tracks, rooms, tiers, partners }[kind];
      const item = found<TrackItem | RoomItem | TierItem | PartnerItem>(await list(event), id);
      if (!item) throw errors.notFound();
      if (item.uses > 0) throw new InUseError(kind, item.name, item.uses);
      const objectType = {
        tracks: "forum_track",
        rooms: "forum_room",
        tiers: "forum_partner_tier",
        partners: "forum_partner",
      }[kind];
      const action = {
        tracks: "forum.track.delete",
        rooms: "forum.room.delete",
        tiers: "forum.partnerTier.delete",
        partners: "forum.partner.delete",
      }[kind];
      const { uses: _uses, ...before } = item;
      const remove = {
        tracks: repo.deleteTrack,
        rooms: repo.deleteRoom,
        tiers: repo.deleteTier,
        partners: repo.deletePartner,
      }[kind];
      const table = (
        { tracks: "forumTrack", rooms: "forumRoom", tiers: "forumPartnerTier", partners: "forumPartner" } as const
      )[kind];
      const usedBy = ({ tracks: "trackId", rooms: "roomId", tiers: "tierId", partners: "hostPartnerId" } as const)[
        kind
      ];
      await audited(organizer, meta, { action, objectType, objectId: id, before }, async (trx) => {
        // Counted again with the item held: a session given this room since the list above was read would
        // otherwise lose its room to the foreign key's ON DELETE SET NULL without anyone being told.
        await repo.lockVocabularyItem(trx, table, event.id, id, dialect);
        const counts =
          usedBy === "tierId"
            ? await repo.countPartnersByTier(trx, event.id)
            : await repo.countSessionsBy(trx, event.id, usedBy);
        const uses = counts.get(id) ?? 0;
        if (uses > 0) throw new InUseError(kind, item.name, uses);
        await remove(trx, event.id, id);
      });
    },
  };
}

export type EditionSettings = ReturnType<typeof createEditionSettings>;
