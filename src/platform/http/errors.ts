import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { MessageKey, MessageValues } from "../i18n/i18n.ts";

/**
 * An error the platform expects and explains: it carries a stable code for API clients, the HTTP status,
 * the field that was wrong (when one was), and a message key so HTML pages can say it in the reader's language.
 */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly options: {
      field?: string;
      titleKey?: MessageKey;
      bodyKey?: MessageKey;
      values?: MessageValues;
      /** Seconds to send as Retry-After (every 429 has one). */
      retryAfter?: number;
    } = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const errors = {
  notFound: (message = "No resource at this address") =>
    new AppError(404, "not_found", message, { titleKey: "error.notFound.title", bodyKey: "error.notFound.body" }),

  actionLineNotFound: (code: string) =>
    new AppError(404, "action_line_not_found", `No Action Line with code "${code}"`, {
      field: "code",
      titleKey: "error.notFound.title",
      bodyKey: "error.actionLineNotFound",
      values: { code },
    }),

  sdgNotFound: (number: string) =>
    new AppError(404, "sdg_not_found", `No SDG number "${number}"; goals are numbered 1 to 17`, {
      field: "number",
      titleKey: "error.notFound.title",
      bodyKey: "error.sdgNotFound",
      values: { number },
    }),

  // The detail (the validator's English) is for API clients; a page says, in the reader's language, which field.
  invalidInput: (field: string, detail: string) =>
    new AppError(400, "invalid_input", `${field}: ${detail}`, {
      field,
      titleKey: "error.badRequest.title",
      bodyKey: "error.invalidInput.body",
      values: { field },
    }),

  payloadTooLarge: (limitBytes: number) =>
    new AppError(413, "payload_too_large", `Request body larger than ${limitBytes} bytes`, {
      titleKey: "error.payloadTooLarge.title",
      bodyKey: "error.payloadTooLarge.body",
      values: { limit: `${Math.round(limitBytes / 1024)} KiB` },
    }),

  unauthenticated: () =>
    new AppError(401, "unauthenticated", "Sign in first", {
      titleKey: "error.unauthenticated.title",
      bodyKey: "error.unauthenticated.body",
    }),

  tooManyRequests: (retryAfter: number) =>
    new AppError(429, "too_many_requests", `Too many attempts; try again in ${retryAfter} seconds`, {
      titleKey: "error.tooMany.title",
      bodyKey: "error.tooMany.body",
      values: { minutes: Math.max(1, Math.ceil(retryAfter / 60)) },
      retryAfter: Math.max(1, Math.ceil(retryAfter)),
    }),

  linkInvalid: () =>
    new AppError(400, "link_invalid", "This link has expired or was already used", {
      field: "token",
      titleKey: "error.linkInvalid.title",
      bodyKey: "error.linkInvalid.body",
    }),

  conflict: (state: string) =>
    new AppError(409, "state_conflict", `Not possible in state "${state}"; the page may be out of date`, {
      titleKey: "error.conflict.title",
      bodyKey: "error.conflict.body",
    }),

  notAllowed: (action: string) =>
    new AppError(403, "not_allowed", `Not allowed: ${action}`, {
      titleKey: "error.notAllowed.title",
      bodyKey: "error.notAllowed.body",
    }),

  /** The database cannot be reached just now: try again later (503 with Retry-After where it is sent). */
  unavailable: () =>
    new AppError(503, "unavailable", "The database cannot be reached just now; try again in a minute", {
      titleKey: "error.unavailable.title",
      bodyKey: "error.unavailable.body",
    }),

  /** A control character (NUL, bell, escape …) in a query parameter or form field, which no text here may hold. */
  controlCharacter: (field: string) =>
    new AppError(400, "control_character", `${field}: contains a control character`, {
      field,
      titleKey: "error.badRequest.title",
      bodyKey: "error.controlCharacter.body",
      values: { field },
    }),

  /** A form or multipart body that cannot be read as one. */
  malformedBody: () =>
    new AppError(400, "malformed_body", "The request body is not a readable form", {
      field: "body",
      titleKey: "error.badRequest.title",
      bodyKey: "error.malformedBody.body",
    }),

  /** More form fields (or multipart parts) than any form here has, refused before the body is parsed. */
  tooManyFields: (limit: number) =>
    new AppError(413, "too_many_fields", `More than ${limit} form fields`, {
      field: "body",
      titleKey: "error.payloadTooLarge.title",
      bodyKey: "error.tooManyFields.body",
      values: { limit },
    }),

  forbidden: (message = "Request refused") =>
    new AppError(403, "forbidden", message, { titleKey: "error.forbidden.title", bodyKey: "error.forbidden.body" }),
};

/** The JSON body of every API error. */
export interface ApiErrorBody {
  error: { code: string; message: string; field?: string; requestId?: string };
}
