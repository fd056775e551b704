import type { Kysely } from "kysely";

// The Open Consultation Process: an edition's call for session proposals (its window, an extension, the review
// criteria), the proposals stakeholders send, and the programme committee's reviews. Instants are UTC ISO 8601
// text; lists are JSON text. Frozen in time: never import application code here.

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("forum_proposal_call")
    .addColumn("id", "text", (c) => c.primaryKey())
    // One call per edition.
    .addColumn("event_id", "text", (c) => c.notNull().unique().references("forum_event.id").onDelete("cascade"))
    .addColumn("opens_at", "text", (c) => c.notNull())
    .addColumn("closes_at", "text", (c) => c.notNull())
    // A later deadline, when the call was extended; the original closes_at stays, so the page can say so.
    .addColumn("extended_to", "text")
    // JSON list of the stated review criteria, in order; reviews score them by position.
    .addColumn("criteria", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("forum_proposal")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("call_id", "text", (c) => c.notNull().references("forum_proposal_call.id").onDelete("cascade"))
    .addColumn("proposer_id", "text", (c) => c.notNull().references("user_account.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    // A forum_session_type code.
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    // JSON lists: Action Line codes, SDG numbers, organisation names, speakers {name, organization, role}.
    .addColumn("action_lines", "text", (c) => c.notNull())
    .addColumn("sdgs", "text", (c) => c.notNull())
    .addColumn("organizations", "text", (c) => c.notNull())
    .addColumn("speakers", "text", (c) => c.notNull())
    // Expected participants (the room size needed), and whether remote participation is needed (0/1).
    .addColumn("room_size", "integer")
    .addColumn("remote_participation", "integer", (c) => c.notNull())
    // draft | submitted | changes_requested | accepted | declined | withdrawn
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("organizer_message", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("submitted_at", "text")
    .addColumn("decided_at", "text")
    // The draft session an accepted proposal became.
    .addColumn("session_id", "text", (c) => c.references("forum_session.id").onDelete("set null"))
    .execute();
  await db.schema
    .createIndex("forum_proposal_queue_idx")
    .on("forum_proposal")
    .columns(["call_id", "state", "submitted_at"])
    .execute();
  await db.schema.createIndex("forum_proposal_proposer_idx").on("forum_proposal").column("proposer_id").execute();

  await db.schema
    .createTable("forum_proposal_review")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("proposal_id", "text", (c) => c.notNull().references("forum_proposal.id").onDelete("cascade"))
    .addColumn("reviewer_id", "text", (c) => c.notNull().references("user_account.id").onDelete("cascade"))
    // JSON list of scores 1–5, one per criterion of the call, in the call's order.
    .addColumn("scores", "text", (c) => c.notNull())
    .addColumn("comment", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("forum_proposal_review_uq", ["proposal_id", "reviewer_id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("forum_proposal_review").execute();
  await db.schema.dropTable("forum_proposal").execute();
  await db.schema.dropTable("forum_proposal_call").execute();
}
