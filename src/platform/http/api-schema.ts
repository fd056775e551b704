import { z } from "@hono/zod-openapi";
import { LOCALES } from "../i18n/locale.ts";

// Shapes every module's JSON API shares: the error body, the language query and the `{ data }` envelope.

export const LangQuery = z.object({
  lang: z
    .enum(LOCALES)
    .optional()
    .openapi({ description: "Language of titles and summaries (default en)", example: "fr" }),
});

export const ErrorJson = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "action_line_not_found" }),
      message: z.string(),
      field: z.string().optional().openapi({ description: "The input that was wrong" }),
      requestId: z.string().optional(),
    }),
  })
  .openapi("Error");

/** The envelope every JSON answer uses: `{ data: … }`. */
export const dataOf = <T extends z.ZodType>(schema: T) => z.object({ data: schema });
