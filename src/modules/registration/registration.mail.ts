import { i18nFor, type MessageKey } from "../../platform/i18n/i18n.ts";
import { isLocale } from "../../platform/i18n/locale.ts";
import { homeLink, mailLink } from "../../platform/mail/links.ts";
import type { MailToSend } from "../../platform/mail/mailer.ts";
import type { RegistrationState } from "./registration.table.ts";

/** Each state a person is told about; "movedUp" is an approval that came from the waitlist. */
export type RegistrationMail = Exclude<RegistrationState, never> | "movedUp";

/** A change of a registration's state, told to the person in their language. */
export function registrationMail(
  template: RegistrationMail,
  to: { email: string; displayName: string; preferredLocale: string },
  given: { event: string; link: string; reference: string; reason: string; position: string },
  baseUrl: string,
): MailToSend {
  const i18n = i18nFor(isLocale(to.preferredLocale) ? to.preferredLocale : "en");
  const values = { ...given, link: mailLink(given.link, i18n.locale) };
  const lines = [
    i18n.t("mail.greeting", { name: to.displayName }),
    "",
    i18n.t(`registration.mail.${template}.body` as MessageKey, values),
    "",
    i18n.t("registration.mail.reference", { reference: values.reference }),
  ];
  if (values.reason) lines.push("", i18n.t("registration.mail.reason", { reason: values.reason }));
  lines.push(
    "",
    i18n.t("registration.mail.follow", { link: values.link }),
    "",
    i18n.t("mail.signature", { url: homeLink(baseUrl, i18n.locale) }),
  );
  return {
    to: to.email,
    template: `registration.${template}`,
    locale: i18n.locale,
    subject: i18n.t(`registration.mail.${template}.subject` as MessageKey, { event: values.event }),
    text: lines.join("\n"),
  };
}
