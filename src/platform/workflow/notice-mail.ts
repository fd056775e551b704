import { i18nFor, type MessageKey, type MessageValues } from "../i18n/i18n.ts";
import { isLocale } from "../i18n/locale.ts";
import { homeLink, mailLink } from "../mail/links.ts";
import type { MailToSend } from "../mail/mailer.ts";

/** The message keys of one notice, written out so the compiler checks each against the catalogue. */
export interface NoticeKeys {
  subject: MessageKey;
  body: MessageKey;
  /** Values other than `link` that are platform addresses (a sign-in and a reset link side by side). */
  links?: readonly string[];
}

/** Who a notice goes to: what the accounts service's recipient() gives. */
export interface NoticeRecipient {
  email: string;
  /** The greeting's name; null greets no one by name. */
  displayName: string | null;
  preferredLocale: string;
}

/**
 * A module's notices: each template (the name stored with the queued mail) with its message keys, e.g.
 *
 *   const ENTRY_NOTICES = defineNotices({
 *     entryPublished: { subject: "mail.entryPublished.subject", body: "mail.entryPublished.body" },
 *   });
 *
 * A key missing from the English catalogue is a compile error, with no cast to hide it.
 */
export function defineNotices<T extends string>(notices: { readonly [K in T]: NoticeKeys }) {
  return notices;
}

/**
 * One notice mail in the recipient's language: the greeting, the body, any further paragraphs, the signature.
 * `values.link` and the values its keys name in `links` (platform addresses) open the page in the mail's language;
 * a notice may have no link at all. The subject and the body get every value. `more` adds paragraphs after the body (a reference number, a reason), each skipped when null; each
 * is given the same values, and its own on top.
 */
export function noticeMail(
  template: string,
  keys: NoticeKeys,
  to: NoticeRecipient,
  values: { link?: string } & Record<string, string>,
  baseUrl: string,
  more: readonly ({ key: MessageKey; values?: MessageValues } | null)[] = [],
): MailToSend {
  const i18n = i18nFor(isLocale(to.preferredLocale) ? to.preferredLocale : "en");
  const given: Record<string, string> = { ...values };
  for (const name of ["link", ...(keys.links ?? [])]) {
    const value = values[name];
    if (value !== undefined) given[name] = mailLink(value, i18n.locale);
  }
  const lines = [
    to.displayName ? i18n.t("mail.greeting", { name: to.displayName }) : i18n.t("mail.greeting.anonymous"),
    "",
    i18n.t(keys.body, given),
  ];
  for (const paragraph of more) if (paragraph) lines.push("", i18n.t(paragraph.key, { ...given, ...paragraph.values }));
  lines.push("", i18n.t("mail.signature", { url: homeLink(baseUrl, i18n.locale) }));
  return { to: to.email, template, locale: i18n.locale, subject: i18n.t(keys.subject, given), text: lines.join("\n") };
}
