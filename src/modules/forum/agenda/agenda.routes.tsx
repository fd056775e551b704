import { Hono } from "hono";
import type { Config } from "../../../config.ts";
import type { AppContext, AppEnv } from "../../../platform/http/env.ts";
import { errors } from "../../../platform/http/errors.ts";
import { formValues } from "../../../platform/http/forms.ts";
import { pageContext, renderPage } from "../../../platform/views/page.ts";
import type { AgendaService } from "./agenda.service.ts";
import { AgendaPage } from "./views/agenda-page.tsx";

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Only a path on this site: "/x" but not "//evil.example" or "https://…". */
const safeBack = (back: string | undefined) => (back && /^\/(?!\/)[^\s\\]*$/.test(back) ? back : "/forum/agenda");

/**
 * Personal agendas. Registered before the `/forum/{slug}` pages, so "agenda" is never read as an edition's slug.
 */
export function forumAgendaPages(deps: { agenda: AgendaService; config: Config }) {
  const { agenda, config } = deps;

  async function page(c: AppContext, feedUrl?: string) {
    const actor = c.get("actor");
    const [items, feedCreatedAt] = await Promise.all([
      agenda.agenda(actor, c.get("i18n").locale),
      agenda.feedCreatedAt(actor),
    ]);
    return renderPage(
      c,
      <AgendaPage ctx={pageContext(c)} agenda={items} feedCreatedAt={feedCreatedAt} feedUrl={feedUrl} />,
    );
  }

  async function sessionIdOf(c: AppContext) {
    const values = formValues(await c.req.parseBody());
    const sessionId = values.sessionId ?? "";
    if (!ID.test(sessionId)) throw errors.invalidInput("sessionId", "a session id");
    return { sessionId, back: safeBack(values.back) };
  }

  return new Hono<AppEnv>()
    .get("/forum/agenda", (c) => page(c))
    .post("/forum/agenda/add", async (c) => {
      const { sessionId, back } = await sessionIdOf(c);
      await agenda.add(c.get("actor"), sessionId);
      return c.redirect(back, 303);
    })
    .post("/forum/agenda/remove", async (c) => {
      const { sessionId, back } = await sessionIdOf(c);
      await agenda.remove(c.get("actor"), sessionId);
      return c.redirect(back, 303);
    })
    .post("/forum/agenda/feed", async (c) => {
      const token = await agenda.newFeedToken(c.get("actor"));
      // The page answers the POST itself: the address is shown once and never travels in a redirect.
      return page(c, `${config.baseUrl}/forum/agenda/${token}.ics`);
    })
    .get("/forum/agenda/:file{[A-Za-z0-9_-]{43}\\.ics}", async (c) => {
      const token = c.req.param("file").replace(/\.ics$/, "");
      const i18n = c.get("i18n");
      const body = await agenda.feed(token, i18n.locale, i18n.t("forumAgenda.title"));
      if (body === undefined) throw errors.notFound("No agenda at this address");
      return c.body(body, 200, {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'inline; filename="agenda.ics"',
        "Cache-Control": "private, no-store",
        "X-Robots-Tag": "noindex",
      });
    });
}
