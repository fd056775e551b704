import { type Kysely, sql } from "kysely";

// Issue 18. The registration settings of an event (the on-site deadline and capacity) were columns of forum_event
// that the registration module wrote; they move to a table of registration's own, one row per event, every
// event's values carried over (nulls included, so a setting an organiser cleared stays cleared). Both databases
// drop a column in place (SQLite since 3.35). Frozen in time: never import application code here.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("forum_registration_settings")
    .addColumn("event_id", "text", (c) => c.primaryKey().references("forum_event.id").onDelete("cascade"))
    .addColumn("accreditation_closes_at", "text")
    .addColumn("onsite_capacity", "integer")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await sql`insert into forum_registration_settings (event_id, accreditation_closes_at, onsite_capacity, updated_at)
    select id, accreditation_closes_at, onsite_capacity, updated_at from forum_event`.execute(db);
  await db.schema.alterTable("forum_event").dropColumn("onsite_capacity").execute();
  await db.schema.alterTable("forum_event").dropColumn("accreditation_closes_at").execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("forum_event").addColumn("accreditation_closes_at", "text").execute();
  await db.schema.alterTable("forum_event").addColumn("onsite_capacity", "integer").execute();
  await sql`update forum_event set
    accreditation_closes_at = (select s.accreditation_closes_at from forum_registration_settings s where s.event_id = forum_event.id),
    onsite_capacity = (select s.onsite_capacity from forum_registration_settings s where s.event_id = forum_event.id)`.execute(
    db,
  );
  await db.schema.dropTable("forum_registration_settings").execute();
}
