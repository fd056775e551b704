import type { Kysely } from "kysely";

// WSIS Stocktaking: entries (the working copy an owner edits and moderators review), their published versions,
// and the public projection of the latest published version that search, the API and CSV read.
// Frozen in time: never import application code here.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("stocktaking_entry")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("external_id", "text", (c) => c.unique())
    .addColumn("owner_id", "text", (c) => c.references("user_account.id").onDelete("set null"))
    // draft | submitted | changes_requested | published | rejected: the review state of the working copy.
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("organization_name", "text", (c) => c.notNull())
    .addColumn("organization_id", "text", (c) => c.references("organization.id").onDelete("set null"))
    .addColumn("stakeholder_type_code", "text", (c) => c.references("stakeholder_type.code"))
    .addColumn("scope", "text")
    .addColumn("project_status", "text")
    .addColumn("start_date", "text")
    .addColumn("end_date", "text")
    .addColumn("website", "text")
    .addColumn("contact_name", "text")
    .addColumn("contact_email", "text")
    .addColumn("language", "text", (c) => c.notNull())
    // The working copy's lists, as JSON arrays of codes; the public projection holds them relationally.
    .addColumn("countries", "text", (c) => c.notNull())
    .addColumn("action_lines", "text", (c) => c.notNull())
    .addColumn("sdgs", "text", (c) => c.notNull())
    .addColumn("targets", "text", (c) => c.notNull())
    .addColumn("moderation_message", "text")
    .addColumn("published_version", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("submitted_at", "text")
    .addColumn("published_at", "text")
    .execute();
  await db.schema
    .createIndex("stocktaking_entry_queue_idx")
    .on("stocktaking_entry")
    .columns(["state", "submitted_at"])
    .execute();
  await db.schema.createIndex("stocktaking_entry_owner_idx").on("stocktaking_entry").column("owner_id").execute();
  await db.schema.createIndex("stocktaking_entry_updated_idx").on("stocktaking_entry").column("updated_at").execute();

  await db.schema
    .createTable("stocktaking_version")
    .addColumn("entry_id", "text", (c) => c.notNull().references("stocktaking_entry.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("snapshot", "text", (c) => c.notNull())
    .addColumn("published_at", "text", (c) => c.notNull())
    .addColumn("published_by", "text", (c) => c.references("user_account.id").onDelete("set null"))
    .addPrimaryKeyConstraint("stocktaking_version_pk", ["entry_id", "version"])
    .execute();

  await db.schema
    .createTable("stocktaking_public")
    .addColumn("entry_id", "text", (c) => c.primaryKey().references("stocktaking_entry.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("organization_name", "text", (c) => c.notNull())
    .addColumn("stakeholder_type_code", "text")
    .addColumn("scope", "text")
    .addColumn("project_status", "text")
    .addColumn("start_date", "text")
    .addColumn("end_date", "text")
    .addColumn("start_year", "integer")
    .addColumn("website", "text")
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("published_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("stocktaking_public_published_idx")
    .on("stocktaking_public")
    .column("published_at")
    .execute();
  for (const [table, column, type] of [
    ["stocktaking_public_country", "country_code", "text"],
    ["stocktaking_public_action_line", "action_line_code", "text"],
    ["stocktaking_public_sdg", "sdg_number", "integer"],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn("entry_id", "text", (c) => c.notNull().references("stocktaking_public.entry_id").onDelete("cascade"))
      .addColumn(column, type, (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ["entry_id", column])
      .execute();
    await db.schema.createIndex(`${table}_value_idx`).on(table).columns([column, "entry_id"]).execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "stocktaking_public_sdg",
    "stocktaking_public_action_line",
    "stocktaking_public_country",
    "stocktaking_public",
    "stocktaking_version",
    "stocktaking_entry",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
