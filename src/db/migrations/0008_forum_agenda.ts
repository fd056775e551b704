import type { Kysely } from "kysely";

// Personal agendas of the WSIS Forum: the sessions a person keeps, and the hash of the secret that opens their
// agenda as an iCalendar feed (the token itself is shown once to its owner and never stored).
// Frozen in time: never import application code here.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("forum_agenda_item")
    .addColumn("user_id", "text", (c) => c.notNull().references("user_account.id").onDelete("cascade"))
    .addColumn("session_id", "text", (c) => c.notNull().references("forum_session.id").onDelete("cascade"))
    .addColumn("added_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("forum_agenda_item_pk", ["user_id", "session_id"])
    .execute();
  await db.schema.createIndex("forum_agenda_item_session_idx").on("forum_agenda_item").column("session_id").execute();

  await db.schema
    .createTable("forum_agenda_feed")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("user_account.id").onDelete("cascade"))
    // SHA-256 (hex) of the feed URL's 256-bit random token.
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("forum_agenda_feed").execute();
  await db.schema.dropTable("forum_agenda_item").execute();
}
