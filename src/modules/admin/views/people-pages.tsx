import { ROLES } from "../../../platform/auth/policy.ts";
import type { I18n, MessageKey } from "../../../platform/i18n/i18n.ts";
import { ErrorSummary, type FormState, PostForm, SelectField } from "../../../platform/views/forms.tsx";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { PersonDetail, PersonSummary } from "../../accounts/roles.service.ts";
import { adminCrumbs } from "./admin-common.tsx";

const roleName = (i18n: I18n, role: string) => i18n.t(`account.role.${role}` as MessageKey);

export function PeoplePage({
  ctx,
  q,
  people,
  limit,
  notice,
}: {
  ctx: PageContext;
  q: string;
  people: PersonSummary[];
  /** How many the search returns at most: a full page means there may be more. */
  limit: number;
  /** What the page changed in the search it was given (a query cut to its limit). */
  notice?: string;
}) {
  const { i18n } = ctx;
  const title = i18n.t("admin.people.title");
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={adminCrumbs(i18n)}>
      <h1>{title}</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <form method="get" action="/admin/people" class="stack">
        <div class="field">
          <label for="q">{i18n.t("admin.people.search")}</label>
          <input id="q" name="q" type="search" value={q} dir="auto" />
        </div>
        <button type="submit">{i18n.t("admin.people.searchSubmit")}</button>
      </form>
      <h2>{i18n.t("admin.people.results", { count: people.length })}</h2>
      {people.length >= limit && <p class="notice">{i18n.t("admin.people.limited", { count: limit })}</p>}
      {people.length > 0 && (
        <div class="table-scroll">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{i18n.t("admin.people.name")}</th>
                <th scope="col">{i18n.t("admin.people.email")}</th>
                <th scope="col">{i18n.t("admin.people.verified")}</th>
                <th scope="col">{i18n.t("admin.people.joined")}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr>
                  <th scope="row" dir="auto">
                    <a href={`/admin/people/${p.id}`}>{p.displayName}</a>
                  </th>
                  <td dir="ltr">{p.email}</td>
                  <td>{i18n.t(p.verified ? "admin.yes" : "admin.no")}</td>
                  <td>{i18n.date(p.createdAt, { dateStyle: "medium" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

export interface ScopeChoices {
  actionLines: { value: string; label: string }[];
  prizeCategories: { value: string; label: string }[];
}

/** What a grant covers, said for people: the Action Line's title, or the prize category. */
function scopeText(i18n: I18n, choices: ScopeChoices, grant: { role: string; scope: string }) {
  if (!grant.scope) return i18n.t("admin.person.noScope");
  const list = grant.role === "facilitator" ? choices.actionLines : choices.prizeCategories;
  return list.find((c) => c.value === grant.scope)?.label ?? i18n.ltr(grant.scope);
}

export function PersonPage({
  ctx,
  person,
  choices,
  form,
  removeForm,
  notice,
}: {
  ctx: PageContext;
  person: PersonDetail;
  choices: ScopeChoices;
  /** The form to give a role. */
  form: FormState;
  /** A refused removal: its error is keyed "roles", the heading of the list it concerns. */
  removeForm?: FormState;
  notice?: string;
}) {
  const { i18n } = ctx;
  const crumbs = [...adminCrumbs(i18n), { href: "/admin/people", label: i18n.t("admin.people.title") }];
  const none = { value: "", label: i18n.t("admin.field.none") };
  const history = new URLSearchParams({ objectType: "user", objectId: person.id });
  return (
    <Layout ctx={ctx} title={person.displayName} breadcrumbs={crumbs}>
      <h1 dir="auto">{person.displayName}</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {removeForm && <ErrorSummary i18n={i18n} form={removeForm} labels={{ roles: i18n.t("admin.person.roles") }} />}
      <ErrorSummary
        i18n={i18n}
        form={form}
        labels={{
          role: i18n.t("admin.field.role"),
          actionLine: i18n.t("admin.field.actionLine"),
          prizeCategory: i18n.t("admin.field.prizeCategory"),
        }}
      />
      <dl class="facts">
        <dt>{i18n.t("admin.people.email")}</dt>
        <dd dir="ltr">{person.email}</dd>
        <dt>{i18n.t("admin.people.verified")}</dt>
        <dd>{i18n.t(person.verified ? "admin.yes" : "admin.no")}</dd>
        <dt>{i18n.t("admin.people.joined")}</dt>
        <dd>{i18n.date(person.createdAt, { dateStyle: "long" })}</dd>
        <dt>{i18n.t("admin.person.id")}</dt>
        <dd>
          <code dir="ltr">{person.id}</code>
        </dd>
      </dl>

      <h2 id="roles" tabindex={-1}>
        {i18n.t("admin.person.roles")}
      </h2>
      {person.grants.length === 0 ? (
        <p>{i18n.t("admin.person.noRoles")}</p>
      ) : (
        <div class="table-scroll">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{i18n.t("admin.field.role")}</th>
                <th scope="col">{i18n.t("admin.person.scope")}</th>
                <th scope="col">{i18n.t("admin.person.grantedAt")}</th>
                <th scope="col">
                  <span class="visually-hidden">{i18n.t("admin.person.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {person.grants.map((g) => {
                const role = roleName(i18n, g.role);
                const label = g.scope
                  ? i18n.t("account.role.scoped", { role, scope: scopeText(i18n, choices, g) })
                  : role;
                return (
                  <tr>
                    <th scope="row">{role}</th>
                    <td>{scopeText(i18n, choices, g)}</td>
                    <td>{i18n.date(g.grantedAt, { dateStyle: "medium" })}</td>
                    <td>
                      <PostForm action={`/admin/people/${person.id}/roles/remove`} class="inline-form">
                        <input type="hidden" name="role" value={g.role} />
                        <input type="hidden" name="scope" value={g.scope} />
                        <button
                          type="submit"
                          class="button--secondary"
                          aria-label={i18n.t("admin.person.removeLabel", { role: label })}
                        >
                          {i18n.t("admin.person.remove")}
                        </button>
                      </PostForm>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href={`/admin/audit?${history.toString()}`}>{i18n.t("admin.person.history")}</a>
      </p>

      <h2>{i18n.t("admin.person.add")}</h2>
      <p>{i18n.t("admin.person.addIntro")}</p>
      <PostForm action={`/admin/people/${person.id}/roles`} class="stack">
        <SelectField
          i18n={i18n}
          form={form}
          name="role"
          label={i18n.t("admin.field.role")}
          options={[
            { value: "", label: i18n.t("admin.field.chooseRole") },
            ...ROLES.map((r) => ({ value: r, label: roleName(i18n, r) })),
          ]}
          required
        />
        <SelectField
          i18n={i18n}
          form={form}
          name="actionLine"
          label={i18n.t("admin.field.actionLine")}
          hint={i18n.t("admin.field.actionLineHint")}
          options={[none, ...choices.actionLines]}
        />
        <SelectField
          i18n={i18n}
          form={form}
          name="prizeCategory"
          label={i18n.t("admin.field.prizeCategory")}
          hint={i18n.t("admin.field.prizeCategoryHint")}
          options={[none, ...choices.prizeCategories]}
        />
        <button type="submit">{i18n.t("admin.person.addSubmit")}</button>
      </PostForm>
    </Layout>
  );
}
