import { csvHeader, csvRow } from "../../platform/http/csv.ts";
import { LONG_COLUMNS } from "./measuring.import.ts";
import type { Indicator, Observation, WsisTarget } from "./measuring.service.ts";

export function presentIndicator(i: Indicator) {
  return {
    code: i.code,
    name: i.name,
    definition: i.definition,
    unit: i.unit,
    breakdowns: i.breakdowns,
    wsisTargets: i.wsisTargets,
    actionLines: i.actionLines,
    sdgTargets: i.sdgTargets,
    sdmxSeries: i.sdmxSeries,
    observationCount: i.observationCount,
    url: `/measuring/indicators/${encodeURIComponent(i.code)}`,
  };
}

export function presentObservation(o: Observation) {
  return {
    geography: o.geography,
    year: o.year,
    breakdown: o.breakdown,
    value: o.value,
    valueText: o.valueText,
    qualifier: o.qualifier,
    source: o.source,
    licence: o.licence,
    note: o.note,
  };
}

export function presentTarget(t: WsisTarget) {
  return { number: t.number, title: t.title, text: t.text, indicators: t.indicators.map((i) => i.code) };
}

/**
 * The observations as CSV in the import's long format (same columns, same order), so a download can be edited
 * and loaded again with `wsis import indicators`; it starts with the UTF-8 byte-order mark as every CSV here.
 */
export function observationsCsv(indicator: Indicator, observations: readonly Observation[]): string {
  let out = csvHeader(LONG_COLUMNS);
  for (const o of observations) {
    out += csvRow([
      indicator.code,
      o.geography,
      o.year,
      o.breakdown,
      o.valueText,
      o.qualifier,
      o.source.publisher,
      o.source.title,
      o.source.url,
      o.source.accessed,
      o.licence,
      o.note,
    ]);
  }
  return out;
}

/** Only the observations a chart's settings select. */
export function selectObservations(
  observations: readonly Observation[],
  filter: { geography?: string; breakdown?: string; year?: number },
): Observation[] {
  return observations.filter(
    (o) =>
      (filter.geography === undefined || o.geography === filter.geography) &&
      (filter.breakdown === undefined || o.breakdown === filter.breakdown) &&
      (filter.year === undefined || o.year === filter.year),
  );
}
