import type { I18n } from "../../../platform/i18n/i18n.ts";
import type { Indicator, Observation } from "../measuring.service.ts";
import { formatValue } from "./format.ts";

export const indicatorHref = (code: string) => `/measuring/indicators/${encodeURIComponent(code)}`;
export const targetAnchor = (n: number) => `target-${n}`;

/** An indicator's name as a link, with its latest world value or "No figure published". */
export function IndicatorLink({ i18n, indicator, latest }: { i18n: I18n; indicator: Indicator; latest?: Observation }) {
  return (
    <>
      <a href={indicatorHref(indicator.code)}>{indicator.name}</a>
      <span class="muted">
        {" — "}
        {latest
          ? i18n.t("measuring.latest", {
              value: formatValue(i18n, indicator.unit, latest.value, latest.qualifier),
              year: latest.year,
            })
          : indicator.observationCount === 0
            ? i18n.t("measuring.noFigure")
            : ""}
      </span>
    </>
  );
}
