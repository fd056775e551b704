import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { ActionLine, Sdg } from "../../../reference/reference.service.ts";
import { SdgBadge, sdgHref } from "./parts.tsx";

export function SdgListPage({ ctx, sdgs, lines }: { ctx: PageContext; sdgs: Sdg[]; lines: ActionLine[] }) {
  const { i18n } = ctx;
  return (
    <Layout ctx={ctx} title={i18n.t("sdgs.title")} description={i18n.t("sdgs.intro")} alternateJson="/api/v1/sdgs">
      <h1>{i18n.t("sdgs.title")}</h1>
      <p class="lead">{i18n.t("sdgs.intro")}</p>
      <ol class="goal-grid">
        {sdgs.map((goal) => {
          const count = lines.filter((l) => l.sdgs.includes(goal.number)).length;
          return (
            <li class={`goal-tile sdg-${goal.number}`}>
              <SdgBadge sdg={goal} />
              <div>
                <h2>
                  <a href={sdgHref(goal.number)}>
                    <span class="visually-hidden">{i18n.t("sdgs.goal", { number: goal.number })}: </span>
                    {goal.shortTitle}
                  </a>
                </h2>
                <p>{goal.title}</p>
                <p class="muted">
                  {i18n.t("sdgs.lineCount", { count })} · {i18n.t("sdgs.targetCount", { count: goal.targets.length })}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </Layout>
  );
}
