import { i18nFor, type MessageKey } from "../../platform/i18n/i18n.ts";
import { isLocale } from "../../platform/i18n/locale.ts";
import { homeLink, withMailLinks } from "../../platform/mail/links.ts";
import type { MailToSend } from "../../platform/mail/mailer.ts";
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

/**
 * A plain-text message in the recipient's language, from the message catalogues. `name` is the greeting's name
 * (see greetingName); the other values are what the platform wrote (links, addresses the recipient typed).
 */
export function accountMail(
  template: AccountMail,
  to: string,
  locale: string,
  values: { name: string | null } & Record<string, string | null>,
  baseUrl: string,
): MailToSend {
  const i18n = i18nFor(isLocale(locale) ? locale : "en");
  const { name, ...rest } = values;
  // Links (verify, reset, sign in) open the page in the mail's language.
  const body = i18n.t(
    `mail.${template}.body` as MessageKey,
    withMailLinks(rest, baseUrl, i18n.locale) as Record<string, string>,
  );
  const text = [
    name ? i18n.t("mail.greeting", { name }) : i18n.t("mail.greeting.anonymous"),
    "",
    body,
    "",
    i18n.t("mail.signature", { url: homeLink(baseUrl, i18n.locale) }),
  ].join("\n");
  return { to, template, locale: i18n.locale, subject: i18n.t(`mail.${template}.subject` as MessageKey), text };
}
