// Wall-clock times in an event's IANA zone ↔ UTC instants, with Intl only (full ICU, no time-zone library).
// Sessions are stored as UTC instants; days, slots and what people read are in the event's zone.

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(zone, f);
  }
  return f;
}

/** The wall clock in `zone` at `instant`: year, month (1–12), day, hour, minute, second. */
export function wallClock(instant: Date, zone: string) {
  const values: Record<string, number> = {};
  for (const part of partsFormatter(zone).formatToParts(instant)) {
    if (part.type !== "literal") values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

/** Minutes to add to UTC to get the wall clock in `zone` at `instant` (+120 for Geneva in July). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const w = wallClock(instant, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant when the wall clock in `zone` reads `date` `time` ("2025-07-09", "14:00"). A time that happens twice
 * (the hour repeated when summer time ends) is the first of the two; one that never happens (the hour skipped when
 * it starts) moves forward by the gap, as calendar programs do.
 */
export function zonedTimeToUtc(date: string, time: string, zone: string): Date {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  const [hh = 0, mm = 0] = time.split(":").map(Number);
  const local = Date.UTC(y, m - 1, d, hh, mm);
  // The offset an hour before and after the guess: where they differ, the earlier offset gives the first reading.
  const before = zoneOffsetMinutes(new Date(local - 3600_000 * 3), zone);
  const after = zoneOffsetMinutes(new Date(local + 3600_000 * 3), zone);
  for (const offset of [before, after]) {
    const candidate = new Date(local - offset * 60_000);
    if (zoneOffsetMinutes(candidate, zone) === offset) return candidate;
  }
  return new Date(local - before * 60_000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** YYYY-MM-DD of `instant` in `zone`. */
export function localDate(instant: Date | string, zone: string): string {
  const w = wallClock(new Date(instant), zone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** HH:MM of `instant` in `zone`. */
export function localTime(instant: Date | string, zone: string): string {
  const w = wallClock(new Date(instant), zone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** ISO 8601 with the zone's offset at that instant: "2025-07-09T14:00:00+02:00" (schema.org, the API). */
export function localIso(instant: Date | string, zone: string): string {
  const at = new Date(instant);
  const w = wallClock(at, zone);
  const offset = zoneOffsetMinutes(at, zone);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The day after a YYYY-MM-DD date. */
export function nextDay(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Every date from `first` to `last`, both included. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let d = first; d <= last && days.length < 366; d = nextDay(d)) days.push(d);
  return days;
}

/** The UTC instants at which `date` begins and the next day begins in `zone` (23 or 25 hours apart at a change). */
export function dayBounds(date: string, zone: string): { from: string; to: string } {
  return {
    from: zonedTimeToUtc(date, "00:00", zone).toISOString(),
    to: zonedTimeToUtc(nextDay(date), "00:00", zone).toISOString(),
  };
}

/** A real calendar date written YYYY-MM-DD. */
export function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

const validZones = new Map<string, boolean>();

/** An IANA zone name this runtime knows ("Europe/Zurich", "UTC"). */
export function isTimeZone(zone: string): boolean {
  if (zone.length > 64 || !/^[A-Za-z][A-Za-z0-9_+/-]*$/.test(zone)) return false;
  let known = validZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (validZones.size < 1000) validZones.set(zone, known);
  }
  return known;
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.DateTimeFormat: building one costs far more than using it. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = displayFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    displayFormatters.set(key, f);
  }
  return f;
}

/** The zone's name in the reader's language at that instant, e.g. "Central European Summer Time". */
export function zoneName(locale: string, zone: string, at: Date | string, style: "long" | "short" = "long"): string {
  const parts = dateTimeFormat(locale, { timeZone: zone, timeZoneName: style }).formatToParts(new Date(at));
  return parts.find((p) => p.type === "timeZoneName")?.value ?? zone;
}
