import type { z } from "zod";
import type { MessageKey, MessageValues } from "../i18n/i18n.ts";
import { AppError } from "./errors.ts";

/** Field name → the message key that says what is wrong with it. */
export type FieldErrors = Record<string, MessageKey>;

/**
 * The values a field's message names ({ max: 2000 } for "Too long: at most 2,000 characters"), kept beside the
 * errors object they belong to. Routes hand `error.errors` on to the view as it is, so the view finds them there
 * (errorValues) without every form's route passing a second object along.
 */
const detailsOf = new WeakMap<FieldErrors, Record<string, MessageValues>>();

/** The values of one field's message, when its errors object carries them. */
export function errorValues(errors: FieldErrors, field: string): MessageValues | undefined {
  return detailsOf.get(errors)?.[field];
}

/** Several sets of field errors as one (the first problem of a field kept), with the values their messages name. */
export function mergeErrors(...sets: FieldErrors[]): FieldErrors {
  const errors: FieldErrors = {};
  const values: Record<string, MessageValues> = {};
  for (const set of sets) {
    for (const [field, key] of Object.entries(set)) {
      if (errors[field]) continue;
      errors[field] = key;
      const own = detailsOf.get(set)?.[field];
      if (own) values[field] = own;
    }
  }
  return withValues(errors, values);
}

/** Field errors whose messages name values (a limit, a range): `withValues({ message: "form.tooLong.max" }, { message: { max: 2000 } })`. */
export function withValues(errors: FieldErrors, values: Record<string, MessageValues>): FieldErrors {
  detailsOf.set(errors, values);
  return errors;
}

/**
 * A form that cannot be accepted as sent. Routes catch it and show the form again with what was typed
 * (secrets excepted) and each field's problem in the reader's language. It is an AppError (400, naming the first
 * field), so a route that does not catch it still answers a clear 400 instead of a 500.
 */
export class FormError extends AppError {
  constructor(readonly errors: FieldErrors) {
    const field = Object.keys(errors)[0] ?? "form";
    super(400, "invalid_form", `Form rejected: ${Object.keys(errors).join(", ")}`, {
      field,
      titleKey: "error.badRequest.title",
      bodyKey: "error.form.body",
      values: { field },
    });
    this.name = "FormError";
  }
}

/** Every text value of a submitted form; anything else (files, repeated keys) is reduced to its first string. */
export function formValues(body: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string") values[key] = first;
  }
  return values;
}

/**
 * Validates form values with a zod schema whose error messages are message keys
 * (e.g. `z.email({ error: "form.email.invalid" })`), so each field's error is said in the reader's language.
 */
export function parseForm<S extends z.ZodType>(schema: S, values: Record<string, string>): z.infer<S> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const errors: FieldErrors = {};
  const details: Record<string, MessageValues> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (errors[field]) continue;
    const key = (issue.message.includes(".") ? issue.message : "form.invalid") as MessageKey;
    // "Too long" says how long may be: the limit comes from the schema's own max, whatever the field.
    if (key === "form.tooLong" && issue.code === "too_big" && typeof issue.maximum === "number") {
      errors[field] = "form.tooLong.max";
      details[field] = { max: issue.maximum };
    } else if (issue.code === "too_big" && typeof issue.maximum === "number") {
      errors[field] = key;
      details[field] = { max: issue.maximum };
    } else errors[field] = key;
  }
  throw new FormError(withValues(errors, details));
}

/** What a re-shown form keeps: everything typed except secrets. */
export function withoutSecrets(
  values: Record<string, string>,
  secrets: string[] = ["password", "newPassword", "currentPassword"],
) {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !secrets.includes(key)));
}
