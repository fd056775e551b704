import { z } from "zod";
import { ACTION_LINES } from "../../reference/data/action-lines.ts";
import { isDate } from "./time.ts";

// What an organiser sends to create or edit a session. Error messages are message keys; the rules that need the
// database (the event's days, its rooms, conflicts) are the service's.

const ACTION_LINE_CODES = new Set(ACTION_LINES.filter((l) => l.kind === "line").map((l) => l.code));
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
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "forumOrganize.error.time");
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
