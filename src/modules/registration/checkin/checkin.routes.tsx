import { Hono } from "hono";
import { can } from "../../../platform/auth/policy.ts";
import type { AppContext, AppEnv } from "../../../platform/http/env.ts";
import { formValues } from "../../../platform/http/forms.ts";
import { requestMeta } from "../../../platform/http/request-meta.ts";
import { pageContext, renderPage } from "../../../platform/views/page.ts";
import type { ForumEvent } from "../../forum/forum.service.ts";
import { CountsPage } from "../views/checkin-counts.tsx";
import { CheckinPage, type CheckinResult } from "../views/checkin-page.tsx";
import type { CheckinService } from "./checkin.service.ts";

const SLUG = "[a-z0-9][a-z0-9-]{0,79}";

/** The HTTP status of each outcome: a refusal is a conflict with the badge's state, a mistyped code bad input. */
const STATUS = {
  arrived: 200,
  empty: 400,
  invalid: 400,
  revoked: 409,
  wrongEvent: 409,
  notApproved: 409,
  already: 409,
  notOpen: 409,
} as const;

/**
 * Check-in at the venue (/forum/{slug}/checkin) and the live counts (/forum/{slug}/checkin/counts). Mounted before
 * the /forum/{slug} pages.
 */
export function checkinPages(deps: { checkin: CheckinService }) {
  const { checkin } = deps;

  async function page(c: AppContext, event: ForumEvent, result: CheckinResult | null, typed: string) {
    const actor = c.get("actor");
    // Said before anyone types a code: on a day outside the edition's, the desk knows at once that nothing records.
    const window = checkin.window(event);
    const locale = c.get("i18n").locale;
    const counts = can(actor, "registration.viewAll") ? await checkin.counts(actor, event, locale) : null;
    return renderPage(
      c,
      <CheckinPage
        ctx={pageContext(c)}
        event={event}
        result={result}
        typed={typed}
        counts={counts}
        badgesHref={can(actor, "registration.badges") ? `/forum/${event.slug}/badges` : null}
        window={window.open || result?.kind === "notOpen" ? null : window}
      />,
      result ? STATUS[result.kind] : 200,
    );
  }

  return new Hono<AppEnv>()
    .get(`/forum/:slug{${SLUG}}/checkin`, async (c) => {
      const event = await checkin.event(c.get("actor"), c.req.param("slug"), "registration.checkIn");
      return page(c, event, null, "");
    })
    .post(`/forum/:slug{${SLUG}}/checkin`, async (c) => {
      const event = await checkin.event(c.get("actor"), c.req.param("slug"), "registration.checkIn");
      const typed = (formValues(await c.req.parseBody()).code ?? "").trim().slice(0, 64);
      const result: CheckinResult =
        typed === ""
          ? { kind: "empty" }
          : await checkin.checkIn(c.get("actor"), event, typed, c.get("i18n").locale, requestMeta(c));
      return page(c, event, result, typed);
    })
    .get(`/forum/:slug{${SLUG}}/checkin/counts`, async (c) => {
      const actor = c.get("actor");
      const event = await checkin.event(actor, c.req.param("slug"), "registration.viewAll");
      const counts = await checkin.counts(actor, event, c.get("i18n").locale);
      c.header("Cache-Control", "private, no-store");
      return renderPage(
        c,
        <CountsPage
          ctx={pageContext(c)}
          event={event}
          counts={counts}
          checkinHref={can(actor, "registration.checkIn") ? `/forum/${event.slug}/checkin` : null}
        />,
      );
    });
}
