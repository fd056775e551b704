import { Hono } from "hono";
import type { AppEnv } from "../../platform/http/env.ts";
import { pageContext, renderPage } from "../../platform/views/page.ts";
import { HEADLINE_FIGURES } from "../../reference/data/headline-figures.ts";
import { HomePage } from "./views/home-page.tsx";

export function homePages() {
  return new Hono<AppEnv>().get("/", (c) =>
    renderPage(c, <HomePage ctx={pageContext(c)} figures={HEADLINE_FIGURES} />),
  );
}
