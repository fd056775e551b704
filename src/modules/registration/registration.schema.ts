import { z } from "zod";
import type { MessageKey } from "../../platform/i18n/i18n.ts";

/** One set of limits for the registration form. */
export const LIMITS = {
  name: 200,
  organization: 200,
  accessibility: 1000,
  answer: 2000,
  reason: 2000,
  passportNumber: 20,
  /** The badge photo as sent, in bytes: a phone's photo (often 8–15 MB) is accepted and shrunk on the server. */
  photo: 20 * 1024 * 1024,
} as const;

/**
 * The registration form's path, whose bodies may carry a photo: the request guard lets them be larger than other
 * forms (the photo and 1 MiB for the rest), and a body larger still has its file dropped rather than being refused,
 * so a photo over LIMITS.photo is refused with a message on the form, with what was typed, rather than a bare 413.
 */
export const REGISTER_PATH = /^\/forum\/[a-z0-9][a-z0-9-]{0,79}\/register$/;
export const REGISTER_BODY_LIMIT = LIMITS.photo + 1024 * 1024;

/** Trimmed and in NFC, so a name typed with combining accents is stored as one with precomposed letters. */
const text = (max: number) =>
  z
    .string()
    .default("")
    .transform((v) => v.normalize("NFC").trim())
    .pipe(z.string().max(max, "form.tooLong"));
const required = (max: number) => text(max).pipe(z.string().min(1, "form.required"));

/** A real calendar day YYYY-MM-DD ("2025-02-30" is refused). */
export function isDay(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

const code = z.string().trim().min(1, "form.choose").max(40, "form.choose");
const optionalId = z
  .string()
  .trim()
  .default("")
  .transform((v) => v || null);

/** The registration form as sent; the passport fields are checked only when a visa letter is asked for. */
export const RegistrationInput = z.object({
  attendance: z.enum(["onsite", "virtual"], "form.choose"),
  passportName: required(LIMITS.name),
  preferredName: required(LIMITS.name),
  organizationName: required(LIMITS.organization),
  organizationId: optionalId,
  stakeholderTypeCode: code,
  countryCode: code,
  nationalityCode: code,
  categoryId: optionalId,
  needsVisa: z
    .string()
    .default("")
    .transform((v) => v === "yes"),
  passportNumber: z.string().default(""),
  passportExpiresOn: z.string().default(""),
  bornOn: z.string().default(""),
  accessibilityNeeds: text(LIMITS.accessibility),
  interestWhy: text(LIMITS.answer),
  interestContribution: text(LIMITS.answer),
  consent: z.literal("yes", "registration.error.consent"),
});
export type RegistrationInput = z.infer<typeof RegistrationInput>;

export interface PassportDetails {
  number: string;
  /** YYYY-MM-DD */
  expiresOn: string;
  /** YYYY-MM-DD */
  bornOn: string;
}

/**
 * The passport details of a form that asks for a visa letter, or the field errors: a birth date in the future or
 * a passport that expires before the event's last day are refused.
 */
export function parsePassport(
  input: Pick<RegistrationInput, "passportNumber" | "passportExpiresOn" | "bornOn">,
  today: string,
  lastDay: string,
): { passport?: PassportDetails; errors: Record<string, MessageKey> } {
  const errors: Record<string, MessageKey> = {};
  const number = input.passportNumber.normalize("NFKC").replace(/[\s-]/g, "").toUpperCase();
  if (!number) errors.passportNumber = "form.required";
  else if (!/^[A-Z0-9]{5,20}$/.test(number)) errors.passportNumber = "registration.error.passportNumber";
  const expiresOn = input.passportExpiresOn.trim();
  if (!expiresOn) errors.passportExpiresOn = "form.required";
  else if (!isDay(expiresOn)) errors.passportExpiresOn = "form.date";
  else if (expiresOn < lastDay) errors.passportExpiresOn = "registration.error.passportExpired";
  const bornOn = input.bornOn.trim();
  if (!bornOn) errors.bornOn = "form.required";
  else if (!isDay(bornOn)) errors.bornOn = "form.date";
  // A real day outside the range is told the range, not the date format it already has.
  else if (bornOn < "1900-01-01") errors.bornOn = "registration.form.bornOnRange";
  else if (bornOn > today) errors.bornOn = "registration.error.bornInFuture";
  if (Object.keys(errors).length > 0) return { errors };
  return { passport: { number, expiresOn, bornOn }, errors };
}

/** JPEG and PNG only: what a printed badge can embed (pdf-lib draws no WebP). */
export type PhotoType = "image/jpeg" | "image/png";

/** What the file's first bytes say it is, whatever type the browser declared. */
export function photoType(bytes: Uint8Array): PhotoType | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  return null;
}

export const DECISIONS = ["acknowledge", "approve", "reject", "waitlist"] as const;
export type Decision = (typeof DECISIONS)[number];

/** The organiser's settings: the on-site deadline as a day and time in the event's zone, and the capacity. */
export const SettingsInput = z
  .object({
    closesOn: z
      .string()
      .trim()
      .default("")
      .refine((v) => v === "" || isDay(v), "form.date"),
    closesAt: z
      .string()
      .trim()
      .default("")
      .refine((v) => v === "" || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), "registration.error.time"),
    onsiteCapacity: z
      .string()
      .trim()
      .default("")
      .refine((v) => v === "" || (/^\d{1,6}$/.test(v) && Number(v) >= 1), "registration.error.capacity")
      .transform((v) => (v ? Number(v) : null)),
  })
  .refine((s) => !(s.closesAt && !s.closesOn), { message: "form.required", path: ["closesOn"] });
export type SettingsInput = z.infer<typeof SettingsInput>;

export const CategoryInput = z.object({
  code: z
    .string()
    .trim()
    .min(1, "form.required")
    .max(40, "form.tooLong")
    .regex(/^[a-z0-9][a-z0-9-]*$/, "registration.error.categoryCode"),
  name: required(100),
  colour: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, "registration.error.colour")
    .transform((v) => v.toLowerCase()),
  autoAccredited: z
    .string()
    .default("")
    .transform((v) => v === "yes"),
});
export type CategoryInput = z.infer<typeof CategoryInput>;
