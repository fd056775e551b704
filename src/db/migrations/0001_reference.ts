import type { Kysely } from "kysely";

// Frozen in time: never import application code here. Only types that both SQLite and PostgreSQL
// understand alike (text, integer), so the same migration yields the same schema on both.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("app_meta")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("agency")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("website", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("agency_text")
    .addColumn("agency_code", "text", (c) => c.notNull().references("agency.code").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("acronym", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("agency_text_pk", ["agency_code", "locale"])
    .execute();

  await db.schema
    .createTable("action_line")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("parent_code", "text", (c) => c.references("action_line.code"))
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("action_line_text")
    .addColumn("action_line_code", "text", (c) => c.notNull().references("action_line.code").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("action_line_text_pk", ["action_line_code", "locale"])
    .execute();
  await db.schema
    .createTable("action_line_facilitator")
    .addColumn("action_line_code", "text", (c) => c.notNull().references("action_line.code").onDelete("cascade"))
    .addColumn("agency_code", "text", (c) => c.notNull().references("agency.code"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("action_line_facilitator_pk", ["action_line_code", "agency_code"])
    .execute();
  await db.schema
    .createIndex("action_line_facilitator_agency_idx")
    .on("action_line_facilitator")
    .column("agency_code")
    .execute();

  await db.schema
    .createTable("sdg")
    .addColumn("number", "integer", (c) => c.primaryKey())
    .addColumn("colour", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("sdg_text")
    .addColumn("sdg_number", "integer", (c) => c.notNull().references("sdg.number").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("short_title", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("sdg_text_pk", ["sdg_number", "locale"])
    .execute();
  await db.schema
    .createTable("sdg_target")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("sdg_number", "integer", (c) => c.notNull().references("sdg.number"))
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();

  // The WSIS–SDG matrix: which goals an Action Line serves, and through which targets.
  await db.schema
    .createTable("action_line_sdg")
    .addColumn("action_line_code", "text", (c) => c.notNull().references("action_line.code").onDelete("cascade"))
    .addColumn("sdg_number", "integer", (c) => c.notNull().references("sdg.number"))
    .addPrimaryKeyConstraint("action_line_sdg_pk", ["action_line_code", "sdg_number"])
    .execute();
  await db.schema.createIndex("action_line_sdg_sdg_idx").on("action_line_sdg").column("sdg_number").execute();
  await db.schema
    .createTable("action_line_target")
    .addColumn("action_line_code", "text", (c) => c.notNull().references("action_line.code").onDelete("cascade"))
    .addColumn("target_code", "text", (c) => c.notNull().references("sdg_target.code"))
    .addPrimaryKeyConstraint("action_line_target_pk", ["action_line_code", "target_code"])
    .execute();

  await db.schema
    .createTable("stakeholder_type")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("stakeholder_type_text")
    .addColumn("stakeholder_type_code", "text", (c) =>
      c.notNull().references("stakeholder_type.code").onDelete("cascade"),
    )
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("stakeholder_type_text_pk", ["stakeholder_type_code", "locale"])
    .execute();

  await db.schema
    .createTable("country")
    .addColumn("alpha2", "text", (c) => c.primaryKey())
    .addColumn("alpha3", "text", (c) => c.notNull().unique())
    .addColumn("numeric", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("m49_region", "text")
    .addColumn("m49_sub_region", "text")
    .addColumn("itu_region", "text")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "country",
    "stakeholder_type_text",
    "stakeholder_type",
    "action_line_target",
    "action_line_sdg",
    "sdg_target",
    "sdg_text",
    "sdg",
    "action_line_facilitator",
    "action_line_text",
    "action_line",
    "agency_text",
    "agency",
    "app_meta",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
