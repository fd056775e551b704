import { createHash } from "node:crypto";
import type { Insertable, Kysely, Transaction } from "kysely";
import type { Database, Db } from "../db/database.ts";
import { timestamp } from "../db/ids.ts";
import { LOCALES } from "../platform/i18n/locale.ts";
import { ACTION_LINES } from "./data/action-lines.ts";
import { AGENCIES } from "./data/agencies.ts";
import { COUNTRIES } from "./data/countries.ts";
import { SDGS } from "./data/sdgs.ts";
import { STAKEHOLDER_TYPES } from "./data/stakeholder-types.ts";
import matrixFile from "./data/wsis-sdg-matrix.json" with { type: "json" };
import { REFERENCE_META_KEY } from "./reference.service.ts";

type Rows = { [T in keyof Database]?: Insertable<Database[T]>[] };

/** The reference data as table rows, built from the files in ./data. Pure: no database. */
export function referenceRows() {
  const matrix = matrixFile.matrix as Record<string, Record<string, string[]>>;
  const rows = {
    agency: AGENCIES.map((a) => ({ code: a.code, kind: a.kind, website: a.website })),
    agencyText: AGENCIES.flatMap((a) =>
      LOCALES.map((locale) => ({ agencyCode: a.code, locale, acronym: a.acronym[locale], name: a.name[locale] })),
    ),
    actionLine: ACTION_LINES.map((l) => ({ code: l.code, kind: l.kind, parentCode: l.parent, position: l.position })),
    actionLineText: ACTION_LINES.flatMap((l) =>
      LOCALES.map((locale) => ({
        actionLineCode: l.code,
        locale,
        title: l.title[locale],
        summary: l.summary[locale],
      })),
    ),
    actionLineFacilitator: ACTION_LINES.flatMap((l) => [
      ...l.lead.map((agencyCode, i) => ({ actionLineCode: l.code, agencyCode, role: "lead" as const, position: i })),
      ...l.coFacilitators.map((agencyCode, i) => ({
        actionLineCode: l.code,
        agencyCode,
        role: "co" as const,
        position: i,
      })),
    ]),
    sdg: SDGS.map((g) => ({ number: g.number, colour: g.colour })),
    sdgText: SDGS.flatMap((g) =>
      LOCALES.map((locale) => ({
        sdgNumber: g.number,
        locale,
        shortTitle: g.shortTitle[locale],
        title: g.title[locale],
      })),
    ),
    sdgTarget: SDGS.flatMap((g) => g.targets.map((code, i) => ({ code, sdgNumber: g.number, position: i }))),
    actionLineSdg: Object.entries(matrix).flatMap(([actionLineCode, goals]) =>
      Object.keys(goals).map((goal) => ({ actionLineCode, sdgNumber: Number(goal) })),
    ),
    actionLineTarget: Object.entries(matrix).flatMap(([actionLineCode, goals]) =>
      Object.values(goals).flatMap((targets) => targets.map((targetCode) => ({ actionLineCode, targetCode }))),
    ),
    stakeholderType: STAKEHOLDER_TYPES.map((s) => ({ code: s.code, position: s.position })),
    stakeholderTypeText: STAKEHOLDER_TYPES.flatMap((s) =>
      LOCALES.map((locale) => ({
        stakeholderTypeCode: s.code,
        locale,
        name: s.name[locale],
        description: s.description[locale],
      })),
    ),
    country: COUNTRIES.map((c) => ({
      alpha2: c.alpha2,
      alpha3: c.alpha3,
      numeric: c.numeric,
      name: c.name,
      m49Region: c.m49Region,
      m49SubRegion: c.m49SubRegion,
      ituRegion: c.ituRegion,
    })),
  } satisfies Rows;
  return rows;
}

/** Primary keys of each table, for upserts. Tables listed in the order their foreign keys need. */
const KEYS: { [T in keyof ReturnType<typeof referenceRows>]: string[] } = {
  agency: ["code"],
  agencyText: ["agencyCode", "locale"],
  actionLine: ["code"],
  actionLineText: ["actionLineCode", "locale"],
  actionLineFacilitator: ["actionLineCode", "agencyCode"],
  sdg: ["number"],
  sdgText: ["sdgNumber", "locale"],
  sdgTarget: ["code"],
  actionLineSdg: ["actionLineCode", "sdgNumber"],
  actionLineTarget: ["actionLineCode", "targetCode"],
  stakeholderType: ["code"],
  stakeholderTypeText: ["stakeholderTypeCode", "locale"],
  country: ["alpha2"],
};

/** Link tables mirror the shipped data exactly: rows no longer shipped are removed. Nothing references them. */
const MIRRORED = new Set(["actionLineFacilitator", "actionLineSdg", "actionLineTarget"]);

export interface SeedResult {
  applied: boolean;
  version: string;
}

/**
 * Loads the reference data. Idempotent: rows are upserted by key, so running it twice changes nothing.
 * Without `force`, it does nothing when the database already holds this exact version of the data,
 * which keeps start-up fast and leaves the tables untouched.
 */
export async function seedReference(db: Db, options: { force?: boolean } = {}): Promise<SeedResult> {
  const rows = referenceRows();
  const version = createHash("sha256").update(JSON.stringify(rows)).digest("hex").slice(0, 16);
  const current = await db
    .selectFrom("appMeta")
    .select("value")
    .where("key", "=", REFERENCE_META_KEY)
    .executeTakeFirst();
  if (!options.force && current?.value === version) return { applied: false, version };

  await db.transaction().execute(async (trx) => {
    for (const table of Object.keys(KEYS) as (keyof typeof KEYS)[]) {
      if (MIRRORED.has(table)) await trx.deleteFrom(table).execute();
      await upsert(trx, table, KEYS[table], rows[table]);
    }
    await trx
      .insertInto("appMeta")
      .values({ key: REFERENCE_META_KEY, value: version, updatedAt: timestamp() })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value: version, updatedAt: timestamp() }))
      .execute();
  });
  return { applied: true, version };
}

async function upsert(trx: Transaction<Database>, table: keyof Database, keys: string[], rows: object[]) {
  // The row types are checked where the rows are built; here one loop serves every table.
  // biome-ignore lint/suspicious/noExplicitAny: generic over tables
  const loose = trx as unknown as Kysely<any>;
  const CHUNK = 200;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const columns = Object.keys(chunk[0] ?? {}).filter((c) => !keys.includes(c));
    await loose
      .insertInto(table)
      .values(chunk)
      .onConflict((oc) =>
        columns.length === 0
          ? oc.columns(keys).doNothing()
          : oc.columns(keys).doUpdateSet((eb) => Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)]))),
      )
      .execute();
  }
}
