import { i18nFor, type MessageKey } from "../../platform/i18n/i18n.ts";
import { isLocale } from "../../platform/i18n/locale.ts";
import { homeLink, mailLink } from "../../platform/mail/links.ts";
import type { MailToSend } from "../../platform/mail/mailer.ts";

export type EntryMail = "entryPublished" | "entryRejected" | "entryChangesRequested" | "entryUpdateCall";

/** A message to an entry's owner, in their language. */
export function entryMail(
  template: EntryMail,
  to: { email: string; displayName: string; preferredLocale: string },
  given: { title: string; link: string; message?: string },
  baseUrl: string,
): MailToSend {
  const i18n = i18nFor(isLocale(to.preferredLocale) ? to.preferredLocale : "en");
  const values = { ...given, link: mailLink(given.link, i18n.locale) };
  const text = [
    i18n.t("mail.greeting", { name: to.displayName }),
    "",
    i18n.t(`mail.${template}.body` as MessageKey, { ...values, message: values.message ?? "" }),
    "",
    i18n.t("mail.signature", { url: homeLink(baseUrl, i18n.locale) }),
  ].join("\n");
  return {
    to: to.email,
    template,
    locale: i18n.locale,
    subject: i18n.t(`mail.${template}.subject` as MessageKey, { title: values.title }),
    text,
  };
}
