import type { I18n } from "../../../platform/i18n/i18n.ts";
import { AUTONYMS, LOCALES } from "../../../platform/i18n/locale.ts";
import { ErrorSummary, type FormState, PostForm, SelectField, TextField } from "../../../platform/views/forms.tsx";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";

/** A page that only says something: a confirmation, or what to do next. */
export function MessagePage({
  ctx,
  title,
  body,
  link,
}: {
  ctx: PageContext;
  title: string;
  body: string;
  link?: { href: string; label: string };
}) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{body}</p>
      {link && (
        <p>
          <a href={link.href}>{link.label}</a>
        </p>
      )}
    </Layout>
  );
}

export const localeOptions = () => LOCALES.map((l) => ({ value: l, label: AUTONYMS[l], lang: l }));

function labels(i18n: I18n, fields: Record<string, Parameters<I18n["t"]>[0]>) {
  return Object.fromEntries(Object.entries(fields).map(([name, key]) => [name, i18n.t(key)]));
}

export function SignUpPage({ ctx, form, minLength }: { ctx: PageContext; form: FormState; minLength: number }) {
  const { i18n } = ctx;
  const title = i18n.t("account.signup.title");
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{i18n.t("account.signup.intro")}</p>
      <p>
        {i18n.t("legal.signup.privacy")} <a href="/privacy">{i18n.t("legal.privacy.title")}</a> ·{" "}
        <a href="/terms">{i18n.t("legal.terms.title")}</a>
      </p>
      <ErrorSummary
        i18n={i18n}
        form={form}
        labels={labels(i18n, {
          displayName: "account.field.displayName",
          email: "account.field.email",
          password: "account.field.password",
          preferredLocale: "account.field.preferredLocale",
        })}
      />
      <PostForm action="/account/signup" class="stack">
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
          name="email"
          type="email"
          label={i18n.t("account.field.email")}
          autocomplete="email"
          required
          dir="ltr"
        />
        <TextField
          i18n={i18n}
          form={form}
          name="password"
          type="password"
          label={i18n.t("account.field.password")}
          hint={i18n.t("account.field.passwordHint", { min: minLength })}
          autocomplete="new-password"
          required
          secret
        />
        <SelectField
          i18n={i18n}
          form={form}
          name="preferredLocale"
          label={i18n.t("account.field.preferredLocale")}
          options={localeOptions()}
          required
        />
        <button type="submit">{i18n.t("account.signup.submit")}</button>
      </PostForm>
      <p>
        <a href="/account/signin">{i18n.t("account.signup.haveAccount")}</a>
      </p>
    </Layout>
  );
}

export function SignInPage({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { i18n } = ctx;
  const title = i18n.t("account.signin.title");
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <ErrorSummary
        i18n={i18n}
        form={form}
        labels={labels(i18n, { email: "account.field.email", password: "account.field.password" })}
      />
      <PostForm action="/account/signin" class="stack">
        {form.values.next && <input type="hidden" name="next" value={form.values.next} />}
        <TextField
          i18n={i18n}
          form={form}
          name="email"
          type="email"
          label={i18n.t("account.field.email")}
          autocomplete="username"
          required
          dir="ltr"
        />
        <TextField
          i18n={i18n}
          form={form}
          name="password"
          type="password"
          label={i18n.t("account.field.password")}
          autocomplete="current-password"
          required
          secret
        />
        <button type="submit">{i18n.t("account.signin.submit")}</button>
      </PostForm>
      <ul class="link-list">
        <li>
          <a href="/account/forgot">{i18n.t("account.signin.forgot")}</a>
        </li>
        <li>
          <a href="/account/signup">{i18n.t("account.signin.noAccount")}</a>
        </li>
      </ul>
    </Layout>
  );
}

export function ForgotPage({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { i18n } = ctx;
  const title = i18n.t("account.forgot.title");
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{i18n.t("account.forgot.intro")}</p>
      <ErrorSummary i18n={i18n} form={form} labels={labels(i18n, { email: "account.field.email" })} />
      <PostForm action="/account/forgot" class="stack">
        <TextField
          i18n={i18n}
          form={form}
          name="email"
          type="email"
          label={i18n.t("account.field.email")}
          autocomplete="email"
          required
          dir="ltr"
        />
        <button type="submit">{i18n.t("account.forgot.submit")}</button>
      </PostForm>
    </Layout>
  );
}

export function ResetPage({ ctx, form, minLength }: { ctx: PageContext; form: FormState; minLength: number }) {
  const { i18n } = ctx;
  const title = i18n.t("account.reset.title");
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <ErrorSummary i18n={i18n} form={form} labels={labels(i18n, { password: "account.field.newPassword" })} />
      <PostForm action="/account/reset" class="stack">
        <input type="hidden" name="token" value={form.values.token} />
        <TextField
          i18n={i18n}
          form={form}
          name="password"
          type="password"
          label={i18n.t("account.field.newPassword")}
          hint={i18n.t("account.field.passwordHint", { min: minLength })}
          autocomplete="new-password"
          required
          secret
        />
        <button type="submit">{i18n.t("account.reset.submit")}</button>
      </PostForm>
    </Layout>
  );
}

/** A confirmation button for a link from an email: opening a link never changes anything by itself. */
export function ConfirmLinkPage({
  ctx,
  title,
  body,
  action,
  token,
  submit,
}: {
  ctx: PageContext;
  title: string;
  body: string;
  action: string;
  token: string;
  submit: string;
}) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{body}</p>
      <PostForm action={action}>
        <input type="hidden" name="token" value={token} />
        <button type="submit">{submit}</button>
      </PostForm>
    </Layout>
  );
}
