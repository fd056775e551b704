import { z } from "zod";
import { parseScores } from "../../../platform/workflow/scores.ts";
import { ACTION_LINE_CODES } from "../../../reference/data/action-lines.ts";

/** One set of limits for the proposal form; the messages are message keys. */
export const LIMITS = {
  title: 200,
  description: 5000,
  organizations: 10,
  organization: 200,
  speakers: 6,
  speakerField: 200,
  message: 2000,
  comment: 4000,
  criteria: 10,
  criterion: 200,
} as const;

/** The speaker rows the form offers: name, organisation and role each, nothing more personal. */
export const SPEAKER_ROWS = LIMITS.speakers;

const text = (max: number) => z.string().trim().max(max, "form.tooLong");
const required = (max: number) => text(max).min(1, "form.required");
const lines = (max: number, each: number) =>
  z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    )
    // A box of lines is typed, not chosen from: too many lines says so, with the limit (never "too many selected").
    .pipe(z.array(z.string().max(each, "form.tooLong")).max(max, "form.tooManyLines"));

export interface Speaker {
  name: string;
  organization: string;
  role: string;
}

/** The proposal as the form sends it; speakers arrive as numbered fields (speaker1Name, …). */
export const ProposalInput = z.object({
  title: required(LIMITS.title),
  format: z.string().trim().min(1, "form.choose").max(40, "form.choose"),
  description: required(LIMITS.description),
  actionLines: z
    .array(z.string().refine((c) => ACTION_LINE_CODES.has(c), "form.invalid"))
    .max(18, "form.tooMany")
    .default([])
    .transform((l) => [...new Set(l)])
    // A session of the WSIS Forum is about at least one Action Line: the programme is filtered by them.
    .refine((l) => l.length > 0, "forumProposals.error.actionLineNeeded"),
  sdgs: z
    .array(z.coerce.number().int().min(1, "form.invalid").max(17, "form.invalid"))
    .max(17, "form.tooMany")
    .default([])
    .transform((l) => [...new Set(l)].sort((a, b) => a - b)),
  organizations: lines(LIMITS.organizations, LIMITS.organization),
  roomSize: z
    .string()
    .trim()
    .default("")
    .refine(
      (v) => v === "" || (/^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= 10000),
      "forumProposals.form.roomSize",
    )
    .transform((v) => (v ? Number(v) : null)),
  remoteParticipation: z.enum(["yes", "no"], "form.choose").default("no"),
});
export type ProposalInput = z.infer<typeof ProposalInput> & { speakers: Speaker[] };

/** The speaker rows of a form: rows left empty are dropped; a row with an organisation or role needs a name. */
export function parseSpeakers(values: Record<string, string>): { speakers: Speaker[]; errors: Record<string, string> } {
  const speakers: Speaker[] = [];
  const errors: Record<string, string> = {};
  for (let i = 1; i <= SPEAKER_ROWS; i++) {
    const name = (values[`speaker${i}Name`] ?? "").trim();
    const organization = (values[`speaker${i}Organization`] ?? "").trim();
    const role = (values[`speaker${i}Role`] ?? "").trim();
    if (!name && !organization && !role) continue;
    if (!name) errors[`speaker${i}Name`] = "form.required";
    for (const [key, value] of [
      ["Name", name],
      ["Organization", organization],
      ["Role", role],
    ] as const) {
      if (value.length > LIMITS.speakerField) errors[`speaker${i}${key}`] = "form.tooLong.max";
    }
    speakers.push({ name, organization, role });
  }
  return { speakers, errors };
}

/** A real calendar day YYYY-MM-DD ("2025-02-30" is refused). */
function isDay(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

const day = z.string().trim().min(1, "form.required").refine(isDay, "form.date");

/** An organiser's call: its window as days in the event's zone, and the criteria one per line. */
export const CallInput = z
  .object({
    opensOn: day,
    closesOn: day,
    criteria: lines(LIMITS.criteria, LIMITS.criterion).refine((l) => l.length > 0, "form.required"),
  })
  .refine((c) => c.opensOn <= c.closesOn, { message: "forumProposals.form.closesBeforeOpens", path: ["closesOn"] });
export type CallInput = z.infer<typeof CallInput>;

export const ExtendInput = z.object({ extendedTo: day });

/** One score per criterion, 1 to 5, as `score0`, `score1`, … and a comment. */
export function parseReview(values: Record<string, string>, criteria: number) {
  const { scores, errors } = parseScores(values, criteria, { message: "forumProposals.review.scoreNeeded" });
  const comment = (values.comment ?? "").trim();
  if (comment.length > LIMITS.comment) errors.comment = "form.tooLong.max";
  return { scores, comment, errors };
}
