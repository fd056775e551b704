import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { defineNotices, noticeMail } from "./notice-mail.ts";

const NOTICES = defineNotices<"entryPublished" | "entryRejected">({
  entryPublished: { subject: "mail.entryPublished.subject", body: "mail.entryPublished.body" },
  entryRejected: { subject: "mail.entryRejected.subject", body: "mail.entryRejected.body" },
});
const base = "https://wsis.example.org";

describe("notice mail", () => {
  test("greeting, body, signature in the recipient's language; the link opens the page in that language", () => {
    const mail = noticeMail(
      "entryRejected",
      NOTICES.entryRejected,
      { email: "awa@example.org", displayName: "Awa", preferredLocale: "fr" },
      { title: "Bibliothèque", link: `${base}/stocktaking/entries/1/edit`, message: "Hors sujet" },
      base,
    );
    assert.equal(mail.to, "awa@example.org");
    assert.equal(mail.template, "entryRejected");
    assert.equal(mail.locale, "fr");
    assert.match(mail.subject, /Bibliothèque/);
    const lines = mail.text.split("\n");
    assert.match(lines[0] ?? "", /Awa/);
    assert.equal(lines[1], "");
    assert.match(mail.text, /Hors sujet/);
    assert.ok(mail.text.includes(`${base}/?lang=fr`), "the signature links home in French");
  });

  test("an unknown language writes English; no name greets no one; further paragraphs get the values", () => {
    const mail = noticeMail(
      "entryPublished",
      NOTICES.entryPublished,
      { email: "x@example.org", displayName: null, preferredLocale: "xx" },
      { title: "T", link: `${base}/stocktaking/entries/1` },
      base,
      [{ key: "mail.entryPublished.body" }, null],
    );
    assert.equal(mail.locale, "en");
    assert.equal(mail.text.split("\n")[0], "Hello,");
    // The body twice: once as the body, once as the further paragraph, both with the link in the mail's language.
    assert.equal(mail.text.split(`${base}/stocktaking/entries/1?lang=en`).length - 1, 2);
  });

  test("the values a notice names in links open in the mail's language too; a notice may have no link", () => {
    const ACCOUNT = defineNotices<"existing" | "passwordChanged">({
      existing: { subject: "mail.existing.subject", body: "mail.existing.body", links: ["signin", "reset"] },
      passwordChanged: { subject: "mail.passwordChanged.subject", body: "mail.passwordChanged.body" },
    });
    const to = { email: "x@example.org", displayName: null, preferredLocale: "es" };
    const existing = noticeMail(
      "existing",
      ACCOUNT.existing,
      to,
      { signin: `${base}/account/signin`, reset: `${base}/account/forgot` },
      base,
    );
    assert.ok(existing.text.includes(`${base}/account/signin?lang=es`));
    assert.ok(existing.text.includes(`${base}/account/forgot?lang=es`));
    const changed = noticeMail("passwordChanged", ACCOUNT.passwordChanged, to, {}, base);
    assert.equal(changed.locale, "es");
    assert.doesNotMatch(changed.text, /undefined/);
    // A value not named as a link (a message someone typed) is left as it was written.
    const typed = noticeMail(
      "entryRejected",
      NOTICES.entryRejected,
      to,
      { title: "T", link: `${base}/stocktaking/entries/1/edit`, message: `${base}/account/signin` },
      base,
    );
    assert.ok(typed.text.includes(`${base}/stocktaking/entries/1/edit?lang=es`));
    assert.ok(typed.text.includes(`${base}/account/signin`));
    assert.ok(!typed.text.includes(`${base}/account/signin?lang=es`));
  });
});
