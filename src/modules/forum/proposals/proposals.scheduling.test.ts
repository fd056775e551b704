import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { signedUp, signedUpWithRoles } from "../../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../../test/support/app.ts";
import type { Visitor } from "../../../../test/support/browser-like.ts";
import { testDialects } from "../../../../test/support/databases.ts";
import { dstEdition } from "../forum.fixtures.ts";
import { loadEdition } from "../forum.seed.ts";

// Issue 17: an accepted proposal's draft session (placeholder Monday 09:00–10:00, no room) is not published until an
// organiser schedules it; the proposer is mailed when the proposal arrives and when the session is in the
// programme; the proposal form needs an Action Line and offers no "None" type; the session form's times are
// 24-hour text, not the browser's 12-hour picker.

const SLUG = "dst-test-2025";
const BASE = `/forum/${SLUG}/organize`;

const proposalForm = (title: string, changes: Record<string, string> = {}) => ({
  title,
  format: "workshop",
  description: `What ${title} is about.`,
  actionLines: "C5",
  organizations: "Digital Rights Lab",
  speaker1Name: "Grace Mwangi",
  roomSize: "",
  remoteParticipation: "no",
  ...changes,
});

for (const dialect of await testDialects()) {
  describe(`Proposals become scheduled sessions [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let proposer: Visitor;
    let organizer: Visitor;
    let roomId: string;
    const mailTo = async (email: string) => (await t.mail()).filter((m) => m.to === email);
    const sessionOf = async (proposalId: string) => {
      const p = await t.handle.db
        .selectFrom("forumProposal")
        .select("sessionId")
        .where("id", "=", proposalId)
        .executeTakeFirstOrThrow();
      assert.ok(p.sessionId);
      return t.handle.db.selectFrom("forumSession").selectAll().where("id", "=", p.sessionId).executeTakeFirstOrThrow();
    };
    const propose = async (title: string) => {
      const res = await proposer.post(`/forum/${SLUG}/proposals/new`, proposalForm(title));
      const id = /\/forum\/proposals\/([0-9a-f-]{36})/.exec(res.headers.get("location") ?? "")?.[1];
      assert.ok(id, `${res.status} ${(await res.text()).slice(0, 500)}`);
      assert.equal((await proposer.post(`/forum/proposals/${id}/submit`, {})).status, 303);
      return id;
    };

    before(async () => {
      t = await buildTestApp(dialect);
      t.clock.advance(Date.parse("2025-08-01T08:00:00Z") - t.clock.now().getTime());
      const { eventId } = await loadEdition(t.handle.db, dstEdition());
      roomId = (
        await t.handle.db
          .selectFrom("forumRoom")
          .select("id")
          .where("eventId", "=", eventId)
          .where("name", "=", "Room 1")
          .executeTakeFirstOrThrow()
      ).id;
      proposer = await signedUp(t, "proposer@example.org", "Pat Proposer");
      organizer = await signedUpWithRoles(t, "organizer@example.org", [{ role: "organizer" }]);
      const call = { opensOn: "2025-08-01", closesOn: "2025-08-20", criteria: "Relevance" };
      assert.equal((await organizer.post(`/forum/${SLUG}/call/manage`, call)).status, 303);
    });
    after(() => t?.close());

    test("the form offers no 'None' type and needs at least one Action Line, saying so", async () => {
      const form = await (await proposer.get(`/forum/${SLUG}/proposals/new?lang=en`)).text();
      assert.match(form, /<option value=""[^>]*>Choose a session type<\/option>/);
      assert.doesNotMatch(form, />Not set</);
      // A browser sends no actionLines field when no box is ticked.
      const { actionLines: _none, ...noLines } = proposalForm("No lines");
      const res = await proposer.post(`/forum/${SLUG}/proposals/new`, noLines);
      assert.equal(res.status, 400);
      assert.match(await res.text(), /Choose at least one Action Line/);
      assert.equal(
        (await t.handle.db.selectFrom("forumProposal").select("id").where("title", "=", "No lines").execute()).length,
        0,
      );
    });

    test("a submitted proposal is acknowledged by mail in the proposer's language, with a link they can open", async () => {
      await t.handle.db
        .updateTable("userAccount")
        .set({ preferredLocale: "fr" })
        .where("email", "=", "proposer@example.org")
        .execute();
      const id = await propose("Réseaux communautaires");
      const mail = (await mailTo("proposer@example.org")).at(-1);
      assert.ok(mail);
      assert.match(
        mail.text,
        /Nous avons reçu votre proposition « Réseaux communautaires » pour Autumn Test Forum 2025/,
      );
      const link = /http:\/\/localhost:3000(\/forum\/proposals\/[^\s]+)/.exec(mail.text)?.[1];
      assert.ok(link?.startsWith(`/forum/proposals/${id}`), mail.text);
      assert.equal((await proposer.get(link ?? "")).status, 200);
      await t.handle.db
        .updateTable("userAccount")
        .set({ preferredLocale: "en" })
        .where("email", "=", "proposer@example.org")
        .execute();
    });

    test("an accepted proposal's session is left out of 'Publish the programme' until scheduled; then the proposer is told", async () => {
      const id = await propose("Unscheduled community session");
      assert.equal((await organizer.post(`/forum/proposals/${id}/decision`, { decision: "accept" })).status, 303);
      const draft = await sessionOf(id);
      assert.equal(draft.state, "draft");
      assert.equal(draft.scheduled, 0);
      assert.equal(draft.roomId, null);

      // The organise page says it is not scheduled yet, offers to schedule it, and no publish button for it.
      const page = await (await organizer.get(`${BASE}?lang=en`)).text();
      assert.match(page, /<h2 id="unscheduled">Not scheduled yet<\/h2>/);
      assert.match(page, new RegExp(`href="${BASE}/sessions/${draft.id}"[^>]*>Unscheduled community session`));
      assert.doesNotMatch(page, new RegExp(`action="${BASE}/sessions/${draft.id}/publish"`));

      // Publishing the programme leaves it out and says so; publishing it alone is refused with the reason.
      const all = await organizer.post(`${BASE}/publish`, {});
      assert.equal(all.status, 303);
      const after = await (await organizer.get(all.headers.get("location") ?? "")).text();
      assert.match(after, /1 session was left out: it is not scheduled yet\./);
      assert.equal((await sessionOf(id)).state, "draft");
      const one = await organizer.post(`${BASE}/sessions/${draft.id}/publish`, {});
      assert.equal(one.headers.get("location"), `${BASE}?done=notScheduled`);
      assert.match(
        await (await organizer.get(`${BASE}?done=notScheduled`)).text(),
        /not scheduled yet, so it was not published/,
      );
      assert.equal((await sessionOf(id)).state, "draft");
      const before = (await mailTo("proposer@example.org")).length;

      // Saved without a room it stays unscheduled; with a room and a time (typed "9:30", 24-hour) it is scheduled.
      const fields = {
        title: draft.title,
        description: draft.description,
        typeCode: "workshop",
        trackId: "",
        hostPartnerId: "",
        day: "2025-10-26",
        start: "9:30",
        end: "10:30",
        remoteUrl: "",
        recordingUrl: "",
        actionLines: "C5",
      };
      assert.equal((await organizer.post(`${BASE}/sessions/${draft.id}`, { ...fields, roomId: "" })).status, 303);
      assert.equal((await sessionOf(id)).scheduled, 0);
      const saved = await organizer.post(`${BASE}/sessions/${draft.id}`, { ...fields, roomId });
      assert.equal(saved.status, 303, (await saved.text()).slice(0, 1000));
      const scheduled = await sessionOf(id);
      assert.equal(scheduled.scheduled, 1);
      // 09:30 in Geneva on 26 October 2025, the first day of winter time (UTC+1).
      assert.equal(scheduled.startsAt, "2025-10-26T08:30:00.000Z");
      assert.equal((await mailTo("proposer@example.org")).length, before, "no mail before it is published");

      // Publishing the programme now publishes it, and the proposer is mailed when and where, with its page.
      assert.equal((await organizer.post(`${BASE}/publish`, {})).status, 303);
      assert.equal((await sessionOf(id)).state, "published");
      const mail = (await mailTo("proposer@example.org")).at(-1);
      assert.ok(mail);
      assert.equal(mail.subject, "Your session is in the programme: Unscheduled community session");
      assert.match(mail.text, /2025-10-26 09:30–10:30 \(Europe\/Zurich\), Room 1/);
      const link = /http:\/\/localhost:3000(\/forum\/[^\s]+)/.exec(mail.text)?.[1];
      assert.ok(link?.startsWith(`/forum/${SLUG}/sessions/${draft.id}`), mail.text);
      assert.equal((await proposer.get(link ?? "")).status, 200);
      // Unpublished and published again: not mailed twice.
      await organizer.post(`${BASE}/sessions/${draft.id}/unpublish`, {});
      await organizer.post(`${BASE}/sessions/${draft.id}/publish`, {});
      assert.equal((await mailTo("proposer@example.org")).filter((m) => /in the programme/.test(m.subject)).length, 1);
    });

    test("the session form's times are 24-hour text fields, as the hint says", async () => {
      const html = await (await organizer.get(`${BASE}/sessions/new?lang=en`)).text();
      assert.match(html, /24-hour clock, for example 14:00\./);
      assert.doesNotMatch(html, /type="time"/);
      assert.match(html, /<input id="start" name="start" type="text" inputmode="numeric" pattern="[^"]+"/);
      assert.match(html, /<option value="">Choose a session type<\/option>/);
      const bad = await organizer.post(`${BASE}/sessions/new`, {
        title: "Twelve hour",
        description: "x",
        typeCode: "workshop",
        trackId: "",
        roomId: "",
        hostPartnerId: "",
        day: "2025-10-26",
        start: "2:00 PM",
        end: "15:00",
        remoteUrl: "",
        recordingUrl: "",
      });
      assert.equal(bad.status, 400);
      assert.match(await bad.text(), /Enter a time like 14:00/);
    });
  });
}
