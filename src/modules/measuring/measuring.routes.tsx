import { Hono } from "hono";
import type { AppEnv } from "../../platform/http/env.ts";
import { errors } from "../../platform/http/errors.ts";
import type { I18n } from "../../platform/i18n/i18n.ts";
import { pageContext, renderPage } from "../../platform/views/page.ts";
import { TOTAL } from "./breakdown.ts";
import { indicatorCharts } from "./measuring.charts.ts";
import { type ChartKind, chartElement, standaloneSvg, svgToPng } from "./measuring.export.tsx";
import { ChartQuery } from "./measuring.schema.ts";
import type { MeasuringService, Observation } from "./measuring.service.ts";
import { DashboardPage } from "./views/dashboard-page.tsx";
import { EmbedPage } from "./views/embed-page.tsx";
import { IndicatorPage, NumbersTable } from "./views/indicator-page.tsx";
import { indicatorHref } from "./views/parts.tsx";

/** Embed pages may be framed by any site; every other page keeps the platform's frame-ancestors 'none'. */
const EMBED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors *; base-uri 'self'; object-src 'none'";

const chartKind = (raw: string | undefined): ChartKind => (raw === "compare" ? "compare" : "series");

/**
 * Public pages: the Measuring dashboard, one page per indicator with its charts' settings in the URL, each chart
 * as SVG and PNG, and the embed pages other sites may frame.
 */
export function measuringPages(measuring: MeasuringService) {
  const load = async (code: string, i18n: I18n, raw: Record<string, string>) => {
    const found = await measuring.indicator(code, i18n.locale);
    if (!found) throw errors.notFound(`No indicator with the code ${code}`);
    // Settings that do not parse are ignored (the page shows its defaults), as a hand-edited URL deserves.
    const query = ChartQuery.safeParse(raw);
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
    return { indicator: found.indicator, charts };
  };
  const chartFile = async (code: string, i18n: I18n, raw: Record<string, string>) => {
    const { indicator, charts } = await load(code, i18n, raw);
    const kind = chartKind(raw.chart);
    const file = standaloneSvg(kind, indicator, charts, i18n);
    if (!file) throw errors.notFound("This chart has no data");
    return { ...file, name: `wsis-${indicator.code}-${kind}-${i18n.locale}` };
  };
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
      const { indicator, charts } = await load(c.req.param("code"), c.get("i18n"), c.req.query());
      return renderPage(c, <IndicatorPage ctx={pageContext(c)} indicator={indicator} charts={charts} />);
    })
    .get("/measuring/indicators/:code/chart.svg", async (c) => {
      const file = await chartFile(c.req.param("code"), c.get("i18n"), c.req.query());
      return c.body(file.svg, 200, {
        "Content-Type": "image/svg+xml; charset=utf-8",
        "Content-Disposition": `attachment; filename="${file.name}.svg"`,
      });
    })
    .get("/measuring/indicators/:code/chart.png", async (c) => {
      const file = await chartFile(c.req.param("code"), c.get("i18n"), c.req.query());
      return c.body(new Uint8Array(svgToPng(file.svg, file.width, c.get("i18n").locale)), 200, {
        "Content-Type": "image/png",
        "Content-Disposition": `attachment; filename="${file.name}.png"`,
      });
    })
    .get("/embed/measuring/indicators/:code", async (c) => {
      const i18n = c.get("i18n");
      const query = c.req.query();
      const { indicator, charts } = await load(c.req.param("code"), i18n, query);
      const kind = chartKind(query.chart);
      const chart = chartElement(kind, indicator, charts, i18n);
      const rows = kind === "series" ? charts.series?.points : charts.compare?.bars;
      if (!chart || !rows) throw errors.notFound("This chart has no data");
      const ctx = pageContext(c);
      const description = (kind === "series" ? charts.series?.description : charts.compare?.description) ?? "";
      const title =
        kind === "series" ? `${indicator.name}: ${charts.series?.name}` : `${indicator.name}, ${charts.compare?.year}`;
      const pageQuery = new URLSearchParams(ctx.query);
      pageQuery.delete("chart");
      c.header("Content-Security-Policy", EMBED_CSP);
      return renderPage(
        c,
        <EmbedPage
          ctx={ctx}
          title={title}
          kind={kind}
          chart={chart}
          description={description}
          rows={rows}
          table={
            <NumbersTable ctx={ctx} indicator={indicator} rows={rows} first={kind === "series" ? "year" : "series"} />
          }
          pageHref={`${indicatorHref(indicator.code)}?${pageQuery.toString()}`}
        />,
      );
    });
}
