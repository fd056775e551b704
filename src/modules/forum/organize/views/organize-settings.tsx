import type { I18n, MessageKey } from "../../../../platform/i18n/i18n.ts";
import { ErrorSummary, type FormState, PostForm, SelectField, TextField } from "../../../../platform/views/forms.tsx";
import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page.ts";
import type { OrganizerEvent } from "../organize.service.ts";
import type { PartnerItem, RoomItem, TierItem, TrackItem, VocabularyKind } from "../organize.settings.ts";

// The edition's tracks, rooms, partner tiers and partners: one list page and one form per kind.

const KINDS: VocabularyKind[] = ["tracks", "rooms", "tiers", "partners"];
const settingsBase = (event: OrganizerEvent) => `/forum/${event.slug}/organize`;

const TEXT = {
  tracks: {
    title: "forumOrganize.tracks.title",
    new: "forumOrganize.tracks.new",
    edit: "forumOrganize.tracks.edit",
    inUse: "forumOrganize.tracks.inUse",
  },
  rooms: {
    title: "forumOrganize.rooms.title",
    new: "forumOrganize.rooms.new",
    edit: "forumOrganize.rooms.edit",
    inUse: "forumOrganize.rooms.inUse",
  },
  tiers: {
    title: "forumOrganize.tiers.title",
    new: "forumOrganize.tiers.new",
    edit: "forumOrganize.tiers.edit",
    inUse: "forumOrganize.tiers.inUse",
  },
  partners: {
    title: "forumOrganize.partners.title",
    new: "forumOrganize.partners.new",
    edit: "forumOrganize.partners.edit",
    inUse: "forumOrganize.partners.inUse",
  },
} as const satisfies Record<VocabularyKind, Record<string, MessageKey>>;

/** The way from the scheduling page to each list, and between them. */
export function SettingsNav({ i18n, event, current }: { i18n: I18n; event: OrganizerEvent; current?: VocabularyKind }) {
  return (
    <nav aria-labelledby="settings-nav-title" class="settings-nav">
      <h2 id="settings-nav-title">{i18n.t("forumOrganize.settings.title")}</h2>
      <ul class="inline-list">
        {KINDS.map((kind) => (
          <li>
            <a href={`${settingsBase(event)}/${kind}`} aria-current={kind === current ? "page" : undefined}>
              {i18n.t(TEXT[kind].title)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export type SettingsList =
  | { kind: "tracks"; items: TrackItem[] }
  | { kind: "rooms"; items: RoomItem[] }
  | { kind: "tiers"; items: TierItem[] }
  | { kind: "partners"; items: PartnerItem[] };

interface Row {
  id: string;
  name: string;
  cells: unknown[];
}

/** Column headings and cells of one kind's table. */
function table(i18n: I18n, list: SettingsList): { headings: string[]; rows: Row[] } {
  const f = (key: MessageKey) => i18n.t(key);
  const sessions = (n: number) => i18n.t("forumOrganize.settings.sessionCount", { count: n });
  const link = (url: string | null) =>
    url ? (
      <a href={url} dir="ltr" rel="noopener">
        {url}
      </a>
    ) : (
      "—"
    );
  switch (list.kind) {
    case "tracks":
      return {
        headings: [f("forumOrganize.settings.field.code"), f("forumOrganize.settings.field.position")],
        rows: list.items.map((t) => ({
          id: t.id,
          name: t.name,
          cells: [<code>{t.code}</code>, i18n.number(t.position), sessions(t.uses)],
        })),
      };
    case "rooms":
      return {
        headings: [f("forumOrganize.settings.field.capacity"), f("forumOrganize.settings.field.position")],
        rows: list.items.map((r) => ({
          id: r.id,
          name: r.name,
          cells: [r.capacity === null ? "—" : i18n.number(r.capacity), i18n.number(r.position), sessions(r.uses)],
        })),
      };
    case "tiers":
      return {
        headings: [f("forumOrganize.settings.field.code"), f("forumOrganize.settings.field.rank")],
        rows: list.items.map((t) => ({
          id: t.id,
          name: t.name,
          cells: [
            <code>{t.code}</code>,
            i18n.number(t.rank),
            i18n.t("forumOrganize.settings.partnerCount", { count: t.uses }),
          ],
        })),
      };
    case "partners":
      return {
        headings: [
          f("forumOrganize.settings.field.tier"),
          f("forumOrganize.settings.field.website"),
          f("forumOrganize.settings.field.logoUrl"),
        ],
        rows: list.items.map((p) => ({
          id: p.id,
          name: p.name,
          cells: [p.tierName ?? "—", link(p.website), link(p.logoUrl), sessions(p.uses)],
        })),
      };
  }
}

/** One kind's list: each item with what uses it, an edit link and a delete button; a refused deletion says why. */
export function SettingsListPage({
  ctx,
  event,
  list,
  done,
  refused,
}: {
  ctx: PageContext;
  event: OrganizerEvent;
  list: SettingsList;
  done?: string;
  refused?: { name: string; count: number };
}) {
  const { i18n } = ctx;
  const base = `${settingsBase(event)}/${list.kind}`;
  const text = TEXT[list.kind];
  const { headings, rows } = table(i18n, list);
  const title = `${i18n.t(text.title)}: ${event.title}`;
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[
        { href: "/forum", label: i18n.t("forum.title") },
        { href: settingsBase(event), label: i18n.t("forumOrganize.title", { event: event.title }) },
      ]}
    >
      <h1>{title}</h1>
      {refused && (
        <div class="error-summary" role="alert" aria-labelledby="refused-title" tabindex={-1}>
          <h2 id="refused-title">{i18n.t("forumOrganize.settings.notDeleted")}</h2>
          <p>{i18n.t(text.inUse, { name: refused.name, count: refused.count })}</p>
        </div>
      )}
      {done && (
        <p class="notice" role="status">
          {done === "deleted" ? i18n.t("forumOrganize.settings.deleted") : i18n.t("forumOrganize.done")}
        </p>
      )}
      <SettingsNav i18n={i18n} event={event} current={list.kind} />
      <p>
        <a class="button" href={`${base}/new`}>
          {i18n.t(text.new)}
        </a>
      </p>
      {rows.length === 0 ? (
        <p>{i18n.t("forumOrganize.settings.empty")}</p>
      ) : (
        <div class="table-scroll">
          <table class="data-table">
            <caption class="visually-hidden">{i18n.t(text.title)}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t("forumOrganize.settings.field.name")}</th>
                {headings.map((h) => (
                  <th scope="col">{h}</th>
                ))}
                <th scope="col">{i18n.t("forumOrganize.settings.field.uses")}</th>
                <th scope="col">{i18n.t("forumOrganize.field.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <th scope="row" dir="auto">
                    {row.name}
                  </th>
                  {row.cells.map((cell) => (
                    <td>{cell as never}</td>
                  ))}
                  <td>
                    <ul class="inline-list">
                      <li>
                        <a href={`${base}/${row.id}`}>
                          {i18n.t("forumOrganize.settings.editLink")}
                          <span class="visually-hidden"> {row.name}</span>
                        </a>
                      </li>
                      <li>
                        <PostForm action={`${base}/${row.id}/delete`} class="inline-form">
                          <button type="submit" class="button--secondary">
                            {i18n.t("forumOrganize.settings.delete")}
                            <span class="visually-hidden"> {row.name}</span>
                          </button>
                        </PostForm>
                      </li>
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

/** Add or edit one item; a rejected form keeps what was typed and names each field's problem. */
export function SettingsFormPage({
  ctx,
  event,
  kind,
  form,
  editing,
  tiers,
}: {
  ctx: PageContext;
  event: OrganizerEvent;
  kind: VocabularyKind;
  form: FormState;
  /** The id of the item edited; null for a new one. */
  editing: string | null;
  /** The tiers a partner may be in. */
  tiers: { value: string; label: string }[];
}) {
  const { i18n } = ctx;
  const base = `${settingsBase(event)}/${kind}`;
  const title = i18n.t(editing ? TEXT[kind].edit : TEXT[kind].new);
  const f = (key: MessageKey) => i18n.t(key);
  const labels: Record<string, string> = {
    code: f("forumOrganize.settings.field.code"),
    name: f("forumOrganize.settings.field.name"),
    position: f("forumOrganize.settings.field.position"),
    capacity: f("forumOrganize.settings.field.capacity"),
    rank: f("forumOrganize.settings.field.rank"),
    tierId: f("forumOrganize.settings.field.tier"),
    website: f("forumOrganize.settings.field.website"),
    logoUrl: f("forumOrganize.settings.field.logoUrl"),
  };
  const field = (name: string, options: { required?: boolean; hint?: MessageKey; dir?: "ltr" | "auto" } = {}) => (
    <TextField
      i18n={i18n}
      form={form}
      name={name}
      label={labels[name] ?? name}
      required={options.required}
      hint={options.hint ? i18n.t(options.hint) : undefined}
      dir={options.dir}
    />
  );
  const code = field("code", { required: true, hint: "forumOrganize.settings.hint.code", dir: "ltr" });
  const name = field("name", {
    required: true,
    dir: "auto",
    hint: editing && kind !== "rooms" && kind !== "partners" ? "forumOrganize.settings.hint.renamed" : undefined,
  });
  const position = field("position", { hint: "forumOrganize.settings.hint.position", dir: "ltr" });
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[
        { href: "/forum", label: i18n.t("forum.title") },
        { href: settingsBase(event), label: i18n.t("forumOrganize.title", { event: event.title }) },
        { href: base, label: i18n.t(TEXT[kind].title) },
      ]}
    >
      <h1>{title}</h1>
      <ErrorSummary i18n={i18n} form={form} labels={labels} />
      <PostForm action={editing ? `${base}/${editing}` : `${base}/new`} class="stack">
        {kind === "tracks" && [code, name, position]}
        {kind === "rooms" && [
          name,
          field("capacity", { hint: "forumOrganize.settings.hint.capacity", dir: "ltr" }),
          position,
        ]}
        {kind === "tiers" && [code, name, field("rank", { required: true, hint: "forumOrganize.settings.hint.rank" })]}
        {kind === "partners" && [
          name,
          <SelectField
            i18n={i18n}
            form={form}
            name="tierId"
            label={labels.tierId ?? ""}
            options={[{ value: "", label: i18n.t("forumOrganize.none") }, ...tiers]}
          />,
          <TextField
            i18n={i18n}
            form={form}
            name="website"
            type="url"
            label={labels.website ?? ""}
            dir="ltr"
            autocomplete="url"
          />,
          <TextField
            i18n={i18n}
            form={form}
            name="logoUrl"
            type="url"
            label={labels.logoUrl ?? ""}
            hint={i18n.t("forumOrganize.settings.hint.logoUrl")}
            dir="ltr"
          />,
        ]}
        <button type="submit">{i18n.t("forumOrganize.settings.save")}</button>
      </PostForm>
    </Layout>
  );
}
