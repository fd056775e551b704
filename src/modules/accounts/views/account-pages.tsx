import { type Actor, can } from "../../../platform/auth/policy.ts";
import type { I18n, MessageKey } from "../../../platform/i18n/i18n.ts";
import { ErrorSummary, type FormState, PostForm, SelectField, TextField } from "../../../platform/views/forms.tsx";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import { localeOptions } from "./auth-pages.tsx";

const accountCrumbs = (i18n: I18n) => [{ href: "/account", label: i18n.t("account.home.title") }];

export function roleLabel(i18n: I18n, grant: { role: string; scope: string }): string {
  const role = i18n.t(`account.role.${grant.role}` as MessageKey);
  return grant.scope ? i18n.t("account.role.scoped", { role, scope: grant.scope }) : role;
}

export function AccountHomePage({
  ctx,
  actor,
  verified,
  focalPointOf,
  notice,
}: {
  ctx: PageContext;
  actor: Actor;
  verified: boolean;
  focalPointOf: string[];
  notice?: string;
}) {
  const { i18n } = ctx;
  const title = i18n.t("account.home.title");
  const links: [string, MessageKey][] = [
    ["/account/profile", "account.profile.title"],
    ["/account/email", "account.email.title"],
    ["/account/password", "account.password.title"],
    ["/account/sessions", "account.sessions.title"],
    ["/account/data", "account.data.title"],
    ["/organizations", "nav.organizations"],
  ];
  // What the person has made or joined on the platform, wherever the module keeps it.
  const own: [string, MessageKey][] = [
    ["/stocktaking/mine", "stocktaking.mine.title"],
    ["/forum/proposals/mine", "forumProposals.mine.title"],
    ["/forum/registrations/mine", "registration.mine.title"],
    ["/forum/agenda", "forumAgenda.title"],
  ];
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p>
        <bdi>{actor.displayName}</bdi> · {i18n.t("account.home.signedInAs", { email: i18n.ltr(actor.email) })}
      </p>
      {!verified && <p class="notice">{i18n.t("account.home.unverified")}</p>}
      <h2>{i18n.t("account.home.roles")}</h2>
      <ul>
        <li>{i18n.t("account.home.participant")}</li>
        {focalPointOf.map((organization) => (
          <li>{i18n.t("account.role.focalPoint", { organization })}</li>
        ))}
        {actor.grants.map((g) => (
          <li>{roleLabel(i18n, g)}</li>
        ))}
      </ul>
      <h2>{i18n.t("site.account.yours")}</h2>
      <ul class="link-list">
        {own.map(([href, key]) => (
          <li>
            <a href={href}>{i18n.t(key)}</a>
          </li>
        ))}
        {can(actor, "admin.enter") && (
          <li>
            <a href="/admin">{i18n.t("admin.home.title")}</a>
          </li>
        )}
      </ul>
      <h2>{i18n.t("account.home.manage")}</h2>
      <ul class="link-list">
        {links.map(([href, key]) => (
          <li>
            <a href={href}>{i18n.t(key)}</a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export interface ProfileChoices {
  organizations: { value: string; label: string }[];
  stakeholderTypes: { value: string; label: string }[];
  countries: { value: string; label: string }[];
}

export function ProfilePage({ ctx, form, choices }: { ctx: PageContext; form: FormState; choices: ProfileChoices }) {
  const { i18n } = ctx;
  const title = i18n.t("account.profile.title");
  const notSet = { value: "", label: i18n.t("account.field.notSet") };
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={accountCrumbs(i18n)}>
      <h1>{title}</h1>
      {form.values.saved === "1" && (
        <p class="notice" role="status">
          {i18n.t("form.saved")}
        </p>
      )}
      <ErrorSummary
        i18n={i18n}
        form={form}
        labels={{
          displayName: i18n.t("account.field.displayName"),
          passportName: i18n.t("account.field.passportName"),
          organizationId: i18n.t("account.field.organization"),
          stakeholderTypeCode: i18n.t("account.field.stakeholderType"),
          countryCode: i18n.t("account.field.country"),
          preferredLocale: i18n.t("account.field.preferredLocale"),
        }}
      />
      <PostForm action="/account/profile" class="stack">
        <TextField
          i18n={i18n}
          form={form}
          name="displayName"
          label={i18n.t("account.field.displayName")}
          hint={i18n.t("account.field.displayNameHint")}
          autocomplete="name"
          required
          dir="auto"
        />
        <TextField
          i18n={i18n}
          form={form}
          name="passportName"
          label={i18n.t("account.field.passportName")}
          hint={i18n.t("account.field.passportNameHint")}
          dir="ltr"
        />
        <SelectField
          i18n={i18n}
          form={form}
          name="organizationId"
          label={i18n.t("account.field.organization")}
          hint={i18n.t("account.field.organizationHint")}
          options={[{ value: "", label: i18n.t("account.field.noOrganization") }, ...choices.organizations]}
        />
        <SelectField
          i18n={i18n}
          form={form}
          name="stakeholderTypeCode"
          label={i18n.t("account.field.stakeholderType")}
          options={[notSet, ...choices.stakeholderTypes]}
        />
        <SelectField
          i18n={i18n}
          form={form}
          name="countryCode"
          label={i18n.t("account.field.country")}
          options={[notSet, ...choices.countries]}
          autocomplete="country"
        />
        <SelectField
          i18n={i18n}
          form={form}
          name="preferredLocale"
          label={i18n.t("account.field.preferredLocale")}
          options={localeOptions()}
          required
        />
        <button type="submit">{i18n.t("account.profile.submit")}</button>
      </PostForm>
    </Layout>
  );
}

export function ChangeEmailPage({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { i18n } = ctx;
  const title = i18n.t("account.email.title");
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={accountCrumbs(i18n)}>
      <h1>{title}</h1>
      <p>{i18n.t("account.email.intro")}</p>
      <ErrorSummary
        i18n={i18n}
        form={form}
        labels={{
          newEmail: i18n.t("account.field.newEmail"),
          currentPassword: i18n.t("account.field.currentPassword"),
        }}
      />
      <PostForm action="/account/email" class="stack">
        <TextField
          i18n={i18n}
          form={form}
          name="newEmail"
          type="email"
          label={i18n.t("account.field.newEmail")}
          autocomplete="email"
          required
          dir="ltr"
        />
        <TextField
          i18n={i18n}
          form={form}
          name="currentPassword"
          type="password"
          label={i18n.t("account.field.currentPassword")}
          autocomplete="current-password"
          required
          secret
        />
        <button type="submit">{i18n.t("account.email.submit")}</button>
      </PostForm>
    </Layout>
  );
}

export function ChangePasswordPage({ ctx, form, minLength }: { ctx: PageContext; form: FormState; minLength: number }) {
  const { i18n } = ctx;
  const title = i18n.t("account.password.title");
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={accountCrumbs(i18n)}>
      <h1>{title}</h1>
      {form.values.saved === "1" && (
        <p class="notice" role="status">
          {i18n.t("account.password.done")}
        </p>
      )}
      <ErrorSummary
        i18n={i18n}
        form={form}
        labels={{
          currentPassword: i18n.t("account.field.currentPassword"),
          newPassword: i18n.t("account.field.newPassword"),
        }}
      />
      <PostForm action="/account/password" class="stack">
        <TextField
          i18n={i18n}
          form={form}
          name="currentPassword"
          type="password"
          label={i18n.t("account.field.currentPassword")}
          autocomplete="current-password"
          required
          secret
        />
        <TextField
          i18n={i18n}
          form={form}
          name="newPassword"
          type="password"
          label={i18n.t("account.field.newPassword")}
          hint={i18n.t("account.field.passwordHint", { min: minLength })}
          autocomplete="new-password"
          required
          secret
        />
        <button type="submit">{i18n.t("account.password.submit")}</button>
      </PostForm>
    </Layout>
  );
}

export interface SessionRow {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
}

export function SessionsPage({
  ctx,
  sessions,
  currentId,
  notice,
}: {
  ctx: PageContext;
  sessions: SessionRow[];
  currentId: string;
  notice?: string;
}) {
  const { i18n } = ctx;
  const title = i18n.t("account.sessions.title");
  const when = (iso: string) => i18n.date(iso, { dateStyle: "medium", timeStyle: "short" });
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={accountCrumbs(i18n)}>
      <h1>{title}</h1>
      <p>{i18n.t("account.sessions.intro")}</p>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{i18n.t("account.sessions.device")}</th>
            <th scope="col">{i18n.t("account.sessions.address")}</th>
            <th scope="col">{i18n.t("account.sessions.created")}</th>
            <th scope="col">{i18n.t("account.sessions.lastSeen")}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr>
              <th scope="row" dir="auto">
                {s.userAgent ?? i18n.t("account.sessions.unknown")}
              </th>
              <td dir="ltr">{s.ip ?? i18n.t("account.sessions.unknown")}</td>
              <td>{when(s.createdAt)}</td>
              <td>{when(s.lastSeenAt)}</td>
              <td>
                {s.id === currentId ? (
                  <strong>{i18n.t("account.sessions.current")}</strong>
                ) : (
                  <PostForm action="/account/sessions/revoke" class="inline-form">
                    <input type="hidden" name="sessionId" value={s.id} />
                    <button
                      type="submit"
                      class="button--secondary"
                      aria-label={i18n.t("account.sessions.revokeLabel", { date: when(s.createdAt) })}
                    >
                      {i18n.t("account.sessions.revoke")}
                    </button>
                  </PostForm>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sessions.length > 1 && (
        <PostForm action="/account/sessions/revoke-others">
          <p>
            <button type="submit" class="button--secondary">
              {i18n.t("account.sessions.revokeOthers")}
            </button>
          </p>
        </PostForm>
      )}
    </Layout>
  );
}

export function DataPage({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { i18n } = ctx;
  const title = i18n.t("account.data.title");
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={accountCrumbs(i18n)}>
      <h1>{title}</h1>
      <p class="lead">{i18n.t("account.data.intro")}</p>
      <p>{i18n.t("account.data.held")}</p>
      <p>{i18n.t("account.data.kept")}</p>
      <p>
        <a class="button button--secondary" href="/account/data.json" download="wsis-account-data.json">
          {i18n.t("account.data.download")}
        </a>
      </p>
      <h2 id="delete">{i18n.t("account.data.delete.title")}</h2>
      <p>{i18n.t("account.data.delete.warning")}</p>
      <ErrorSummary
        i18n={i18n}
        form={form}
        labels={{
          currentPassword: i18n.t("account.field.currentPassword"),
          confirm: i18n.t("account.data.delete.confirm"),
        }}
      />
      <PostForm action="/account/delete" class="stack">
        <TextField
          i18n={i18n}
          form={form}
          name="currentPassword"
          type="password"
          label={i18n.t("account.field.currentPassword")}
          autocomplete="current-password"
          required
          secret
        />
        <div class={form.errors.confirm ? "field field--error checkbox" : "field checkbox"}>
          {form.errors.confirm && (
            <p class="field-error" id="confirm-error">
              {i18n.t(form.errors.confirm)}
            </p>
          )}
          <input
            type="checkbox"
            id="confirm"
            name="confirm"
            value="yes"
            aria-describedby={form.errors.confirm ? "confirm-error" : undefined}
          />{" "}
          <label for="confirm">{i18n.t("account.data.delete.confirm")}</label>
        </div>
        <button type="submit" class="button--danger">
          {i18n.t("account.data.delete.submit")}
        </button>
      </PostForm>
    </Layout>
  );
}
