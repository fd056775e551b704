import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import type { Config } from "../../config.ts";
import { authorize } from "../../platform/auth/policy.ts";
import type { AppContext, AppEnv } from "../../platform/http/env.ts";
import { submitForm } from "../../platform/http/form-route.ts";
import { formValues, parseForm } from "../../platform/http/forms.ts";
import { requestMeta } from "../../platform/http/request-meta.ts";
import type { I18n } from "../../platform/i18n/i18n.ts";
import type { Locale } from "../../platform/i18n/locale.ts";
import { emptyForm, type FormState } from "../../platform/views/forms.tsx";
import { pageContext, renderPage } from "../../platform/views/page.ts";
import type { ReferenceService } from "../../reference/reference.service.ts";
import { FocalPointForm, OrganizationSearch, organizationForm, VerificationForm } from "./organizations.schema.ts";
import type { OrganizationService } from "./organizations.service.ts";
import { OrganizationListPage } from "./views/organization-list.tsx";
import { NewOrganizationPage, type Option } from "./views/organization-new.tsx";
import { OrganizationPage, type StocktakingEntryLink } from "./views/organization-page.tsx";
import { doneNotice, organizationHref } from "./views/parts.tsx";

async function values(c: AppContext) {
  return formValues(await c.req.parseBody());
}

/**
 * A form sent by someone not signed in (a session that ended, a page kept open) cannot be replayed after
 * signing in, so it leads to the sign-in page and from there back to the page the form was on.
 */
const signInFirst = createMiddleware<AppEnv>(async (c, next) => {
  if (c.get("actor")) return next();
  const back = /^\/organizations\/[^/]+/.exec(c.req.path)?.[0] ?? "/organizations";
  return c.redirect(`/account/signin?next=${encodeURIComponent(back)}`, 303);
});

/** Organisations: the public list and pages, creating one, and joining one with its focal points' approval. */
export function organizationPages(deps: {
  organizations: OrganizationService;
  reference: ReferenceService;
  config: Config;
  /** The published Stocktaking entries that name an organisation (from the Stocktaking service). */
  stocktakingEntries?: (name: string) => Promise<{ entries: StocktakingEntryLink[]; total: number }>;
}) {
  const { organizations, reference } = deps;

  /** Stakeholder types and countries in the reader's language, countries in their alphabetical order. */
  async function choices(locale: Locale) {
    const [types, countries] = await Promise.all([
      reference.stakeholderTypes(locale),
      reference.countryOptions(locale),
    ]);
    return { stakeholderTypes: types.map((t): Option => ({ value: t.code, label: t.name })), countries };
  }

  /** Names for codes; a country by i18n.country, so one no longer offered (TW on an older row) still has its name. */
  function labeller(options: Awaited<ReturnType<typeof choices>>, i18n: I18n) {
    const types = new Map(options.stakeholderTypes.map((o) => [o.value, o.label]));
    return {
      stakeholderType: (code: string) => types.get(code) ?? code,
      country: (code: string | null) => (code ? i18n.country(code) : null),
    };
  }

  /** The organisation's page; with a rejected form, its problems (and no notice of a change done). */
  async function organizationPage(c: AppContext, id: string, rejected?: FormState) {
    const actor = c.get("actor");
    const detail = await organizations.detail(actor, id);
    const { organization } = detail;
    const [options, entries] = await Promise.all([
      choices(c.get("i18n").locale),
      deps.stocktakingEntries?.(organization.name) ?? { entries: [], total: 0 },
    ]);
    const label = labeller(options, c.get("i18n"));
    const people = detail.members && {
      requests: detail.members.filter((m) => m.status === "pending"),
      members: detail.members.filter((m) => m.status === "approved"),
    };
    return (
      <OrganizationPage
        ctx={pageContext(c)}
        organization={{
          id: organization.id,
          name: organization.name,
          stakeholderType: label.stakeholderType(organization.stakeholderTypeCode),
          country: label.country(organization.countryCode),
          website: organization.website,
          verifiedAt: organization.verifiedAt,
          verificationNote: detail.verificationNote,
        }}
        own={detail.own}
        entries={entries}
        people={people}
        may={detail.may}
        form={rejected ?? emptyForm()}
        notice={rejected ? undefined : doneNotice(c.get("i18n"), c.req.query("done"))}
      />
    );
  }

  /** Runs a membership change and goes back to the page, or shows the page with what prevented it. */
  function change(c: AppContext, id: string, action: () => Promise<string | null>, kept: Record<string, string> = {}) {
    return submitForm(
      c,
      kept,
      async () => {
        const done = await action();
        return `${organizationHref(id)}${done ? `?done=${done}` : ""}`;
      },
      (form) => organizationPage(c, id, form),
    );
  }

  return (
    new Hono<AppEnv>()
      .get("/organizations", async (c) => {
        // A query over 200 characters is cut, a page that does not exist is the nearest one; both are said.
        const typed = (c.req.query("q") ?? "").trim();
        const cut = Array.from(typed).slice(0, 200).join("");
        const { q, page, unverified } = OrganizationSearch.parse({ ...c.req.query(), q: cut });
        const actor = c.get("actor");
        const [list, mine, options] = await Promise.all([
          organizations.search(q, page, unverified),
          actor ? organizations.membershipsOf(actor.userId) : null,
          choices(c.get("i18n").locale),
        ]);
        const label = labeller(options, c.get("i18n"));
        const i18n = c.get("i18n");
        const requested = (c.req.query("page") ?? "").trim();
        const notices = [
          ...(cut !== typed ? [i18n.t("list.queryTrimmed", { max: 200 })] : []),
          ...(requested && requested !== String(list.page)
            ? [i18n.t("list.pageOutOfRange", { requested: requested.slice(0, 30), page: list.page, pages: list.pages })]
            : []),
        ];
        return renderPage(
          c,
          <OrganizationListPage
            ctx={pageContext(c)}
            notices={notices}
            q={q}
            unverified={unverified}
            rows={list.organizations.map((o) => ({
              id: o.id,
              name: o.name,
              stakeholderType: label.stakeholderType(o.stakeholderTypeCode),
              country: label.country(o.countryCode) ?? "",
              verified: o.verifiedAt !== null,
            }))}
            total={list.total}
            page={list.page}
            pages={list.pages}
            mine={mine}
          />,
        );
      })
      // Before /organizations/:id, which would otherwise take "new" for an id.
      .get("/organizations/new", async (c) => {
        authorize(c.get("actor"), "organization.create");
        const options = await choices(c.get("i18n").locale);
        return renderPage(c, <NewOrganizationPage ctx={pageContext(c)} form={emptyForm()} choices={options} />);
      })
      .post("/organizations/new", signInFirst, async (c) => {
        const input = await values(c);
        const options = await choices(c.get("i18n").locale);
        return submitForm(
          c,
          input,
          async () => {
            const schema = organizationForm({
              stakeholderTypes: options.stakeholderTypes.map((o) => o.value),
              countries: options.countries.map((o) => o.value),
            });
            const id = await organizations.create(c.get("actor"), parseForm(schema, input), requestMeta(c));
            return `${organizationHref(id)}?done=created`;
          },
          (form) => <NewOrganizationPage ctx={pageContext(c)} form={form} choices={options} />,
        );
      })
      .get("/organizations/:id", async (c) => renderPage(c, await organizationPage(c, c.req.param("id"))))
      .post("/organizations/:id/join", signInFirst, (c) => {
        const id = c.req.param("id");
        return change(c, id, async () =>
          (await organizations.requestMembership(c.get("actor"), id, requestMeta(c))) ? "requested" : null,
        );
      })
      .post("/organizations/:id/leave", signInFirst, (c) => {
        const id = c.req.param("id");
        return change(c, id, async () => {
          await organizations.leave(c.get("actor"), id, requestMeta(c));
          return "left";
        });
      })
      .post("/organizations/:id/members/:userId/approve", signInFirst, (c) => {
        const { id, userId } = c.req.param();
        return change(c, id, async () => {
          await organizations.decide(c.get("actor"), id, userId, "approved", requestMeta(c));
          return "approved";
        });
      })
      .post("/organizations/:id/members/:userId/reject", signInFirst, (c) => {
        const { id, userId } = c.req.param();
        return change(c, id, async () => {
          await organizations.decide(c.get("actor"), id, userId, "rejected", requestMeta(c));
          return "rejected";
        });
      })
      .post("/organizations/:id/verification", signInFirst, async (c) => {
        const id = c.req.param("id");
        authorize(c.get("actor"), "organization.verify");
        const input = await values(c);
        return change(
          c,
          id,
          async () => {
            const { decision, note } = parseForm(VerificationForm, input);
            await organizations.setVerification(c.get("actor"), id, decision === "verify", note, requestMeta(c));
            return decision === "verify" ? "verified" : "unverified";
          },
          input,
        );
      })
      .post("/organizations/:id/members/:userId/focal-point", signInFirst, async (c) => {
        const { id, userId } = c.req.param();
        const input = await values(c);
        return change(c, id, async () => {
          const { value } = parseForm(FocalPointForm, input);
          await organizations.setFocalPoint(c.get("actor"), id, userId, value === "1", requestMeta(c));
          return value === "1" ? "appointed" : "removed";
        });
      })
  );
}
