import { type Kysely, sql } from "kysely";

// Issue 17. An accepted proposal becomes a draft session with a placeholder time and no room; until an organiser
// schedules it (a time and a room, through the session form) it must not be published. scheduled = 0 marks such
// a session; every existing session counts as scheduled, except the drafts accepted proposals made that still
// have no room. Frozen in time: never import application code here.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("forum_session")
    .addColumn("scheduled", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await sql`update forum_session set scheduled = 0
    where state = 'draft' and room_id is null and id in (select session_id from forum_proposal where session_id is not null)`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("forum_session").dropColumn("scheduled").execute();
}
