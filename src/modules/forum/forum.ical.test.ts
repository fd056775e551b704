import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { escapeText, foldLine, renderCalendar } from "./ical.ts";

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
