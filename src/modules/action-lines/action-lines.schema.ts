import { z } from "@hono/zod-openapi";

// Input: what the API accepts. Output: the shapes it returns, which the OpenAPI document describes.

export const ActionLineParams = z.object({
  code: z
    .string()
    .max(40)
    .openapi({ param: { name: "code", in: "path" }, example: "C7.e-health", description: "Action Line code" }),
});

export const SdgParams = z.object({
  number: z
    .string()
    .max(4)
    .openapi({ param: { name: "number", in: "path" }, example: "9", description: "Goal number, 1 to 17" }),
});

/** A goal number from a path segment: "9" is 9; "09", "9.0", "x" and "18" are not goals. */
export function parseSdgNumber(raw: string): number | undefined {
  if (!/^[1-9][0-9]?$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 && n <= 17 ? n : undefined;
}

export const AgencyJson = z
  .object({
    code: z.string().openapi({ example: "ITU" }),
    acronym: z.string().openapi({ example: "ITU" }),
    name: z.string().openapi({ example: "International Telecommunication Union" }),
    website: z.url(),
  })
  .openapi("Agency");

export const ActionLineJson = z
  .object({
    code: z.string().openapi({ example: "C5" }),
    kind: z.enum(["line", "group"]).openapi({ description: "group: C7, the heading over its eight sub-lines" }),
    parent: z.string().nullable().openapi({ example: null }),
    title: z.string(),
    summary: z.string(),
    url: z.string().openapi({ description: "The public page", example: "/action-lines/C5" }),
    leadFacilitators: z.array(AgencyJson),
    coFacilitators: z.array(AgencyJson),
    sdgs: z.array(z.object({ number: z.number().int(), targets: z.array(z.string()) })),
  })
  .openapi("ActionLine");

export const SdgJson = z
  .object({
    number: z.number().int().min(1).max(17),
    shortTitle: z.string().openapi({ example: "Industry, innovation and infrastructure" }),
    title: z.string(),
    colour: z.string().openapi({ example: "#FD6925" }),
    url: z.string().openapi({ example: "/sdgs/9" }),
    targets: z.array(z.string()).openapi({ example: ["9.1", "9.2"] }),
    actionLines: z.array(z.string()).openapi({ description: "Codes of the Action Lines linked to this goal" }),
  })
  .openapi("Sdg");

export const MatrixJson = z
  .object({
    actionLines: z.array(z.object({ code: z.string(), title: z.string() })),
    sdgs: z.array(z.object({ number: z.number().int(), shortTitle: z.string() })),
    links: z.array(
      z.object({
        actionLine: z.string().openapi({ example: "C5" }),
        sdg: z.number().int().openapi({ example: 9 }),
        targets: z.array(z.string()).openapi({ example: ["9.1", "9.c"] }),
      }),
    ),
    source: z.string(),
  })
  .openapi("Matrix");
