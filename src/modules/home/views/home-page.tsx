import type { I18n } from "../../../platform/i18n/i18n.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { HeadlineFigureSeed } from "../../../reference/data/headline-figures.ts";

function formatFigure(i18n: I18n, figure: HeadlineFigureSeed): string {
  if (figure.unit === "percent") return i18n.number(figure.value / 100, { style: "percent" });
  const big = figure.value >= 1_000_000;
  const text = i18n.number(
    figure.value,
    big ? { notation: "compact", compactDisplay: "long", maximumFractionDigits: 1 } : {},
  );
  return figure.atLeast ? `${text}+` : text;
}

const SECTIONS = [
  { href: "/action-lines", title: "nav.actionLines", text: "home.explore.actionLines" },
  { href: "/sdgs", title: "nav.sdgs", text: "home.explore.sdgs" },
  { href: "/matrix", title: "nav.matrix", text: "home.explore.matrix" },
  { href: "/stocktaking", title: "nav.stocktaking", text: "home.explore.stocktaking" },
  { href: "/forum", title: "nav.forum", text: "site.home.forum" },
  { href: "/api/openapi.json", title: "home.explore.api", text: "home.explore.apiText" },
] as const;

export function HomePage({ ctx, figures }: { ctx: PageContext; figures: readonly HeadlineFigureSeed[] }) {
  const { i18n } = ctx;
  return (
    <Layout ctx={ctx} title={i18n.t("site.name")} description={i18n.t("home.lead")}>
      <h1>{i18n.t("home.title")}</h1>
      <p class="lead">{i18n.t("home.lead")}</p>
      <p>{i18n.t("home.body")}</p>

      <section aria-labelledby="figures">
        <h2 id="figures">{i18n.t("home.figures.heading")}</h2>
        <ul class="figures">
          {figures.map((figure) => (
            <li class="figure">
              <p class="figure__value">{formatFigure(i18n, figure)}</p>
              <p class="figure__label">{i18n.t(`home.figure.${figure.key}`)}</p>
              <p class="figure__source">
                <a href={figure.sourceUrl} rel="external">
                  {i18n.t("home.figure.source", { source: figure.source, year: String(figure.year) })}
                </a>
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="explore">
        <h2 id="explore">{i18n.t("home.explore.heading")}</h2>
        <ul class="cards cards--grid">
          {SECTIONS.map((section) => (
            <li class="card">
              <h3>
                <a href={section.href}>{i18n.t(section.title)}</a>
              </h3>
              <p>{i18n.t(section.text)}</p>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
