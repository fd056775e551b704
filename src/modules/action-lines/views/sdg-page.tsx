import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { ActionLine, Sdg } from "../../../reference/reference.service.ts";
import {
  ActionLineCode,
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
  goal: Sdg;
  lines: ActionLine[];
  previous: Sdg | undefined;
  next: Sdg | undefined;
  projects: LatestProjects;
  indicators: readonly LinkedIndicator[];
}

export function SdgPage({ ctx, goal, lines, previous, next, projects, indicators }: Props) {
  const { i18n } = ctx;
  const linked = lines.filter((l) => l.sdgs.includes(goal.number));
  const goalLabel = i18n.t("sdgs.goal", { number: goal.number });
  const targetsOf = (line: ActionLine) => line.targets.filter((t) => t.split(".")[0] === String(goal.number));
  return (
    <Layout
      ctx={ctx}
      title={`${goalLabel}: ${goal.shortTitle}`}
      description={goal.title}
      breadcrumbs={[{ href: "/sdgs", label: i18n.t("sdgs.title") }]}
      alternateJson={`/api/v1/sdgs/${goal.number}`}
    >
      <div class={`goal-heading sdg-${goal.number}`}>
        <SdgBadge sdg={goal} />
        <h1>
          {goalLabel}: {goal.shortTitle}
        </h1>
      </div>
      <p class="lead">{goal.title}</p>

      <section aria-labelledby="lines">
        <h2 id="lines">{i18n.t("sdg.linesHeading")}</h2>
        {linked.length === 0 ? (
          <p>{i18n.t("sdg.linesNone")}</p>
        ) : (
          <ul class="link-list">
            {linked.map((line) => {
              const targets = targetsOf(line);
              return (
                <li>
                  <a href={actionLineHref(line.code)}>
                    <ActionLineCode line={line} /> {line.title}
                  </a>
                  <p class="muted">
                    {targets.length > 0
                      ? i18n.t("actionLine.targets", { targets: i18n.list(targets.map(i18n.ltr)) })
                      : i18n.t("actionLine.noTargets")}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="targets">
        <h2 id="targets">{i18n.t("sdg.targetsHeading")}</h2>
        <p>{i18n.t("sdg.targetsIntro")}</p>
        <ul class="target-list">
          {goal.targets.map((target) => {
            const naming = linked.filter((l) => l.targets.includes(target)).map((l) => l.code);
            return (
              <li class={naming.length > 0 ? "target target--named" : "target"}>
                <span class="code code-ltr">{target}</span>
                {naming.length > 0 && (
                  <span class="muted"> {i18n.t("sdg.targetNamed", { lines: i18n.list(naming.map(i18n.ltr)) })}</span>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <IndicatorsSection i18n={i18n} indicators={indicators} />

      <ProjectsSection i18n={i18n} projects={projects} allHref={`/stocktaking?sdg=${goal.number}`} />

      <nav class="pager" aria-label={i18n.t("sdgs.title")}>
        {previous && (
          <a href={sdgHref(previous.number)} rel="prev">
            {i18n.t("sdg.previous")}: {i18n.t("sdgs.goal", { number: previous.number })} {previous.shortTitle}
          </a>
        )}
        {next && (
          <a href={sdgHref(next.number)} rel="next">
            {i18n.t("sdg.next")}: {i18n.t("sdgs.goal", { number: next.number })} {next.shortTitle}
          </a>
        )}
      </nav>
    </Layout>
  );
}
