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
});
