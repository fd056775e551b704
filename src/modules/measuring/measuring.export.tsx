import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import type { I18n } from "../../platform/i18n/i18n.ts";
import type { IndicatorCharts } from "./measuring.charts.ts";
import type { Indicator } from "./measuring.service.ts";
import { BarChart, LineChart } from "./views/chart.tsx";
import { citation, formatValue, seriesName } from "./views/format.ts";

export type ChartKind = "series" | "compare";

/** One of an indicator page's charts as an element (page, embed and downloads draw the same one). */
export function chartElement(
  kind: ChartKind,
  indicator: Indicator,
  charts: IndicatorCharts,
  i18n: I18n,
  id = `chart-${kind}`,
) {
  const rtl = i18n.dir === "rtl";
  if (kind === "series" && charts.series) {
    const s = charts.series;
    return (
      <LineChart
        id={id}
        title={`${indicator.name}: ${s.name}`}
        description={s.description}
        rtl={rtl}
        max={charts.max}
        points={s.points.map((o) => ({
          label: String(o.year),
          value: o.value,
          text: formatValue(i18n, indicator.unit, o.value, o.qualifier),
        }))}
      />
    );
  }
  if (kind === "compare" && charts.compare) {
    const c = charts.compare;
    return (
      <BarChart
        id={id}
        title={`${indicator.name}, ${c.year}`}
        description={c.description}
        rtl={rtl}
        max={charts.max}
        bars={c.bars.map((o) => ({
          label: seriesName(i18n, o.geography, o.breakdown),
          value: o.value,
          text: formatValue(i18n, indicator.unit, o.value, o.qualifier),
        }))}
      />
    );
  }
  return undefined;
}

const escapeXml = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** Splits text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A chart as a file: the chart with its title above and its citation below, so a downloaded image still says
 * what it shows and where the numbers come from. Undefined when the chart has no data.
 */
export function standaloneSvg(kind: ChartKind, indicator: Indicator, charts: IndicatorCharts, i18n: I18n) {
  const element = chartElement(kind, indicator, charts, i18n, `file-${kind}`);
  const rows = kind === "series" ? charts.series?.points : charts.compare?.bars;
  if (!element || !rows) return undefined;
  const inner = String(element);
  const width = Number(/width="(\d+)"/.exec(inner)?.[1] ?? 640);
  const innerHeight = Number(/height="(\d+)"/.exec(inner)?.[1] ?? 300);
  const title =
    kind === "series" ? `${indicator.name}: ${charts.series?.name}` : `${indicator.name}, ${charts.compare?.year}`;
  const notes = wrap(citation(i18n, rows), 95);
  const top = 32;
  const height = top + innerHeight + 10 + notes.length * 16 + 8;
  const rtl = i18n.dir === "rtl";
  const x = rtl ? width - 8 : 8;
  // Visual anchors with direction="ltr", as in chart.tsx: right-aligned for right-to-left readers.
  const anchor = `text-anchor="${rtl ? "end" : "start"}"`;
  const dir = 'direction="ltr"';
  // Right-to-left embedding (RLE … PDF) so a line mixing Arabic, URLs and numbers reads in Arabic order.
  const run = (s: string) => (rtl ? `\u202B${s}\u202C` : s);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${x}" y="22" ${anchor} ${dir} font-size="16" font-weight="bold" fill="#111111">${escapeXml(run(title))}</text>`,
    `<g transform="translate(0 ${top})">${inner.replace("<svg ", '<svg x="0" y="0" ')}</g>`,
    ...notes.map(
      (line, i) =>
        `<text x="${x}" y="${top + innerHeight + 22 + i * 16}" ${anchor} ${dir} font-size="11" fill="#333333">${escapeXml(run(line))}</text>`,
    ),
    "</svg>",
  ].join("");
  return { svg, width, height };
}

const require = createRequire(import.meta.url);
const font = (file: string) => require.resolve(`@expo-google-fonts/${file}`);
/**
 * Fonts from the npm packages the PDFs use too. Each PNG loads only the ones its language needs: the Chinese
 * font alone is 10 MB, and loading it for every PNG took most of the time.
 */
const LATIN = [font("noto-sans/400Regular/NotoSans_400Regular.ttf"), font("noto-sans/700Bold/NotoSans_700Bold.ttf")];
const EXTRA: Partial<Record<string, string[]>> = {
  ar: [
    font("noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf"),
    font("noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf"),
  ],
  zh: [font("noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf")],
};

/** The SVG drawn as a PNG at twice its size (sharp on high-density screens), with the bundled fonts only. */
export function svgToPng(svg: string, width: number, locale: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width * 2 },
    font: {
      fontFiles: [...LATIN, ...(EXTRA[locale] ?? [])],
      loadSystemFonts: false,
      defaultFontFamily: "Noto Sans",
      sansSerifFamily: "Noto Sans",
    },
  });
  return resvg.render().asPng();
}
