import { z } from "zod";
import { completeWebAddress } from "../../../platform/http/web-address.ts";
import { isDate } from "../../../platform/time.ts";
import { ACTION_LINE_CODES } from "../../../reference/data/action-lines.ts";

// What an organiser sends to create or edit a session. Error messages are message keys; the rules that need the
// database (the event's days, its rooms, conflicts) are the service's.

export const PERSON_ROLES = ["speaker", "moderator", "organiser"] as const;
/** People rows a form may carry. */
export const MAX_PEOPLE = 20;

const text = (max: number) => z.string().trim().max(max, "form.tooLong");
const optional = (max: number) =>
  text(max)
    .default("")
    .transform((v) => v || null);
const time = z
  .string()
  .trim()
  // 9:30 is 09:30; 24-hour clock only.
  .transform((v) => (/^\d:[0-5]\d$/.test(v) ? `0${v}` : v))
  .pipe(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "forumOrganize.error.time"));
const link = z
  .string()
  .trim()
  .max(500, "form.tooLong")
  .default("")
  .refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v), "form.url")
  .transform((v) => v || null);

const personRow = z.object({
  personId: z.string().default(""),
  name: text(200).default(""),
  organization: optional(200),
  title: optional(200),
  role: z.enum(PERSON_ROLES, { error: "form.invalid" }).default("speaker"),
});
export type PersonRow = z.infer<typeof personRow>;

export const SessionInput = z.object({
  title: text(300).min(1, "form.required"),
  description: text(10_000).default(""),
  typeCode: z.string().trim().min(1, "form.required"),
  trackId: optional(64),
  roomId: optional(64),
  hostPartnerId: optional(64),
  day: z.string().trim().min(1, "form.required").refine(isDate, "form.date"),
  start: time,
  end: time,
  /** Ticked for a session over midnight (a reception 19:00–01:00): the end time is on the day after `day`. */
  endsNextDay: z
    .string()
    .default("")
    .transform((v) => v === "1"),
  actionLines: z
    .array(z.string())
    .default([])
    .refine((codes) => codes.every((c) => ACTION_LINE_CODES.has(c)), "form.invalid"),
  sdgs: z
    .array(z.string())
    .default([])
    .refine((ns) => ns.every((n) => /^([1-9]|1[0-7])$/.test(n)), "form.invalid")
    .transform((ns) => [...new Set(ns.map(Number))].sort((a, b) => a - b)),
  people: z.array(personRow).max(MAX_PEOPLE, "form.tooLong").default([]),
  remoteUrl: link,
  recordingUrl: link,
  /** Ticked after a warning: schedule although a speaker is elsewhere at the same time. */
  confirmConflicts: z
    .string()
    .default("")
    .transform((v) => v === "1"),
});
export type SessionInput = z.infer<typeof SessionInput>;

/** The people rows of a form: `person{i}` (an existing person) or `person{i}Name` (someone new), with a role. */
export function peopleRows(values: Record<string, string>): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (let i = 0; i < MAX_PEOPLE; i++) {
    const personId = values[`person${i}`] ?? "";
    const name = values[`person${i}Name`] ?? "";
    if (!personId.trim() && !name.trim()) continue;
    rows.push({
      personId,
      name,
      organization: values[`person${i}Organization`] ?? "",
      title: values[`person${i}Title`] ?? "",
      role: values[`person${i}Role`] ?? "speaker",
    });
  }
  return rows;
}

// The edition's vocabularies: tracks, rooms, partner tiers and partners. Uniqueness within the edition and the
// tier a partner points to need the database: the service checks them.

const required = (max: number) => text(max).min(1, "form.required");
/** A whole number in [min, max] typed in a form, or blank (null). */
const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || (/^\d{1,9}$/.test(v) && Number(v) >= min && Number(v) <= max), message)
    .transform((v) => (v === "" ? null : Number(v)));
const code = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "form.required")
  .max(40, "form.tooLong")
  .regex(/^[a-z0-9][a-z0-9-]*$/, "forumOrganize.error.code");

export const TrackInput = z.object({
  code,
  name: required(200),
  /** Blank: after the last one. */
  position: wholeNumber(0, 9999, "forumOrganize.error.whole"),
});
export type TrackInput = z.infer<typeof TrackInput>;

export const RoomInput = z.object({
  name: required(200),
  /** Blank when not known; otherwise a positive whole number of seats. */
  capacity: wholeNumber(1, 100_000, "forumOrganize.error.capacity"),
  position: wholeNumber(0, 9999, "forumOrganize.error.whole"),
});
export type RoomInput = z.infer<typeof RoomInput>;

export const TierInput = z.object({
  code,
  name: required(200),
  /** 1 is the highest tier. */
  rank: z
    .string()
    .trim()
    .min(1, "form.required")
    .refine((v) => /^\d{1,2}$/.test(v) && Number(v) >= 1, "forumOrganize.error.rank")
    .transform(Number),
});
export type TierInput = z.infer<typeof TierInput>;

export const PartnerInput = z.object({
  name: required(200),
  tierId: optional(64),
  // A partner's website typed without https:// ("example.org") is completed.
  website: z.preprocess(completeWebAddress, link),
  logoUrl: link,
});
export type PartnerInput = z.infer<typeof PartnerInput>;
