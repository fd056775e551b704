import type { Kysely } from "kysely";
import type { Database, Db } from "../../db/database.ts";
import type { ObservationInput } from "./measuring.import.ts";
import type { MeasuringObservationTable } from "./measuring.table.ts";

// Every SQL statement of the Measuring module. Plain functions, `db` (or a transaction) first.

type Conn = Kysely<Database>;

export async function targets(db: Db, locale: string) {
  return db
    .selectFrom("measuringWsisTarget as t")
    .innerJoin("measuringWsisTargetText as x", (j) =>
      j.onRef("x.targetNumber", "=", "t.number").on("x.locale", "=", locale),
    )
    .select(["t.number", "x.title", "x.text"])
    .orderBy("t.number")
    .execute();
}

export async function indicators(db: Db, locale: string) {
  return db
    .selectFrom("measuringIndicator as i")
    .innerJoin("measuringIndicatorText as x", (j) =>
      j.onRef("x.indicatorCode", "=", "i.code").on("x.locale", "=", locale),
    )
    .select(["i.code", "i.unit", "i.breakdowns", "i.sdmxSeries", "i.position", "x.name", "x.definition"])
    .orderBy("i.position")
    .execute();
}

export async function links(db: Db) {
  return db
    .selectFrom("measuringIndicatorLink")
    .selectAll()
    .orderBy("indicatorCode")
    .orderBy("kind")
    .orderBy("ref")
    .execute();
}

/** The indicator codes linked to any of these refs of one kind (an Action Line, an SDG's targets). */
export async function indicatorsLinkedTo(db: Db, kind: string, refs: readonly string[]) {
  if (refs.length === 0) return [];
  const rows = await db
    .selectFrom("measuringIndicatorLink")
    .select("indicatorCode")
    .distinct()
    .where("kind", "=", kind)
    .where("ref", "in", refs)
    .execute();
  return rows.map((r) => r.indicatorCode);
}

const ORDER = (q: ReturnType<typeof baseObservations>) =>
  q.orderBy("indicatorCode").orderBy("geography").orderBy("breakdown").orderBy("year");
const baseObservations = (db: Db) => db.selectFrom("measuringObservation").selectAll();

export async function observations(db: Db, filter: { indicator?: string; geography?: string } = {}) {
  let q = baseObservations(db);
  if (filter.indicator) q = q.where("indicatorCode", "=", filter.indicator);
  if (filter.geography) q = q.where("geography", "=", filter.geography);
  return ORDER(q).execute();
}

export async function observationCounts(db: Db) {
  return db
    .selectFrom("measuringObservation")
    .select(["indicatorCode", (eb) => eb.fn.countAll<number | string>().as("count")])
    .groupBy("indicatorCode")
    .execute();
}

/** created, updated (a value or its source changed) or unchanged, for one observation by its key. */
export async function upsertObservation(
  trx: Conn,
  o: ObservationInput,
  now: string,
): Promise<"created" | "updated" | "unchanged"> {
  const key = { indicatorCode: o.indicator, geography: o.geography, year: o.year, breakdown: o.breakdown };
  const row: Omit<MeasuringObservationTable, "updatedAt" | keyof typeof key> = {
    value: o.value,
    qualifier: o.qualifier,
    sourcePublisher: o.sourcePublisher,
    sourceTitle: o.sourceTitle,
    sourceUrl: o.sourceUrl,
    sourceAccessed: o.sourceAccessed,
    licence: o.licence,
    note: o.note,
  };
  const existing = await trx
    .selectFrom("measuringObservation")
    .selectAll()
    .where("indicatorCode", "=", key.indicatorCode)
    .where("geography", "=", key.geography)
    .where("year", "=", key.year)
    .where("breakdown", "=", key.breakdown)
    .executeTakeFirst();
  if (!existing) {
    await trx
      .insertInto("measuringObservation")
      .values({ ...key, ...row, updatedAt: now })
      .execute();
    return "created";
  }
  const same = (Object.keys(row) as (keyof typeof row)[]).every((k) => existing[k] === row[k]);
  if (same) return "unchanged";
  await trx
    .updateTable("measuringObservation")
    .set({ ...row, updatedAt: now })
    .where("indicatorCode", "=", key.indicatorCode)
    .where("geography", "=", key.geography)
    .where("year", "=", key.year)
    .where("breakdown", "=", key.breakdown)
    .execute();
  return "updated";
}

export async function upsertTarget(
  trx: Conn,
  number: number,
  texts: { locale: string; title: string; text: string }[],
) {
  await trx
    .insertInto("measuringWsisTarget")
    .values({ number })
    .onConflict((oc) => oc.column("number").doNothing())
    .execute();
  for (const t of texts) {
    await trx
      .insertInto("measuringWsisTargetText")
      .values({ targetNumber: number, ...t })
      .onConflict((oc) => oc.columns(["targetNumber", "locale"]).doUpdateSet({ title: t.title, text: t.text }))
      .execute();
  }
}

export async function upsertIndicator(
  trx: Conn,
  indicator: { code: string; position: number; unit: string; breakdowns: string; sdmxSeries: string },
  texts: { locale: string; name: string; definition: string }[],
  linkRows: { kind: string; ref: string }[],
) {
  const { code, ...rest } = indicator;
  await trx
    .insertInto("measuringIndicator")
    .values(indicator)
    .onConflict((oc) => oc.column("code").doUpdateSet(rest))
    .execute();
  for (const t of texts) {
    await trx
      .insertInto("measuringIndicatorText")
      .values({ indicatorCode: code, ...t })
      .onConflict((oc) =>
        oc.columns(["indicatorCode", "locale"]).doUpdateSet({ name: t.name, definition: t.definition }),
      )
      .execute();
  }
  await trx.deleteFrom("measuringIndicatorLink").where("indicatorCode", "=", code).execute();
  if (linkRows.length > 0) {
    await trx
      .insertInto("measuringIndicatorLink")
      .values(linkRows.map((l) => ({ indicatorCode: code, ...l })))
      .execute();
  }
}

export async function metaValue(db: Conn, key: string) {
  return (await db.selectFrom("appMeta").select("value").where("key", "=", key).executeTakeFirst())?.value;
}

export async function setMetaValue(db: Conn, key: string, value: string, now: string) {
  await db
    .insertInto("appMeta")
    .values({ key, value, updatedAt: now })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value, updatedAt: now }))
    .execute();
}
