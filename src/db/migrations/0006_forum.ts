import type { Kysely } from "kysely";

// The WSIS Forum programme: editions (events) with their own time zone, tracks, rooms, session types, partner
// tiers and partners, sessions with their Action Lines, SDGs and people. Session times are UTC instants
// ("2025-07-09T12:00:00.000Z"); the event's IANA zone says how to show them. Names that organisers may translate
// have a `*_translations` column: a JSON object of locale → text, the plain column being the fallback.
// Frozen in time: never import application code here.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("forum_event")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("title_translations", "text")
    // YYYY-MM-DD, the first and last day in the event's own zone.
    .addColumn("starts_on", "text", (c) => c.notNull())
    .addColumn("ends_on", "text", (c) => c.notNull())
    .addColumn("venue", "text", (c) => c.notNull())
    .addColumn("city", "text", (c) => c.notNull())
    .addColumn("country_code", "text")
    // IANA zone, e.g. Europe/Zurich.
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("website", "text")
    // draft | published: only published events are shown.
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("forum_event_starts_idx").on("forum_event").columns(["status", "starts_on"]).execute();

  await db.schema
    .createTable("forum_track")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("event_id", "text", (c) => c.notNull().references("forum_event.id").onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_translations", "text")
    .addColumn("position", "integer", (c) => c.notNull())
    .addUniqueConstraint("forum_track_code_uq", ["event_id", "code"])
    .execute();

  await db.schema
    .createTable("forum_room")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("event_id", "text", (c) => c.notNull().references("forum_event.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("capacity", "integer")
    .addColumn("position", "integer", (c) => c.notNull())
    .addUniqueConstraint("forum_room_name_uq", ["event_id", "name"])
    .execute();

  await db.schema
    .createTable("forum_session_type")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_translations", "text")
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("forum_partner_tier")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("event_id", "text", (c) => c.notNull().references("forum_event.id").onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_translations", "text")
    // 1 is the highest tier.
    .addColumn("rank", "integer", (c) => c.notNull())
    .addUniqueConstraint("forum_partner_tier_code_uq", ["event_id", "code"])
    .execute();

  await db.schema
    .createTable("forum_partner")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("event_id", "text", (c) => c.notNull().references("forum_event.id").onDelete("cascade"))
    .addColumn("tier_id", "text", (c) => c.references("forum_partner_tier.id").onDelete("set null"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("website", "text")
    .addColumn("logo_url", "text")
    .addUniqueConstraint("forum_partner_name_uq", ["event_id", "name"])
    .execute();

  await db.schema
    .createTable("forum_session")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("event_id", "text", (c) => c.notNull().references("forum_event.id").onDelete("cascade"))
    // The key of a session loaded from elsewhere (the demo seed, later an accepted proposal), for idempotent loads.
    .addColumn("external_id", "text", (c) => c.unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("type_code", "text", (c) => c.notNull().references("forum_session_type.code"))
    .addColumn("track_id", "text", (c) => c.references("forum_track.id").onDelete("set null"))
    .addColumn("room_id", "text", (c) => c.references("forum_room.id").onDelete("set null"))
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    // draft | published: the public sees only published sessions.
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("host_partner_id", "text", (c) => c.references("forum_partner.id").onDelete("set null"))
    .addColumn("remote_url", "text")
    .addColumn("recording_url", "text")
    // 1 at first publication, +1 for each change to a published session; changed_at is that change's time.
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("changed_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .execute();
  await db.schema
    .createIndex("forum_session_programme_idx")
    .on("forum_session")
    .columns(["event_id", "state", "starts_at"])
    .execute();
  await db.schema.createIndex("forum_session_room_idx").on("forum_session").columns(["room_id", "starts_at"]).execute();
  await db.schema.createIndex("forum_session_host_idx").on("forum_session").column("host_partner_id").execute();

  await db.schema
    .createTable("forum_session_action_line")
    .addColumn("session_id", "text", (c) => c.notNull().references("forum_session.id").onDelete("cascade"))
    .addColumn("action_line_code", "text", (c) => c.notNull().references("action_line.code"))
    .addPrimaryKeyConstraint("forum_session_action_line_pk", ["session_id", "action_line_code"])
    .execute();
  await db.schema
    .createIndex("forum_session_action_line_code_idx")
    .on("forum_session_action_line")
    .columns(["action_line_code", "session_id"])
    .execute();

  await db.schema
    .createTable("forum_session_sdg")
    .addColumn("session_id", "text", (c) => c.notNull().references("forum_session.id").onDelete("cascade"))
    .addColumn("sdg_number", "integer", (c) => c.notNull().references("sdg.number"))
    .addPrimaryKeyConstraint("forum_session_sdg_pk", ["session_id", "sdg_number"])
    .execute();

  // People as the programme names them: no contact details here (a later link to an account may add them).
  await db.schema
    .createTable("forum_person")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("external_id", "text", (c) => c.unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("organization", "text")
    .addColumn("title", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("forum_session_person")
    .addColumn("session_id", "text", (c) => c.notNull().references("forum_session.id").onDelete("cascade"))
    .addColumn("person_id", "text", (c) => c.notNull().references("forum_person.id").onDelete("cascade"))
    // speaker | moderator | organiser
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("forum_session_person_pk", ["session_id", "person_id", "role"])
    .execute();
  await db.schema
    .createIndex("forum_session_person_person_idx")
    .on("forum_session_person")
    .columns(["person_id", "session_id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "forum_session_person",
    "forum_person",
    "forum_session_sdg",
    "forum_session_action_line",
    "forum_session",
    "forum_partner",
    "forum_partner_tier",
    "forum_session_type",
    "forum_room",
    "forum_track",
    "forum_event",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
