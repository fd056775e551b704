import { defineNotices } from "../../platform/workflow/notice-mail.ts";

/** The membership notices: to focal points when someone asks to join, to the person when it is decided. */
export const MEMBERSHIP_NOTICES = defineNotices({
  membershipRequested: { subject: "mail.membershipRequested.subject", body: "mail.membershipRequested.body" },
  membershipApproved: { subject: "mail.membershipApproved.subject", body: "mail.membershipApproved.body" },
  membershipRejected: { subject: "mail.membershipRejected.subject", body: "mail.membershipRejected.body" },
});

export type MembershipMail = keyof typeof MEMBERSHIP_NOTICES;
