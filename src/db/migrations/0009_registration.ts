import { type Kysely, PostgresAdapter, SqliteAdapter } from "kysely";

// Registration and accreditation for a Forum edition: participant categories (badge colour, automatic
// accreditation), one registration per person per event, the passport details a visa letter needs (sealed with
// AES-256-GCM by the application, erased a set time after the event), the badge photo, and check-ins.
// Frozen in time: never import application code here.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
function binaryType(db: Kysely<any>): "blob" | "bytea" {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return "blob";
  if (adapter instanceof PostgresAdapter) return "bytea";
  throw new Error("0009_registration supports SQLite and PostgreSQL only");
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function up(db: Kysely<any>): Promise<void> {
  // When on-site requests close (a UTC instant) and how many people may attend on site (null: no limit).
  await db.schema.alterTable("forum_event").addColumn("accreditation_closes_at", "text").execute();
  await db.schema.alterTable("forum_event").addColumn("onsite_capacity", "integer").execute();

  await db.schema
    .createTable("forum_participant_category")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("event_id", "text", (c) => c.notNull().references("forum_event.id").onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_translations", "text")
    // #rrggbb: the badge's band.
    .addColumn("colour", "text", (c) => c.notNull())
    // 1: a focal point's approval accredits; no secretariat step.
    .addColumn("auto_accredited", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("position", "integer", (c) => c.notNull())
    .addUniqueConstraint("forum_participant_category_code_uq", ["event_id", "code"])
    .execute();

  await db.schema
    .createTable("forum_registration")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("event_id", "text", (c) => c.notNull().references("forum_event.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("user_account.id").onDelete("cascade"))
    // onsite | virtual
    .addColumn("attendance", "text", (c) => c.notNull())
    // submitted | acknowledged | approved | rejected | waitlisted | confirmed (virtual) | cancelled
    .addColumn("state", "text", (c) => c.notNull())
    // focal_point | secretariat (on site); null for virtual.
    .addColumn("route", "text")
    .addColumn("passport_name", "text", (c) => c.notNull())
    .addColumn("preferred_name", "text", (c) => c.notNull())
    .addColumn("organization_name", "text", (c) => c.notNull())
    .addColumn("organization_id", "text", (c) => c.references("organization.id").onDelete("set null"))
    .addColumn("stakeholder_type_code", "text", (c) => c.notNull())
    .addColumn("category_id", "text", (c) => c.references("forum_participant_category.id").onDelete("set null"))
    .addColumn("country_code", "text", (c) => c.notNull())
    .addColumn("nationality_code", "text", (c) => c.notNull())
    .addColumn("needs_visa", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("accessibility_needs", "text")
    // Expression-of-interest answers (JSON), read by the secretariat.
    .addColumn("interest", "text")
    .addColumn("consented_at", "text", (c) => c.notNull())
    .addColumn("decision_reason", "text")
    .addColumn("decided_by", "text", (c) => c.references("user_account.id").onDelete("set null"))
    .addColumn("decided_at", "text")
    // Position on the waitlist (1 first); null when not waiting.
    .addColumn("waitlist_position", "integer")
    // Random part of the e-confirmation letter's signed code, set when a letter may first be issued.
    .addColumn("letter_nonce", "text", (c) => c.unique())
    // Random part of the badge's signed code; a new one revokes the old badge.
    .addColumn("badge_nonce", "text", (c) => c.unique())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("forum_registration_person_uq", ["event_id", "user_id"])
    .execute();
  await db.schema
    .createIndex("forum_registration_queue_idx")
    .on("forum_registration")
    .columns(["event_id", "state", "created_at"])
    .execute();

  // Sealed passport details, only for people who asked for a visa letter.
  await db.schema
    .createTable("forum_registration_passport")
    .addColumn("registration_id", "text", (c) => c.primaryKey().references("forum_registration.id").onDelete("cascade"))
    // "iv.tag.ciphertext" of {"number","expiresOn","bornOn"}.
    .addColumn("sealed", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("forum_registration_photo")
    .addColumn("registration_id", "text", (c) => c.primaryKey().references("forum_registration.id").onDelete("cascade"))
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("bytes", binaryType(db), (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("forum_checkin")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("registration_id", "text", (c) => c.notNull().references("forum_registration.id").onDelete("cascade"))
    .addColumn("event_id", "text", (c) => c.notNull().references("forum_event.id").onDelete("cascade"))
    // YYYY-MM-DD in the event's zone: one arrival per person per day.
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("by_user_id", "text", (c) => c.references("user_account.id").onDelete("set null"))
    .addUniqueConstraint("forum_checkin_day_uq", ["registration_id", "day"])
    .execute();
  await db.schema.createIndex("forum_checkin_event_idx").on("forum_checkin").columns(["event_id", "day"]).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("forum_checkin").execute();
  await db.schema.dropTable("forum_registration_photo").execute();
  await db.schema.dropTable("forum_registration_passport").execute();
  await db.schema.dropTable("forum_registration").execute();
  await db.schema.dropTable("forum_participant_category").execute();
  await db.schema.alterTable("forum_event").dropColumn("onsite_capacity").execute();
  await db.schema.alterTable("forum_event").dropColumn("accreditation_closes_at").execute();
}
