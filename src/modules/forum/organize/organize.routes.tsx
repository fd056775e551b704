import { Hono } from "hono";
import type { AppContext, AppEnv } from "../../../platform/http/env.ts";
import { FormError, parseForm } from "../../../platform/http/forms.ts";
import { requestMeta } from "../../../platform/http/request-meta.ts";
import { localized } from "../../../platform/i18n/translations.ts";
import type { FormState } from "../../../platform/views/forms.tsx";
import { pageContext, renderPage } from "../../../platform/views/page.ts";
import type { ReferenceService } from "../../../reference/reference.service.ts";
import { peopleRows, SessionInput } from "./organize.schema.ts";
import { type ForumOrganizer, type OrganizerEvent, ScheduleError } from "./organize.service.ts";
import { forumSettingsPages } from "./organize.settings.routes.tsx";
import { OrganizePage, type SessionChoices, SessionFormPage } from "./views/organize-pages.tsx";

const ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const SLUG = "[a-z0-9][a-z0-9-]{0,79}";
const LIST_FIELDS = ["actionLines", "sdgs"];

/** The form's single values and its lists (checkboxes). */
async function sessionBody(c: AppContext) {
  const body = await c.req.parseBody({ all: true });
  const values: Record<string, string> = {};
  const lists: Record<string, string[]> = { actionLines: [], sdgs: [] };
  for (const [key, value] of Object.entries(body)) {
    const items = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
    if (LIST_FIELDS.includes(key)) lists[key] = items;
    else values[key] = items[0] ?? "";
  }
  return { values, lists };
}

/** The organiser's pages: every session of an event, the session form, publishing. */
export function forumOrganizePages(deps: { organizer: ForumOrganizer; reference: ReferenceService }) {
  const { organizer, reference } = deps;

  const eventOf = (c: AppContext) => organizer.event(c.get("actor"), c.req.param("slug") ?? "");

  async function choices(c: AppContext, event: OrganizerEvent): Promise<SessionChoices> {
    const locale = c.get("i18n").locale;
    const [found, lines, sdgs] = await Promise.all([
      organizer.choices(c.get("actor"), event),
      reference.actionLines(locale),
      reference.sdgs(locale),
    ]);
    const named = (name: string, translations: string | null) => localized(name, translations, locale);
    return {
      types: found.types.map((t) => ({ value: t.code, label: named(t.name, t.nameTranslations) })),
      tracks: found.tracks.map((t) => ({ value: t.id, label: named(t.name, t.nameTranslations) })),
      rooms: found.rooms.map((r) => ({ value: r.id, label: r.capacity ? `${r.name} (${r.capacity})` : r.name })),
      partners: found.partners.map((p) => ({ value: p.id, label: p.name })),
      people: found.people.map((p) => ({
        value: p.id,
        label: p.organization ? `${p.name} — ${p.organization}` : p.name,
      })),
      actionLines: lines
        .filter((l) => l.kind === "line")
        .map((l) => ({ value: l.code, label: `${l.code} ${l.title}` })),
      sdgs: sdgs.map((g) => ({ value: String(g.number), label: `${g.number}. ${g.shortTitle}` })),
    };
  }

  async function showForm(
    c: AppContext,
    event: OrganizerEvent,
    form: FormState,
    id: string | null,
    status: 200 | 400 = 200,
  ) {
    const i18n = c.get("i18n");
    const base = `/forum/${event.slug}/organize/sessions`;
    return renderPage(
      c,
      <SessionFormPage
        ctx={pageContext(c)}
        event={event}
        form={form}
        choices={await choices(c, event)}
        action={id ? `${base}/${id}` : `${base}/new`}
        title={id ? i18n.t("forumOrganize.edit") : i18n.t("forumOrganize.new")}
      />,
      status,
    );
  }

  async function save(c: AppContext, id: string | null) {
    const event = await eventOf(c);
    const { values, lists } = await sessionBody(c);
    try {
      const input = parseForm(SessionInput, { ...values, ...lists, people: peopleRows(values) } as never);
      await organizer.save(c.get("actor"), event, id, input, requestMeta(c));
      return c.redirect(`/forum/${event.slug}/organize?done=saved`, 303);
    } catch (error) {
      if (!(error instanceof FormError)) throw error;
      const messageValues =
        error instanceof ScheduleError ? error.values : { first: event.startsOn, last: event.endsOn };
      return showForm(c, event, { values, lists, errors: error.errors, messageValues }, id, 400);
    }
  }

  return new Hono<AppEnv>()
    .get(`/forum/:slug{${SLUG}}/organize`, async (c) => {
      const event = await eventOf(c);
      const sessions = await organizer.sessions(c.get("actor"), event);
      return renderPage(
        c,
        <OrganizePage ctx={pageContext(c)} event={event} sessions={sessions} done={c.req.query("done")} />,
      );
    })
    .post(`/forum/:slug{${SLUG}}/organize/publish`, async (c) => {
      const event = await eventOf(c);
      // The page lists what was left out (drafts not scheduled yet).
      await organizer.publishProgramme(c.get("actor"), event, requestMeta(c));
      return c.redirect(`/forum/${event.slug}/organize?done=published`, 303);
    })
    .get(`/forum/:slug{${SLUG}}/organize/sessions/new`, async (c) => {
      const event = await eventOf(c);
      return showForm(c, event, { values: { day: event.startsOn }, lists: {}, errors: {} }, null);
    })
    .post(`/forum/:slug{${SLUG}}/organize/sessions/new`, (c) => save(c, null))
    .get(`/forum/:slug{${SLUG}}/organize/sessions/:id{${ID}}`, async (c) => {
      const event = await eventOf(c);
      const { values, lists } = await organizer.formValues(c.get("actor"), event, c.req.param("id"));
      return showForm(c, event, { values, lists, errors: {} }, c.req.param("id"));
    })
    .post(`/forum/:slug{${SLUG}}/organize/sessions/:id{${ID}}`, (c) => save(c, c.req.param("id")))
    .post(`/forum/:slug{${SLUG}}/organize/sessions/:id{${ID}}/publish`, async (c) => {
      const event = await eventOf(c);
      const published = await organizer.publish(c.get("actor"), event, c.req.param("id"), requestMeta(c));
      return c.redirect(`/forum/${event.slug}/organize?done=${published ? "published" : "notScheduled"}`, 303);
    })
    .post(`/forum/:slug{${SLUG}}/organize/sessions/:id{${ID}}/unpublish`, async (c) => {
      const event = await eventOf(c);
      await organizer.unpublish(c.get("actor"), event, c.req.param("id"), requestMeta(c));
      return c.redirect(`/forum/${event.slug}/organize?done=unpublished`, 303);
    })
    .route("/", forumSettingsPages(organizer));
}
