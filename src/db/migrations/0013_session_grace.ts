import type { Kysely } from "kysely";

// A session's token is replaced when the person's privileges change; the token it replaced keeps working for a
// short grace period (previous_token_until), so requests the same browser already has in flight with it are not
// signed out. Frozen in time: never import application code here.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("user_session").addColumn("previous_token_hash", "text").execute();
  await db.schema.alterTable("user_session").addColumn("previous_token_until", "text").execute();
  await db.schema
    .createIndex("user_session_previous_token_idx")
    .on("user_session")
    .column("previous_token_hash")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("user_session_previous_token_idx").execute();
  await db.schema.alterTable("user_session").dropColumn("previous_token_until").execute();
  await db.schema.alterTable("user_session").dropColumn("previous_token_hash").execute();
}
