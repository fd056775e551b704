import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import { TOTAL } from "../breakdown.ts";
import type { Headline, Indicator, Observation, WsisTarget } from "../measuring.service.ts";
import { formatValue, seriesName } from "./format.ts";
import { IndicatorLink, indicatorHref, targetAnchor } from "./parts.tsx";

interface Props {
  ctx: PageContext;
  headlines: Headline[];
  targets: WsisTarget[];
  indicators: Indicator[];
  /** The latest world figure (all people) of each indicator that has one. */
  latest: Map<string, Observation>;
}

export function DashboardPage({ ctx, headlines, targets, indicators, latest }: Props) {
  const { i18n } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={i18n.t("measuring.title")}
      description={i18n.t("measuring.intro")}
      alternateJson="/api/v1/indicators"
    >
      <h1>{i18n.t("measuring.title")}</h1>
      <p class="lead">{i18n.t("measuring.intro")}</p>

      <section aria-labelledby="headlines">
        <h2 id="headlines">{i18n.t("measuring.headlines.heading")}</h2>
        <ul class="measure-figures">
          {headlines.map((h) => {
            const o = h.observation;
            const label =
              h.breakdown === TOTAL
                ? h.indicator.name
                : `${h.indicator.name}: ${seriesName(i18n, h.geography, h.breakdown)}`;
            return (
              <li class="measure-figure">
                <p class="measure-figure__value">
                  {o ? formatValue(i18n, h.indicator.unit, o.value, o.qualifier) : i18n.t("measuring.noFigure")}
                </p>
                <p class="measure-figure__label">
                  <a href={indicatorHref(h.indicator.code)}>{label}</a>
                </p>
                {o && (
                  <p class="measure-figure__source muted">
                    {i18n.t("measuring.figure.source", {
                      year: o.year,
                      source: `${o.source.publisher}, ${o.source.title}`,
                    })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="targets">
        <h2 id="targets">{i18n.t("measuring.targets.heading")}</h2>
        <p>{i18n.t("measuring.targets.intro")}</p>
        <ol class="measure-targets">
          {targets.map((t) => (
            <li id={targetAnchor(t.number)}>
              <h3>{i18n.t("measuring.target.heading", { number: t.number, title: t.title })}</h3>
              <p>{t.text}</p>
              {t.indicators.length === 0 ? (
                <p class="muted">{i18n.t("measuring.target.none")}</p>
              ) : (
                <ul class="link-list">
                  {t.indicators.map((indicator) => (
                    <li>
                      <IndicatorLink i18n={i18n} indicator={indicator} latest={latest.get(indicator.code)} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="indicators">
        <h2 id="indicators">{i18n.t("measuring.indicators.heading")}</h2>
        <ul class="link-list">
          {indicators.map((indicator) => (
            <li>
              <IndicatorLink i18n={i18n} indicator={indicator} latest={latest.get(indicator.code)} />
              <p class="muted">{indicator.definition}</p>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
