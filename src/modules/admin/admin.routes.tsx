import { Hono } from "hono";
import type { z } from "zod";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { type Actor, authorize } from "../../platform/auth/policy.ts";
import type { AppContext, AppEnv } from "../../platform/http/env.ts";
import { submitForm } from "../../platform/http/form-route.ts";
import { type FieldErrors, FormError, formValues, parseForm } from "../../platform/http/forms.ts";
import { requestMeta } from "../../platform/http/request-meta.ts";
import type { Mailer } from "../../platform/mail/mailer.ts";
import { emptyForm, type FormState } from "../../platform/views/forms.tsx";
import { pageContext, renderPage } from "../../platform/views/page.ts";
import type { ReferenceService } from "../../reference/reference.service.ts";
import type { RoleService } from "../accounts/roles.service.ts";
import type { ForumService } from "../forum/forum.service.ts";
import type { ForumOrganizer } from "../forum/organize/organize.service.ts";
import type { ProposalService } from "../forum/proposals/proposals.service.ts";
import type { OrganizationService } from "../organizations/organizations.service.ts";
import type { RegistrationService } from "../registration/registration.service.ts";
import type { StocktakingService } from "../stocktaking/stocktaking.service.ts";
import {
  AddRoleForm,
  AuditQuery,
  MailQuery,
  PeopleQuery,
  RemoveRoleForm,
  RetryMailForm,
  SCOPE_FIELD,
  scopeOf,
} from "./admin.schema.ts";
import { createAdminService } from "./admin.service.ts";
import { createStaffHome } from "./staff-home.ts";
import { AdminHomePage } from "./views/admin-home.tsx";
import { AuditPage } from "./views/audit-page.tsx";
import { MailPage } from "./views/mail-page.tsx";
import { PeoplePage, PersonPage, type ScopeChoices } from "./views/people-pages.tsx";

/** How many people a search shows; past that, the administrator narrows the search. */
const PEOPLE_LIMIT = 50;

async function values(c: AppContext) {
  return formValues(await c.req.parseBody());
}

/** A filter that cannot be applied is shown again as typed, naming the field, with no results. */
/**
 * A list's filters from the address. A filter that is not valid is left out, so the list still shows (filtered by
 * the others); `rejected` is the filter form as typed with each problem named, for the page to show above it.
 */
function parseFilters<S extends z.ZodType>(
  schema: S,
  query: Record<string, string>,
): { query: z.infer<S>; rejected?: FormState } {
  let kept = { ...query };
  let rejected: FormState | undefined;
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      return { query: parseForm(schema, kept), rejected };
    } catch (error) {
      if (!(error instanceof FormError)) throw error;
      rejected ??= { values: query, errors: error.errors };
      const bad = Object.keys(error.errors);
      if (bad.every((field) => !(field in kept))) break;
      kept = Object.fromEntries(Object.entries(kept).filter(([field]) => !bad.includes(field)));
    }
  }
  return { query: parseForm(schema, {}), rejected };
}

export function adminPages(deps: {
  roles: RoleService;
  reference: ReferenceService;
  db: Db;
  mailer: Mailer;
  config: Config;
  clock: () => Date;
  /** The services whose queues the staff home counts. */
  queues: {
    stocktaking: StocktakingService;
    organizations: OrganizationService;
    forum: ForumService;
    proposals: ProposalService;
    organizer: ForumOrganizer;
    registrations: RegistrationService;
  };
}) {
  const { roles, reference, db, mailer, clock } = deps;
  const admin = createAdminService({ roles, db, mailer, clock });
  const staffHome = createStaffHome({ admin, clock, ...deps.queues });

  async function scopeChoices(c: AppContext): Promise<ScopeChoices> {
    const i18n = c.get("i18n");
    const lines = await reference.actionLines(i18n.locale);
    return {
      actionLines: lines
        .filter((l) => l.kind === "line")
        .map((l) => ({ value: l.code, label: `${i18n.ltr(l.code)} ${l.title}` })),
      prizeCategories: Array.from({ length: 18 }, (_, i) => ({
        value: String(i + 1),
        label: i18n.t("admin.person.category", { number: i + 1 }),
      })),
    };
  }

  async function personPage(
    c: AppContext,
    actor: Actor,
    id: string,
    forms: { form?: FormState; removeForm?: FormState; notice?: string } = {},
  ) {
    const [person, choices] = await Promise.all([roles.person(actor, id), scopeChoices(c)]);
    return (
      <PersonPage
        ctx={pageContext(c)}
        person={person}
        choices={choices}
        form={forms.form ?? emptyForm()}
        removeForm={forms.removeForm}
        notice={forms.notice}
      />
    );
  }

  return (
    new Hono<AppEnv>()
      .get("/admin", async (c) => {
        const actor = authorize(c.get("actor"), "admin.enter");
        const sections = await staffHome.sections(actor, c.get("i18n"));
        return renderPage(c, <AdminHomePage ctx={pageContext(c)} sections={sections} />);
      })
      // People and their roles
      .get("/admin/people", async (c) => {
        const actor = authorize(c.get("actor"), "people.view");
        const typed = (c.req.query("q") ?? "").trim();
        const { q } = parseForm(PeopleQuery, { q: Array.from(typed).slice(0, 200).join("") });
        const people = await roles.findPeople(actor, q, PEOPLE_LIMIT);
        const notice = q !== typed ? c.get("i18n").t("list.queryTrimmed", { max: 200 }) : undefined;
        return renderPage(
          c,
          <PeoplePage ctx={pageContext(c)} q={q} people={people} limit={PEOPLE_LIMIT} notice={notice} />,
        );
      })
      .get("/admin/people/:id", async (c) => {
        const actor = authorize(c.get("actor"), "people.view");
        const done = c.req.query("done");
        const i18n = c.get("i18n");
        const notice =
          done === "granted"
            ? i18n.t("admin.person.done.granted")
            : done === "revoked"
              ? i18n.t("admin.person.done.revoked")
              : undefined;
        return renderPage(c, await personPage(c, actor, c.req.param("id"), { notice }));
      })
      .post("/admin/people/:id/roles", async (c) => {
        const actor = authorize(c.get("actor"), "roles.change");
        const id = c.req.param("id");
        const input = await values(c);
        return submitForm(
          c,
          input,
          async () => {
            const form = parseForm(AddRoleForm, input);
            await roles.grant(actor, id, form.role, scopeOf(form), requestMeta(c));
            return `/admin/people/${id}?done=granted`;
          },
          (form) => {
            // The service names "scope"; on this form the scope is the field that goes with the chosen role.
            const field = SCOPE_FIELD[input.role as keyof typeof SCOPE_FIELD] ?? "role";
            const errors: FieldErrors = {};
            for (const [name, key] of Object.entries(form.errors)) errors[name === "scope" ? field : name] = key;
            return personPage(c, actor, id, { form: { values: form.values, errors } });
          },
        );
      })
      .post("/admin/people/:id/roles/remove", async (c) => {
        const actor = authorize(c.get("actor"), "roles.change");
        const id = c.req.param("id");
        const input = await values(c);
        return submitForm(
          c,
          input,
          async () => {
            const form = parseForm(RemoveRoleForm, input);
            await roles.revoke(actor, id, form.role, form.scope, requestMeta(c));
            return `/admin/people/${id}?done=revoked`;
          },
          (form) => {
            // The Remove buttons have no fields to point at: the error points at the list of roles.
            const key = Object.values(form.errors)[0] ?? "form.invalid";
            return personPage(c, actor, id, { removeForm: { values: {}, errors: { roles: key } } });
          },
        );
      })
      // The audit trail
      .get("/admin/audit", async (c) => {
        const actor = authorize(c.get("actor"), "audit.view");
        const { query, rejected } = parseFilters(AuditQuery, c.req.query());
        const trail = await admin.auditTrail(actor, query);
        return renderPage(
          c,
          <AuditPage
            ctx={pageContext(c)}
            form={rejected ?? emptyForm({ ...query })}
            actions={trail.actions}
            events={trail.items}
            older={trail.older}
          />,
        );
      })
      // The mail queue
      .get("/admin/mail", async (c) => {
        const actor = authorize(c.get("actor"), "mail.view");
        const { query, rejected } = parseFilters(MailQuery, c.req.query());
        const i18n = c.get("i18n");
        const done = c.req.query("done");
        const notice =
          done === "sending"
            ? i18n.t("admin.mail.done.sending")
            : done === "notSendable"
              ? i18n.t("admin.mail.done.notSendable")
              : undefined;
        const page = await admin.mailQueue(actor, query);
        return renderPage(
          c,
          <MailPage
            ctx={pageContext(c)}
            form={rejected ?? emptyForm({ ...query })}
            messages={page.items}
            older={page.older}
            notice={notice}
          />,
        );
      })
      .post("/admin/mail/:id/retry", async (c) => {
        const actor = authorize(c.get("actor"), "mail.retry");
        const input = await values(c);
        const { status } = RetryMailForm.safeParse(input).data ?? { status: "" };
        const sending = await admin.retryMail(actor, c.req.param("id"), requestMeta(c));
        const back = new URLSearchParams({ ...(status ? { status } : {}), done: sending ? "sending" : "notSendable" });
        return c.redirect(`/admin/mail?${back.toString()}`, 303);
      })
  );
}
