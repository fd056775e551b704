import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import ICAL from "ical.js";
import { signedUp, signedUpWithRoles } from "../../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../../test/support/app.ts";
import { Visitor } from "../../../../test/support/browser-like.ts";
import { testDialects } from "../../../../test/support/databases.ts";
import { dstEdition, SECRET_WORD } from "../forum.fixtures.ts";
import { loadEdition } from "../forum.seed.ts";

const SLUG = "dst-test-2025";

/** The feed's events as an independent parser (ical.js) reads them. */
function feedEvents(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return { summary: e.summary, start: e.startDate.toJSDate().toISOString(), end: e.endDate.toJSDate().toISOString() };
  });
}

/** The private feed address shown once on the page the POST answers. */
function feedUrlIn(html: string): string {
  const url = /id="feed-url"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*id="feed-url"/.exec(html);
  const found = url?.[1] ?? url?.[2];
  assert.ok(found, "the page shows the feed address");
  return new URL(found).pathname;
}

for (const dialect of await testDialects()) {
  describe(`Personal Forum agendas [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let person: Visitor;
    let organizer: Visitor;
    const ids: Record<string, string> = {};

    before(async () => {
      t = await buildTestApp(dialect);
      await loadEdition(t.handle.db, dstEdition());
      for (const row of await t.handle.db.selectFrom("forumSession").select(["id", "title"]).execute()) {
        ids[row.title] = row.id;
      }
      person = await signedUp(t, "agenda@example.org");
      organizer = await signedUpWithRoles(t, "organizer@example.org", [{ role: "organizer" }]);
    });
    after(() => t?.close());

    const sessionPage = (title: string) => `/forum/${SLUG}/sessions/${ids[title]}`;

    test("a signed-in person adds and removes sessions, from the session page and the programme", async () => {
      const anonymous = new Visitor(t);
      assert.match(await (await anonymous.get(sessionPage("Before the change"))).text(), /Sign in to add this session/);
      const refused = await anonymous.post("/forum/agenda/add", { sessionId: ids["Before the change"] ?? "" });
      assert.equal(refused.status, 303);
      assert.match(refused.headers.get("location") ?? "", /^\/account\/signin/);
      assert.equal((await anonymous.get("/forum/agenda")).headers.get("location")?.startsWith("/account/signin"), true);

      const page = await (await person.get(sessionPage("Before the change"))).text();
      assert.match(page, /action="\/forum\/agenda\/add"/);
      const added = await person.post("/forum/agenda/add", {
        sessionId: ids["Before the change"] ?? "",
        back: sessionPage("Before the change"),
      });
      assert.equal(added.status, 303);
      assert.equal(added.headers.get("location"), sessionPage("Before the change"));
      const kept = await (await person.get(sessionPage("Before the change"))).text();
      assert.match(kept, /Remove from my agenda/);
      assert.match(kept, /href="\/forum\/agenda">See my agenda/);
      assert.match(await (await person.get("/forum")).text(), /href="\/forum\/agenda">My agenda/);
      // From the programme, for another session; a second add changes nothing.
      const programme = await (await person.get(`/forum/${SLUG}/programme?day=2025-10-27`)).text();
      assert.match(programme, /Add to my agenda/);
      for (let i = 0; i < 2; i++) {
        await person.post("/forum/agenda/add", { sessionId: ids["After the change"] ?? "", back: "/forum/x" });
      }
      // An unpublished session cannot be added.
      const draft = await person.post("/forum/agenda/add", { sessionId: ids[`${SECRET_WORD} draft session`] ?? "" });
      assert.equal(draft.status, 404);

      const agenda = await (await person.get("/forum/agenda")).text();
      assert.match(agenda, /Before the change/);
      assert.match(agenda, /After the change/);
      assert.doesNotMatch(agenda, new RegExp(SECRET_WORD));
      const [sat, mon] = [agenda.indexOf('-2025-10-25">'), agenda.indexOf('-2025-10-27">')];
      assert.ok(sat > 0 && sat < agenda.indexOf("Before the change") && mon > sat, "by day");
      assert.ok(agenda.indexOf("After the change") > mon);
      assert.match(agenda, /10:00/, "in the event's zone");

      await person.post("/forum/agenda/remove", { sessionId: ids["After the change"] ?? "" });
      assert.doesNotMatch(await (await person.get("/forum/agenda")).text(), /After the change/);
      // Someone else's agenda is their own.
      const other = await signedUp(t, "other@example.org");
      assert.doesNotMatch(await (await other.get("/forum/agenda")).text(), /Before the change/);
    });

    test("the private feed holds only published sessions, and a new address invalidates the old one", async () => {
      await person.post("/forum/agenda/add", { sessionId: ids["After the change"] ?? "" });
      const first = feedUrlIn(await (await person.post("/forum/agenda/feed", {})).text());
      assert.match(first, /^\/forum\/agenda\/[A-Za-z0-9_-]{43}\.ics$/);
      const res = await t.request(first);
      assert.equal(res.status, 200);
      assert.match(res.headers.get("content-type") ?? "", /^text\/calendar/);
      const events = feedEvents(await res.text());
      assert.deepEqual(events.map((e) => [e.summary, e.start, e.end]).sort(), [
        // 10:00 in Geneva: summer time on the 25th (UTC+2), winter time on the 27th (UTC+1).
        ["After the change", "2025-10-27T09:00:00.000Z", "2025-10-27T10:00:00.000Z"],
        ["Before the change", "2025-10-25T08:00:00.000Z", "2025-10-25T09:00:00.000Z"],
      ]);

      // Unpublished, a session leaves the agenda page and the feed.
      const unpublish = await organizer.post(
        `/forum/${SLUG}/organize/sessions/${ids["After the change"]}/unpublish`,
        {},
      );
      assert.equal(unpublish.status, 303);
      assert.deepEqual(
        feedEvents(await (await t.request(first)).text()).map((e) => e.summary),
        ["Before the change"],
      );
      assert.doesNotMatch(await (await person.get("/forum/agenda")).text(), /After the change/);

      // Only the hash is stored, and the address is not in the log.
      const token = first.slice("/forum/agenda/".length, -".ics".length);
      const stored = await t.handle.db.selectFrom("forumAgendaFeed").select("tokenHash").execute();
      assert.equal(stored.length, 1);
      assert.notEqual(stored[0]?.tokenHash, token);
      assert.ok(!JSON.stringify(t.logs).includes(token), "the token is not logged");

      const agendaPage = await (await person.get("/forum/agenda")).text();
      assert.doesNotMatch(agendaPage, new RegExp(token), "shown only once");
      assert.match(agendaPage, /Make a new address/);
      const second = feedUrlIn(await (await person.post("/forum/agenda/feed", {})).text());
      assert.notEqual(second, first);
      assert.equal((await t.request(first)).status, 404, "the old address stops working");
      assert.equal((await t.request(second)).status, 200);
      assert.equal((await t.request(`/forum/agenda/${"A".repeat(43)}.ics`)).status, 404);
    });

    test("the agenda is part of the person's data download", async () => {
      const data = (await (await person.get("/account/data.json")).json()) as {
        forumAgenda: { sessions: { title: string }[]; feed: { createdAt: string } | null };
      };
      assert.ok(data.forumAgenda.sessions.some((s) => s.title === "Before the change"));
      assert.ok(data.forumAgenda.feed?.createdAt);
      assert.ok(!JSON.stringify(data).includes("tokenHash"));
    });
  });
}
