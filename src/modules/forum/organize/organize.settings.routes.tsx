import { Hono } from "hono";
import type { AppContext, AppEnv } from "../../../platform/http/env.ts";
import { errors } from "../../../platform/http/errors.ts";
import { FormError, formValues, parseForm } from "../../../platform/http/forms.ts";
import { requestMeta } from "../../../platform/http/request-meta.ts";
import type { FormState } from "../../../platform/views/forms.tsx";
import { pageContext, renderPage } from "../../../platform/views/page.ts";
import { PartnerInput, RoomInput, TierInput, TrackInput } from "./organize.schema.ts";
import type { ForumOrganizer, OrganizerEvent } from "./organize.service.ts";
import { InUseError, type VocabularyKind } from "./organize.settings.ts";
import { SettingsFormPage, type SettingsList, SettingsListPage } from "./views/organize-settings.tsx";

const ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const SLUG = "[a-z0-9][a-z0-9-]{0,79}";
// Grouped: unparenthesised alternatives leak into the expression the router builds from every route.
const KIND = "(?:tracks|rooms|tiers|partners)";
const BASE = `/forum/:slug{${SLUG}}/organize/:kind{${KIND}}`;

/** The organiser's pages for an edition's tracks, rooms, partner tiers and partners. */
export function forumSettingsPages(organizer: ForumOrganizer) {
  const { settings } = organizer;
  const eventOf = (c: AppContext) => organizer.event(c.get("actor"), c.req.param("slug") ?? "");
  const kindOf = (c: AppContext) => c.req.param("kind") as VocabularyKind;

  async function list(c: AppContext, event: OrganizerEvent, kind: VocabularyKind): Promise<SettingsList> {
    const actor = c.get("actor");
    switch (kind) {
      case "tracks":
        return { kind, items: await settings.tracks(actor, event) };
      case "rooms":
        return { kind, items: await settings.rooms(actor, event) };
      case "tiers":
        return { kind, items: await settings.tiers(actor, event) };
      case "partners":
        return { kind, items: await settings.partners(actor, event) };
    }
  }

  /** An item as its form's values; null when the edition has no such item. */
  function valuesOf(found: SettingsList, id: string): Record<string, string> | null {
    const str = (v: number | string | null) => (v === null ? "" : String(v));
    switch (found.kind) {
      case "tracks": {
        const t = found.items.find((i) => i.id === id);
        return t ? { code: t.code, name: t.name, position: str(t.position) } : null;
      }
      case "rooms": {
        const r = found.items.find((i) => i.id === id);
        return r ? { name: r.name, capacity: str(r.capacity), position: str(r.position) } : null;
      }
      case "tiers": {
        const t = found.items.find((i) => i.id === id);
        return t ? { code: t.code, name: t.name, rank: str(t.rank) } : null;
      }
      case "partners": {
        const p = found.items.find((i) => i.id === id);
        return p ? { name: p.name, tierId: str(p.tierId), website: str(p.website), logoUrl: str(p.logoUrl) } : null;
      }
    }
  }

  async function showForm(c: AppContext, event: OrganizerEvent, form: FormState, id: string | null, status: 200 | 400) {
    const kind = kindOf(c);
    const tiers =
      kind === "partners"
        ? (await settings.tiers(c.get("actor"), event)).map((t) => ({ value: t.id, label: t.name }))
        : [];
    return renderPage(
      c,
      <SettingsFormPage ctx={pageContext(c)} event={event} kind={kind} form={form} editing={id} tiers={tiers} />,
      status,
    );
  }

  async function save(c: AppContext, id: string | null) {
    const event = await eventOf(c);
    const kind = kindOf(c);
    const actor = c.get("actor");
    const meta = requestMeta(c);
    const values = formValues(await c.req.parseBody());
    try {
      if (kind === "tracks") await settings.saveTrack(actor, event, id, parseForm(TrackInput, values), meta);
      if (kind === "rooms") await settings.saveRoom(actor, event, id, parseForm(RoomInput, values), meta);
      if (kind === "tiers") await settings.saveTier(actor, event, id, parseForm(TierInput, values), meta);
      if (kind === "partners") await settings.savePartner(actor, event, id, parseForm(PartnerInput, values), meta);
      return c.redirect(`/forum/${event.slug}/organize/${kind}?done=saved`, 303);
    } catch (error) {
      if (!(error instanceof FormError)) throw error;
      return showForm(c, event, { values, errors: error.errors }, id, 400);
    }
  }

  return new Hono<AppEnv>()
    .get(BASE, async (c) => {
      const event = await eventOf(c);
      const found = await list(c, event, kindOf(c));
      return renderPage(
        c,
        <SettingsListPage ctx={pageContext(c)} event={event} list={found} done={c.req.query("done")} />,
      );
    })
    .get(`${BASE}/new`, async (c) => showForm(c, await eventOf(c), { values: {}, errors: {} }, null, 200))
    .post(`${BASE}/new`, (c) => save(c, null))
    .get(`${BASE}/:id{${ID}}`, async (c) => {
      const event = await eventOf(c);
      const id = c.req.param("id");
      const values = valuesOf(await list(c, event, kindOf(c)), id);
      if (!values) throw errors.notFound("Nothing of this edition here");
      return showForm(c, event, { values, errors: {} }, id, 200);
    })
    .post(`${BASE}/:id{${ID}}`, (c) => save(c, c.req.param("id")))
    .post(`${BASE}/:id{${ID}}/delete`, async (c) => {
      const event = await eventOf(c);
      const kind = kindOf(c);
      try {
        await settings.remove(c.get("actor"), event, kind, c.req.param("id"), requestMeta(c));
        return c.redirect(`/forum/${event.slug}/organize/${kind}?done=deleted`, 303);
      } catch (error) {
        if (!(error instanceof InUseError)) throw error;
        const found = await list(c, event, kind);
        return renderPage(
          c,
          <SettingsListPage
            ctx={pageContext(c)}
            event={event}
            list={found}
            refused={{ name: error.itemName, count: error.count }}
          />,
          409,
        );
      }
    });
}
