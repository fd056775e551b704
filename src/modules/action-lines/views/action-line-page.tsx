import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { ActionLine, Sdg } from "../../../reference/reference.service.ts";
import {
  ActionLineCode,
  AgencyNames,
  actionLineHref,
  IndicatorsSection,
  type LatestProjects,
  type LinkedIndicator,
  ProjectsSection,
  SdgBadge,
  sdgHref,
} from "./parts.tsx";

interface Props {
  ctx: PageContext;
  line: ActionLine;
  parent: ActionLine | undefined;
  subLines: ActionLine[];
  sdgs: Sdg[];
  projects: LatestProjects | undefined;
  indicators: readonly LinkedIndicator[];
}

export function ActionLinePage({ ctx, line, parent, subLines, sdgs, projects, indicators }: Props) {
  const { i18n } = ctx;
  const linked = sdgs.filter((g) => line.sdgs.includes(g.number));
  const crumbs = [{ href: "/action-lines", label: i18n.t("actionLines.title") }];
  if (parent) crumbs.push({ href: actionLineHref(parent.code), label: `${parent.code} ${parent.title}` });
  return (
    <Layout
      ctx={ctx}
      title={`${line.code} ${line.title}`}
      description={line.summary}
      breadcrumbs={crumbs}
      alternateJson={`/api/v1/action-lines/${encodeURIComponent(line.code)}`}
    >
      <h1>
        <ActionLineCode line={line} /> {line.title}
      </h1>
      {parent && <p class="muted">{i18n.t("actionLine.partOf", { title: `${parent.code} ${parent.title}` })}</p>}
      <p class="lead">{line.summary}</p>

      {line.kind === "group" ? (
        <section aria-labelledby="sub-lines">
          <h2 id="sub-lines">{i18n.t("actionLine.subLines")}</h2>
          <ul class="link-list">
            {subLines.map((sub) => (
              <li>
                <a href={actionLineHref(sub.code)}>
                  <ActionLineCode line={sub} /> {sub.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <>
          <section aria-labelledby="facilitators">
            <h2 id="facilitators">{i18n.t("actionLine.facilitators")}</h2>
            <dl class="facts facts--stacked">
              <dt>{i18n.t("actionLines.lead", { count: line.lead.length })}</dt>
              <dd>
                <AgencyNames agencies={line.lead} i18n={i18n} long />
              </dd>
              <dt>{i18n.t("actionLines.co", { count: Math.max(line.coFacilitators.length, 1) })}</dt>
              <dd>
                {line.coFacilitators.length > 0 ? (
                  <AgencyNames agencies={line.coFacilitators} i18n={i18n} long />
                ) : (
                  i18n.t("actionLines.noCo")
                )}
              </dd>
            </dl>
          </section>
          <section aria-labelledby="sdgs">
            <h2 id="sdgs">{i18n.t("actionLine.sdgsHeading")}</h2>
            {linked.length === 0 ? (
              <p>{i18n.t("actionLine.sdgsNone")}</p>
            ) : (
              <ul class="goal-list">
                {linked.map((goal) => {
                  const targets = line.targets.filter((t) => t.split(".")[0] === String(goal.number));
                  return (
                    <li>
                      <SdgBadge sdg={goal} />
                      <div>
                        <a href={sdgHref(goal.number)}>
                          {i18n.t("sdgs.goal", { number: goal.number })}: {goal.shortTitle}
                        </a>
                        <p class="muted">
                          {targets.length > 0
                            ? i18n.t("actionLine.targets", { targets: i18n.list(targets.map(i18n.ltr)) })
                            : i18n.t("actionLine.noTargets")}
                        </p>
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </>
      )}
      {line.kind === "line" && <IndicatorsSection i18n={i18n} indicators={indicators} />}
      {projects && (
        <ProjectsSection
          i18n={i18n}
          projects={projects}
          allHref={`/stocktaking?actionLine=${encodeURIComponent(line.code)}`}
        />
      )}
      <p>
        <a href={`/api/v1/action-lines/${encodeURIComponent(line.code)}`} type="application/json">
          {i18n.t("actionLine.asJson")}
        </a>
      </p>
    </Layout>
  );
}
