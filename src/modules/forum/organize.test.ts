import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import ICAL from "ical.js";
import { signedUp, signedUpWithRoles } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import type { Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { dstEdition } from "./forum.fixtures.ts";
import { loadEdition } from "./forum.seed.ts";

const SLUG = "dst-test-2025";
const BASE = `/forum/${SLUG}/organize`;

/** The summaries and UTC starts of an iCalendar feed, as an independent parser reads them. */
function feedEvents(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return { summary: e.summary, start: e.startDate.toJSDate().toISOString() };
  });
}

for (const dialect of await testDialects()) {
  describe(`Forum scheduling [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let organizer: Visitor;
    let eventId: string;
    let roomId: string;
    let speakerId: string;

    /** A valid session form in the event's wall clock, with these changes. */
    const form = (changes: Record<string, string> = {}) => ({
      title: "Quasar scheduling test",
      description: "Scheduled by an organiser.",
      typeCode: "workshop",
      trackId: "",
      roomId: "",
      hostPartnerId: "",
      day: "2025-10-27",
      start: "10:00",
      end: "10:45",
      remoteUrl: "",
      recordingUrl: "",
      ...changes,
    });

    /** Creates a session through the form and returns its id. */
    async function create(changes: Record<string, string>) {
      const res = await organizer.post(`${BASE}/sessions/new`, form(changes));
      assert.equal(res.status, 303, (await res.text()).slice(0, 2000));
      const row = await t.handle.db
        .selectFrom("forumSession")
        .selectAll()
        .where("title", "=", changes.title ?? "Quasar scheduling test")
        .orderBy("createdAt", "desc")
        .executeTakeFirstOrThrow();
      return row;
    }

    const programme = async () => (await t.request(`/forum/${SLUG}/programme?day=all`)).text();
    const api = async () => (await t.request(`/api/v1/events/${eventId}/sessions`)).text();
    const ics = async () => (await t.request(`/forum/${SLUG}/programme.ics`)).text();

    before(async () => {
      t = await buildTestApp(dialect);
      await loadEdition(t.handle.db, dstEdition());
      const db = t.handle.db;
      eventId = (await db.selectFrom("forumEvent").select("id").where("slug", "=", SLUG).executeTakeFirstOrThrow()).id;
      roomId = (
        await db
          .selectFrom("forumRoom")
          .select("id")
          .where("eventId", "=", eventId)
          .where("name", "=", "Room 1")
          .executeTakeFirstOrThrow()
      ).id;
      speakerId = (
        await db.selectFrom("forumPerson").select("id").where("name", "=", "Test Speaker").executeTakeFirstOrThrow()
      ).id;
      organizer = await signedUpWithRoles(t, "organizer@example.org", [{ role: "organizer" }]);
    });
    after(() => t?.close());

    test("only organisers and administrators may schedule", async () => {
      const anonymous = await t.request(BASE);
      assert.equal(anonymous.status, 303);
      assert.match(anonymous.headers.get("location") ?? "", /^\/account\/signin/);
      const participant = await signedUp(t, "participant@example.org");
      const reviewer = await signedUpWithRoles(t, "reviewer@example.org", [{ role: "reviewer" }]);
      const admin = await signedUpWithRoles(t, "admin@example.org", [{ role: "admin" }]);
      for (const [who, v, status] of [
        ["participant", participant, 403],
        ["reviewer", reviewer, 403],
        ["organizer", organizer, 200],
        ["admin", admin, 200],
      ] as const) {
        assert.equal((await v.get(BASE)).status, status, `${who} GET`);
        assert.equal((await v.get(`${BASE}/sessions/new`)).status, status, `${who} GET new`);
      }
      // The Forum page leads organisers to scheduling, and nobody else.
      assert.match(await (await organizer.get("/forum")).text(), /href="\/forum\/dst-test-2025\/organize"/);
      assert.doesNotMatch(await (await participant.get("/forum")).text(), /\/organize"/);
      assert.doesNotMatch(await (await t.request("/forum")).text(), /\/organize"/);
      for (const v of [participant, reviewer]) {
        assert.equal((await v.post(`${BASE}/sessions/new`, form({ title: "Refused" }))).status, 403);
        assert.equal((await v.post(`${BASE}/publish`, {})).status, 403);
      }
      const count = await t.handle.db
        .selectFrom("forumSession")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("title", "=", "Refused")
        .executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 0);
      // The organiser's page lists drafts, which the public never sees.
      assert.match(await (await organizer.get(BASE)).text(), /Zanzibarian draft session/);
    });

    test("10:00 on a day after the end of summer time is stored as 09:00Z and shown as 10:00", async () => {
      const row = await create({
        title: "After the change, scheduled",
        day: "2025-10-27",
        start: "10:00",
        end: "11:00",
      });
      assert.equal(row.startsAt, "2025-10-27T09:00:00.000Z");
      assert.equal(row.endsAt, "2025-10-27T10:00:00.000Z");
      assert.equal(row.state, "draft");
      const before = await create({
        title: "Before the change, scheduled",
        day: "2025-10-25",
        start: "10:00",
        end: "11:00",
      });
      assert.equal(before.startsAt, "2025-10-25T08:00:00.000Z");
      const edit = await (await organizer.get(`${BASE}/sessions/${row.id}`)).text();
      assert.match(edit, /name="start" type="time" value="10:00"/);
      assert.match(edit, /name="end" type="time" value="11:00"/);
      assert.equal((await organizer.post(`${BASE}/sessions/${row.id}/publish`, {})).status, 303);
      const shown = await (await t.request(`/forum/${SLUG}/sessions/${row.id}`)).text();
      assert.match(shown, /datetime="2025-10-27T10:00:00\+01:00">10:00\s*–\s*11:00</, "shown in winter time");
      assert.equal((await organizer.post(`${BASE}/sessions/${row.id}/unpublish`, {})).status, 303);
      const audit = await t.handle.db
        .selectFrom("auditEvent")
        .select("action")
        .where("objectId", "=", row.id)
        .execute();
      assert.deepEqual(audit.map((a) => a.action).sort(), [
        "forum.session.create",
        "forum.session.publish",
        "forum.session.unpublish",
      ]);
    });

    test("bad input is refused, names the field and keeps what was typed", async () => {
      const cases: [Record<string, string>, string, RegExp][] = [
        [{ day: "2025-10-30" }, "day", /Choose a day of the event, from 2025-10-24 to 2025-10-27/],
        [{ day: "2025-10-23" }, "day", /Choose a day of the event/],
        [{ start: "11:00", end: "10:00" }, "end", /The end must be later than the start/],
        [{ start: "11:00", end: "11:00" }, "end", /The end must be later than the start/],
        [{ roomId: "00000000-0000-7000-8000-000000000000" }, "roomId", /Choose a room of this event/],
        [{ trackId: "nope" }, "trackId", /Choose a track of this event/],
        [{ typeCode: "juggling" }, "typeCode", /Choose one of the session types/],
        [{ hostPartnerId: "nope" }, "hostPartnerId", /Choose a partner of this event/],
        [{ start: "25:00" }, "start", /Enter a time like 14:00/],
      ];
      for (const [changes, field, message] of cases) {
        const res = await organizer.post(`${BASE}/sessions/new`, form({ title: "Kept title ✓", ...changes }));
        const html = await res.text();
        assert.equal(res.status, 400, JSON.stringify(changes));
        assert.match(html, message, JSON.stringify(changes));
        assert.match(html, new RegExp(`href="#${field}"`), `the summary links to ${field}`);
        assert.match(html, new RegExp(`id="${field}"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="${field}"`));
        assert.match(html, /value="Kept title ✓"/, "the title typed is kept");
      }
      // A room of another event is as unknown as one that does not exist.
      await loadEdition(t.handle.db, { ...dstEdition(), slug: "other-2025", sessions: [], partners: [], people: [] });
      const other = await t.handle.db
        .selectFrom("forumRoom as r")
        .innerJoin("forumEvent as e", "e.id", "r.eventId")
        .select("r.id")
        .where("e.slug", "=", "other-2025")
        .executeTakeFirstOrThrow();
      const res = await organizer.post(`${BASE}/sessions/new`, form({ roomId: other.id }));
      assert.equal(res.status, 400);
      assert.match(await res.text(), /Choose a room of this event/);
    });

    test("two sessions in one room at overlapping times are refused", async () => {
      // "Opening of the test forum" holds Room 1 from 09:00 to 10:00 on 24 October.
      const res = await organizer.post(
        `${BASE}/sessions/new`,
        form({ title: "Clash", roomId, day: "2025-10-24", start: "09:30", end: "10:30" }),
      );
      const html = await res.text();
      assert.equal(res.status, 400);
      assert.match(html, /Room 1 is already booked from 09:00 to 10:00 for “Opening of the test forum”/);
      assert.match(html, /href="#roomId"/);
      // Back to back is fine.
      const next = await create({
        title: "Right after the opening",
        roomId,
        day: "2025-10-24",
        start: "10:00",
        end: "10:30",
      });
      assert.equal(next.roomId, roomId);
      // Moving it onto the opening is refused too.
      const move = await organizer.post(
        `${BASE}/sessions/${next.id}`,
        form({ title: "Right after the opening", roomId, day: "2025-10-24", start: "09:45", end: "10:30" }),
      );
      assert.equal(move.status, 400);
    });

    test("a speaker in two overlapping sessions is warned about, and scheduled only when confirmed", async () => {
      // The Test Speaker is in "Before the change", 10:00–11:00 on 25 October.
      const fields = form({
        title: "Speaker twice",
        day: "2025-10-25",
        start: "10:30",
        end: "11:30",
        person0: speakerId,
        person0Role: "moderator",
        person1Name: "New Person",
        person1Organization: "New Org",
        person1Role: "speaker",
      });
      const warned = await organizer.post(`${BASE}/sessions/new`, fields);
      const html = await warned.text();
      assert.equal(warned.status, 400);
      assert.match(html, /Test Speaker is in “Before the change” at the same time/);
      assert.match(html, /id="confirmConflicts"/);
      assert.match(html, /value="New Person"/, "the new person typed is kept");
      assert.equal(
        (await t.handle.db.selectFrom("forumSession").select("id").where("title", "=", "Speaker twice").execute())
          .length,
        0,
      );
      const row = await create({ ...fields, confirmConflicts: "1" });
      const people = await t.handle.db
        .selectFrom("forumSessionPerson as sp")
        .innerJoin("forumPerson as p", "p.id", "sp.personId")
        .select(["p.name", "p.organization", "sp.role"])
        .where("sp.sessionId", "=", row.id)
        .orderBy("sp.position")
        .execute();
      assert.deepEqual(people, [
        { name: "Test Speaker", organization: "Test Org", role: "moderator" },
        { name: "New Person", organization: "New Org", role: "speaker" },
      ]);
    });

    test("publishing shows a session on the page, in the API and the calendar; unpublishing hides it again", async () => {
      const row = await create({
        title: "Quasar visibility",
        actionLines: "C5",
        roomId,
        day: "2025-10-26",
        start: "09:00",
        end: "10:00",
      });
      const hidden = async () => {
        assert.doesNotMatch(await programme(), /Quasar visibility/);
        assert.doesNotMatch(await api(), /Quasar visibility/);
        assert.doesNotMatch(await ics(), /Quasar visibility/);
        assert.equal((await t.request(`/forum/${SLUG}/sessions/${row.id}`)).status, 404);
        assert.equal((await t.request(`/forum/${SLUG}/sessions/${row.id}.ics`)).status, 404);
      };
      await hidden();
      assert.equal((await organizer.post(`${BASE}/sessions/${row.id}/publish`, {})).status, 303);
      assert.match(await programme(), /Quasar visibility/);
      assert.match(await api(), /Quasar visibility/);
      const found = feedEvents(await ics()).find((e) => e.summary === "Quasar visibility");
      assert.equal(found?.start, "2025-10-26T08:00:00.000Z", "09:00 in winter time is 08:00 UTC");
      const page = await (await t.request(`/forum/${SLUG}/sessions/${row.id}`)).text();
      assert.match(page, /Quasar visibility/);
      assert.doesNotMatch(page, /Changed on/, "a first publication is not a change");
      assert.match(await (await t.request(`/forum/${SLUG}/programme?actionLine=C5`)).text(), /Quasar visibility/);
      assert.equal((await organizer.post(`${BASE}/sessions/${row.id}/unpublish`, {})).status, 303);
      await hidden();
      const actions = await t.handle.db
        .selectFrom("auditEvent")
        .select("action")
        .where("objectId", "=", row.id)
        .orderBy("id")
        .execute();
      // As a set: two audit rows written in one millisecond have ids in no fixed order.
      assert.deepEqual(actions.map((a) => a.action).sort(), [
        "forum.session.create",
        "forum.session.publish",
        "forum.session.unpublish",
      ]);
    });

    test("a change to a published session bumps its version and shows it as changed", async () => {
      const row = await create({ title: "Quasar change", day: "2025-10-26", start: "16:00", end: "17:00" });
      await organizer.post(`${BASE}/sessions/${row.id}/publish`, {});
      const published = await t.handle.db
        .selectFrom("forumSession")
        .selectAll()
        .where("id", "=", row.id)
        .executeTakeFirstOrThrow();
      assert.equal(published.version, 1);
      assert.equal(published.changedAt, null);
      // Saving without a change is not a change.
      await organizer.post(
        `${BASE}/sessions/${row.id}`,
        form({ title: "Quasar change", day: "2025-10-26", start: "16:00", end: "17:00" }),
      );
      assert.equal(
        (
          await t.handle.db
            .selectFrom("forumSession")
            .select("version")
            .where("id", "=", row.id)
            .executeTakeFirstOrThrow()
        ).version,
        1,
      );
      t.clock.advance(60_000);
      const res = await organizer.post(
        `${BASE}/sessions/${row.id}`,
        form({ title: "Quasar change", day: "2025-10-26", start: "16:30", end: "17:30" }),
      );
      assert.equal(res.status, 303);
      const changed = await t.handle.db
        .selectFrom("forumSession")
        .selectAll()
        .where("id", "=", row.id)
        .executeTakeFirstOrThrow();
      assert.equal(changed.version, 2);
      assert.ok(changed.changedAt);
      assert.equal(changed.startsAt, "2025-10-26T15:30:00.000Z");
      assert.match(await (await t.request(`/forum/${SLUG}/sessions/${row.id}`)).text(), /Changed on/);
      const json = (await (await t.request(`/api/v1/events/${eventId}/sessions`)).json()) as {
        data: { id: string; version: number; changedAt: string | null }[];
      };
      const inApi = json.data.find((s) => s.id === row.id);
      assert.equal(inApi?.version, 2);
      assert.equal(inApi?.changedAt, changed.changedAt);
      const audit = await t.handle.db
        .selectFrom("auditEvent")
        .select(["action", "after"])
        .where("objectId", "=", row.id)
        .where("action", "=", "forum.session.update")
        .execute();
      assert.equal(audit.length, 2);
    });

    test("publishing the programme publishes every draft of the event", async () => {
      const res = await organizer.post(`${BASE}/publish`, {});
      assert.equal(res.status, 303);
      const drafts = await t.handle.db
        .selectFrom("forumSession")
        .select("title")
        .where("eventId", "=", eventId)
        .where("state", "=", "draft")
        .execute();
      assert.deepEqual(drafts, []);
      assert.match(await programme(), /Zanzibarian draft session/);
      assert.match(await programme(), /Quasar visibility/);
      const audit = await t.handle.db
        .selectFrom("auditEvent")
        .select("action")
        .where("objectId", "=", eventId)
        .execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        ["forum.programme.publish"],
      );
    });
  });
}
