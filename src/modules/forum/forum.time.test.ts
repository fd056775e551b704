import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { escapeText, foldLine, renderCalendar } from "./ical.ts";
import { dayBounds, isTimeZone, localIso, zonedTimeToUtc } from "./time.ts";

describe("wall-clock times in an IANA zone", () => {
  test("Geneva in summer and in winter", () => {
    assert.equal(zonedTimeToUtc("2025-07-09", "14:00", "Europe/Zurich").toISOString(), "2025-07-09T12:00:00.000Z");
    assert.equal(zonedTimeToUtc("2025-12-01", "14:00", "Europe/Zurich").toISOString(), "2025-12-01T13:00:00.000Z");
    assert.equal(zonedTimeToUtc("2025-07-09", "14:00", "Asia/Kolkata").toISOString(), "2025-07-09T08:30:00.000Z");
    assert.equal(localIso("2025-07-09T12:00:00.000Z", "Europe/Zurich"), "2025-07-09T14:00:00+02:00");
    assert.equal(localIso("2025-07-09T12:00:00.000Z", "America/New_York"), "2025-07-09T08:00:00-04:00");
  });

  test("the hour that happens twice is the first; the hour that never happens moves forward", () => {
    // 26 October 2025: 03:00 CEST becomes 02:00 CET, so 02:30 happens at 00:30Z and again at 01:30Z.
    assert.equal(zonedTimeToUtc("2025-10-26", "02:30", "Europe/Zurich").toISOString(), "2025-10-26T00:30:00.000Z");
    // 30 March 2025: 02:00 CET becomes 03:00 CEST; 02:30 does not exist and reads as 03:30 CEST.
    assert.equal(zonedTimeToUtc("2025-03-30", "02:30", "Europe/Zurich").toISOString(), "2025-03-30T01:30:00.000Z");
  });

  test("a day across the change lasts 25 hours", () => {
    const { from, to } = dayBounds("2025-10-26", "Europe/Zurich");
    assert.equal(from, "2025-10-25T22:00:00.000Z");
    assert.equal(to, "2025-10-26T23:00:00.000Z");
    assert.equal((Date.parse(to) - Date.parse(from)) / 3600_000, 25);
  });

  test("zone names are checked", () => {
    assert.equal(isTimeZone("Europe/Zurich"), true);
    assert.equal(isTimeZone("UTC"), true);
    assert.equal(isTimeZone("Mars/Olympus"), false);
    assert.equal(isTimeZone("../../etc"), false);
  });
});

describe("iCalendar text", () => {
  test("TEXT values escape backslash, semicolon, comma and line breaks", () => {
    assert.equal(escapeText("a,b;c\\d\r\ne\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
  });

  test("lines fold at 75 octets without splitting a UTF-8 character", () => {
    const line = `DESCRIPTION:${"é中".repeat(40)}`;
    const folded = foldLine(line).split("\r\n");
    assert.ok(folded.length > 1);
    for (const [i, part] of folded.entries()) {
      assert.ok(Buffer.byteLength(part, "utf8") <= 75, `line ${i} is ${Buffer.byteLength(part, "utf8")} octets`);
      if (i > 0) assert.ok(part.startsWith(" "));
    }
    assert.equal(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join(""), line);
    assert.equal(foldLine("SHORT:line"), "SHORT:line");
  });

  test("a calendar is CRLF throughout, UTC times end in Z", () => {
    const text = renderCalendar({
      name: "Test",
      events: [
        {
          uid: "x@example.org",
          start: "2025-10-25T21:00:00.000Z",
          end: "2025-10-26T03:00:00.000Z",
          stamp: "2025-10-01T00:00:00.000Z",
          sequence: 0,
          summary: "Night",
          description: "Two\nlines",
          location: null,
          url: "https://example.org/a,b",
          categories: ["Workshop", "A, B"],
        },
      ],
    });
    assert.match(text, /\r\nDTSTART:20251025T210000Z\r\nDTEND:20251026T030000Z\r\n/);
    assert.match(text, /\r\nDESCRIPTION:Two\\nlines\r\n/);
    assert.match(text, /\r\nCATEGORIES:Workshop,A\\, B\r\n/);
    assert.match(text, /\r\nURL:https:\/\/example.org\/a,b\r\n/);
    assert.doesNotMatch(text.replace(/\r\n/g, ""), /\n/);
  });
});
