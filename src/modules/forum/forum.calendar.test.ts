import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import ICAL from "ical.js";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { AWKWARD_TITLE, dstEdition, LONG_DESCRIPTION, SECRET_WORD } from "./forum.fixtures.ts";
import { loadEdition, loadForumDemo } from "./forum.seed.ts";

/** The feed's events as an independent parser (Mozilla's ical.js) reads them. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendar,
    events: calendar.getAllSubcomponents("vevent").map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        summary: e.summary,
        description: e.description,
        location: e.location,
        start: e.startDate.toJSDate().toISOString(),
        end: e.endDate.toJSDate().toISOString(),
        stamp: String(v.getFirstPropertyValue("dtstamp")),
        url: String(v.getFirstPropertyValue("url")),
      };
    }),
  };
}

/** RFC 5545 §3.1: CRLF line ends, no line longer than 75 octets, continuation lines start with a space. */
function assertWellFormed(text: string) {
  assert.ok(text.endsWith("\r\n"), "ends with CRLF");
  assert.doesNotMatch(text.replace(/\r\n/g, ""), /[\r\n]/, "no bare CR or LF");
  for (const line of text.split("\r\n").slice(0, -1)) {
    assert.ok(Buffer.byteLength(line, "utf8") <= 75, `too long: ${line}`);
    assert.ok(!line.includes("\uFFFD"), "no broken character");
  }
}

for (const dialect of await testDialects()) {
  describe(`Forum iCalendar feeds [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
      await loadForumDemo(t.handle.db);
      await loadEdition(t.handle.db, dstEdition());
    });
    after(() => t?.close());

    test("the whole programme parses, with every published session at its UTC instants", async () => {
      const res = await t.request("/forum/dst-test-2025/programme.ics");
      assert.equal(res.status, 200);
      assert.match(res.headers.get("content-type") ?? "", /^text\/calendar; charset=utf-8/);
      const text = await res.text();
      assertWellFormed(text);
      const { calendar, events } = parse(text);
      assert.equal(calendar.getFirstPropertyValue("version"), "2.0");
      assert.ok(calendar.getFirstPropertyValue("prodid"));
      const bySummary = Object.fromEntries(events.map((e) => [e.summary, e]));
      assert.deepEqual(
        Object.keys(bySummary).sort(),
        [AWKWARD_TITLE, "After the change", "Before the change", "Night hackathon", "Opening of the test forum"].sort(),
      );
      assert.ok(!text.includes(SECRET_WORD), "the draft session is not in the feed");
      // Across the end of summer time: 23:00 CEST to 04:00 CET is 21:00Z to 03:00Z, six hours.
      assert.equal(bySummary["Night hackathon"]?.start, "2025-10-25T21:00:00.000Z");
      assert.equal(bySummary["Night hackathon"]?.end, "2025-10-26T03:00:00.000Z");
      assert.equal(bySummary["Before the change"]?.start, "2025-10-25T08:00:00.000Z");
      assert.equal(bySummary["After the change"]?.start, "2025-10-27T09:00:00.000Z");
      assert.equal(bySummary["After the change"]?.end, "2025-10-27T10:00:00.000Z");
      // Escaped commas, semicolons, backslashes and new lines, and folded multi-byte text, come back intact.
      assert.equal(bySummary[AWKWARD_TITLE]?.description, LONG_DESCRIPTION);
      assert.equal(bySummary["Night hackathon"]?.location, "Room 1, Test Centre, Geneva");
      for (const e of events) {
        assert.match(e.uid, /^forum-session-[0-9a-f-]{36}@localhost$/);
        assert.match(e.stamp, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        assert.match(e.url, /^http:\/\/localhost:3000\/forum\/dst-test-2025\/sessions\/[0-9a-f-]{36}$/);
      }
      // Stable: the same UIDs and stamps on the next download.
      const again = parse(await (await t.request("/forum/dst-test-2025/programme.ics")).text()).events;
      assert.deepEqual(
        again.map((e) => [e.uid, e.stamp]),
        events.map((e) => [e.uid, e.stamp]),
      );
    });

    test("one session's feed: the demo's AI Governance Day, 14:00–18:00 in Geneva", async () => {
      const api = (await (await t.request("/api/v1/events/wsis-hle-2025/sessions?q=AI%20Governance")).json()) as {
        data: { id: string }[];
      };
      const id = api.data[0]?.id;
      assert.ok(id);
      const text = await (await t.request(`/forum/wsis-hle-2025/sessions/${id}.ics`)).text();
      assertWellFormed(text);
      const { events } = parse(text);
      assert.equal(events.length, 1);
      assert.equal(events[0]?.summary, "AI Governance Day");
      assert.equal(events[0]?.start, "2025-07-10T12:00:00.000Z");
      assert.equal(events[0]?.end, "2025-07-10T16:00:00.000Z");
      assert.equal(events[0]?.uid, `forum-session-${id}@localhost`);
    });

    test("the programme feed takes the page's filters", async () => {
      const text = await (await t.request("/forum/wsis-hle-2025/programme.ics?type=lunch")).text();
      assert.deepEqual(
        parse(text)
          .events.map((e) => e.summary)
          .sort(),
        ["High-Level Lunch by Diamond partner", "High-Level Lunch by Platinum partner"],
      );
      assert.equal(parse(await (await t.request("/forum/wsis-hle-2025/programme.ics")).text()).events.length, 39);
    });
  });
}
