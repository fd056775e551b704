import { Hono } from "hono";
import type { Config } from "../../config.ts";
import { authorize, can } from "../../platform/auth/policy.ts";
import type { AppContext, AppEnv } from "../../platform/http/env.ts";
import { errors } from "../../platform/http/errors.ts";
import { formKeyOf, newFormKey } from "../../platform/http/form-key.ts";
import { submitForm } from "../../platform/http/form-route.ts";
import { FormError, parseForm } from "../../platform/http/forms.ts";
import { requestMeta } from "../../platform/http/request-meta.ts";
import { emptyForm, type FormState } from "../../platform/views/forms.tsx";
import { pageContext, renderPage } from "../../platform/views/page.ts";
import { ITU_REGION_NAMES } from "../../reference/data/regions.ts";
import type { ReferenceService } from "../../reference/reference.service.ts";
import type { StocktakingSearch } from "./search/search.ts";
import { PAGE_SIZE, parseSearchPage, toSearchQuery } from "./stocktaking.query.ts";
import { EntryInput } from "./stocktaking.schema.ts";
import { type Entry, missingForSubmission, type StocktakingService } from "./stocktaking.service.ts";
import type { EntryState } from "./stocktaking.table.ts";
import { DuplicateWarningPage, type EntryChoices, EntryFormPage } from "./views/entry-form.tsx";
import {
  MinePage,
  type Names,
  PublicEntryPage,
  QueuePage,
  ReviewPage,
  UpdateCallPage,
  VersionPage,
} from "./views/entry-pages.tsx";
import { facetNames, SearchPage } from "./views/search-page.tsx";

const LIST_FIELDS = ["countries", "actionLines", "sdgs", "targets"] as const;

/** The call-for-updates cut-off: a YYYY-MM-DD date, a year ago unless one is given; anything else is a 400. */
function updateCallDate(value: string | undefined): string {
  if (!value) return new Date(Date.now() - 365 * 24 * 3600_000).toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw errors.invalidInput("before", "a date like 2025-07-07");
  }
  return value;
}
const STATES: EntryState[] = ["draft", "submitted", "changes_requested", "published", "rejected"];

/** The form's values: single fields as strings, the lists (checkboxes, multiple selects) as arrays. */
async function entryBody(c: AppContext) {
  const body = await c.req.parseBody({ all: true });
  const values: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    const items = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
    if ((LIST_FIELDS as readonly string[]).includes(key)) lists[key] = items;
    else values[key] = items[0] ?? "";
  }
  return { values, lists };
}

function formFromEntry(entry: Entry): FormState {
  return {
    values: {
      title: entry.title,
      summary: entry.summary,
      description: entry.description,
      organizationName: entry.organizationName,
      stakeholderTypeCode: entry.stakeholderTypeCode ?? "",
      scope: entry.scope ?? "",
      projectStatus: entry.projectStatus ?? "",
      startDate: entry.startDate ?? "",
      endDate: entry.endDate ?? "",
      website: entry.website ?? "",
      contactName: entry.contactName ?? "",
      contactEmail: entry.contactEmail ?? "",
      language: entry.language,
      moderationMessage: entry.state === "changes_requested" ? (entry.moderationMessage ?? "") : "",
    },
    lists: { countries: entry.countries, actionLines: entry.actionLines, sdgs: entry.sdgs.map(String) },
    errors: {},
  };
}

export function stocktakingPages(deps: {
  stocktaking: StocktakingService;
  search: StocktakingSearch;
  reference: ReferenceService;
  config: Config;
  /** The page of the registered organisation an entry names, if there is one (from the organisations service). */
  organizationPage?: (name: string) => Promise<string | null>;
}) {
  const { stocktaking, reference, search } = deps;

  async function choices(c: AppContext): Promise<EntryChoices> {
    const locale = c.get("i18n").locale;
    const [types, countries, lines, sdgs] = await Promise.all([
      reference.stakeholderTypes(locale),
      reference.countryOptions(locale),
      reference.actionLines(locale),
      reference.sdgs(locale),
    ]);
    return {
      stakeholderTypes: types.map((t) => ({ value: t.code, label: t.name })),
      countries,
      actionLines: lines
        .filter((l) => l.kind === "line")
        .map((l) => ({ value: l.code, label: `${l.code} ${l.title}` })),
      sdgs: sdgs.map((g) => ({ value: String(g.number), label: `${g.number}. ${g.shortTitle}` })),
    };
  }

  async function names(c: AppContext): Promise<Names> {
    const i18n = c.get("i18n");
    const locale = i18n.locale;
    const [lines, sdgs, types] = await Promise.all([
      reference.actionLines(locale),
      reference.sdgs(locale),
      reference.stakeholderTypes(locale),
    ]);
    return {
      country: i18n.country,
      actionLine: (code) => {
        const line = lines.find((l) => l.code === code);
        return line ? `${line.code} ${line.title}` : code;
      },
      sdg: (n) => `${n}. ${sdgs.find((g) => g.number === n)?.shortTitle ?? ""}`,
      stakeholderType: (code) => types.find((t) => t.code === code)?.name ?? code,
    };
  }

  /** Saves, then submits when asked; a rejected form comes back with what was typed and each problem named. */
  async function saveOrSubmit(c: AppContext, id: string | null, title: string) {
    const { values, lists } = await entryBody(c);
    const actor = c.get("actor");
    const action = id ? `/stocktaking/entries/${id}/edit` : "/stocktaking/new";
    return submitForm(
      c,
      values,
      async () => {
        const input = parseForm(EntryInput, { ...values, ...lists } as never);
        // An incomplete entry is refused before anything is saved: a failed submission of a new entry makes no draft
        // (each retry made another, which the duplicate check then held up as look-alikes).
        const missing = values.intent === "submit" ? missingForSubmission(input) : null;
        if (missing) throw new FormError(missing);
        const meta = requestMeta(c);
        let entryId = id;
        if (!entryId) {
          const made = await stocktaking.create(actor, input, meta, formKeyOf(values));
          // The same form sent again (a double click, a retry): the draft its first sending made, nothing more.
          if (!made.created) return "/stocktaking/mine";
          entryId = made.id;
        } else await stocktaking.save(actor, entryId, input, meta);
        if (values.intent !== "submit") return "/stocktaking/mine?done=saved";
        const result = await stocktaking.submit(actor, entryId, { confirmDuplicate: false }, meta);
        if (!result.submitted) {
          return renderPage(
            c,
            <DuplicateWarningPage ctx={pageContext(c)} entryId={entryId} duplicates={result.duplicates} />,
          );
        }
        return "/stocktaking/mine?done=submitted";
      },
      async (form) => (
        <EntryFormPage
          ctx={pageContext(c)}
          form={{ values: form.values, lists, errors: form.errors }}
          choices={await choices(c)}
          action={action}
          title={title}
        />
      ),
    );
  }

  return new Hono<AppEnv>()
    .get("/stocktaking", async (c) => {
      // An address the page cannot use as it is still shows the list, and says what it changed.
      const { params, notices } = parseSearchPage(c.req.url);
      let [result, n] = await Promise.all([search.search(toSearchQuery(params)), names(c)]);
      const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
      if (params.page > pages) {
        notices.pageOutOfRange = String(params.page);
        params.page = pages;
        result = await search.search(toSearchQuery(params));
      }
      const i18n = c.get("i18n");
      const messages = [
        ...(notices.queryTrimmed ? [i18n.t("list.queryTrimmed", { max: notices.queryTrimmed })] : []),
        ...(notices.ignored.length ? [i18n.t("list.filterIgnored", { fields: i18n.list(notices.ignored) })] : []),
        ...(notices.pageOutOfRange !== undefined
          ? [i18n.t("list.pageOutOfRange", { requested: notices.pageOutOfRange, page: params.page, pages })]
          : []),
      ];
      const regionName = (code: string) =>
        ITU_REGION_NAMES[code as keyof typeof ITU_REGION_NAMES]?.[i18n.locale] ?? code;
      return renderPage(
        c,
        <SearchPage
          ctx={pageContext(c)}
          params={params}
          result={result}
          notices={messages}
          names={facetNames(i18n, { ...n, region: regionName })}
        />,
      );
    })
    .get("/stocktaking/new", async (c) => {
      authorize(c.get("actor"), "stocktaking.submit");
      const form = emptyForm({ language: c.get("i18n").locale, formKey: newFormKey() });
      const title = c.get("i18n").t("stocktaking.new.title");
      return renderPage(
        c,
        <EntryFormPage
          ctx={pageContext(c)}
          form={form}
          choices={await choices(c)}
          action="/stocktaking/new"
          title={title}
        />,
      );
    })
    .post("/stocktaking/new", (c) => {
      authorize(c.get("actor"), "stocktaking.submit");
      return saveOrSubmit(c, null, c.get("i18n").t("stocktaking.new.title"));
    })
    .get("/stocktaking/mine", async (c) => {
      const rows = await stocktaking.mine(c.get("actor"));
      const done = c.req.query("done");
      const i18n = c.get("i18n");
      const notice =
        done === "saved"
          ? i18n.t("stocktaking.mine.saved")
          : done === "submitted"
            ? i18n.t("stocktaking.mine.submitted")
            : undefined;
      return renderPage(c, <MinePage ctx={pageContext(c)} rows={rows} notice={notice} />);
    })
    .get("/stocktaking/entries/:id/edit", async (c) => {
      const entry = await stocktaking.workingCopy(c.get("actor"), c.req.param("id"));
      const title = c.get("i18n").t("stocktaking.edit.title");
      return renderPage(
        c,
        <EntryFormPage
          ctx={pageContext(c)}
          form={formFromEntry(entry)}
          choices={await choices(c)}
          action={`/stocktaking/entries/${entry.id}/edit`}
          title={title}
        />,
      );
    })
    .post("/stocktaking/entries/:id/edit", async (c) => {
      await stocktaking.workingCopy(c.get("actor"), c.req.param("id"));
      return saveOrSubmit(c, c.req.param("id"), c.get("i18n").t("stocktaking.edit.title"));
    })
    .post("/stocktaking/entries/:id/submit", async (c) => {
      const body = await c.req.parseBody();
      const actor = c.get("actor");
      const id = c.req.param("id");
      return submitForm(
        c,
        {},
        async () => {
          const result = await stocktaking.submit(
            actor,
            id,
            { confirmDuplicate: body.confirmDuplicate === "yes" },
            requestMeta(c),
          );
          if (!result.submitted) {
            return renderPage(
              c,
              <DuplicateWarningPage ctx={pageContext(c)} entryId={id} duplicates={result.duplicates} />,
            );
          }
          return "/stocktaking/mine?done=submitted";
        },
        // Incomplete: the entry's form, with what is missing named, to complete and send again.
        async ({ errors }) => (
          <EntryFormPage
            ctx={pageContext(c)}
            form={{ ...formFromEntry(await stocktaking.workingCopy(actor, id)), errors }}
            choices={await choices(c)}
            action={`/stocktaking/entries/${id}/edit`}
            title={c.get("i18n").t("stocktaking.edit.title")}
          />
        ),
      );
    })
    .get("/stocktaking/entries/:id", async (c) => {
      const id = c.req.param("id");
      const entry = await stocktaking.publicEntry(id);
      if (!entry) {
        // Not public: its owner and moderators go to the working copy; everyone else finds nothing here.
        const actor = c.get("actor");
        if (actor && can(actor, "stocktaking.moderate")) return c.redirect(`/stocktaking/moderation/${id}`, 303);
        // An owner (an old mail's link) goes to the form; anyone else gets the same 404 as for no entry at all.
        if (actor && (await stocktaking.isOwner(actor, id))) return c.redirect(`/stocktaking/entries/${id}/edit`, 303);
        throw errors.notFound("No published entry here");
      }
      const [n, organizationHref] = await Promise.all([
        names(c),
        deps.organizationPage?.(entry.organizationName) ?? null,
      ]);
      const url = `${deps.config.baseUrl}/stocktaking/entries/${id}`;
      const jsonLd = {
        "@context": "https://schema.org",
        "@type": "Project",
        "@id": url,
        url,
        name: entry.title,
        description: entry.summary,
        inLanguage: entry.language,
        ...(entry.website ? { sameAs: entry.website } : {}),
        ...(entry.startDate ? { foundingDate: entry.startDate } : {}),
        ...(entry.endDate ? { dissolutionDate: entry.endDate } : {}),
        funder: {
          "@type": "Organization",
          name: entry.organizationName,
          ...(organizationHref ? { url: `${deps.config.baseUrl}${organizationHref}` } : {}),
        },
        areaServed: entry.countries.map((code) => ({ "@type": "Country", name: n.country(code), identifier: code })),
        keywords: [...entry.actionLines, ...entry.sdgs.map((s) => `SDG ${s}`)].join(", "),
        dateModified: entry.publishedAt,
      };
      return renderPage(
        c,
        <PublicEntryPage
          ctx={pageContext(c)}
          entry={entry}
          names={n}
          organizationHref={organizationHref}
          jsonLd={jsonLd}
          version={entry.version}
          publishedAt={entry.publishedAt}
        />,
      );
    })
    .get("/stocktaking/moderation", async (c) => {
      const requested = c.req.query("state") ?? "submitted";
      const state = STATES.includes(requested as EntryState) ? (requested as EntryState) : "submitted";
      const { rows, total, paging } = await stocktaking.queue(c.get("actor"), { states: [state] }, c.req.query("page"));
      const ignored = state === requested ? [] : ["state"];
      return renderPage(
        c,
        <QueuePage ctx={pageContext(c)} rows={rows} total={total} state={state} paging={paging} ignored={ignored} />,
      );
    })
    .get("/stocktaking/moderation/updates", async (c) => {
      const before = updateCallDate(c.req.query("before"));
      const rows = await stocktaking.staleEntries(c.get("actor"), `${before}T00:00:00.000Z`);
      const mailed = c.req.query("mailed");
      return renderPage(
        c,
        <UpdateCallPage
          ctx={pageContext(c)}
          before={before}
          rows={rows}
          mailed={mailed && /^\d+$/.test(mailed) ? Number(mailed) : undefined}
        />,
      );
    })
    .post("/stocktaking/moderation/updates", async (c) => {
      const before = updateCallDate(String((await c.req.parseBody()).before ?? ""));
      const mailed = await stocktaking.callForUpdates(c.get("actor"), `${before}T00:00:00.000Z`, requestMeta(c));
      return c.redirect(`/stocktaking/moderation/updates?before=${before}&mailed=${mailed}`, 303);
    })
    .get("/stocktaking/moderation/:id", async (c) => {
      const actor = authorize(c.get("actor"), "stocktaking.moderate");
      const entry = await stocktaking.workingCopy(actor, c.req.param("id"));
      const versions = await stocktaking.versions(actor, entry.id);
      return renderPage(
        c,
        <ReviewPage ctx={pageContext(c)} entry={entry} names={await names(c)} versions={versions} />,
      );
    })
    .get("/stocktaking/moderation/:id/versions/:version{[0-9]{1,6}}", async (c) => {
      const actor = authorize(c.get("actor"), "stocktaking.moderate");
      const { id, version } = c.req.param();
      const found = (await stocktaking.versions(actor, id)).find((v) => v.version === Number(version));
      if (!found) throw errors.notFound("No such version");
      return renderPage(
        c,
        <VersionPage
          ctx={pageContext(c)}
          entryId={id}
          entry={found.snapshot}
          names={await names(c)}
          version={found.version}
          publishedAt={found.publishedAt}
        />,
      );
    })
    .post("/stocktaking/moderation/:id/:decision{publish|reject|request-changes}", async (c) => {
      const { id, decision } = c.req.param();
      const message = String((await c.req.parseBody()).message ?? "").trim();
      const actor = c.get("actor");
      const meta = requestMeta(c);
      return submitForm(
        c,
        { message },
        async () => {
          if (decision === "publish") await stocktaking.publish(actor, id, meta);
          else if (decision === "reject") await stocktaking.reject(actor, id, message, meta);
          else await stocktaking.requestChanges(actor, id, message, meta);
          return `/stocktaking/moderation?state=submitted&done=${decision}`;
        },
        // No message, or one too long to mail: the review page again, the field named and the text kept.
        async (form) => {
          const moderator = authorize(actor, "stocktaking.moderate");
          return (
            <ReviewPage
              ctx={pageContext(c)}
              entry={await stocktaking.workingCopy(moderator, id)}
              names={await names(c)}
              versions={await stocktaking.versions(moderator, id)}
              decision={{ kind: decision === "reject" ? "reject" : "request-changes", form }}
            />
          );
        },
      );
    });
}
