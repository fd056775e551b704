import type { I18n, MessageKey } from "../../../platform/i18n/i18n.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type {
  Breakdown,
  StatisticsBreakdown,
  StatisticsCategory,
  StocktakingStatistics,
} from "../stocktaking.statistics.ts";
import { BarChart } from "./bar-chart.tsx";

/** How many of the largest categories the text alternative names. */
const LARGEST = 3;

/** A category as the page names it: Action Lines and goals with their code or number. */
export function categoryLabel(i18n: I18n, key: Breakdown, category: StatisticsCategory): string {
  if (key === "actionLine") return `${i18n.ltr(category.code)} ${category.name}`;
  if (key === "sdg") return `${category.code}. ${category.name}`;
  return category.name;
}

/** "C2 Information and communication infrastructure: 12 projects". */
function counted(i18n: I18n, key: Breakdown, category: StatisticsCategory): string {
  return i18n.t("stocktaking.statistics.item", { label: categoryLabel(i18n, key, category), count: category.count });
}

/** The chart's text alternative: its largest categories, in words. */
function summary(i18n: I18n, breakdown: StatisticsBreakdown): string {
  const largest = breakdown.categories
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, LARGEST);
  if (largest.length === 0) return i18n.t("stocktaking.statistics.empty");
  return i18n.t("stocktaking.statistics.largest", {
    list: i18n.list(largest.map((c) => counted(i18n, breakdown.key, c))),
  });
}

function BreakdownSection({ i18n, breakdown }: { i18n: I18n; breakdown: StatisticsBreakdown }) {
  const { key } = breakdown;
  const id = `by-${key}`;
  const title = i18n.t(`stocktaking.statistics.by.${key}` as MessageKey);
  return (
    <section class="statistic" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div class="statistic__body">
        <figure class="chart">
          <BarChart
            id={`${id}-chart`}
            name={i18n.t("stocktaking.statistics.chart", { title })}
            description={`${id}-summary`}
            dir={i18n.dir}
            bars={breakdown.categories.map((category) => ({
              label: categoryLabel(i18n, key, category),
              value: i18n.number(category.count),
              count: category.count,
              href: category.href,
              linkName: counted(i18n, key, category),
            }))}
          />
          <figcaption id={`${id}-summary`}>{summary(i18n, breakdown)}</figcaption>
        </figure>
        <table class="data-table statistic__table">
          <caption>{i18n.t("stocktaking.statistics.tableCaption", { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t(`stocktaking.facet.${key}` as MessageKey)}</th>
              <th scope="col" class="num">
                {i18n.t("stocktaking.statistics.projects")}
              </th>
            </tr>
          </thead>
          <tbody>
            {breakdown.categories.map((category) => (
              <tr>
                <th scope="row">{categoryLabel(i18n, key, category)}</th>
                <td class="num">{i18n.number(category.count)}</td>
              </tr>
            ))}
            {breakdown.notStated > 0 && (
              <tr>
                <th scope="row">{i18n.t("stocktaking.statistics.notStated")}</th>
                <td class="num">{i18n.number(breakdown.notStated)}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function StatisticsPage({ ctx, statistics }: { ctx: PageContext; statistics: StocktakingStatistics }) {
  const { i18n } = ctx;
  const title = i18n.t("stocktaking.statistics.title");
  return (
    <Layout
      ctx={ctx}
      title={title}
      description={i18n.t("stocktaking.statistics.intro")}
      breadcrumbs={[{ href: "/stocktaking", label: i18n.t("stocktaking.search.title") }]}
      alternateJson={`/api/v1/stocktaking/statistics?lang=${i18n.locale}`}
    >
      <h1>{title}</h1>
      <p class="lead">{i18n.t("stocktaking.statistics.intro")}</p>
      <p>
        <strong>{i18n.t("stocktaking.statistics.total", { count: statistics.total })}</strong>{" "}
        {i18n.t("stocktaking.statistics.several")}
      </p>
      <ul class="inline-list">
        <li>
          <a href={`/stocktaking/statistics.csv?lang=${i18n.locale}`} download type="text/csv">
            {i18n.t("stocktaking.statistics.csv")}
          </a>
        </li>
        <li>
          <a href={`/api/v1/stocktaking/statistics?lang=${i18n.locale}`} type="application/json">
            {i18n.t("stocktaking.statistics.json")}
          </a>
        </li>
        <li>
          <a href="/stocktaking">{i18n.t("stocktaking.search.label")}</a>
        </li>
      </ul>
      {statistics.breakdowns.map((breakdown) => (
        <BreakdownSection i18n={i18n} breakdown={breakdown} />
      ))}
    </Layout>
  );
}
