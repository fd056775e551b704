import type { I18n } from "../../platform/i18n/i18n.ts";
import { TOTAL } from "./breakdown.ts";
import type { Indicator, Observation } from "./measuring.service.ts";
import { formatValue, seriesName } from "./views/format.ts";

// What an indicator page's two charts show, worked out from the data and the chart settings in the URL
// (geography, breakdown, year): the same model feeds the SVG, the description, the table and the downloads.

export interface ChartSelection {
  geography?: string;
  breakdown?: string;
  year?: number;
}

export interface SeriesOption {
  geography: string;
  breakdown: string;
  name: string;
  years: number;
}

export interface IndicatorCharts {
  options: SeriesOption[];
  series: { geography: string; breakdown: string; name: string; points: Observation[]; description: string } | null;
  compare: { year: number; years: number[]; bars: Observation[]; description: string } | null;
  max: number;
}

const key = (o: { geography: string; breakdown: string }) => `${o.geography}|${o.breakdown}`;

export function indicatorCharts(
  indicator: Indicator,
  observations: readonly Observation[],
  selection: ChartSelection,
  i18n: I18n,
): IndicatorCharts {
  const bySeries = new Map<string, Observation[]>();
  for (const o of observations) bySeries.set(key(o), [...(bySeries.get(key(o)) ?? []), o]);
  const options = [...bySeries.values()].map((points) => {
    const first = points[0] as Observation;
    return {
      geography: first.geography,
      breakdown: first.breakdown,
      name: seriesName(i18n, first.geography, first.breakdown),
      years: points.length,
    };
  });
  const max = Math.max(indicator.unit === "percent" ? 100 : 0, ...observations.map((o) => o.value));
  if (options.length === 0) return { options, series: null, compare: null, max };

  const chosen =
    options.find((o) => o.geography === selection.geography && o.breakdown === (selection.breakdown ?? TOTAL)) ??
    options.find((o) => o.geography === "world" && o.breakdown === TOTAL) ??
    [...options].sort((a, b) => b.years - a.years)[0];
  const points = [...(bySeries.get(key(chosen as SeriesOption)) ?? [])].sort((a, b) => a.year - b.year);
  const series = chosen
    ? { ...chosen, points, description: describeSeries(i18n, indicator, chosen.name, points) }
    : null;

  const years = [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b);
  const countIn = (year: number) => observations.filter((o) => o.year === year).length;
  const year =
    selection.year !== undefined && years.includes(selection.year)
      ? selection.year
      : ([...years].reverse().find((y) => countIn(y) >= 2) ?? (years[years.length - 1] as number));
  const bars = observations.filter((o) => o.year === year).sort((a, b) => b.value - a.value);
  return {
    options,
    series,
    compare: { year, years, bars, description: describeComparison(i18n, indicator, year, bars) },
    max,
  };
}

function describeSeries(i18n: I18n, indicator: Indicator, name: string, points: readonly Observation[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return "";
  const fmt = (o: Observation) => formatValue(i18n, indicator.unit, o.value, o.qualifier);
  if (points.length === 1) {
    return i18n.t("measuring.describe.single", {
      name: indicator.name,
      series: name,
      value: fmt(first),
      year: first.year,
    });
  }
  const args = {
    name: indicator.name,
    series: name,
    from: fmt(first),
    fromYear: first.year,
    to: fmt(last),
    toYear: last.year,
  };
  if (last.value > first.value) return i18n.t("measuring.describe.rose", args);
  if (last.value < first.value) return i18n.t("measuring.describe.fell", args);
  return i18n.t("measuring.describe.same", args);
}

function describeComparison(i18n: I18n, indicator: Indicator, year: number, bars: readonly Observation[]): string {
  const high = bars[0];
  const low = bars[bars.length - 1];
  if (!high || !low) return "";
  const fmt = (o: Observation) => formatValue(i18n, indicator.unit, o.value, o.qualifier);
  const name = (o: Observation) => seriesName(i18n, o.geography, o.breakdown);
  if (bars.length === 1) {
    return i18n.t("measuring.describe.compareOne", {
      year,
      name: indicator.name,
      value: fmt(high),
      series: name(high),
    });
  }
  return i18n.t("measuring.describe.compare", {
    year,
    name: indicator.name,
    maxSeries: name(high),
    max: fmt(high),
    minSeries: name(low),
    min: fmt(low),
    count: bars.length,
  });
}
