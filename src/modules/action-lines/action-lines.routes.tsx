import { Hono } from "hono";
import type { AppEnv } from "../../platform/http/env.ts";
import { errors } from "../../platform/http/errors.ts";
import { pageContext, renderPage } from "../../platform/views/page.ts";
import type { ReferenceService } from "../../reference/reference.service.ts";
import type { MeasuringService } from "../measuring/measuring.service.ts";
import type { StocktakingService } from "../stocktaking/stocktaking.service.ts";
import { parseSdgNumber } from "./action-lines.schema.ts";
import { ActionLineListPage } from "./views/action-line-list.tsx";
import { ActionLinePage } from "./views/action-line-page.tsx";
import { MatrixPage } from "./views/matrix-page.tsx";
import { actionLineHref, sdgHref } from "./views/parts.tsx";
import { SdgListPage } from "./views/sdg-list.tsx";
import { SdgPage } from "./views/sdg-page.tsx";

/** Public pages: the Action Lines, the SDGs, and the WSIS–SDG matrix between them. */
export function actionLinePages(
  reference: ReferenceService,
  stocktaking: Pick<StocktakingService, "latestFor">,
  // The indicators that inform a line or a goal come from the Measuring service, never from its tables.
  measuring: Pick<MeasuringService, "forActionLine" | "forSdgTargets">,
) {
  return new Hono<AppEnv>()
    .get("/action-lines", async (c) => {
      const lines = await reference.actionLines(c.get("i18n").locale);
      return renderPage(c, <ActionLineListPage ctx={pageContext(c)} lines={lines} />);
    })
    .get("/action-lines/:code", async (c) => {
      const code = c.req.param("code");
      const locale = c.get("i18n").locale;
      const lines = await reference.actionLines(locale);
      const line = lines.find((l) => l.code.toLowerCase() === code.toLowerCase());
      if (!line) throw errors.actionLineNotFound(code);
      // One address per line: /action-lines/c5 leads to /action-lines/C5.
      if (line.code !== code) return c.redirect(actionLineHref(line.code), 301);
      const [sdgs, projects, indicators] = await Promise.all([
        reference.sdgs(locale),
        line.kind === "line" ? stocktaking.latestFor({ actionLine: line.code }) : undefined,
        measuring.forActionLine(line.code, locale),
      ]);
      return renderPage(
        c,
        <ActionLinePage
          projects={projects}
          indicators={indicators}
          ctx={pageContext(c)}
          line={line}
          parent={lines.find((l) => l.code === line.parentCode)}
          subLines={lines.filter((l) => l.parentCode === line.code)}
          sdgs={sdgs}
        />,
      );
    })
    .get("/sdgs", async (c) => {
      const locale = c.get("i18n").locale;
      const [sdgs, lines] = await Promise.all([reference.sdgs(locale), reference.actionLines(locale)]);
      return renderPage(c, <SdgListPage ctx={pageContext(c)} sdgs={sdgs} lines={lines} />);
    })
    .get("/sdgs/:number", async (c) => {
      const raw = c.req.param("number");
      const number = parseSdgNumber(raw);
      if (number === undefined) throw errors.sdgNotFound(raw);
      if (String(number) !== raw) return c.redirect(sdgHref(number), 301);
      const locale = c.get("i18n").locale;
      const [sdgs, lines] = await Promise.all([reference.sdgs(locale), reference.actionLines(locale)]);
      const index = sdgs.findIndex((g) => g.number === number);
      const goal = sdgs[index];
      if (!goal) throw errors.sdgNotFound(raw);
      const [projects, indicators] = await Promise.all([
        stocktaking.latestFor({ sdg: number }),
        measuring.forSdgTargets(goal.targets, locale),
      ]);
      return renderPage(
        c,
        <SdgPage
          ctx={pageContext(c)}
          goal={goal}
          lines={lines}
          previous={sdgs[index - 1]}
          next={sdgs[index + 1]}
          projects={projects}
          indicators={indicators}
        />,
      );
    })
    .get("/matrix", async (c) => {
      const [matrix, version] = await Promise.all([reference.matrix(c.get("i18n").locale), reference.dataVersion()]);
      return renderPage(c, <MatrixPage ctx={pageContext(c)} matrix={matrix} updatedAt={version?.updatedAt} />);
    });
}
