import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import ICAL from "ical.js";
import { sql } from "kysely";
import { signedUp, signedUpWithRoles } from "../../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../../test/support/app.ts";
import type { Visitor } from "../../../../test/support/browser-like.ts";
import { testDialects } from "../../../../test/support/databases.ts";
import { dstEdition } from "../forum.fixtures.ts";
import { loadEdition } from "../forum.seed.ts";

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
      assert.match(edit, /name="start" type="text"[^>]*value="10:00"/);
      assert.match(edit, /name="end" type="text"[^>]*value="11:00"/);
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

    // The edition's vocabularies: tracks, rooms, partner tiers and partners.

    const rowOf = async (table: "forumRoom" | "forumTrack" | "forumPartnerTier" | "forumPartner", name: string) =>
      t.handle.db
        .selectFrom(table)
        .selectAll()
        .where("eventId", "=", eventId)
        .where("name", "=", name)
        .executeTakeFirst();
    const auditActions = async (objectId: string) =>
      (await t.handle.db.selectFrom("auditEvent").select("action").where("objectId", "=", objectId).execute())
        .map((a) => a.action)
        .sort();

    /** A refused form: 400, the message, the summary linking to the field, the field marked, what was typed kept. */
    async function refused(path: string, fields: Record<string, string>, field: string, message: RegExp) {
      const res = await organizer.post(path, fields);
      const html = await res.text();
      const what = `${path} ${JSON.stringify(fields)}`;
      assert.equal(res.status, 400, what);
      assert.match(html, message, what);
      assert.match(html, new RegExp(`href="#${field}"`), `the summary links to ${field}: ${what}`);
      assert.match(html, new RegExp(`id="${field}"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="${field}"`));
      for (const [name, value] of Object.entries(fields)) {
        if (name !== "tierId" && value) {
          const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/&/g, "&amp;");
          assert.match(html, new RegExp(`name="${name}"[^>]*value="${escaped}"`), `${name} kept: ${what}`);
        }
      }
    }

    test("only organisers may manage the edition's tracks, rooms, tiers and partners", async () => {
      const plain = await signedUp(t, "plain@example.org");
      const room = await rowOf("forumRoom", "Room 1");
      assert.ok(room);
      for (const kind of ["tracks", "rooms", "tiers", "partners"]) {
        const anonymous = await t.request(`${BASE}/${kind}`);
        assert.equal(anonymous.status, 303, kind);
        assert.match(anonymous.headers.get("location") ?? "", /^\/account\/signin/);
        assert.equal((await plain.get(`${BASE}/${kind}`)).status, 403, kind);
        assert.equal((await plain.get(`${BASE}/${kind}/new`)).status, 403, kind);
        assert.equal((await plain.post(`${BASE}/${kind}/new`, { name: "Refused", code: "refused" })).status, 403);
        assert.equal((await organizer.get(`${BASE}/${kind}`)).status, 200, kind);
        assert.equal((await organizer.get(`${BASE}/${kind}/new`)).status, 200, kind);
      }
      assert.equal((await plain.post(`${BASE}/rooms/${room.id}`, { name: "Hijacked" })).status, 403);
      assert.equal((await plain.post(`${BASE}/rooms/${room.id}/delete`, {})).status, 403);
      const visitor = await t.request(`${BASE}/rooms/${room.id}/delete`, {
        method: "POST",
        headers: { origin: "http://localhost:3000", "content-type": "application/x-www-form-urlencoded" },
        body: "",
      });
      assert.equal(visitor.status, 303);
      assert.match(visitor.headers.get("location") ?? "", /^\/account\/signin/);
      assert.equal((await rowOf("forumRoom", "Room 1"))?.id, room.id, "nothing changed");
      assert.equal(await rowOf("forumRoom", "Refused"), undefined);
      // The scheduling page leads to each list.
      const page = await (await organizer.get(BASE)).text();
      for (const kind of ["tracks", "rooms", "tiers", "partners"]) {
        assert.match(page, new RegExp(`href="${BASE}/${kind}"`));
      }
    });

    test("rooms: added with a capacity, edited, and refused with the field named when wrong", async () => {
      const res = await organizer.post(`${BASE}/rooms/new`, { name: "Room 2", capacity: "120", position: "" });
      assert.equal(res.status, 303);
      assert.equal(res.headers.get("location"), `${BASE}/rooms?done=saved`);
      const room = await rowOf("forumRoom", "Room 2");
      assert.equal(room?.capacity, 120);
      assert.ok((room?.position ?? 0) > ((await rowOf("forumRoom", "Room 1"))?.position ?? 0), "after Room 1");
      const list = await (await organizer.get(`${BASE}/rooms?done=saved`)).text();
      assert.match(list, /Room 2/);
      assert.match(list, /Your change has been saved/);
      const cases: [Record<string, string>, string, RegExp][] = [
        [{ name: "Room 3", capacity: "0" }, "capacity", /Enter the number of seats as a whole number of at least 1/],
        [{ name: "Room 3", capacity: "-4" }, "capacity", /whole number of at least 1/],
        [{ name: "Room 3", capacity: "12.5" }, "capacity", /whole number of at least 1/],
        [{ name: "Room 3", capacity: "lots" }, "capacity", /whole number of at least 1/],
        [{ name: "", capacity: "40" }, "name", /Enter this information/],
        [{ name: "x".repeat(201), capacity: "40" }, "name", /Too long: enter at most 200 characters\./],
        [{ name: "  room   1 ", capacity: "40" }, "name", /Another one of this edition already has this name/],
        [{ name: "Room 3", capacity: "40", position: "first" }, "position", /Enter a whole number/],
      ];
      for (const [fields, field, message] of cases) await refused(`${BASE}/rooms/new`, fields, field, message);
      assert.equal(await rowOf("forumRoom", "Room 3"), undefined);
      // Editing: the form shows the room; a new name and capacity are saved, its own name is no clash.
      assert.ok(room);
      const form = await (await organizer.get(`${BASE}/rooms/${room.id}`)).text();
      assert.match(form, /name="name"[^>]*value="Room 2"/);
      assert.match(form, /name="capacity"[^>]*value="120"/);
      assert.equal((await organizer.post(`${BASE}/rooms/${room.id}`, { name: "Room 2", capacity: "150" })).status, 303);
      assert.equal((await rowOf("forumRoom", "Room 2"))?.capacity, 150);
      await refused(`${BASE}/rooms/${room.id}`, { name: "Room 1", capacity: "150" }, "name", /already has this name/);
      assert.deepEqual(await auditActions(room.id), ["forum.room.create", "forum.room.update"]);
      // The new room is offered in the session form, with its capacity.
      assert.match(await (await organizer.get(`${BASE}/sessions/new`)).text(), /Room 2 \(150\)/);
      // An id of nothing here is not found.
      assert.equal((await organizer.get(`${BASE}/rooms/00000000-0000-7000-8000-000000000000`)).status, 404);
    });

    test("tracks: added, renamed (old translations dropped) and validated", async () => {
      const res = await organizer.post(`${BASE}/tracks/new`, { code: "Forum", name: "Forum Track", position: "" });
      assert.equal(res.status, 303);
      const track = await rowOf("forumTrack", "Forum Track");
      assert.equal(track?.code, "forum", "codes are lower-cased");
      assert.equal(track?.nameTranslations, null);
      const cases: [Record<string, string>, string, RegExp][] = [
        [{ code: "bad code!", name: "Knowledge Café" }, "code", /Use lowercase letters, digits and hyphens only/],
        [{ code: "", name: "Knowledge Café" }, "code", /Enter this information/],
        [{ code: "main", name: "Knowledge Café" }, "code", /Another one of this edition already has this code/],
        [{ code: "cafe", name: "main track" }, "name", /Another one of this edition already has this name/],
        [{ code: "cafe", name: "" }, "name", /Enter this information/],
      ];
      for (const [fields, field, message] of cases) await refused(`${BASE}/tracks/new`, fields, field, message);
      assert.equal((await organizer.post(`${BASE}/tracks/new`, { code: "cafe", name: "Knowledge Café" })).status, 303);
      assert.equal((await rowOf("forumTrack", "Knowledge Café"))?.position, (track?.position ?? 0) + 1, "put last");
      // The seeded track keeps its translations while its name stays; a new name drops them.
      const main = await rowOf("forumTrack", "Main Track");
      assert.ok(main?.nameTranslations);
      await organizer.post(`${BASE}/tracks/${main.id}`, { code: "main", name: "Main Track", position: "1" });
      assert.equal((await rowOf("forumTrack", "Main Track"))?.nameTranslations, main.nameTranslations);
      await organizer.post(`${BASE}/tracks/${main.id}`, { code: "main", name: "High-Level Track", position: "1" });
      const renamed = await rowOf("forumTrack", "High-Level Track");
      assert.equal(renamed?.id, main.id);
      assert.equal(renamed?.nameTranslations, null);
      assert.match(await (await organizer.get(`${BASE}/sessions/new`)).text(), /Knowledge Café/);
      assert.deepEqual(await auditActions(main.id), ["forum.track.update", "forum.track.update"]);
    });

    test("partner tiers and partners: added, validated, shown on the partners page", async () => {
      await refused(`${BASE}/tiers/new`, { code: "platinum", name: "Platinum", rank: "0" }, "rank", /from 1/);
      await refused(`${BASE}/tiers/new`, { code: "platinum", name: "Platinum", rank: "" }, "rank", /Enter this/);
      await refused(
        `${BASE}/tiers/new`,
        { code: "gold", name: "Platinum", rank: "1" },
        "code",
        /already has this code/,
      );
      assert.equal(
        (await organizer.post(`${BASE}/tiers/new`, { code: "platinum", name: "Platinum partners", rank: "1" })).status,
        303,
      );
      const tier = await rowOf("forumPartnerTier", "Platinum partners");
      assert.equal(tier?.rank, 1);
      assert.ok(tier);
      const partner = (changes: Record<string, string>) => ({
        name: "Acme Networks",
        tierId: tier.id,
        website: "https://acme.example.org/",
        logoUrl: "https://acme.example.org/logo.png",
        ...changes,
      });
      await refused(`${BASE}/partners/new`, partner({ website: "acme networks" }), "website", /starts with https/);
      await refused(`${BASE}/partners/new`, partner({ logoUrl: "javascript:alert(1)" }), "logoUrl", /https/);
      await refused(`${BASE}/partners/new`, partner({ name: "test partner" }), "name", /already has this name/);
      await refused(`${BASE}/partners/new`, partner({ tierId: "nope" }), "tierId", /Choose a tier of this edition/);
      assert.equal((await organizer.post(`${BASE}/partners/new`, partner({}))).status, 303);
      const saved = await rowOf("forumPartner", "Acme Networks");
      assert.equal(saved?.tierId, tier.id);
      assert.equal(saved?.logoUrl, "https://acme.example.org/logo.png");
      assert.ok(saved);
      assert.match(await (await t.request(`/forum/${SLUG}/partners`)).text(), /Acme Networks/);
      assert.deepEqual(await auditActions(tier.id), ["forum.partnerTier.create"]);
      assert.deepEqual(await auditActions(saved.id), ["forum.partner.create"]);
      // Out of the tier, into none: the partner stays.
      await organizer.post(`${BASE}/partners/${saved.id}`, partner({ tierId: "" }));
      assert.equal((await rowOf("forumPartner", "Acme Networks"))?.tierId, null);
    });

    test("deleting what something still uses is refused with the reason; the rest is deleted and audited", async () => {
      const inUse: [string, "forumRoom" | "forumTrack" | "forumPartnerTier" | "forumPartner", string, RegExp][] = [
        ["rooms", "forumRoom", "Room 1", /sessions are scheduled in “Room 1”, so it was not deleted/],
        ["tracks", "forumTrack", "High-Level Track", /sessions are in the track “High-Level Track”/],
        ["tiers", "forumPartnerTier", "Gold partners", /1 partner is in the tier “Gold partners”/],
        ["partners", "forumPartner", "Test Partner", /“Test Partner” hosts 1 session, so it was not deleted/],
      ];
      for (const [kind, table, name, message] of inUse) {
        const row = await rowOf(table, name);
        assert.ok(row, name);
        const res = await organizer.post(`${BASE}/${kind}/${row.id}/delete`, {});
        assert.equal(res.status, 409, name);
        const html = await res.text();
        assert.match(html, message);
        assert.match(html, /role="alert"/);
        assert.ok(await rowOf(table, name), `${name} is still there`);
      }
      for (const [kind, table, name] of [
        ["rooms", "forumRoom", "Room 2"],
        ["tracks", "forumTrack", "Knowledge Café"],
        ["partners", "forumPartner", "Acme Networks"],
        ["tiers", "forumPartnerTier", "Platinum partners"],
      ] as const) {
        const row = await rowOf(table, name);
        assert.ok(row, name);
        const res = await organizer.post(`${BASE}/${kind}/${row.id}/delete`, {});
        assert.equal(res.status, 303, name);
        assert.equal(res.headers.get("location"), `${BASE}/${kind}?done=deleted`);
        assert.equal(await rowOf(table, name), undefined);
        assert.ok(
          (await auditActions(row.id)).some((a) => a.endsWith(".delete")),
          name,
        );
      }
      // A room of another edition is not found from this one.
      const other = await t.handle.db
        .selectFrom("forumRoom as r")
        .innerJoin("forumEvent as e", "e.id", "r.eventId")
        .select("r.id")
        .where("e.slug", "=", "other-2025")
        .executeTakeFirstOrThrow();
      assert.equal((await organizer.post(`${BASE}/rooms/${other.id}/delete`, {})).status, 404);
    });

    // Two transactions at once need two connections: PostgreSQL only. (SQLite runs one write transaction at a
    // time, so there the count and the delete cannot be separated.)
    if (dialect.name === "postgres")
      test("a room given to a session while it is being deleted stays, and so does the session's room", async () => {
        const db = t.handle.db;
        assert.equal((await organizer.post(`${BASE}/rooms/new`, { name: "Room race", capacity: "10" })).status, 303);
        const room = await rowOf("forumRoom", "Room race");
        assert.ok(room);
        const session = await create({ title: "Quasar race session" });
        assert.equal(session.roomId, null);
        await db.connection().execute(async (other) => {
          // Another organiser gives the session this room and has not committed yet when the delete comes in.
          await sql`begin`.execute(other);
          await other.updateTable("forumSession").set({ roomId: room.id }).where("id", "=", session.id).execute();
          const deleting = organizer.post(`${BASE}/rooms/${room.id}/delete`, {});
          await new Promise((resolve) => setTimeout(resolve, 300));
          await sql`commit`.execute(other);
          const res = await deleting;
          assert.equal(res.status, 409, "refused: the room is in use by the time the delete may go on");
          assert.match(await res.text(), /scheduled in “Room race”, so it was not deleted/);
        });
        assert.ok(await rowOf("forumRoom", "Room race"), "the room is still there");
        const after = await db
          .selectFrom("forumSession")
          .select("roomId")
          .where("id", "=", session.id)
          .executeTakeFirst();
        assert.equal(after?.roomId, room.id, "the session keeps its room");
      });

    test("a reception from 19:00 to 01:00 ends the next day when that box is ticked, and only then", async () => {
      await organizer.post(`${BASE}/rooms/new`, { name: "Terrace", capacity: "300" });
      const terrace = await rowOf("forumRoom", "Terrace");
      assert.ok(terrace);
      const reception = { title: "Evening reception", typeCode: "reception", roomId: terrace.id, day: "2025-10-24" };
      const without = await organizer.post(
        `${BASE}/sessions/new`,
        form({ ...reception, start: "19:00", end: "01:00" }),
      );
      const html = await without.text();
      assert.equal(without.status, 400);
      assert.match(html, /The end must be later than the start\. For a session that ends after midnight, tick/);
      assert.match(html, /href="#end"/);
      assert.match(html, /value="Evening reception"/);
      const tooLong = await organizer.post(
        `${BASE}/sessions/new`,
        form({ ...reception, start: "10:00", end: "11:00", endsNextDay: "1" }),
      );
      assert.equal(tooLong.status, 400);
      assert.match(await tooLong.text(), /A session may last at most 24 hours/);
      const row = await create({ ...reception, start: "19:00", end: "01:00", endsNextDay: "1" });
      assert.equal(row.startsAt, "2025-10-24T17:00:00.000Z", "19:00 summer time");
      assert.equal(row.endsAt, "2025-10-24T23:00:00.000Z", "01:00 on the 25th, summer time");
      const edit = await (await organizer.get(`${BASE}/sessions/${row.id}`)).text();
      assert.match(edit, /name="end" type="text"[^>]*value="01:00"/);
      assert.match(edit, /name="endsNextDay" value="1" checked/);
      assert.match(await (await organizer.get(BASE)).text(), /19:00–01:00\s*\(\+1 day\)/);
      // The room is taken after midnight too.
      const clash = await organizer.post(
        `${BASE}/sessions/new`,
        form({ title: "After-party", roomId: terrace.id, day: "2025-10-25", start: "00:30", end: "02:00" }),
      );
      assert.equal(clash.status, 400);
      assert.match(await clash.text(), /Terrace is already booked from 19:00 to 01:00 for “Evening reception”/);
      // The seeded night across the change of time (23:00 summer → 04:00 winter) is saved unchanged from its form.
      const night = await t.handle.db
        .selectFrom("forumSession")
        .selectAll()
        .where("title", "=", "Night hackathon")
        .executeTakeFirstOrThrow();
      const nightForm = await (await organizer.get(`${BASE}/sessions/${night.id}`)).text();
      assert.match(nightForm, /name="endsNextDay" value="1" checked/);
      const res = await organizer.post(
        `${BASE}/sessions/${night.id}`,
        form({
          title: "Night hackathon",
          description: night.description,
          typeCode: night.typeCode,
          trackId: night.trackId ?? "",
          roomId: night.roomId ?? "",
          hostPartnerId: night.hostPartnerId ?? "",
          day: "2025-10-25",
          start: "23:00",
          end: "04:00",
          endsNextDay: "1",
        }),
      );
      assert.equal(res.status, 303);
      const after = await t.handle.db
        .selectFrom("forumSession")
        .select(["startsAt", "endsAt", "version"])
        .where("id", "=", night.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(after, { startsAt: night.startsAt, endsAt: night.endsAt, version: night.version });
      // Published, it is on the programme of the day it starts, not of the next.
      assert.equal((await organizer.post(`${BASE}/sessions/${row.id}/publish`, {})).status, 303);
      assert.match(await (await t.request(`/forum/${SLUG}/programme?day=2025-10-24`)).text(), /Evening reception/);
      assert.doesNotMatch(
        await (await t.request(`/forum/${SLUG}/programme?day=2025-10-25`)).text(),
        /Evening reception/,
      );
    });

    test("a speaker typed again by name is the person already known, so the conflict warning fires", async () => {
      const typed = (changes: Record<string, string>) =>
        form({ title: "Typed speaker", day: "2025-10-25", start: "10:15", end: "10:45", ...changes });
      const countSpeakers = async () =>
        Number(
          (
            await t.handle.db
              .selectFrom("forumPerson")
              .select((eb) => eb.fn.countAll<number>().as("n"))
              .where("name", "=", "Test Speaker")
              .executeTakeFirstOrThrow()
          ).n,
        );
      // Case, accents and spacing aside; with or without the same organisation.
      for (const changes of [
        { person0Name: "  tést   SPEAKER ", person0Organization: "" },
        { person0Name: "Test Speaker", person0Organization: "TEST org" },
      ]) {
        const res = await organizer.post(`${BASE}/sessions/new`, typed(changes));
        const html = await res.text();
        assert.equal(res.status, 400, JSON.stringify(changes));
        assert.match(html, /Test Speaker is in “Before the change” at the same time/);
        assert.match(html, /value=" {2}tést {3}SPEAKER "|value="Test Speaker"/, "the name typed is kept");
      }
      const row = await create(typed({ person0Name: "Test  speaker", person0Role: "speaker", confirmConflicts: "1" }));
      const links = await t.handle.db
        .selectFrom("forumSessionPerson")
        .select("personId")
        .where("sessionId", "=", row.id)
        .execute();
      assert.deepEqual(links, [{ personId: speakerId }], "the known person, not a new one");
      assert.equal(await countSpeakers(), 1);
      // Another organisation is another person: no warning, a new person.
      const other = await create(
        typed({ title: "Namesake", person0Name: "Test Speaker", person0Organization: "Another Org" }),
      );
      assert.equal(await countSpeakers(), 2);
      const namesake = await t.handle.db
        .selectFrom("forumSessionPerson")
        .select("personId")
        .where("sessionId", "=", other.id)
        .executeTakeFirstOrThrow();
      assert.notEqual(namesake.personId, speakerId);
      // Now the bare name could be either: the organiser is asked to choose.
      const ambiguous = await organizer.post(
        `${BASE}/sessions/new`,
        typed({ title: "Which one", person0Name: "test speaker" }),
      );
      assert.equal(ambiguous.status, 400);
      assert.match(await ambiguous.text(), /Several people are called test speaker/);
    });
  });
}
