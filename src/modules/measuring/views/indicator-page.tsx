import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { IndicatorCharts } from "../measuring.charts.ts";
import { chartElement } from "../measuring.export.tsx";
import type { Indicator, Observation } from "../measuring.service.ts";
import { citation, formatValue, seriesName, unitKey } from "./format.ts";
import { indicatorHref, targetAnchor } from "./parts.tsx";

interface Props {
  ctx: PageContext;
  indicator: Indicator;
  charts: IndicatorCharts;
}

const apiHref = (code: string, query: Record<string, string | number>, ext = "") =>
  `/api/v1/indicators/${encodeURIComponent(code)}${ext}?${new URLSearchParams(
    Object.entries(query).map(([k, v]) => [k, String(v)]),
  ).toString()}`;

function Downloads({
  ctx,
  code,
  kind,
  query,
}: {
  ctx: PageContext;
  code: string;
  kind: "series" | "compare";
  query: Record<string, string | number>;
}) {
  const { i18n } = ctx;
  const chartQuery = new URLSearchParams(
    Object.entries({ chart: kind, ...query, lang: i18n.locale }).map(([k, v]) => [k, String(v)]),
  ).toString();
  const page = indicatorHref(code);
  return (
    <p class="measure-downloads">
      {i18n.t("measuring.download.heading")}:{" "}
      <a href={apiHref(code, { ...query, lang: i18n.locale }, "/observations.csv")} download>
        {i18n.t("measuring.download.csv")}
      </a>
      {" · "}
      <a href={apiHref(code, { ...query, lang: i18n.locale })}>{i18n.t("measuring.download.json")}</a>
      {" · "}
      <a href={`${page}/chart.svg?${chartQuery}`} download>
        {i18n.t("measuring.download.svg")}
      </a>
      {" · "}
      <a href={`${page}/chart.png?${chartQuery}`} download>
        {i18n.t("measuring.download.png")}
      </a>
      {" · "}
      <a href={`/embed${page}?${chartQuery}`}>{i18n.t("measuring.download.embed")}</a>
    </p>
  );
}

export function NumbersTable({
  ctx,
  indicator,
  rows,
  first,
}: {
  ctx: PageContext;
  indicator: Indicator;
  rows: readonly Observation[];
  first: "year" | "series";
}) {
  const { i18n } = ctx;
  return (
    <table class="measure-table">
      <caption>{i18n.t("measuring.table.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{i18n.t(first === "year" ? "measuring.table.year" : "measuring.table.series")}</th>
          <th scope="col">{i18n.t("measuring.table.value")}</th>
          <th scope="col">{i18n.t("measuring.table.source")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((o) => (
          <tr>
            <th scope="row">{first === "year" ? o.year : seriesName(i18n, o.geography, o.breakdown)}</th>
            <td class="num">{formatValue(i18n, indicator.unit, o.value, o.qualifier)}</td>
            <td>
              <a href={o.source.url}>
                {o.source.publisher}, {o.source.title}
              </a>
              {o.note && <span class="muted"> {o.note}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function IndicatorPage({ ctx, indicator, charts }: Props) {
  const { i18n } = ctx;
  const { series, compare } = charts;
  return (
    <Layout
      ctx={ctx}
      title={indicator.name}
      description={indicator.definition}
      breadcrumbs={[{ href: "/measuring", label: i18n.t("measuring.title") }]}
      alternateJson={`/api/v1/indicators/${encodeURIComponent(indicator.code)}`}
    >
      <h1>{indicator.name}</h1>
      <p class="lead">{indicator.definition}</p>
      <dl class="facts">
        <dt>{i18n.t("measuring.indicator.unit")}</dt>
        <dd>{i18n.t(unitKey(indicator.unit))}</dd>
        <dt>{i18n.t("measuring.indicator.targets")}</dt>
        <dd>
          {indicator.wsisTargets.map((n, i) => (
            <>
              {i > 0 && ", "}
              <a href={`/measuring#${targetAnchor(n)}`}>{n}</a>
            </>
          ))}
        </dd>
        <dt>{i18n.t("measuring.indicator.actionLines")}</dt>
        <dd>
          {indicator.actionLines.length === 0
            ? i18n.t("measuring.none")
            : indicator.actionLines.map((code, i) => (
                <>
                  {i > 0 && ", "}
                  <a href={`/action-lines/${code}`} class="code-ltr">
                    {code}
                  </a>
                </>
              ))}
        </dd>
        <dt>{i18n.t("measuring.indicator.sdgTargets")}</dt>
        <dd>
          {indicator.sdgTargets.length === 0
            ? i18n.t("measuring.none")
            : indicator.sdgTargets.map((target, i) => (
                <>
                  {i > 0 && ", "}
                  <a href={`/sdgs/${target.split(".")[0]}`} class="code-ltr">
                    {target}
                  </a>
                </>
              ))}
        </dd>
        <dt>{i18n.t("measuring.indicator.breakdowns")}</dt>
        <dd>
          {indicator.breakdowns.length === 0
            ? i18n.t("measuring.none")
            : i18n.list(indicator.breakdowns.map((d) => i18n.t(`measuring.dimension.${d}`)))}
        </dd>
      </dl>

      {!series ? (
        <p class="measure-none">
          <strong>{i18n.t("measuring.noFigure")}</strong>
        </p>
      ) : (
        <>
          <section aria-labelledby="over-time" class="measure-chart">
            <h2 id="over-time">
              {i18n.t("measuring.chart.series.heading")}: {series.name}
            </h2>
            <div class="measure-chart__body">
              <figure>
                {chartElement("series", indicator, charts, i18n)}
                <figcaption>{series.description}</figcaption>
              </figure>
              <NumbersTable ctx={ctx} indicator={indicator} rows={series.points} first="year" />
            </div>
            <p class="measure-citation">{citation(i18n, series.points)}</p>
            <Downloads
              ctx={ctx}
              code={indicator.code}
              kind="series"
              query={{ geography: series.geography, breakdown: series.breakdown }}
            />
            {charts.options.length > 1 && (
              <nav aria-labelledby="series-choice">
                <h3 id="series-choice">{i18n.t("measuring.chart.series.choose")}</h3>
                <ul class="measure-options">
                  {charts.options.map((o) => {
                    const current = o.geography === series.geography && o.breakdown === series.breakdown;
                    const query = new URLSearchParams({ geography: o.geography, breakdown: o.breakdown });
                    if (compare) query.set("year", String(compare.year));
                    return (
                      <li>
                        <a
                          href={`${indicatorHref(indicator.code)}?${query.toString()}#over-time`}
                          aria-current={current ? "true" : undefined}
                        >
                          {o.name}
                        </a>
                      </li>
                    );
                  })}
                </ul>
              </nav>
            )}
          </section>

          {compare && (
            <section aria-labelledby="comparison" class="measure-chart">
              <h2 id="comparison">{i18n.t("measuring.chart.compare.heading", { year: compare.year })}</h2>
              <div class="measure-chart__body">
                <figure>
                  {chartElement("compare", indicator, charts, i18n)}
                  <figcaption>{compare.description}</figcaption>
                </figure>
                <NumbersTable ctx={ctx} indicator={indicator} rows={compare.bars} first="series" />
              </div>
              <p class="measure-citation">{citation(i18n, compare.bars)}</p>
              <Downloads ctx={ctx} code={indicator.code} kind="compare" query={{ year: compare.year }} />
              {compare.years.length > 1 && (
                <nav aria-labelledby="year-choice">
                  <h3 id="year-choice">{i18n.t("measuring.chart.compare.years")}</h3>
                  <ul class="measure-options">
                    {compare.years.map((y) => {
                      const query = new URLSearchParams({ year: String(y) });
                      if (series) {
                        query.set("geography", series.geography);
                        query.set("breakdown", series.breakdown);
                      }
                      return (
                        <li>
                          <a
                            href={`${indicatorHref(indicator.code)}?${query.toString()}#comparison`}
                            aria-current={y === compare.year ? "true" : undefined}
                          >
                            {y}
                          </a>
                        </li>
                      );
                    })}
                  </ul>
                </nav>
              )}
            </section>
          )}
        </>
      )}
    </Layout>
  );
}
