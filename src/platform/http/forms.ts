import type { z } from "zod";
import type { MessageKey } from "../i18n/i18n.ts";
import { AppError } from "./errors.ts";

/** Field name → the message key that says what is wrong with it. */
export type FieldErrors = Record<string, MessageKey>;

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
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (!errors[field]) errors[field] = (issue.message.includes(".") ? issue.message : "form.invalid") as MessageKey;
  }
  throw new FormError(errors);
}

/** What a re-shown form keeps: everything typed except secrets. */
export function withoutSecrets(
  values: Record<string, string>,
  secrets: string[] = ["password", "newPassword", "currentPassword"],
) {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !secrets.includes(key)));
}
