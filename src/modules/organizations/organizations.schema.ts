import { z } from "zod";
import { completeWebAddress } from "../../platform/http/web-address.ts";

// Forms of the organizations module. Error messages are message keys, said in the reader's language.

/**
 * Trimmed, one space between words, composed: "  ACME \n Ltd " and "ACME Ltd" are the same name. A name goes into
 * pages and into mail to focal points and members, so it carries no link: "://", "www." and "@" are refused (a
 * name such as "Amazon.com" passes; the secretariat verifies organisations before they count).
 */
const name = z
  .string()
  .transform((value) => value.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, "form.required")
      .max(200, "form.tooLong")
      .refine((value) => !/:\/\/|www\.|@/i.test(value), "form.displayName.plain"),
  );

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** A website, completed with https:// when typed without it ("example.org"). */
const website = z.preprocess(
  completeWebAddress,
  z
    .string()
    .trim()
    .max(500, "form.tooLong")
    .refine((value) => value === "" || isWebAddress(value), "org.form.website.invalid")
    .default(""),
);

/**
 * The organisation form. Stakeholder types and countries come from the reference data, so the schema is made
 * with the codes that exist: a code from elsewhere is refused here, at the edge, with the field named.
 */
export function organizationForm(choices: { stakeholderTypes: string[]; countries: string[] }) {
  const types = new Set(choices.stakeholderTypes);
  const countries = new Set(choices.countries);
  return z.object({
    name,
    stakeholderTypeCode: z
      .string()
      .default("")
      .refine((code) => types.has(code), "org.form.choose"),
    countryCode: z
      .string()
      .default("")
      .refine((code) => countries.has(code), "org.form.choose"),
    website,
  });
}
export type OrganizationForm = z.infer<ReturnType<typeof organizationForm>>;

/** `?q=` and `?page=` of the list: anything odd falls back to the first page of everything. */
export const OrganizationSearch = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  /** "1": only organisations the secretariat has not verified yet (the staff home links there). */
  unverified: z
    .literal("1")
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
});

export const FocalPointForm = z.object({ value: z.enum(["1", "0"], "form.invalid") });

export const PAGE_SIZE = 20;

/** The secretariat's verification of an organisation, or its withdrawal: always with a note saying why. */
export const VerificationForm = z.object({
  decision: z.enum(["verify", "withdraw"], "form.invalid"),
  note: z
    .string()
    .default("")
    .transform((value) => value.normalize("NFC").trim())
    .pipe(z.string().min(1, "org.verify.noteRequired").max(1000, "form.tooLong")),
});
