import type { Kysely } from "kysely";
import type { Database } from "../../../db/database.ts";
import type { PublicEntryDocument, SearchHit } from "./search.ts";

// stocktaking_public and its link tables: written by index/remove; a page of hits reads its rows back.

/** A hit as its row in stocktaking_public gives it, before the lists from the link tables. */
export type HitRow = Omit<SearchHit, "countries" | "actionLines" | "sdgs">;

/** The year of a YYYY-MM-DD date. */
export function startYear(startDate: string | null): number | null {
  const year = startDate ? /^(\d{4})-/.exec(startDate)?.[1] : undefined;
  return year ? Number(year) : null;
}

/** Upserts the row (so it keeps its place for the index on SQLite) and replaces its links. */
export async function writeProjection(trx: Kysely<Database>, doc: PublicEntryDocument): Promise<void> {
  const row = {
    version: doc.version,
    title: doc.title,
    summary: doc.summary,
    description: doc.description,
    organizationName: doc.organizationName,
    stakeholderTypeCode: doc.stakeholderTypeCode,
    scope: doc.scope,
    projectStatus: doc.projectStatus,
    startDate: doc.startDate,
    endDate: doc.endDate,
    startYear: startYear(doc.startDate),
    website: doc.website,
    language: doc.language,
    publishedAt: doc.publishedAt,
  };
  await trx
    .insertInto("stocktakingPublic")
    .values({ entryId: doc.entryId, ...row })
    .onConflict((oc) => oc.column("entryId").doUpdateSet(row))
    .execute();
  await removeLinks(trx, doc.entryId);
  const entryId = doc.entryId;
  const countries = [...new Set(doc.countries)].map((countryCode) => ({ entryId, countryCode }));
  const actionLines = [...new Set(doc.actionLines)].map((actionLineCode) => ({ entryId, actionLineCode }));
  const sdgs = [...new Set(doc.sdgs)].map((sdgNumber) => ({ entryId, sdgNumber }));
  if (countries.length > 0) await trx.insertInto("stocktakingPublicCountry").values(countries).execute();
  if (actionLines.length > 0) await trx.insertInto("stocktakingPublicActionLine").values(actionLines).execute();
  if (sdgs.length > 0) await trx.insertInto("stocktakingPublicSdg").values(sdgs).execute();
}

async function removeLinks(trx: Kysely<Database>, entryId: string): Promise<void> {
  await trx.deleteFrom("stocktakingPublicCountry").where("entryId", "=", entryId).execute();
  await trx.deleteFrom("stocktakingPublicActionLine").where("entryId", "=", entryId).execute();
  await trx.deleteFrom("stocktakingPublicSdg").where("entryId", "=", entryId).execute();
}

export async function removeProjection(trx: Kysely<Database>, entryId: string): Promise<void> {
  await removeLinks(trx, entryId);
  await trx.deleteFrom("stocktakingPublic").where("entryId", "=", entryId).execute();
}

/** A hit's own columns, as the driver gives them (start_year may come back as text). */
export function hitOf(row: HitRow): HitRow {
  return {
    entryId: row.entryId,
    title: row.title,
    summary: row.summary,
    organizationName: row.organizationName,
    stakeholderTypeCode: row.stakeholderTypeCode,
    projectStatus: row.projectStatus,
    startYear: row.startYear === null ? null : Number(row.startYear),
    publishedAt: row.publishedAt,
  };
}
