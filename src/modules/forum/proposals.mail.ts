import { i18nFor, type MessageKey } from "../../platform/i18n/i18n.ts";
import { isLocale } from "../../platform/i18n/locale.ts";
import { homeLink, mailLink } from "../../platform/mail/links.ts";
import type { MailToSend } from "../../platform/mail/mailer.ts";

export type ProposalMail =
  | "proposalSubmitted"
  | "proposalAccepted"
  | "proposalDeclined"
  | "proposalChangesRequested"
  | "proposalScheduled";

/** The organiser's decision, told to the proposer in their language. */
export function proposalMail(
  template: ProposalMail,
  to: { email: string; displayName: string; preferredLocale: string },
  given: { title: string; event: string; link: string; message: string },
  baseUrl: string,
): MailToSend {
  const i18n = i18nFor(isLocale(to.preferredLocale) ? to.preferredLocale : "en");
  const values = { ...given, link: mailLink(given.link, i18n.locale) };
  const text = [
    i18n.t("mail.greeting", { name: to.displayName }),
    "",
    i18n.t(`forumProposals.mail.${template}.body` as MessageKey, values),
    "",
    i18n.t("mail.signature", { url: homeLink(baseUrl, i18n.locale) }),
  ].join("\n");
  return {
    to: to.email,
    template,
    locale: i18n.locale,
    subject: i18n.t(`forumProposals.mail.${template}.subject` as MessageKey, { title: values.title }),
    text,
  };
}
