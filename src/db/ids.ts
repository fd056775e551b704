import { randomBytes } from "node:crypto";

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Generated here rather than by
 * the database so SQLite and PostgreSQL rows look alike, and time-ordered so new rows append to indexes.
 */
export function newId(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Timestamps are stored as ISO 8601 UTC text with milliseconds ("2025-07-07T07:00:00.000Z") on both databases:
 * the same type comes back from both drivers, and text order is time order.
 */
export function timestamp(date: Date = new Date()): string {
  return date.toISOString();
}
