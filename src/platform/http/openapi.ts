import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./env.ts";
import { errors } from "./errors.ts";

/**
 * An API router whose rejected input becomes the platform's 400 error, naming the first field that was wrong
 * (e.g. `lang: Invalid option: expected one of "ar"|"en"|…`).
 */
export function apiRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const field = issue?.path.join(".") || result.target;
      throw errors.invalidInput(field, issue?.message ?? "invalid");
    },
  });
}
