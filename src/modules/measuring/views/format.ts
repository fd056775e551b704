import type { I18n, MessageKey } from "../../../platform/i18n/i18n.ts";
import { breakdownName, TOTAL } from "../breakdown.ts";
import type { IndicatorUnit } from "../data/indicators.ts";
import { geographyName } from "../geography.ts";
import type { Observation } from "../measuring.service.ts";

/** A value in the reader's language and unit: "68 %", "5.5 billion", "1.5 per 100", "280,000+", "about 6 billion". */
export function formatValue(
  i18n: I18n,
  unit: IndicatorUnit,
  value: number,
  qualifier: Observation["qualifier"] = null,
): string {
  let text: string;
  if (unit === "percent") text = i18n.number(value / 100, { style: "percent", maximumFractionDigits: 1 });
  else if (unit === "per100")
    text = i18n.t("measuring.value.per100", { value: i18n.number(value, { maximumFractionDigits: 1 }) });
  else if (value >= 1_000_000)
    text = i18n.number(value, { notation: "compact", compactDisplay: "long", maximumFractionDigits: 1 });
  else text = i18n.number(value);
  if (qualifier === "at_least") return i18n.t("measuring.value.atLeast", { value: text });
  if (qualifier === "about") return i18n.t("measuring.value.about", { value: text });
  return text;
}

/** "World", "World, Women", "Low-income economies". */
export function seriesName(i18n: I18n, geography: string, breakdown: string): string {
  const place = geographyName(geography, i18n);
  if (breakdown === TOTAL) return place;
  return i18n.t("measuring.series", { geography: place, breakdown: breakdownName(breakdown, i18n) });
}

export const unitKey = (unit: IndicatorUnit): MessageKey => `measuring.unit.${unit}`;

/** The citation line: each distinct source once, its licence, and when it was accessed. */
export function citation(i18n: I18n, observations: readonly Observation[]): string {
  const sources = [...new Set(observations.map((o) => `${o.source.publisher}, ${o.source.title} (${o.source.url})`))];
  const licences = [...new Set(observations.map((o) => o.licence ?? i18n.t("measuring.licence.none")))];
  const accessed = [...new Set(observations.map((o) => o.source.accessed))]
    .sort()
    .map((d) => i18n.date(new Date(`${d}T12:00:00Z`)));
  return i18n.t("measuring.citation", {
    sources: sources.join("; "),
    licences: i18n.list(licences),
    accessed: i18n.list(accessed),
  });
}
