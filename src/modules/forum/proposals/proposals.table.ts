export type ProposalState = "draft" | "submitted" | "changes_requested" | "accepted" | "declined" | "withdrawn";

export interface ForumProposalCallTable {
  id: string;
  eventId: string;
  /** UTC instants. */
  opensAt: string;
  closesAt: string;
  extendedTo: string | null;
  /** JSON list of the review criteria. */
  criteria: string;
  createdAt: string;
  updatedAt: string;
}

export interface ForumProposalTable {
  id: string;
  callId: string;
  proposerId: string;
  title: string;
  /** A session type code. */
  format: string;
  description: string;
  /** JSON lists. */
  actionLines: string;
  sdgs: string;
  organizations: string;
  speakers: string;
  roomSize: number | null;
  /** 0 or 1. */
  remoteParticipation: number;
  state: ProposalState;
  organizerMessage: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  sessionId: string | null;
}

export interface ForumProposalReviewTable {
  id: string;
  proposalId: string;
  reviewerId: string;
  /** JSON list of 1–5, one per criterion. */
  scores: string;
  comment: string;
  createdAt: string;
  updatedAt: string;
}

export interface ForumProposalTables {
  forumProposalCall: ForumProposalCallTable;
  forumProposal: ForumProposalTable;
  forumProposalReview: ForumProposalReviewTable;
}
