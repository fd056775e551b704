import type { z } from "@hono/zod-openapi";
import { csvHeader, csvRow } from "../../platform/http/csv.ts";
import type { ActionLine, Agency, Matrix, Sdg } from "../../reference/reference.service.ts";
import type { ActionLineJson, MatrixJson, SdgJson } from "./action-lines.schema.ts";
import { actionLineHref, sdgHref } from "./views/parts.tsx";

export const MATRIX_SOURCE =
  "WSIS-SDG Matrix of the UN WSIS Action Line facilitators (ITU), as transcribed by the ICT4SDG app " +
  "(github.com/uwidcit/WSIS-SDG-Matrix); corrections by the platform's administrators.";

const agency = (a: Agency) => ({ code: a.code, acronym: a.acronym, name: a.name, website: a.website });

export function presentActionLine(line: ActionLine): z.infer<typeof ActionLineJson> {
  return {
    code: line.code,
    kind: line.kind,
    parent: line.parentCode,
    title: line.title,
    summary: line.summary,
    url: actionLineHref(line.code),
    leadFacilitators: line.lead.map(agency),
    coFacilitators: line.coFacilitators.map(agency),
    sdgs: line.sdgs.map((number) => ({
      number,
      targets: line.targets.filter((t) => t.split(".")[0] === String(number)),
    })),
  };
}

export function presentSdg(goal: Sdg, lines: ActionLine[]): z.infer<typeof SdgJson> {
  return {
    number: goal.number,
    shortTitle: goal.shortTitle,
    title: goal.title,
    colour: goal.colour,
    url: sdgHref(goal.number),
    targets: goal.targets,
    actionLines: lines.filter((l) => l.sdgs.includes(goal.number)).map((l) => l.code),
  };
}

export function presentMatrix(matrix: Matrix): z.infer<typeof MatrixJson> {
  return {
    actionLines: matrix.actionLines.filter((l) => l.kind === "line").map((l) => ({ code: l.code, title: l.title })),
    sdgs: matrix.sdgs.map((g) => ({ number: g.number, shortTitle: g.shortTitle })),
    links: matrix.links.map((l) => ({ actionLine: l.actionLineCode, sdg: l.sdgNumber, targets: l.targets })),
    source: MATRIX_SOURCE,
  };
}

/** The matrix in long form: one row per link between an Action Line and a goal. */
export function matrixCsv(matrix: Matrix): string {
  const line = new Map(matrix.actionLines.map((l) => [l.code, l]));
  const goal = new Map(matrix.sdgs.map((g) => [g.number, g]));
  let out = csvHeader(["action_line_code", "action_line_title", "sdg_number", "sdg_title", "targets"]);
  for (const link of matrix.links) {
    out += csvRow([
      link.actionLineCode,
      line.get(link.actionLineCode)?.title,
      link.sdgNumber,
      goal.get(link.sdgNumber)?.shortTitle,
      link.targets.join(" "),
    ]);
  }
  return out;
}
