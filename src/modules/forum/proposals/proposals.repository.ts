import type { Kysely } from "kysely";
import type { Database } from "../../../db/database.ts";
import type {
  ForumProposalCallTable,
  ForumProposalReviewTable,
  ForumProposalTable,
  ProposalState,
} from "./proposals.table.ts";

// Every SQL statement of the Open Consultation Process.

type Db = Kysely<Database>;

export function findCallOfEvent(db: Db, eventId: string) {
  return db.selectFrom("forumProposalCall").selectAll().where("eventId", "=", eventId).executeTakeFirst();
}

export function findCall(db: Db, id: string) {
  return db.selectFrom("forumProposalCall").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertCall(db: Db, row: ForumProposalCallTable) {
  await db.insertInto("forumProposalCall").values(row).execute();
}

export async function updateCall(db: Db, id: string, changes: Partial<Omit<ForumProposalCallTable, "id">>) {
  await db.updateTable("forumProposalCall").set(changes).where("id", "=", id).execute();
}

export function findProposal(db: Db, id: string) {
  return db.selectFrom("forumProposal").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertProposal(db: Db, row: ForumProposalTable) {
  await db.insertInto("forumProposal").values(row).execute();
}

/** Moves a proposal on only if it is still in one of `from`: two decisions at once cannot both win. */
export async function transition(
  db: Db,
  id: string,
  from: ProposalState[],
  changes: Partial<Omit<ForumProposalTable, "id">>,
): Promise<boolean> {
  const result = await db
    .updateTable("forumProposal")
    .set(changes)
    .where("id", "=", id)
    .where("state", "in", from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A proposer's proposals with their edition, newest first. */
export function findProposalsOfProposer(db: Db, proposerId: string) {
  return db
    .selectFrom("forumProposal as p")
    .innerJoin("forumProposalCall as c", "c.id", "p.callId")
    .innerJoin("forumEvent as e", "e.id", "c.eventId")
    .select(["p.id", "p.title", "p.state", "p.updatedAt", "p.organizerMessage", "e.slug", "e.title as eventTitle"])
    .where("p.proposerId", "=", proposerId)
    .orderBy("p.createdAt", "desc")
    .execute();
}

/** A call's proposals in one state, oldest submission first, with their proposer's id and review count. */
export function findQueue(db: Db, callId: string, state: ProposalState) {
  return db
    .selectFrom("forumProposal as p")
    .select((eb) => [
      "p.id",
      "p.title",
      "p.format",
      "p.state",
      "p.submittedAt",
      "p.createdAt",
      "p.proposerId",
      eb
        .selectFrom("forumProposalReview as r")
        .select((r) => r.fn.countAll<number>().as("n"))
        .whereRef("r.proposalId", "=", "p.id")
        .as("reviews"),
    ])
    .where("p.callId", "=", callId)
    .where("p.state", "=", state)
    .orderBy("p.submittedAt")
    .orderBy("p.createdAt")
    .execute();
}

export function findReviews(db: Db, proposalId: string) {
  return db
    .selectFrom("forumProposalReview")
    .select(["id", "reviewerId", "scores", "comment", "updatedAt"])
    .where("proposalId", "=", proposalId)
    .orderBy("createdAt")
    .execute();
}

export function findReview(db: Db, proposalId: string, reviewerId: string) {
  return db
    .selectFrom("forumProposalReview")
    .selectAll()
    .where("proposalId", "=", proposalId)
    .where("reviewerId", "=", reviewerId)
    .executeTakeFirst();
}

export async function insertReview(db: Db, row: ForumProposalReviewTable) {
  await db.insertInto("forumProposalReview").values(row).execute();
}

export async function updateReview(
  db: Db,
  id: string,
  changes: Pick<ForumProposalReviewTable, "scores" | "comment" | "updatedAt">,
) {
  await db.updateTable("forumProposalReview").set(changes).where("id", "=", id).execute();
}

export function findEvent(db: Db, id: string) {
  return db.selectFrom("forumEvent").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Everything the person proposed, and the reviews they wrote, for their data download. */
export async function findPersonalData(db: Db, userId: string) {
  const [proposals, reviews] = await Promise.all([
    db.selectFrom("forumProposal").selectAll().where("proposerId", "=", userId).orderBy("createdAt").execute(),
    db
      .selectFrom("forumProposalReview as r")
      .innerJoin("forumProposal as p", "p.id", "r.proposalId")
      .select(["r.proposalId", "p.title as proposalTitle", "r.scores", "r.comment", "r.createdAt", "r.updatedAt"])
      .where("r.reviewerId", "=", userId)
      .orderBy("r.createdAt")
      .execute(),
  ]);
  return { proposals, reviews };
}
