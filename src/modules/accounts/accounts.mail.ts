import { i18nFor, type MessageKey } from "../../platform/i18n/i18n.ts";
import { isLocale } from "../../platform/i18n/locale.ts";
import type { MailToSend } from "../../platform/mail/mailer.ts";

export type AccountMail =
  | "verify"
  | "existing"
  | "reset"
  | "emailChange"
  | "emailChangeNotice"
  | "emailChanged"
  | "passwordChanged";

/** A plain-text message in the recipient's language, from the message catalogues. */
export function accountMail(
  template: AccountMail,
  to: string,
  locale: string,
  values: { name: string } & Record<string, string>,
  baseUrl: string,
): MailToSend {
  const i18n = i18nFor(isLocale(locale) ? locale : "en");
  const body = i18n.t(`mail.${template}.body` as MessageKey, values);
  const text = [
    i18n.t("mail.greeting", { name: values.name }),
    "",
    body,
    "",
    i18n.t("mail.signature", { url: baseUrl }),
  ].join("\n");
  return { to, template, locale: i18n.locale, subject: i18n.t(`mail.${template}.subject` as MessageKey), text };
}
