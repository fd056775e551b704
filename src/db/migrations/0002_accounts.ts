import type { Kysely } from "kysely";

// Accounts, sessions, one-time tokens, organisations, roles, the audit log, the mail queue and rate-limit
// counters. Frozen in time: never import application code here.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("organization")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("stakeholder_type_code", "text", (c) => c.notNull().references("stakeholder_type.code"))
    .addColumn("country_code", "text", (c) => c.references("country.alpha2"))
    .addColumn("website", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("organization_name_idx").on("organization").column("name").execute();

  await db.schema
    .createTable("user_account")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("email_verified_at", "text")
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("passport_name", "text")
    .addColumn("organization_id", "text", (c) => c.references("organization.id").onDelete("set null"))
    .addColumn("stakeholder_type_code", "text", (c) => c.references("stakeholder_type.code"))
    .addColumn("country_code", "text", (c) => c.references("country.alpha2"))
    .addColumn("preferred_locale", "text", (c) => c.notNull())
    .addColumn("privilege_version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("user_session")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("id", "text", (c) => c.notNull().unique())
    .addColumn("user_id", "text", (c) => c.notNull().references("user_account.id").onDelete("cascade"))
    .addColumn("privilege_version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("ip", "text")
    .addColumn("user_agent", "text")
    .execute();
  await db.schema.createIndex("user_session_user_idx").on("user_session").column("user_id").execute();

  await db.schema
    .createTable("user_token")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("user_account.id").onDelete("cascade"))
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("new_email", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema.createIndex("user_token_user_idx").on("user_token").columns(["user_id", "purpose"]).execute();

  await db.schema
    .createTable("organization_membership")
    .addColumn("organization_id", "text", (c) => c.notNull().references("organization.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("user_account.id").onDelete("cascade"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("is_focal_point", "integer", (c) => c.notNull())
    .addColumn("requested_at", "text", (c) => c.notNull())
    .addColumn("decided_at", "text")
    .addColumn("decided_by", "text", (c) => c.references("user_account.id").onDelete("set null"))
    .addPrimaryKeyConstraint("organization_membership_pk", ["organization_id", "user_id"])
    .execute();
  await db.schema
    .createIndex("organization_membership_user_idx")
    .on("organization_membership")
    .column("user_id")
    .execute();

  await db.schema
    .createTable("role_grant")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("user_account.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    // '' when the role is not scoped: NULLs would not collide in the unique constraint on PostgreSQL.
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("granted_by", "text", (c) => c.references("user_account.id").onDelete("set null"))
    .addColumn("granted_at", "text", (c) => c.notNull())
    .addUniqueConstraint("role_grant_unique", ["user_id", "role", "scope"])
    .execute();

  await db.schema
    .createTable("audit_event")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("at", "text", (c) => c.notNull())
    // No foreign key: the trail outlives the accounts it mentions.
    .addColumn("actor_id", "text")
    .addColumn("actor_ip", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("object_type", "text", (c) => c.notNull())
    .addColumn("object_id", "text")
    .addColumn("before", "text")
    .addColumn("after", "text")
    .addColumn("request_id", "text")
    .execute();
  await db.schema.createIndex("audit_event_at_idx").on("audit_event").column("at").execute();
  await db.schema
    .createIndex("audit_event_object_idx")
    .on("audit_event")
    .columns(["object_type", "object_id"])
    .execute();
  await db.schema.createIndex("audit_event_actor_idx").on("audit_event").column("actor_id").execute();

  await db.schema
    .createTable("mail_message")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("template", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    // The body is sealed (AES-256-GCM): it may carry a one-time link. Emptied once sent.
    .addColumn("sealed_body", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .execute();
  await db.schema
    .createIndex("mail_message_due_idx")
    .on("mail_message")
    .columns(["status", "next_attempt_at"])
    .execute();

  await db.schema
    .createTable("rate_limit")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("window_start", "text", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("rate_limit_pk", ["key", "window_start"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "rate_limit",
    "mail_message",
    "audit_event",
    "role_grant",
    "organization_membership",
    "user_token",
    "user_session",
    "user_account",
    "organization",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
