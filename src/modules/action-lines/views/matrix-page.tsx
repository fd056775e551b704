import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { Matrix } from "../../../reference/reference.service.ts";
import { actionLineHref, sdgHref } from "./parts.tsx";

/**
 * The matrix as one table: a row per Action Line, a column per goal, header cells scoped so a screen reader
 * announces "C5, Goal 9" for every cell. On a phone the table scrolls inside a focusable region while the
 * row headers stay in view.
 */
export function MatrixPage({ ctx, matrix, updatedAt }: { ctx: PageContext; matrix: Matrix; updatedAt?: string }) {
  const { i18n } = ctx;
  const lines = matrix.actionLines.filter((l) => l.kind === "line");
  const cell = new Map(matrix.links.map((link) => [`${link.actionLineCode}|${link.sdgNumber}`, link]));
  const goalsLinked = new Set(matrix.links.map((l) => l.sdgNumber)).size;
  // Said once per page, not once per cell: 306 cells would format the same message 306 times.
  const notLinked = i18n.t("matrix.notLinked");
  const linked = i18n.t("matrix.linked");
  return (
    <Layout
      ctx={ctx}
      title={i18n.t("matrix.title")}
      description={i18n.t("matrix.intro")}
      alternateJson="/api/v1/matrix"
    >
      <h1>{i18n.t("matrix.title")}</h1>
      <p class="lead">{i18n.t("matrix.intro")}</p>
      <p>
        {i18n.t("matrix.linkCount", { links: matrix.links.length, lines: lines.length, goals: goalsLinked })}{" "}
        {updatedAt && i18n.t("matrix.updated", { date: i18n.date(updatedAt) })}
      </p>
      <p class="muted" id="matrix-hint">
        {i18n.t("matrix.scrollHint")}
      </p>
      <section class="table-scroll" aria-labelledby="matrix-caption" tabindex={0}>
        <table class="matrix" aria-describedby="matrix-hint">
          <caption id="matrix-caption">{i18n.t("matrix.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t("matrix.actionLine")}</th>
              {matrix.sdgs.map((goal) => (
                <th scope="col" class={`sdg-col sdg-${goal.number}`}>
                  <a href={sdgHref(goal.number)}>
                    <span aria-hidden="true">{goal.number}</span>
                    <span class="visually-hidden">
                      {i18n.t("sdgs.goal", { number: goal.number })}: {goal.shortTitle}
                    </span>
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr>
                <th scope="row">
                  <a href={actionLineHref(line.code)}>
                    <span class="code">{line.code}</span> <span class="matrix__title">{line.title}</span>
                  </a>
                </th>
                {matrix.sdgs.map((goal) => {
                  const link = cell.get(`${line.code}|${goal.number}`);
                  if (!link) {
                    return (
                      <td class="matrix__empty">
                        <span class="visually-hidden">{notLinked}</span>
                      </td>
                    );
                  }
                  return (
                    <td class="matrix__linked">
                      <span class="matrix__mark" aria-hidden="true">
                        ●
                      </span>
                      {link.targets.length > 0 ? (
                        <>
                          <span class="visually-hidden">
                            {i18n.t("matrix.linkedTargets", { targets: i18n.list(link.targets.map(i18n.ltr)) })}
                          </span>
                          <span class="matrix__targets" aria-hidden="true">
                            {link.targets.map((target) => (
                              <>
                                <span class="code-ltr">{target}</span>{" "}
                              </>
                            ))}
                          </span>
                        </>
                      ) : (
                        <span class="visually-hidden">{linked}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <h2>{i18n.t("matrix.download")}</h2>
      <ul class="inline-list">
        <li>
          <a href={`/api/v1/matrix.csv?lang=${i18n.locale}`} download="wsis-sdg-matrix.csv" type="text/csv">
            {i18n.t("matrix.csv")}
          </a>
        </li>
        <li>
          <a href={`/api/v1/matrix?lang=${i18n.locale}`} type="application/json">
            {i18n.t("matrix.json")}
          </a>
        </li>
      </ul>
      <p class="muted">{i18n.t("matrix.sourceNote")}</p>
    </Layout>
  );
}
