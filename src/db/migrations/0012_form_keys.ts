import type { Kysely } from "kysely";

// One-time keys of create forms: the random key a form carried, recorded with what its first POST created, in
// the same transaction. A double click or a retried request with the same key finds the row (or, racing, fails on
// the primary key and then finds it) and leads to the thing already made instead of making another.
// Frozen in time: never import application code here.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("form_key")
    .addColumn("user_id", "text", (c) => c.notNull().references("user_account.id").onDelete("cascade"))
    // What the form creates, e.g. "stocktaking.entry", "forum.proposal".
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("object_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("form_key_pk", ["user_id", "purpose", "key"])
    .execute();
  await db.schema.createIndex("form_key_created_idx").on("form_key").column("created_at").execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("form_key").execute();
}
