import type { MailToSend } from "../../platform/mail/mailer.ts";
import { defineNotices, type NoticeRecipient, noticeMail } from "../../platform/workflow/notice-mail.ts";

export type EntryMail = "entryPublished" | "entryRejected" | "entryChangesRequested" | "entryUpdateCall";

const ENTRY_NOTICES = defineNotices<EntryMail>({
  entryPublished: { subject: "mail.entryPublished.subject", body: "mail.entryPublished.body" },
  entryRejected: { subject: "mail.entryRejected.subject", body: "mail.entryRejected.body" },
  entryChangesRequested: { subject: "mail.entryChangesRequested.subject", body: "mail.entryChangesRequested.body" },
  entryUpdateCall: { subject: "mail.entryUpdateCall.subject", body: "mail.entryUpdateCall.body" },
});

/** A message to an entry's owner, in their language. */
export function entryMail(
  template: EntryMail,
  to: NoticeRecipient,
  given: { title: string; link: string; message?: string },
  baseUrl: string,
): MailToSend {
  return noticeMail(template, ENTRY_NOTICES[template], to, { ...given, message: given.message ?? "" }, baseUrl);
}
