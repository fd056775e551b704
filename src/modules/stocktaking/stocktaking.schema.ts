import { z } from "zod";
import { completeWebAddress } from "../../platform/http/web-address.ts";
import { LOCALES } from "../../platform/i18n/locale.ts";
import { ACTION_LINE_CODES } from "../../reference/data/action-lines.ts";
import { M49_AREA_CODES } from "../../reference/data/m49.ts";
import { SDGS } from "../../reference/data/sdgs.ts";

/** The codes that exist: an entry can only name real Action Lines (not the C7 heading), countries and targets. */
// Countries: the areas UN M49 lists (not TW, which older entries may still carry and show).
const COUNTRY_CODES = new Set(M49_AREA_CODES);
const TARGET_CODES = new Set(SDGS.flatMap((g) => g.targets));

/**
 * One set of limits for every way an entry comes in — the form, the API, the CSV import — so an entry
 * that one accepts, the others accept too. Error messages are message keys.
 */
export const LIMITS = {
  title: 200,
  summary: 600,
  description: 10_000,
  organizationName: 200,
  website: 500,
  contactName: 120,
  contactEmail: 254,
  countries: 60,
  actionLines: 18,
  sdgs: 17,
  targets: 169,
} as const;

export const SCOPES = ["national", "regional", "international", "global"] as const;
export const PROJECT_STATUSES = ["planned", "ongoing", "completed"] as const;
export const STAKEHOLDER_TYPES = [
  "government",
  "private-sector",
  "civil-society",
  "academia",
  "technical-community",
  "international-organization",
] as const;

const text = (max: number) => z.string().trim().max(max, "form.tooLong");
const required = (max: number) => text(max).min(1, "form.required");
const optional = (max: number) =>
  text(max)
    .default("")
    .transform((v) => v || null);
function isCalendarDay(v: string): boolean {
  const day = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(v);
}

const date = z
  .string()
  .trim()
  .default("")
  // A real calendar day: "2020-02-30" is refused (Date would roll it over to 1 March).
  .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isCalendarDay(v)), "form.date")
  .transform((v) => v || null);
/** A website, completed with https:// when typed without it ("example.org"). */
const website = z
  .preprocess(
    completeWebAddress,
    z
      .string()
      .trim()
      .max(LIMITS.website, "form.tooLong")
      .default("")
      .refine((v) => v === "" || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v), "form.url"),
  )
  .transform((v) => v || null);
/** One of a fixed set, or nothing: a form's "Not set" option sends "", which means null. */
const choice = <T extends readonly [string, ...string[]]>(options: T) =>
  z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(options, "form.choose").nullable());

const codes = (max: number, known: ReadonlySet<string>) =>
  z
    .array(
      z
        .string()
        .trim()
        .refine((code) => known.has(code), "form.invalid"),
    )
    .max(max, "form.tooMany")
    .default([])
    .transform((list) => [...new Set(list)]);

/** The fields of an entry as its owner (or an import) gives them. Lists hold codes: "CH", "C5", 4, "4.4". */
export const EntryInput = z
  .object({
    title: required(LIMITS.title),
    summary: required(LIMITS.summary),
    description: text(LIMITS.description).default(""),
    organizationName: required(LIMITS.organizationName),
    stakeholderTypeCode: choice(STAKEHOLDER_TYPES),
    scope: choice(SCOPES),
    projectStatus: choice(PROJECT_STATUSES),
    startDate: date,
    endDate: date,
    website,
    contactName: optional(LIMITS.contactName),
    contactEmail: z
      .string()
      .trim()
      .max(LIMITS.contactEmail, "form.tooLong")
      .default("")
      .refine((v) => v === "" || z.email().safeParse(v).success, "form.email.invalid")
      .transform((v) => v.toLowerCase() || null),
    language: z.enum(LOCALES, "form.choose").default("en"),
    countries: codes(LIMITS.countries, COUNTRY_CODES),
    actionLines: codes(LIMITS.actionLines, ACTION_LINE_CODES),
    sdgs: z
      .array(z.coerce.number().int().min(1, "form.invalid").max(17, "form.invalid"))
      .max(LIMITS.sdgs, "form.tooMany")
      .default([])
      .transform((list) => [...new Set(list)].sort((a, b) => a - b)),
    targets: codes(LIMITS.targets, TARGET_CODES),
  })
  .refine((e) => !e.startDate || !e.endDate || e.startDate <= e.endDate, {
    message: "stocktaking.form.endBeforeStart",
    path: ["endDate"],
  });
export type EntryInput = z.infer<typeof EntryInput>;

/** A moderator's message to an owner (changes asked, reason for not accepting): mailed, so bounded. */
export const MODERATION_MESSAGE_MAX = 2000;

/** What a submission must have beyond a draft: enough for a moderator to judge and a reader to find. */
export const SUBMISSION_REQUIRES = [
  "stakeholderTypeCode",
  "scope",
  "projectStatus",
  "countries",
  "actionLines",
] as const;
