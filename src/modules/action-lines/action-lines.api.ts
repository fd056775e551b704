import { createRoute, z } from "@hono/zod-openapi";
import { dataOf, ErrorJson, LangQuery } from "../../platform/http/api-schema.ts";
import { errors } from "../../platform/http/errors.ts";
import { apiRouter } from "../../platform/http/openapi.ts";
import { DEFAULT_LOCALE } from "../../platform/i18n/locale.ts";
import type { ReferenceService } from "../../reference/reference.service.ts";
import { matrixCsv, presentActionLine, presentMatrix, presentSdg } from "./action-lines.presenter.ts";
import {
  ActionLineJson,
  ActionLineParams,
  MatrixJson,
  parseSdgNumber,
  SdgJson,
  SdgParams,
} from "./action-lines.schema.ts";

const tags = ["Action Lines and SDGs"];
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});
const notFound = json(ErrorJson, "No such resource");
const badRequest = json(ErrorJson, "A query parameter is not valid; `error.field` names it");

const listActionLines = createRoute({
  method: "get",
  path: "/action-lines",
  tags,
  summary: "The WSIS Action Lines with their facilitators and linked goals",
  request: { query: LangQuery },
  responses: {
    200: json(dataOf(z.array(ActionLineJson)), "All 19 entries: 18 lines and the C7 group"),
    400: badRequest,
  },
});

const getActionLine = createRoute({
  method: "get",
  path: "/action-lines/{code}",
  tags,
  summary: "One Action Line",
  request: { params: ActionLineParams, query: LangQuery },
  responses: { 200: json(dataOf(ActionLineJson), "The Action Line"), 400: badRequest, 404: notFound },
});

const listSdgs = createRoute({
  method: "get",
  path: "/sdgs",
  tags,
  summary: "The 17 Sustainable Development Goals with their targets and linked Action Lines",
  request: { query: LangQuery },
  responses: { 200: json(dataOf(z.array(SdgJson)), "All 17 goals"), 400: badRequest },
});

const getSdg = createRoute({
  method: "get",
  path: "/sdgs/{number}",
  tags,
  summary: "One Sustainable Development Goal",
  request: { params: SdgParams, query: LangQuery },
  responses: { 200: json(dataOf(SdgJson), "The goal"), 400: badRequest, 404: notFound },
});

const getMatrix = createRoute({
  method: "get",
  path: "/matrix",
  tags,
  summary: "The WSIS–SDG matrix",
  request: { query: LangQuery },
  responses: { 200: json(dataOf(MatrixJson), "Every link between an Action Line and a goal"), 400: badRequest },
});

const getMatrixCsv = createRoute({
  method: "get",
  path: "/matrix.csv",
  tags,
  summary: "The WSIS–SDG matrix as CSV, one row per link",
  request: { query: LangQuery },
  responses: {
    200: {
      content: { "text/csv": { schema: z.string() } },
      description: "Columns: action_line_code, action_line_title, sdg_number, sdg_title, targets (space-separated)",
    },
    400: badRequest,
  },
});

export function actionLineApi(reference: ReferenceService) {
  return apiRouter()
    .openapi(listActionLines, async (c) => {
      const { lang = DEFAULT_LOCALE } = c.req.valid("query");
      const lines = await reference.actionLines(lang);
      return c.json({ data: lines.map(presentActionLine) }, 200);
    })
    .openapi(getActionLine, async (c) => {
      const { code } = c.req.valid("param");
      const { lang = DEFAULT_LOCALE } = c.req.valid("query");
      const line = await reference.actionLine(code, lang);
      if (!line) throw errors.actionLineNotFound(code);
      return c.json({ data: presentActionLine(line) }, 200);
    })
    .openapi(listSdgs, async (c) => {
      const { lang = DEFAULT_LOCALE } = c.req.valid("query");
      const [sdgs, lines] = await Promise.all([reference.sdgs(lang), reference.actionLines(lang)]);
      return c.json({ data: sdgs.map((g) => presentSdg(g, lines)) }, 200);
    })
    .openapi(getSdg, async (c) => {
      const raw = c.req.valid("param").number;
      const { lang = DEFAULT_LOCALE } = c.req.valid("query");
      const number = parseSdgNumber(raw);
      const [goal, lines] = await Promise.all([
        number === undefined ? undefined : reference.sdg(number, lang),
        reference.actionLines(lang),
      ]);
      if (!goal) throw errors.sdgNotFound(raw);
      return c.json({ data: presentSdg(goal, lines) }, 200);
    })
    .openapi(getMatrix, async (c) => {
      const { lang = DEFAULT_LOCALE } = c.req.valid("query");
      return c.json({ data: presentMatrix(await reference.matrix(lang)) }, 200);
    })
    .openapi(getMatrixCsv, async (c) => {
      const { lang = DEFAULT_LOCALE } = c.req.valid("query");
      const body = matrixCsv(await reference.matrix(lang));
      return c.body(body, 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="wsis-sdg-matrix-${lang}.csv"`,
      });
    });
}
