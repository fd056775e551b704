import { z } from "zod";
import { ROLES } from "../../platform/auth/policy.ts";
import { MAIL_STATUSES } from "../../platform/mail/mail-admin.ts";

// Forms and filters of the administration pages. Error messages are message keys, said in the reader's language.

/** The id of the last row of the previous page, for keyset pagination. */
const before = z.string().trim().max(40, "form.invalid").default("");

export const PeopleQuery = z.object({ q: z.string().trim().max(200, "form.tooLong").default("") });
export type PeopleQuery = z.infer<typeof PeopleQuery>;

/**
 * One form for every role: the scope comes from the field that goes with the role (an Action Line for
 * facilitators, a prize category for experts), so the form works without JavaScript.
 */
export const AddRoleForm = z.object({
  role: z.enum(ROLES, "admin.roles.roleRequired"),
  actionLine: z.string().trim().max(40, "form.invalid").default(""),
  prizeCategory: z.string().trim().max(4, "form.invalid").default(""),
});
export type AddRoleForm = z.infer<typeof AddRoleForm>;

/** The form field that carries the scope of each scoped role. */
export const SCOPE_FIELD = { facilitator: "actionLine", expert: "prizeCategory" } as const;

export function scopeOf(form: AddRoleForm): string {
  return form.role === "facilitator" ? form.actionLine : form.role === "expert" ? form.prizeCategory : "";
}

export const RemoveRoleForm = z.object({
  role: z.string().trim().min(1, "form.required").max(40, "form.invalid"),
  scope: z.string().trim().max(40, "form.invalid").default(""),
});

function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  // "2025-02-30" parses as a date in March: only a day that comes back unchanged is a real one.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A day as the date field sends it (YYYY-MM-DD), or nothing. */
const day = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || isDay(v), { message: "admin.audit.dateInvalid" });

export const AuditQuery = z
  .object({
    action: z.string().trim().max(100, "form.invalid").default(""),
    actorId: z.string().trim().max(40, "form.tooLong").default(""),
    objectType: z.string().trim().max(60, "form.tooLong").default(""),
    objectId: z.string().trim().max(100, "form.tooLong").default(""),
    from: day,
    to: day,
    before,
  })
  .refine((q) => q.from === "" || q.to === "" || q.from <= q.to, { path: ["to"], message: "admin.audit.dateOrder" });
export type AuditQuery = z.infer<typeof AuditQuery>;

export const MailQuery = z.object({
  status: z.enum(MAIL_STATUSES, "form.invalid").or(z.literal("")).default(""),
  before,
});
export type MailQuery = z.infer<typeof MailQuery>;

/** The retry button sends the list's filter along, so the page comes back as it was. */
export const RetryMailForm = MailQuery.pick({ status: true });
