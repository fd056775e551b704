// iCalendar (RFC 5545) written by hand: the format is small, and what matters is exact — CRLF line ends, lines
// folded at 75 octets without splitting a UTF-8 character, TEXT values escaped. Times are UTC ("…Z"), which
// every calendar program converts to its reader's zone, so no VTIMEZONE is needed.

export interface CalendarEvent {
  /** Globally unique and stable: the same session keeps its UID across downloads. */
  uid: string;
  /** UTC instants (ISO 8601). */
  start: string;
  end: string;
  /** When this version of the event was last changed: DTSTAMP and LAST-MODIFIED. */
  stamp: string;
  sequence: number;
  summary: string;
  description: string;
  location: string | null;
  url: string;
  categories: string[];
}

export interface Calendar {
  /** Shown by calendar programs as the calendar's name. */
  name: string;
  events: CalendarEvent[];
}

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** A content line folded so no line is longer than 75 octets; continuation lines start with a space (§3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // The first line may hold 75 octets; the others 74 after their leading space.
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

/** 20250709T120000Z */
export function utcStamp(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

export function renderCalendar(calendar: Calendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//WSIS Platform//Forum programme//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ];
  for (const e of calendar.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(e.stamp)}`,
      `LAST-MODIFIED:${utcStamp(e.stamp)}`,
      `SEQUENCE:${e.sequence}`,
      `DTSTART:${utcStamp(e.start)}`,
      `DTEND:${utcStamp(e.end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      `URL:${e.url}`,
      ...(e.categories.length > 0 ? [`CATEGORIES:${e.categories.map(escapeText).join(",")}`] : []),
      "STATUS:CONFIRMED",
      "TRANSP:OPAQUE",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
