import { z } from "zod";
import { passwordProblem } from "../../platform/auth/passwords.ts";
import { LOCALES } from "../../platform/i18n/locale.ts";

// Forms of the accounts module. Error messages are message keys, said in the reader's language.

const email = z
  .string()
  .trim()
  .min(1, "form.required")
  .max(254, "form.email.invalid")
  .pipe(z.email("form.email.invalid"))
  .transform((value) => value.toLowerCase());

// Far past any new password's rule (PASSWORD_MAX), so a password that long is never checked: its message needs no
// value ("form.password.too_long" says the rule's {max}, given only where new passwords are chosen).
const password = z.string().min(1, "form.required").max(1000, "form.tooLong");

/**
 * A new password, checked against the rules that need nothing else (length, the common list) here, so its
 * problem is shown together with the other fields'. The rule that needs the email is checked by the service.
 */
const newPassword = password.superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: `form.password.${problem}` });
});

/**
 * A name is one line and no link: it is shown on pages and in mail, where a line like "URGENT … re-validate at
 * https://…" would read as the platform's own words. Refused: line breaks and tabs, "://", "www.", "@", and a full
 * stop directly followed by two letters (a domain such as example.org; initials like "J.R.R. Tolkien" pass).
 */
export function isPlainName(value: string): boolean {
  return !/[\t\n\v\f\r\u0085\u2028\u2029]|:\/\/|www\.|@|\.\p{L}{2}/iu.test(value);
}

const displayName = z
  .string()
  .trim()
  .min(1, "form.required")
  .max(120, "form.tooLong")
  .refine(isPlainName, "form.displayName.plain");

/** Latin letters (with their accents), spaces, hyphens, apostrophes and full stops, as passports print names. */
const passportName = z
  .string()
  .trim()
  .max(120, "form.tooLong")
  .refine((v) => v === "" || /^\p{Script=Latin}[\p{Script=Latin}\p{M} .'’-]*$/u.test(v), "form.passportName.latin");

export const SignUpForm = z.object({
  displayName,
  email,
  password: newPassword,
  preferredLocale: z.enum(LOCALES, "form.invalid").default("en"),
});
export type SignUpForm = z.infer<typeof SignUpForm>;

export const SignInForm = z.object({ email, password, next: z.string().max(500).optional() });
export type SignInForm = z.infer<typeof SignInForm>;

export const EmailOnlyForm = z.object({ email });

export const TokenForm = z.object({ token: z.string().min(20, "form.token.invalid").max(100, "form.token.invalid") });

export const ResetPasswordForm = TokenForm.extend({ password: newPassword });

export const ChangePasswordForm = z.object({ currentPassword: password, newPassword });

export const ChangeEmailForm = z.object({ newEmail: email, currentPassword: password });

export const ProfileForm = z.object({
  displayName,
  passportName,
  organizationId: z.string().max(40).default(""),
  stakeholderTypeCode: z.string().max(40).default(""),
  countryCode: z
    .string()
    .max(2)
    .regex(/^([A-Z]{2})?$/, "form.invalid")
    .default(""),
  preferredLocale: z.enum(LOCALES, "form.invalid"),
});
export type ProfileForm = z.infer<typeof ProfileForm>;

export const DeleteAccountForm = z.object({
  currentPassword: password,
  confirm: z.literal("yes", "form.confirmDelete"),
});

export const RevokeSessionForm = z.object({ sessionId: z.string().min(1).max(40) });
