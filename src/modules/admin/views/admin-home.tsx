import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { StaffSection } from "../staff-home.ts";

/**
 * The staff home: the tools of the person's roles by part of the process, each with what waits there. A count
 * above zero is said in words and marked, so it is not told by colour alone.
 */
export function AdminHomePage({ ctx, sections }: { ctx: PageContext; sections: StaffSection[] }) {
  const { i18n } = ctx;
  const title = i18n.t("admin.home.title");
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{i18n.t("admin.home.intro")}</p>
      {sections.length === 0 ? (
        <p>{i18n.t("admin.home.nothing")}</p>
      ) : (
        sections.map((section) => (
          <section class="staff-section" aria-labelledby={section.id}>
            <h2 id={section.id} dir="auto">
              {section.heading}
            </h2>
            {section.note && <p class="muted">{section.note}</p>}
            <ul class="staff-tasks">
              {section.tasks.map((task) => (
                <li class={task.due ? "staff-task staff-task--due" : "staff-task"}>
                  <h3>
                    <a href={task.href}>{task.title}</a>
                  </h3>
                  <p>{task.text}</p>
                  {task.waiting && (
                    <p class="staff-task__waiting">
                      {task.due && <strong>{i18n.t("staff.task.due")} </strong>}
                      {task.waiting}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </Layout>
  );
}
