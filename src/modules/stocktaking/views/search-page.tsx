import type { I18n, MessageKey } from "../../../platform/i18n/i18n.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { Facet, SearchResult } from "../search/search.ts";
import { FACET_PARAMS, PAGE_SIZE, type SearchParams, searchHref } from "../stocktaking.query.ts";

/** Names of facet values in the reader's language. */
export type FacetNames = Record<Facet, (value: string) => string>;

const FACET_ORDER: Facet[] = ["actionLine", "sdg", "region", "country", "stakeholderType", "status", "year"];

function selected(params: SearchParams, facet: Facet): string[] {
  return params[FACET_PARAMS[facet]] as string[];
}

function toggle(params: SearchParams, facet: Facet, value: string): string {
  const current = selected(params, facet);
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return searchHref(params, { [FACET_PARAMS[facet]]: next, page: 1 });
}

export function SearchPage({
  ctx,
  params,
  result,
  names,
  notices = [],
}: {
  ctx: PageContext;
  params: SearchParams;
  result: SearchResult;
  names: FacetNames;
  /** What the page changed in the address it was given (a query cut, a filter left out, a page that does not exist). */
  notices?: string[];
}) {
  const { i18n } = ctx;
  const title = i18n.t("stocktaking.search.title");
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const active = FACET_ORDER.flatMap((facet) => selected(params, facet).map((value) => ({ facet, value })));
  return (
    <Layout
      ctx={ctx}
      title={title}
      description={i18n.t("stocktaking.search.intro")}
      alternateJson={`/api/v1${searchHref(params)}`}
    >
      <h1>{title}</h1>
      <p class="lead">{i18n.t("stocktaking.search.intro")}</p>
      {notices.length > 0 && (
        <div class="notice" role="status">
          {notices.map((text) => (
            <p>{text}</p>
          ))}
        </div>
      )}
      <search>
        <form method="get" action="/stocktaking" class="search-form">
          <label for="q">{i18n.t("stocktaking.search.label")}</label>
          <div class="actions">
            <input id="q" name="q" type="search" value={params.q} dir="auto" />
            {FACET_ORDER.flatMap((facet) =>
              selected(params, facet).map((value) => <input type="hidden" name={FACET_PARAMS[facet]} value={value} />),
            )}
            <label for="sort" class="visually-hidden">
              {i18n.t("stocktaking.search.sort")}
            </label>
            <select id="sort" name="sort">
              <option value="relevance" selected={params.sort !== "newest"}>
                {i18n.t("stocktaking.search.relevance")}
              </option>
              <option value="newest" selected={params.sort === "newest"}>
                {i18n.t("stocktaking.search.newest")}
              </option>
            </select>
            <button type="submit">{i18n.t("stocktaking.search.submit")}</button>
          </div>
        </form>
      </search>
      <p>
        <a href="/stocktaking/new">{i18n.t("stocktaking.new.title")}</a> ·{" "}
        <a href={`/api/v1/stocktaking.csv${searchHref(params).replace("/stocktaking", "")}`} download>
          {i18n.t("stocktaking.search.csv")}
        </a>{" "}
        · <a href="/stocktaking/statistics">{i18n.t("stocktaking.statistics.title")}</a>
      </p>
      {active.length > 0 && (
        <section aria-labelledby="active-filters">
          <h2 id="active-filters">{i18n.t("stocktaking.search.activeFilters")}</h2>
          <ul class="inline-list">
            {active.map(({ facet, value }) => (
              <li>
                <a href={toggle(params, facet, value)}>
                  {i18n.t("stocktaking.search.remove", { filter: names[facet](value) })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div class="search-layout">
        <section aria-labelledby="results" class="search-results">
          <h2 id="results">{i18n.t("stocktaking.search.count", { count: result.total })}</h2>
          {result.total === 0 ? (
            <p>{active.length > 0 ? i18n.t("stocktaking.search.emptyFiltered") : i18n.t("stocktaking.search.empty")}</p>
          ) : (
            <ol class="results" start={(params.page - 1) * PAGE_SIZE + 1}>
              {result.hits.map((hit) => (
                <li>
                  <h3>
                    <a href={`/stocktaking/entries/${hit.entryId}`} dir="auto">
                      {hit.title}
                    </a>
                  </h3>
                  <p dir="auto">{hit.summary}</p>
                  <p class="muted">
                    <bdi>{hit.organizationName}</bdi>
                    {hit.countries.length > 0 && ` · ${i18n.list(hit.countries.map(names.country))}`}
                    {hit.actionLines.length > 0 && ` · ${i18n.list(hit.actionLines.map(i18n.ltr))}`}
                  </p>
                </li>
              ))}
            </ol>
          )}
          {pages > 1 && (
            <nav class="pager" aria-label={i18n.t("stocktaking.search.pages")}>
              {params.page > 1 && (
                <a href={searchHref(params, { page: params.page - 1 })} rel="prev">
                  {i18n.t("stocktaking.search.previous")}
                </a>
              )}
              <span>{i18n.t("stocktaking.search.pageOf", { page: params.page, pages })}</span>
              {params.page < pages && (
                <a href={searchHref(params, { page: params.page + 1 })} rel="next">
                  {i18n.t("stocktaking.search.next")}
                </a>
              )}
            </nav>
          )}
        </section>
        <section aria-labelledby="facets" class="facets">
          <h2 id="facets">{i18n.t("stocktaking.search.refine")}</h2>
          {FACET_ORDER.map((facet) => {
            const counts = result.facets[facet] ?? [];
            if (counts.length === 0) return null;
            const chosen = selected(params, facet);
            return (
              <div class="facet">
                <h3>{i18n.t(`stocktaking.facet.${facet}` as MessageKey)}</h3>
                <ul>
                  {counts.slice(0, 12).map(({ value, count }) => (
                    <li>
                      <a href={toggle(params, facet, value)} aria-current={chosen.includes(value) ? "true" : undefined}>
                        {names[facet](value)}
                      </a>{" "}
                      <span class="muted">({i18n.number(count)})</span>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      </div>
    </Layout>
  );
}

export function facetNames(
  i18n: I18n,
  lookups: {
    actionLine: (code: string) => string;
    sdg: (n: number) => string;
    region: (code: string) => string;
    stakeholderType: (code: string) => string;
  },
): FacetNames {
  return {
    actionLine: lookups.actionLine,
    sdg: (v) => lookups.sdg(Number(v)),
    region: lookups.region,
    country: i18n.country,
    stakeholderType: lookups.stakeholderType,
    status: (v) => i18n.t(`stocktaking.status.${v}` as MessageKey),
    year: (v) => v,
  };
}
