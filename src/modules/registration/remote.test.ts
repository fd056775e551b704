import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { signedUp } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { dstEdition } from "../forum/forum.fixtures.ts";
import { loadEdition } from "../forum/forum.seed.ts";
import { insertRegistration } from "./registration.fixtures.ts";

const SLUG = "dst-test-2025";
const LINK = "https://example.org/webcast/room-one-secret";

for (const dialect of await testDialects()) {
  describe(`remote participation is for registered participants [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let eventId: string;
    let sessionId: string;
    const userId = async (email: string) =>
      (await t.handle.db.selectFrom("userAccount").select("id").where("email", "=", email).executeTakeFirstOrThrow())
        .id;

    before(async () => {
      t = await buildTestApp(dialect);
      // Before the edition (October 2025): a past edition offers no registration, so no link to register.
      t.clock.advance(Date.parse("2025-09-01T08:00:00Z") - t.clock.now().getTime());
      await loadEdition(t.handle.db, dstEdition());
      eventId = (
        await t.handle.db.selectFrom("forumEvent").select("id").where("slug", "=", SLUG).executeTakeFirstOrThrow()
      ).id;
      const session = await t.handle.db
        .updateTable("forumSession")
        .set({ remoteUrl: LINK })
        .where("eventId", "=", eventId)
        .where("title", "=", "Before the change")
        .returning("id")
        .executeTakeFirstOrThrow();
      sessionId = session.id;
    });
    after(() => t?.close());

    test("the session page shows the link only to people with a valid registration", async () => {
      const page = `/forum/${SLUG}/sessions/${sessionId}?lang=en`;
      const anonymous = await (await new Visitor(t).get(page)).text();
      assert.ok(!anonymous.includes(LINK), "not to visitors");
      assert.match(anonymous, /The link is given to registered participants/);
      assert.match(anonymous, new RegExp(`href="/forum/${SLUG}/register"`));

      const stranger = await signedUp(t, "stranger@example.org");
      assert.ok(!(await (await stranger.get(page)).text()).includes(LINK), "not to people not registered");

      for (const [email, fields, shown] of [
        ["virtual@example.org", { attendance: "virtual", state: "confirmed" }, true],
        ["onsite@example.org", { attendance: "onsite", state: "approved" }, true],
        ["waiting@example.org", { attendance: "onsite", state: "submitted" }, false],
        ["cancelled@example.org", { attendance: "virtual", state: "cancelled" }, false],
      ] as const) {
        const person = await signedUp(t, email);
        await insertRegistration(t.handle.db, { eventId, userId: await userId(email), ...fields });
        const html = await (await person.get(page)).text();
        assert.equal(html.includes(`href="${LINK}"`), shown, `${email} (${fields.state})`);
      }
    });

    test("a valid registration's page lists the sessions to follow remotely, with their links", async () => {
      const virtual = await signedUp(t, "remote-list@example.org");
      const valid = await insertRegistration(t.handle.db, {
        eventId,
        userId: await userId("remote-list@example.org"),
        attendance: "virtual",
        state: "confirmed",
      });
      const html = await (await virtual.get(`/forum/registrations/${valid.id}?lang=en`)).text();
      assert.match(html, /Sessions you can follow remotely/);
      assert.match(html, new RegExp(`href="/forum/${SLUG}/sessions/${sessionId}"`));
      assert.ok(html.includes(`href="${LINK}"`));

      const waiting = await signedUp(t, "remote-wait@example.org");
      const pending = await insertRegistration(t.handle.db, {
        eventId,
        userId: await userId("remote-wait@example.org"),
        attendance: "onsite",
        state: "submitted",
      });
      const notYet = await (await waiting.get(`/forum/registrations/${pending.id}?lang=en`)).text();
      assert.doesNotMatch(notYet, /Sessions you can follow remotely/);
      assert.ok(!notYet.includes(LINK));
    });

    test("the open data says remote participation exists, never the link", async () => {
      for (const path of [
        `/api/v1/events/${SLUG}/sessions`,
        `/forum/${SLUG}/programme.ics`,
        `/forum/${SLUG}/sessions/${sessionId}.ics`,
      ]) {
        const res = await new Visitor(t).get(path);
        assert.equal(res.status, 200, path);
        assert.ok(!(await res.text()).includes(LINK), path);
      }
      const api = (await (await new Visitor(t).get(`/api/v1/events/${SLUG}/sessions`)).json()) as {
        data: { id: string; remoteParticipation: boolean }[];
      };
      const flags = new Map(api.data.map((s) => [s.id, s.remoteParticipation]));
      assert.equal(flags.get(sessionId), true);
      assert.ok([...flags.values()].filter(Boolean).length === 1, "only that session offers it");
    });
  });
}
