import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { ActionLine } from "../../../reference/reference.service.ts";
import { ActionLineCode, AgencyNames, actionLineHref } from "./parts.tsx";

function LineSummary({ ctx, line, nested }: { ctx: PageContext; line: ActionLine; nested?: boolean }) {
  const { i18n } = ctx;
  const link = (
    <a href={actionLineHref(line.code)}>
      <ActionLineCode line={line} /> {line.title}
    </a>
  );
  return (
    <li class="card">
      {nested ? <h3>{link}</h3> : <h2>{link}</h2>}
      <dl class="facts">
        <dt>{i18n.t("actionLines.lead", { count: line.lead.length })}</dt>
        <dd>
          <AgencyNames agencies={line.lead} i18n={i18n} />
        </dd>
        <dt>{i18n.t("actionLines.co", { count: Math.max(line.coFacilitators.length, 1) })}</dt>
        <dd>
          {line.coFacilitators.length > 0 ? (
            <AgencyNames agencies={line.coFacilitators} i18n={i18n} />
          ) : (
            i18n.t("actionLines.noCo")
          )}
        </dd>
      </dl>
      <p class="muted">{i18n.t("actionLines.sdgCount", { count: line.sdgs.length })}</p>
    </li>
  );
}

export function ActionLineListPage({ ctx, lines }: { ctx: PageContext; lines: ActionLine[] }) {
  const { i18n } = ctx;
  const topLevel = lines.filter((l) => l.parentCode === null);
  return (
    <Layout
      ctx={ctx}
      title={i18n.t("actionLines.title")}
      description={i18n.t("actionLines.intro")}
      alternateJson="/api/v1/action-lines"
    >
      <h1>{i18n.t("actionLines.title")}</h1>
      <p class="lead">{i18n.t("actionLines.intro")}</p>
      <ol class="cards">
        {topLevel.map((line) =>
          line.kind === "group" ? (
            <li class="card card--group">
              <h2>
                <a href={actionLineHref(line.code)}>
                  <ActionLineCode line={line} /> {line.title}
                </a>
              </h2>
              <ol class="cards">
                {lines
                  .filter((l) => l.parentCode === line.code)
                  .map((sub) => (
                    <LineSummary ctx={ctx} line={sub} nested />
                  ))}
              </ol>
            </li>
          ) : (
            <LineSummary ctx={ctx} line={line} />
          ),
        )}
      </ol>
    </Layout>
  );
}
