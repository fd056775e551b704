import type { MailToSend } from "../../platform/mail/mailer.ts";
import { defineNotices, type NoticeRecipient, noticeMail } from "../../platform/workflow/notice-mail.ts";
import { isPlainName } from "./accounts.schema.ts";

export type AccountMail =
  | "verify"
  | "existing"
  | "reset"
  | "emailChange"
  | "emailChangeNotice"
  | "emailChanged"
  | "passwordChanged"
  | "signinAttempts";

/**
 * The name to greet a recipient by, or null for a greeting without one. An address not yet verified may belong to
 * a stranger: whoever typed it also typed the name, so mail there carries no name at all. Elsewhere a name is one
 * line and holds no link (names saved before that rule greet no one by name).
 */
export function greetingName(
  recipient: { displayName: string; emailVerifiedAt: string | null },
  verified = recipient.emailVerifiedAt !== null,
): string | null {
  if (!verified) return null;
  const name = recipient.displayName.replace(/\s+/gu, " ").trim();
  return name && isPlainName(name) ? name : null;
}

const ACCOUNT_NOTICES = defineNotices<AccountMail>({
  verify: { subject: "mail.verify.subject", body: "mail.verify.body" },
  existing: { subject: "mail.existing.subject", body: "mail.existing.body", links: ["signin", "reset"] },
  reset: { subject: "mail.reset.subject", body: "mail.reset.body" },
  emailChange: { subject: "mail.emailChange.subject", body: "mail.emailChange.body" },
  emailChangeNotice: { subject: "mail.emailChangeNotice.subject", body: "mail.emailChangeNotice.body" },
  emailChanged: { subject: "mail.emailChanged.subject", body: "mail.emailChanged.body" },
  passwordChanged: { subject: "mail.passwordChanged.subject", body: "mail.passwordChanged.body" },
  signinAttempts: {
    subject: "mail.signinAttempts.subject",
    body: "mail.signinAttempts.body",
    links: ["signin", "reset"],
  },
});

/**
 * A plain-text message in the recipient's language, from the message catalogues. The recipient's `displayName` is
 * the greeting's name (see greetingName: null to an address not yet verified); the values are what the platform
 * wrote (links, addresses the recipient typed), each link opening the page in the mail's language.
 */
export function accountMail(
  template: AccountMail,
  to: NoticeRecipient,
  values: Record<string, string>,
  baseUrl: string,
): MailToSend {
  return noticeMail(template, ACCOUNT_NOTICES[template], to, values, baseUrl);
}
