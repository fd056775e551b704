import { Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { Config } from "../../config.ts";
import { authorize } from "../../platform/auth/policy.ts";
import { clearSessionCookie, sessionCookieName, setSessionCookie } from "../../platform/auth/session.ts";
import type { AppContext, AppEnv } from "../../platform/http/env.ts";
import { errors } from "../../platform/http/errors.ts";
import { submitForm } from "../../platform/http/form-route.ts";
import { FormError, formValues, parseForm } from "../../platform/http/forms.ts";
import { requestMeta } from "../../platform/http/request-meta.ts";
import { emptyForm } from "../../platform/views/forms.tsx";
import { pageContext, renderPage } from "../../platform/views/page.ts";
import type { ReferenceService } from "../../reference/reference.service.ts";
import {
  ChangeEmailForm,
  ChangePasswordForm,
  DeleteAccountForm,
  EmailOnlyForm,
  ProfileForm,
  ResetPasswordForm,
  RevokeSessionForm,
  SignInForm,
  SignUpForm,
  TokenForm,
} from "./accounts.schema.ts";
import type { AccountService } from "./accounts.service.ts";
import {
  AccountHomePage,
  ChangeEmailPage,
  ChangePasswordPage,
  DataPage,
  ProfilePage,
  SessionsPage,
} from "./views/account-pages.tsx";
import { ConfirmLinkPage, ForgotPage, MessagePage, ResetPage, SignInPage, SignUpPage } from "./views/auth-pages.tsx";

/** Only a path on this site: "/x" but not "//evil.example" or "https://…". */
function safeNext(next: string | undefined): string {
  return next && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : "/account";
}

async function values(c: AppContext) {
  return formValues(await c.req.parseBody());
}

/**
 * One of a person's organisations, as the account pages show it (the profile's choice, the focal points on the
 * account page). The organizations module offers these; accounts, the lower layer, does not import it.
 */
export interface Affiliation {
  id: string;
  name: string;
  status: "pending" | "approved" | "rejected";
  isFocalPoint: boolean;
}

export function accountPages(deps: {
  accounts: AccountService;
  /** The organisations the person belongs to or asked to join. */
  affiliationsOf: (userId: string) => Promise<Affiliation[]>;
  reference: ReferenceService;
  config: Config;
}) {
  const { accounts, affiliationsOf, reference, config } = deps;
  const min = accounts.passwordRules.min;
  const rules = { min, max: accounts.passwordRules.max };

  async function profileChoices(c: AppContext, userId: string) {
    const i18n = c.get("i18n");
    const locale = i18n.locale;
    const [memberships, types, offered, profile] = await Promise.all([
      affiliationsOf(userId),
      reference.stakeholderTypes(locale),
      reference.countryOptions(locale),
      accounts.profile(userId),
    ]);
    // A country stored before only UN M49's areas were offered (TW) stays a choice for this person, so saving the
    // profile keeps it rather than dropping it without a word; nobody else is offered it.
    const stored = profile.countryCode;
    const countries =
      stored && !offered.some((o) => o.value === stored)
        ? [...offered, { value: stored, label: i18n.country(stored) }]
        : offered;
    return {
      organizations: memberships.filter((m) => m.status === "approved").map((m) => ({ value: m.id, label: m.name })),
      stakeholderTypes: types.map((t) => ({ value: t.code, label: t.name })),
      countries,
    };
  }

  return (
    new Hono<AppEnv>()
      // Sign up
      .get("/account/signup", (c) =>
        renderPage(
          c,
          <SignUpPage
            ctx={pageContext(c)}
            form={emptyForm({ preferredLocale: c.get("i18n").locale })}
            minLength={min}
          />,
        ),
      )
      .post("/account/signup", async (c) => {
        const input = await values(c);
        return submitForm(
          c,
          input,
          async () => {
            const form = parseForm(SignUpForm, input);
            await accounts.signUp(form, requestMeta(c));
            const i18n = c.get("i18n");
            return renderPage(
              c,
              <MessagePage
                ctx={pageContext(c)}
                title={i18n.t("account.signup.sent.title")}
                body={i18n.t("account.signup.sent.body", { email: i18n.ltr(form.email) })}
              />,
            );
          },
          (form) => <SignUpPage ctx={pageContext(c)} form={{ ...form, messageValues: rules }} minLength={min} />,
        );
      })
      // Email verification: the link shows a button; the POST confirms.
      .get("/account/verify", (c) => {
        const i18n = c.get("i18n");
        return renderPage(
          c,
          <ConfirmLinkPage
            ctx={pageContext(c)}
            title={i18n.t("account.verify.title")}
            body={i18n.t("account.verify.body")}
            action="/account/verify"
            token={c.req.query("token") ?? ""}
            submit={i18n.t("account.verify.submit")}
          />,
        );
      })
      .post("/account/verify", async (c) => {
        const { token } = parseTokenOrThrow(await values(c));
        await accounts.verifyEmail(token, requestMeta(c));
        const i18n = c.get("i18n");
        return renderPage(
          c,
          <MessagePage
            ctx={pageContext(c)}
            title={i18n.t("account.verify.done.title")}
            body={i18n.t("account.verify.done.body")}
            link={{ href: "/account/signin", label: i18n.t("account.signin.title") }}
          />,
        );
      })
      // Sign in and out
      .get("/account/signin", (c) => {
        if (c.get("actor")) return c.redirect(safeNext(c.req.query("next")), 303);
        const next = c.req.query("next");
        return renderPage(c, <SignInPage ctx={pageContext(c)} form={emptyForm(next ? { next } : {})} />);
      })
      .post("/account/signin", async (c) => {
        const input = await values(c);
        return submitForm(
          c,
          input,
          async () => {
            const form = parseForm(SignInForm, input);
            const session = await accounts.signIn(form.email, form.password, requestMeta(c));
            // A fresh session at every sign-in: whatever session this browser held before ends here.
            const previous = getCookie(c, sessionCookieName(config));
            if (previous) await accounts.signOut(previous);
            setSessionCookie(c, config, session.token);
            // From now on the pages follow the person's preferred language.
            setCookie(c, "lang", session.locale, {
              path: "/",
              maxAge: 365 * 24 * 3600,
              sameSite: "Lax",
              httpOnly: true,
            });
            return safeNext(form.next);
          },
          (form) => <SignInPage ctx={pageContext(c)} form={form} />,
        );
      })
      .post("/account/signout", async (c) => {
        const token = getCookie(c, sessionCookieName(config));
        if (token) await accounts.signOut(token);
        clearSessionCookie(c, config);
        return c.redirect("/", 303);
      })
      // Forgotten password
      .get("/account/forgot", (c) => renderPage(c, <ForgotPage ctx={pageContext(c)} form={emptyForm()} />))
      .post("/account/forgot", async (c) => {
        const input = await values(c);
        return submitForm(
          c,
          input,
          async () => {
            const { email } = parseForm(EmailOnlyForm, input);
            await accounts.requestPasswordReset(email, requestMeta(c));
            const i18n = c.get("i18n");
            return renderPage(
              c,
              <MessagePage
                ctx={pageContext(c)}
                title={i18n.t("account.forgot.sent.title")}
                body={i18n.t("account.forgot.sent.body", { email: i18n.ltr(email) })}
              />,
            );
          },
          (form) => <ForgotPage ctx={pageContext(c)} form={form} />,
        );
      })
      .get("/account/reset", async (c) => {
        const token = c.req.query("token") ?? "";
        if (!(await accounts.resetLinkIsUsable(token))) throw errors.linkInvalid();
        return renderPage(c, <ResetPage ctx={pageContext(c)} form={emptyForm({ token })} minLength={min} />);
      })
      .post("/account/reset", async (c) => {
        const input = await values(c);
        return submitForm(
          c,
          input,
          async () => {
            const form = parseForm(ResetPasswordForm, input);
            await accounts.resetPassword(form.token, form.password, requestMeta(c));
            const i18n = c.get("i18n");
            return renderPage(
              c,
              <MessagePage
                ctx={pageContext(c)}
                title={i18n.t("account.reset.done.title")}
                body={i18n.t("account.reset.done.body")}
                link={{ href: "/account/signin", label: i18n.t("account.signin.title") }}
              />,
            );
          },
          (form) => (
            <ResetPage
              ctx={pageContext(c)}
              form={{ ...form, values: { ...form.values, token: input.token ?? "" }, messageValues: rules }}
              minLength={min}
            />
          ),
        );
      })
      // The account itself
      .get("/account", async (c) => {
        const actor = authorize(c.get("actor"), "account.use");
        const [profile, memberships] = await Promise.all([
          accounts.profile(actor.userId),
          affiliationsOf(actor.userId),
        ]);
        return renderPage(
          c,
          <AccountHomePage
            ctx={pageContext(c)}
            actor={actor}
            verified={Boolean(profile.emailVerifiedAt)}
            focalPointOf={memberships.filter((m) => m.status === "approved" && m.isFocalPoint).map((m) => m.name)}
          />,
        );
      })
      .get("/account/profile", async (c) => {
        const actor = authorize(c.get("actor"), "account.use");
        const profile = await accounts.profile(actor.userId);
        const form = emptyForm({
          displayName: profile.displayName,
          passportName: profile.passportName ?? "",
          organizationId: profile.organizationId ?? "",
          stakeholderTypeCode: profile.stakeholderTypeCode ?? "",
          countryCode: profile.countryCode ?? "",
          preferredLocale: profile.preferredLocale,
          saved: c.req.query("saved") === "1" ? "1" : "",
        });
        return renderPage(
          c,
          <ProfilePage ctx={pageContext(c)} form={form} choices={await profileChoices(c, actor.userId)} />,
        );
      })
      .post("/account/profile", async (c) => {
        const actor = authorize(c.get("actor"), "account.use");
        const input = await values(c);
        return submitForm(
          c,
          input,
          async () => {
            const form = parseForm(ProfileForm, input);
            // Only codes the form offers: an unknown one names its field (it would otherwise break a foreign key).
            const choices = await profileChoices(c, actor.userId);
            const unknown: Record<string, "form.choose"> = {};
            if (form.countryCode && !choices.countries.some((o) => o.value === form.countryCode)) {
              unknown.countryCode = "form.choose";
            }
            if (
              form.stakeholderTypeCode &&
              !choices.stakeholderTypes.some((o) => o.value === form.stakeholderTypeCode)
            ) {
              unknown.stakeholderTypeCode = "form.choose";
            }
            if (Object.keys(unknown).length > 0) throw new FormError(unknown);
            const allowed = choices.organizations.map((o) => o.value);
            await accounts.updateProfile(actor.userId, form, allowed, requestMeta(c));
            setCookie(c, "lang", form.preferredLocale, {
              path: "/",
              maxAge: 365 * 24 * 3600,
              sameSite: "Lax",
              httpOnly: true,
            });
            return `/account/profile?saved=1&lang=${form.preferredLocale}`;
          },
          async (form) => (
            <ProfilePage ctx={pageContext(c)} form={form} choices={await profileChoices(c, actor.userId)} />
          ),
        );
      })
      .get("/account/email", (c) => {
        authorize(c.get("actor"), "account.use");
        return renderPage(c, <ChangeEmailPage ctx={pageContext(c)} form={emptyForm()} />);
      })
      .post("/account/email", async (c) => {
        const actor = authorize(c.get("actor"), "account.use");
        const input = await values(c);
        return submitForm(
          c,
          input,
          async () => {
            const form = parseForm(ChangeEmailForm, input);
            await accounts.requestEmailChange(actor.userId, form.newEmail, form.currentPassword, requestMeta(c));
            const i18n = c.get("i18n");
            return renderPage(
              c,
              <MessagePage
                ctx={pageContext(c)}
                title={i18n.t("account.email.sent.title")}
                body={i18n.t("account.email.sent.body", { email: i18n.ltr(form.newEmail) })}
                link={{ href: "/account", label: i18n.t("account.home.title") }}
              />,
            );
          },
          (form) => <ChangeEmailPage ctx={pageContext(c)} form={form} />,
        );
      })
      .get("/account/email/confirm", (c) => {
        const i18n = c.get("i18n");
        return renderPage(
          c,
          <ConfirmLinkPage
            ctx={pageContext(c)}
            title={i18n.t("account.email.confirm.title")}
            body={i18n.t("account.email.intro")}
            action="/account/email/confirm"
            token={c.req.query("token") ?? ""}
            submit={i18n.t("account.email.confirm.submit")}
          />,
        );
      })
      .post("/account/email/confirm", async (c) => {
        const { token } = parseTokenOrThrow(await values(c));
        await accounts.confirmEmailChange(token, requestMeta(c));
        const i18n = c.get("i18n");
        return renderPage(
          c,
          <MessagePage
            ctx={pageContext(c)}
            title={i18n.t("account.email.done.title")}
            body={i18n.t("account.email.done.body")}
            link={{ href: "/account", label: i18n.t("account.home.title") }}
          />,
        );
      })
      .get("/account/password", (c) => {
        authorize(c.get("actor"), "account.use");
        const form = emptyForm(c.req.query("saved") === "1" ? { saved: "1" } : {});
        return renderPage(c, <ChangePasswordPage ctx={pageContext(c)} form={form} minLength={min} />);
      })
      .post("/account/password", async (c) => {
        const actor = authorize(c.get("actor"), "account.use");
        const input = await values(c);
        return submitForm(
          c,
          input,
          async () => {
            const form = parseForm(ChangePasswordForm, input);
            await accounts.changePassword(
              actor.userId,
              actor.sessionId,
              form.currentPassword,
              form.newPassword,
              requestMeta(c),
            );
            return "/account/password?saved=1";
          },
          (form) => (
            <ChangePasswordPage ctx={pageContext(c)} form={{ ...form, messageValues: rules }} minLength={min} />
          ),
        );
      })
      .get("/account/sessions", async (c) => {
        const actor = authorize(c.get("actor"), "account.use");
        const notice = c.req.query("revoked") === "1" ? c.get("i18n").t("account.sessions.revoked") : undefined;
        return renderPage(
          c,
          <SessionsPage
            ctx={pageContext(c)}
            sessions={await accounts.sessions(actor.userId)}
            currentId={actor.sessionId}
            notice={notice}
          />,
        );
      })
      .post("/account/sessions/revoke", async (c) => {
        const actor = authorize(c.get("actor"), "account.use");
        const { sessionId } = parseForm(RevokeSessionForm, await values(c));
        await accounts.revokeSession(actor.userId, sessionId, requestMeta(c));
        return c.redirect("/account/sessions?revoked=1", 303);
      })
      .post("/account/sessions/revoke-others", async (c) => {
        const actor = authorize(c.get("actor"), "account.use");
        await accounts.revokeOtherSessions(actor.userId, actor.sessionId, requestMeta(c));
        return c.redirect("/account/sessions?revoked=1", 303);
      })
      .get("/account/data", (c) => {
        authorize(c.get("actor"), "account.use");
        return renderPage(c, <DataPage ctx={pageContext(c)} form={emptyForm()} />);
      })
      .get("/account/data.json", async (c) => {
        const actor = authorize(c.get("actor"), "account.use");
        const data = await accounts.exportData(actor.userId);
        c.header("Content-Disposition", 'attachment; filename="wsis-account-data.json"');
        return c.json(data);
      })
      .post("/account/delete", async (c) => {
        const actor = authorize(c.get("actor"), "account.use");
        const input = await values(c);
        return submitForm(
          c,
          input,
          async () => {
            const form = parseForm(DeleteAccountForm, input);
            await accounts.deleteAccount(actor.userId, form.currentPassword, requestMeta(c));
            clearSessionCookie(c, config);
            c.set("actor", null);
            const i18n = c.get("i18n");
            return renderPage(
              c,
              <MessagePage
                ctx={pageContext(c)}
                title={i18n.t("account.data.deleted.title")}
                body={i18n.t("account.data.deleted.body")}
              />,
            );
          },
          (form) => <DataPage ctx={pageContext(c)} form={form} />,
        );
      })
  );
}

/** A link token from a form; a malformed one is the same as a used one: the link does not work. */
function parseTokenOrThrow(input: Record<string, string>) {
  try {
    return parseForm(TokenForm, input);
  } catch {
    return { token: "-" };
  }
}
