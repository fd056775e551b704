import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { dstEdition } from "../src/modules/forum/forum.fixtures.ts";
import { loadEdition } from "../src/modules/forum/forum.seed.ts";
import { localDate } from "../src/platform/time.ts";
import { signedUp, signedUpWithRoles } from "./support/accounts.ts";
import { buildTestApp, type TestApp } from "./support/app.ts";
import type { Visitor } from "./support/browser-like.ts";
import { testDialects } from "./support/databases.ts";

// Issue 17: "Ask for changes" (and "Do not accept") without a message was a bare 400, and a message had no limit
// (10,000 characters were mailed); the same for proposal decisions and reviews. Now the message is required, at most
// 2,000 characters, and a refusal shows the form again with the field named and the text kept.

const SLUG = "decisions-2099";

for (const dialect of await testDialects()) {
  describe(`decision messages [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let owner: Visitor;
    let moderator: Visitor;
    let organizer: Visitor;
    let reviewer: Visitor;
    const db = () => t.handle.db;
    const mails = async (template: string) =>
      (await db().selectFrom("mailMessage").select("id").where("template", "=", template).execute()).length;

    before(async () => {
      t = await buildTestApp(dialect);
      owner = await signedUp(t, "owner@example.org", "Owner Person");
      moderator = await signedUpWithRoles(t, "moderator@example.org", [{ role: "moderator" }]);
      organizer = await signedUpWithRoles(t, "organizer@example.org", [{ role: "organizer" }]);
      reviewer = await signedUpWithRoles(t, "reviewer@example.org", [{ role: "reviewer" }]);
    });
    after(() => t?.close());

    test("Stocktaking: no message or one over 2,000 characters shows the review page again, field named, text kept", async () => {
      const body = new URLSearchParams({
        title: "Digital literacy buses",
        summary: "Buses that bring laptops and trainers to villages.",
        organizationName: "Literacy on Wheels",
        stakeholderTypeCode: "civil-society",
        scope: "national",
        projectStatus: "ongoing",
        countries: "KE",
        actionLines: "C4",
        language: "en",
        intent: "submit",
      });
      const made = await t.request("/stocktaking/new", {
        method: "POST",
        body: body.toString(),
        headers: {
          ...owner.headers,
          "content-type": "application/x-www-form-urlencoded",
          origin: "http://localhost:3000",
          cookie: [...owner.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
        },
      });
      assert.equal(made.status, 303);
      const { id } = await db()
        .selectFrom("stocktakingEntry")
        .select("id")
        .where("title", "=", "Digital literacy buses")
        .executeTakeFirstOrThrow();
      const state = async () =>
        (await db().selectFrom("stocktakingEntry").select("state").where("id", "=", id).executeTakeFirstOrThrow())
          .state;

      const empty = await moderator.post(`/stocktaking/moderation/${id}/request-changes`, { message: "   " });
      assert.equal(empty.status, 400);
      const emptyHtml = await empty.text();
      assert.match(
        emptyHtml,
        /<a href="#changes-message">What should the owner change\?: Enter this information\.<\/a>/,
      );
      assert.match(emptyHtml, /<textarea id="changes-message"[^>]*aria-invalid="true"/);
      assert.match(emptyHtml, /maxlength="2000"/);

      const long = "Please add the districts you work in. ".repeat(60);
      const tooLong = await moderator.post(`/stocktaking/moderation/${id}/request-changes`, { message: long });
      assert.equal(tooLong.status, 400);
      const tooLongHtml = await tooLong.text();
      assert.match(tooLongHtml, /Too long: enter at most 2,000 characters\./);
      assert.ok(tooLongHtml.includes(`${long.trim()}</textarea>`), "the text typed is kept");

      const refused = await moderator.post(`/stocktaking/moderation/${id}/reject?lang=fr`, { message: "" });
      assert.equal(refused.status, 400);
      assert.match(await refused.text(), /<a href="#reject-message">/);

      assert.equal(await state(), "submitted", "nothing was decided");
      assert.equal(await mails("entryChangesRequested"), 0);
      assert.equal(await mails("entryRejected"), 0);

      const exactly = "x".repeat(2000);
      const ok = await moderator.post(`/stocktaking/moderation/${id}/request-changes`, { message: exactly });
      assert.equal(ok.status, 303);
      assert.equal(await state(), "changes_requested");
      assert.equal(await mails("entryChangesRequested"), 1);
    });

    test("proposals: the decision's message and the review's comment, with their limits named", async () => {
      await loadEdition(db(), {
        ...dstEdition(),
        slug: SLUG,
        startsOn: "2099-10-24",
        endsOn: "2099-10-27",
        sessions: [],
      });
      const today = localDate(t.clock.now(), "Europe/Zurich");
      const call = await organizer.post(`/forum/${SLUG}/call/manage`, {
        opensOn: today,
        closesOn: "2099-01-01",
        criteria: "Relevance",
      });
      assert.equal(call.status, 303);
      const created = await owner.post(`/forum/${SLUG}/proposals/new`, {
        title: "Community networks",
        format: "workshop",
        description: "What it is about.",
        actionLines: "C5",
        organizations: "Digital Rights Lab",
        speaker1Name: "Grace Mwangi",
        remoteParticipation: "no",
        intent: "save",
      });
      const id = /\/forum\/proposals\/([0-9a-f-]{36})/.exec(created.headers.get("location") ?? "")?.[1] ?? "";
      assert.equal((await owner.post(`/forum/proposals/${id}/submit`, {})).status, 303);

      const empty = await organizer.post(`/forum/proposals/${id}/decision`, {
        decision: "request-changes",
        message: "",
      });
      assert.equal(empty.status, 400);
      assert.match(await empty.text(), /<a href="#message">[^<]*: Enter this information\.<\/a>/);
      const long = "y".repeat(2001);
      const tooLong = await organizer.post(`/forum/proposals/${id}/decision`, { decision: "decline", message: long });
      assert.equal(tooLong.status, 400);
      const html = await tooLong.text();
      assert.match(html, /Too long: enter at most 2,000 characters\./);
      assert.ok(html.includes(`>${long}</textarea>`), "the text typed is kept");
      assert.equal(await mails("proposalDeclined"), 0);

      const comment = await reviewer.post(`/forum/proposals/${id}/review`, { score0: "4", comment: "z".repeat(4001) });
      assert.equal(comment.status, 400);
      assert.match(await comment.text(), /Too long: enter at most 4,000 characters\./);
    });
  });
}
