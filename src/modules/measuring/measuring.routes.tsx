import { Hono } from "hono";
import type { AppEnv } from "../../platform/http/env.ts";
import { errors } from "../../platform/http/errors.ts";
import { pageContext, renderPage } from "../../platform/views/page.ts";
import { TOTAL } from "./breakdown.ts";
import { indicatorCharts } from "./measuring.charts.ts";
import { ChartQuery } from "./measuring.schema.ts";
import type { MeasuringService, Observation } from "./measuring.service.ts";
import { DashboardPage } from "./views/dashboard-page.tsx";
import { IndicatorPage } from "./views/indicator-page.tsx";

/** Public pages: the Measuring dashboard and one page per indicator, with its charts' settings in the URL. */
export function measuringPages(measuring: MeasuringService) {
  return new Hono<AppEnv>()
    .get("/measuring", async (c) => {
      const locale = c.get("i18n").locale;
      const [headlines, targets, indicators, world] = await Promise.all([
        measuring.headlines(locale),
        measuring.targets(locale),
        measuring.indicators(locale),
        measuring.observations({ geography: "world" }),
      ]);
      const latest = new Map<string, Observation>();
      for (const o of world) {
        if (o.breakdown !== TOTAL) continue;
        const seen = latest.get(o.indicator);
        if (!seen || seen.year < o.year) latest.set(o.indicator, o);
      }
      return renderPage(
        c,
        <DashboardPage
          ctx={pageContext(c)}
          headlines={headlines}
          targets={targets}
          indicators={indicators}
          latest={latest}
        />,
      );
    })
    .get("/measuring/indicators/:code", async (c) => {
      const code = c.req.param("code");
      const i18n = c.get("i18n");
      const found = await measuring.indicator(code, i18n.locale);
      if (!found) throw errors.notFound(`No indicator with the code ${code}`);
      // Settings that do not parse are ignored (the page shows its defaults), as a hand-edited URL deserves.
      const query = ChartQuery.safeParse(c.req.query());
      const settings = query.success ? query.data : {};
      const charts = indicatorCharts(
        found.indicator,
        found.observations,
        {
          geography: settings.geography,
          breakdown: settings.breakdown,
          year: settings.year === undefined ? undefined : Number(settings.year),
        },
        i18n,
      );
      return renderPage(c, <IndicatorPage ctx={pageContext(c)} indicator={found.indicator} charts={charts} />);
    });
}
