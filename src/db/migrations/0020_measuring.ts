import type { Kysely } from "kysely";

// Measuring the information society: the ten WSIS targets, the indicators that track them (with their links to
// WSIS targets, Action Lines and SDG targets), and observations — one value per indicator, geography, year and
// breakdown, each with its source. Values are kept as canonical decimal text so both databases store and return
// exactly what the source published. Frozen in time: never import application code here.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("measuring_wsis_target")
    .addColumn("number", "integer", (c) => c.primaryKey())
    .execute();
  await db.schema
    .createTable("measuring_wsis_target_text")
    .addColumn("target_number", "integer", (c) => c.notNull().references("measuring_wsis_target.number"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("measuring_wsis_target_text_pk", ["target_number", "locale"])
    .execute();
  await db.schema
    .createTable("measuring_indicator")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("position", "integer", (c) => c.notNull())
    // percent (0–100), count (people, schools …) or per100 (per 100 inhabitants).
    .addColumn("unit", "text", (c) => c.notNull())
    // JSON list of the breakdown dimensions the indicator has: sex, age, area.
    .addColumn("breakdowns", "text", (c) => c.notNull())
    // JSON list of the UN SDG Global Database series codes (SDMX SERIES) that feed it.
    .addColumn("sdmx_series", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("measuring_indicator_text")
    .addColumn("indicator_code", "text", (c) => c.notNull().references("measuring_indicator.code"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("definition", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("measuring_indicator_text_pk", ["indicator_code", "locale"])
    .execute();
  await db.schema
    .createTable("measuring_indicator_link")
    .addColumn("indicator_code", "text", (c) => c.notNull().references("measuring_indicator.code"))
    // wsis_target (ref "1"…"10"), action_line (ref "C2"), sdg_target (ref "17.8").
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("ref", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("measuring_indicator_link_pk", ["indicator_code", "kind", "ref"])
    .execute();
  await db.schema
    .createIndex("measuring_indicator_link_ref_idx")
    .on("measuring_indicator_link")
    .columns(["kind", "ref"])
    .execute();
  await db.schema
    .createTable("measuring_observation")
    .addColumn("indicator_code", "text", (c) => c.notNull().references("measuring_indicator.code"))
    // world, itu:<region>, m49:<3 digits>, income:<HIC|UMC|LMC|LIC>, or an ISO 3166-1 alpha-2 country code.
    .addColumn("geography", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    // "total", or dimension=value pairs sorted and joined with ";" (sex=F, age=Y15T24, area=R).
    .addColumn("breakdown", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    // null, at_least (published as "280,000+") or about (published as "about 6 billion").
    .addColumn("qualifier", "text")
    .addColumn("source_publisher", "text", (c) => c.notNull())
    .addColumn("source_title", "text", (c) => c.notNull())
    .addColumn("source_url", "text", (c) => c.notNull())
    .addColumn("source_accessed", "text", (c) => c.notNull())
    .addColumn("licence", "text")
    .addColumn("note", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("measuring_observation_pk", ["indicator_code", "geography", "year", "breakdown"])
    .execute();
  await db.schema
    .createIndex("measuring_observation_geography_idx")
    .on("measuring_observation")
    .columns(["geography", "indicator_code"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "measuring_observation",
    "measuring_indicator_link",
    "measuring_indicator_text",
    "measuring_indicator",
    "measuring_wsis_target_text",
    "measuring_wsis_target",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
