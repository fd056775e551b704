import type { MailToSend } from "../../../platform/mail/mailer.ts";
import { defineNotices, type NoticeRecipient, noticeMail } from "../../../platform/workflow/notice-mail.ts";

export type ProposalMail =
  | "proposalSubmitted"
  | "proposalAccepted"
  | "proposalDeclined"
  | "proposalChangesRequested"
  | "proposalScheduled";

const PROPOSAL_NOTICES = defineNotices<ProposalMail>({
  proposalSubmitted: {
    subject: "forumProposals.mail.proposalSubmitted.subject",
    body: "forumProposals.mail.proposalSubmitted.body",
  },
  proposalAccepted: {
    subject: "forumProposals.mail.proposalAccepted.subject",
    body: "forumProposals.mail.proposalAccepted.body",
  },
  proposalDeclined: {
    subject: "forumProposals.mail.proposalDeclined.subject",
    body: "forumProposals.mail.proposalDeclined.body",
  },
  proposalChangesRequested: {
    subject: "forumProposals.mail.proposalChangesRequested.subject",
    body: "forumProposals.mail.proposalChangesRequested.body",
  },
  proposalScheduled: {
    subject: "forumProposals.mail.proposalScheduled.subject",
    body: "forumProposals.mail.proposalScheduled.body",
  },
});

/** The organiser's decision (or the session's time), told to the proposer in their language. */
export function proposalMail(
  template: ProposalMail,
  to: NoticeRecipient,
  given: { title: string; event: string; link: string; message: string },
  baseUrl: string,
): MailToSend {
  return noticeMail(template, PROPOSAL_NOTICES[template], to, given, baseUrl);
}
