import { Layout } from "./layout.tsx";
import type { PageContext } from "./page.ts";

interface ErrorPageProps {
  ctx: PageContext;
  title: string;
  body: string;
}

export function ErrorPage({ ctx, title, body }: ErrorPageProps) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <a href="/">{ctx.i18n.t("error.backHome")}</a>
      </p>
    </Layout>
  );
}
