import type { I18n } from "../../../platform/i18n/i18n.ts";
import type { ActionLine, Agency, Sdg } from "../../../reference/reference.service.ts";

export function actionLineHref(code: string) {
  return `/action-lines/${encodeURIComponent(code)}`;
}

export function sdgHref(number: number) {
  return `/sdgs/${number}`;
}

/** "C5" or, for a C7 sub-line, "C7 · e-health" would repeat the title; the code alone is the stable name. */
export function ActionLineCode({ line }: { line: Pick<ActionLine, "code"> }) {
  return <span class="code">{line.code}</span>;
}

export function AgencyNames({ agencies, i18n, long }: { agencies: Agency[]; i18n: I18n; long?: boolean }) {
  if (!long) return <>{i18n.list(agencies.map((a) => a.acronym))}</>;
  return (
    <ul class="agency-list">
      {agencies.map((a) => (
        <li>
          <a href={a.website} rel="external">
            {a.name}
          </a>{" "}
          {a.acronym !== a.name && <span class="muted">({a.acronym})</span>}
        </li>
      ))}
    </ul>
  );
}

/** A goal's number on its official colour. The colour is decoration; the number and title carry the meaning. */
export function SdgBadge({ sdg }: { sdg: Pick<Sdg, "number" | "colour"> }) {
  return (
    <span class={`sdg-badge sdg-${sdg.number}`} aria-hidden="true">
      {sdg.number}
    </span>
  );
}

export interface LatestProjects {
  total: number;
  entries: { id: string; title: string; organizationName: string }[];
}

/** An indicator on the Measuring dashboard, as its service gives it. */
export interface LinkedIndicator {
  code: string;
  name: string;
}

/** The Measuring indicators that inform a line or a goal (from the Measuring service), each linking to its page. */
export function IndicatorsSection({ i18n, indicators }: { i18n: I18n; indicators: readonly LinkedIndicator[] }) {
  return (
    <section aria-labelledby="indicators">
      <h2 id="indicators">{i18n.t("measuring.linked.heading")}</h2>
      {indicators.length === 0 ? (
        <p>{i18n.t("measuring.linked.none")}</p>
      ) : (
        <>
          <p>{i18n.t("measuring.linked.intro")}</p>
          <ul class="link-list">
            {indicators.map((indicator) => (
              <li>
                <a href={`/measuring/indicators/${encodeURIComponent(indicator.code)}`}>{indicator.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The newest Stocktaking projects linked to a line or a goal, and the way to all of them. */
export function ProjectsSection({
  i18n,
  projects,
  allHref,
}: {
  i18n: I18n;
  projects: LatestProjects;
  allHref: string;
}) {
  return (
    <section aria-labelledby="projects">
      <h2 id="projects">{i18n.t("stocktaking.linked.title")}</h2>
      {projects.total === 0 ? (
        <p>{i18n.t("stocktaking.linked.none")}</p>
      ) : (
        <>
          <ul class="link-list">
            {projects.entries.map((e) => (
              <li>
                <a href={`/stocktaking/entries/${e.id}`} dir="auto">
                  {e.title}
                </a>{" "}
                <span class="muted">
                  (<bdi>{e.organizationName}</bdi>)
                </span>
              </li>
            ))}
          </ul>
          <p>
            <a href={allHref}>{i18n.t("stocktaking.linked.all", { count: projects.total })}</a>
          </p>
        </>
      )}
    </section>
  );
}
