import type { Kysely } from "kysely";
import type { Database } from "../../db/database.ts";
import type { EntryState, StocktakingEntryTable, StocktakingVersionTable } from "./stocktaking.table.ts";

// Every SQL statement of the stocktaking module, except search (./search/), which has its own per dialect.

type Db = Kysely<Database>;

export function findEntry(db: Db, id: string) {
  return db.selectFrom("stocktakingEntry").selectAll().where("id", "=", id).executeTakeFirst();
}

export function findEntryByExternalId(db: Db, externalId: string) {
  return db.selectFrom("stocktakingEntry").selectAll().where("externalId", "=", externalId).executeTakeFirst();
}

export async function insertEntry(db: Db, entry: StocktakingEntryTable) {
  await db.insertInto("stocktakingEntry").values(entry).execute();
}

export async function updateEntry(db: Db, id: string, changes: Partial<Omit<StocktakingEntryTable, "id">>) {
  await db.updateTable("stocktakingEntry").set(changes).where("id", "=", id).execute();
}

/** Moves an entry from one of `from` to `to`; returns false when it was not in one of those states (a race lost). */
export async function transition(
  db: Db,
  id: string,
  from: EntryState[],
  changes: Partial<Omit<StocktakingEntryTable, "id">> & { state: EntryState },
) {
  const result = await db
    .updateTable("stocktakingEntry")
    .set(changes)
    .where("id", "=", id)
    .where("state", "in", from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findEntriesOfOwner(db: Db, ownerId: string) {
  return db
    .selectFrom("stocktakingEntry")
    .select([
      "id",
      "title",
      "state",
      "publishedVersion",
      "updatedAt",
      "submittedAt",
      "publishedAt",
      "moderationMessage",
    ])
    .where("ownerId", "=", ownerId)
    .orderBy("updatedAt", "desc")
    .execute();
}

export interface QueueFilter {
  states: EntryState[];
  language?: string;
  text?: string;
}

/** The moderation queue: oldest submission first. */
export function findQueue(db: Db, filter: QueueFilter, limit: number, offset: number) {
  let query = db
    .selectFrom("stocktakingEntry")
    .select([
      "id",
      "title",
      "organizationName",
      "state",
      "language",
      "submittedAt",
      "updatedAt",
      "publishedVersion",
      "countries",
    ])
    .where("state", "in", filter.states);
  if (filter.language) query = query.where("language", "=", filter.language);
  return query.orderBy("submittedAt").orderBy("id").limit(limit).offset(offset).execute();
}

export function countQueue(db: Db, filter: QueueFilter) {
  let query = db
    .selectFrom("stocktakingEntry")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("state", "in", filter.states);
  if (filter.language) query = query.where("language", "=", filter.language);
  return query.executeTakeFirstOrThrow();
}

export async function insertVersion(db: Db, version: StocktakingVersionTable) {
  await db.insertInto("stocktakingVersion").values(version).execute();
}

export function findVersions(db: Db, entryId: string) {
  return db
    .selectFrom("stocktakingVersion")
    .selectAll()
    .where("entryId", "=", entryId)
    .orderBy("version", "desc")
    .execute();
}

export function findVersion(db: Db, entryId: string, version: number) {
  return db
    .selectFrom("stocktakingVersion")
    .selectAll()
    .where("entryId", "=", entryId)
    .where("version", "=", version)
    .executeTakeFirst();
}

/** Entries that may be the same project: same organisation name (any case), other than this one. */
/**
 * For the duplicate check, entries of an organisation (by name, any case) that the submitter may see: the published
 * versions of anyone's entries, and the submitter's own working copies that went to the moderators. Other people's
 * unpublished drafts never, and the submitter's own drafts neither: a draft is work in progress, perhaps this very
 * project saved earlier, and must not hold its owner up as a look-alike.
 */
export async function findSameOrganizationEntries(
  db: Db,
  organizationName: string,
  exceptId: string | null,
  ownerId: string,
) {
  const name = organizationName.toLowerCase();
  let published = db
    .selectFrom("stocktakingPublic")
    .select(["entryId as id", "title", "organizationName"])
    .where((eb) => eb(eb.fn("lower", ["organizationName"]), "=", name))
    .limit(200);
  let own = db
    .selectFrom("stocktakingEntry")
    .select(["id", "title", "organizationName"])
    .where("ownerId", "=", ownerId)
    .where((eb) => eb(eb.fn("lower", ["organizationName"]), "=", name))
    .where("state", "not in", ["rejected", "draft"])
    .limit(200);
  if (exceptId) {
    published = published.where("entryId", "!=", exceptId);
    own = own.where("id", "!=", exceptId);
  }
  const [a, b] = await Promise.all([published.execute(), own.execute()]);
  return [...a, ...b];
}

/** Published entries in any of these countries, for the duplicate check. */
export function findPublishedInCountries(db: Db, countries: string[], exceptId: string | null) {
  if (countries.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom("stocktakingPublic as p")
    .innerJoin("stocktakingPublicCountry as c", "c.entryId", "p.entryId")
    .select(["p.entryId as id", "p.title", "p.organizationName"])
    .where("c.countryCode", "in", countries)
    .distinct()
    .limit(2000);
  if (exceptId) query = query.where("p.entryId", "!=", exceptId);
  return query.execute();
}

/** Entries whose working copy has not changed since `before`, with their owner's id, for the yearly call for updates. */
export function findStaleEntries(db: Db, before: string, limit: number) {
  return db
    .selectFrom("stocktakingEntry")
    .select(["id", "title", "updatedAt", "state", "ownerId"])
    .where("updatedAt", "<", before)
    .where("state", "=", "published")
    .orderBy("updatedAt")
    .limit(limit)
    .execute();
}

/** The newest published entries that give this organisation name, as written, and how many there are. */
export async function findPublishedOfOrganization(db: Db, name: string, limit: number) {
  const [entries, count] = await Promise.all([
    db
      .selectFrom("stocktakingPublic")
      .select(["entryId as id", "title", "language"])
      .where("organizationName", "=", name)
      .orderBy("publishedAt", "desc")
      .orderBy("entryId", "desc")
      .limit(limit)
      .execute(),
    db
      .selectFrom("stocktakingPublic")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("organizationName", "=", name)
      .executeTakeFirstOrThrow(),
  ]);
  return { entries, total: Number(count.n) };
}

/** The published version of an entry, as the public sees it, with its lists. */
export async function findPublicEntry(db: Db, entryId: string) {
  const entry = await db.selectFrom("stocktakingPublic").selectAll().where("entryId", "=", entryId).executeTakeFirst();
  if (!entry) return undefined;
  const [countries, actionLines, sdgs] = await Promise.all([
    db.selectFrom("stocktakingPublicCountry").select("countryCode").where("entryId", "=", entryId).execute(),
    db.selectFrom("stocktakingPublicActionLine").select("actionLineCode").where("entryId", "=", entryId).execute(),
    db.selectFrom("stocktakingPublicSdg").select("sdgNumber").where("entryId", "=", entryId).execute(),
  ]);
  return {
    ...entry,
    countries: countries.map((c) => c.countryCode).sort(),
    actionLines: actionLines.map((a) => a.actionLineCode),
    sdgs: sdgs.map((s) => s.sdgNumber).sort((a, b) => a - b),
  };
}

/** Every entry the person owns, with its contact, and the versions they published as a moderator, for their download. */
export async function findPersonalData(db: Db, userId: string) {
  const [entries, published] = await Promise.all([
    db.selectFrom("stocktakingEntry").selectAll().where("ownerId", "=", userId).orderBy("createdAt").execute(),
    db
      .selectFrom("stocktakingVersion")
      .select(["entryId", "version", "publishedAt"])
      .where("publishedBy", "=", userId)
      .orderBy("publishedAt")
      .execute(),
  ]);
  return { entries, publishedAsModerator: published };
}
