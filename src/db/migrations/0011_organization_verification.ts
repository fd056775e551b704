import type { Kysely } from "kysely";

// Issue 16, the visa letter without review. Organisations are unverified until the secretariat verifies them
// (who, when and why kept on the row; every change audited): every existing organisation starts unverified, the
// safe default. A participant category says which stakeholder types it accredits automatically (JSON list of
// codes; null: none, until an organiser says). A registration keeps whether its decision was a focal point's or
// the secretariat's, and which focal point endorsed it, so the secretariat can sample the focal-point way.
// Frozen in time: never import application code here.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("organization").addColumn("verified_at", "text").execute();
  await db.schema
    .alterTable("organization")
    .addColumn("verified_by", "text", (c) => c.references("user_account.id").onDelete("set null"))
    .execute();
  // The secretariat's note on the last verification or withdrawal.
  await db.schema.alterTable("organization").addColumn("verification_note", "text").execute();

  await db.schema.alterTable("forum_participant_category").addColumn("admitted_stakeholder_types", "text").execute();

  // focal_point | secretariat; null before a decision (and for decisions made before this migration).
  await db.schema.alterTable("forum_registration").addColumn("decided_as", "text").execute();
  await db.schema
    .alterTable("forum_registration")
    .addColumn("endorsed_by", "text", (c) => c.references("user_account.id").onDelete("set null"))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("forum_registration").dropColumn("endorsed_by").execute();
  await db.schema.alterTable("forum_registration").dropColumn("decided_as").execute();
  await db.schema.alterTable("forum_participant_category").dropColumn("admitted_stakeholder_types").execute();
  await db.schema.alterTable("organization").dropColumn("verification_note").execute();
  await db.schema.alterTable("organization").dropColumn("verified_by").execute();
  await db.schema.alterTable("organization").dropColumn("verified_at").execute();
}
