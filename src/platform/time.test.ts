import assert from "node:assert/strict";
import { describe, test } from "node:test";
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
