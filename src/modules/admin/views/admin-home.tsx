import type { MessageKey } from "../../../platform/i18n/i18n.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";

export interface AdminLink {
  href: string;
  title: MessageKey;
  text: MessageKey;
}

/** The way into each part of administration the actor may use; the route leaves out the others. */
export function AdminHomePage({ ctx, links }: { ctx: PageContext; links: AdminLink[] }) {
  const { i18n } = ctx;
  const title = i18n.t("admin.home.title");
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{i18n.t("admin.home.intro")}</p>
      {links.length === 0 ? (
        <p>{i18n.t("admin.home.nothing")}</p>
      ) : (
        <ul class="link-list">
          {links.map((link) => (
            <li>
              <a href={link.href}>{i18n.t(link.title)}</a>
              <p>{i18n.t(link.text)}</p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
