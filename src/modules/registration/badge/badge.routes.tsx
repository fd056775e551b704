import { Hono } from "hono";
import type { AppContext, AppEnv } from "../../../platform/http/env.ts";
import { FormError } from "../../../platform/http/forms.ts";
import { requestMeta } from "../../../platform/http/request-meta.ts";
import type { MessageKey } from "../../../platform/i18n/i18n.ts";
import { pageContext, renderPage } from "../../../platform/views/page.ts";
import type { ForumEvent } from "../../forum/forum.service.ts";
import { BadgeListPage } from "../views/badge-list.tsx";
import type { BadgeService } from "./badge.service.ts";

const ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const ID_VALUE = new RegExp(`^${ID}$`);
const SLUG = "[a-z0-9][a-z0-9-]{0,79}";

const pdfResponse = (c: AppContext, bytes: Uint8Array, filename: string) =>
  c.body(new Uint8Array(bytes), 200, {
    "Content-Type": "application/pdf",
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "private, no-store",
  });

/**
 * Badges for accreditation staff: /forum/{slug}/badges (list, filters, batch PDF), /forum/registrations/{id}/badge.pdf
 * and the re-issue button. Mounted before the /forum/{slug} pages.
 */
export function badgePages(deps: { badges: BadgeService }) {
  const { badges } = deps;

  async function list(
    c: AppContext,
    event: ForumEvent,
    filters: { category: string; q: string },
    extra: { chosen?: string[]; error?: MessageKey; reissued?: string } = {},
  ) {
    const actor = c.get("actor");
    const locale = c.get("i18n").locale;
    const [categories, holders] = await Promise.all([
      badges.categories(actor, event, locale),
      badges.holders(actor, event, { categoryId: filters.category || undefined, q: filters.q || undefined }, locale),
    ]);
    // The re-issued person is named from the list itself, never from the address.
    const reissued = extra.reissued ? holders.find((h) => h.id === extra.reissued) : undefined;
    return renderPage(
      c,
      <BadgeListPage
        ctx={pageContext(c)}
        event={event}
        categories={categories}
        holders={holders}
        filters={filters}
        chosen={extra.chosen ?? []}
        error={extra.error ?? null}
        notice={reissued ? c.get("i18n").t("badges.reissued", { name: reissued.name }) : null}
      />,
      extra.error ? 400 : 200,
    );
  }

  const filtersOf = (values: { category?: unknown; q?: unknown }) => ({
    category: typeof values.category === "string" && ID_VALUE.test(values.category) ? values.category : "",
    q: typeof values.q === "string" ? values.q.slice(0, 200) : "",
  });

  return new Hono<AppEnv>()
    .get(`/forum/:slug{${SLUG}}/badges`, async (c) => {
      const event = await badges.event(c.get("actor"), c.req.param("slug"), c.get("i18n").locale);
      return list(c, event, filtersOf(c.req.query()), { reissued: c.req.query("reissued") });
    })
    .post(`/forum/:slug{${SLUG}}/badges`, async (c) => {
      const locale = c.get("i18n").locale;
      const event = await badges.event(c.get("actor"), c.req.param("slug"), locale);
      const body = await c.req.parseBody({ all: true });
      const filters = filtersOf({
        category: Array.isArray(body.category) ? body.category[0] : body.category,
        q: Array.isArray(body.q) ? body.q[0] : body.q,
      });
      const ids = (Array.isArray(body.id) ? body.id : [body.id]).filter(
        (v): v is string => typeof v === "string" && ID_VALUE.test(v),
      );
      const all = body.print === "all";
      if (!all && ids.length === 0) return list(c, event, filters, { error: "badges.error.noneChosen" });
      try {
        const print = await badges.batch(
          c.get("actor"),
          event,
          all ? { all: { categoryId: filters.category || undefined, q: filters.q || undefined } } : { ids },
          locale,
        );
        if (!print?.bytes) return list(c, event, filters, { chosen: ids, error: "badges.error.noneChosen" });
        const response = pdfResponse(c, print.bytes, `badges-${event.slug}.pdf`);
        // The badges left out (already logged), for whoever prints: the registration ids, comma-separated.
        if (print.notPrinted.length > 0) response.headers.set("X-Badges-Not-Printed", print.notPrinted.join(","));
        return response;
      } catch (error) {
        if (!(error instanceof FormError)) throw error;
        return list(c, event, filters, { chosen: ids, error: error.errors.id });
      }
    })
    .get(`/forum/registrations/:id{${ID}}/badge.pdf`, async (c) => {
      const { bytes, slug } = await badges.one(c.get("actor"), c.req.param("id"), c.get("i18n").locale);
      return pdfResponse(c, bytes, `badge-${slug}-${c.req.param("id").slice(-12)}.pdf`);
    })
    .post(`/forum/registrations/:id{${ID}}/badge/reissue`, async (c) => {
      const id = c.req.param("id");
      const { slug } = await badges.reissue(c.get("actor"), id, requestMeta(c));
      return c.redirect(`/forum/${slug}/badges?reissued=${id}`, 303);
    });
}
