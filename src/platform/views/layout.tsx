import { can } from "../auth/policy.ts";
import { AUTONYMS, LOCALES } from "../i18n/locale.ts";
import type { Child } from "./jsx/html.ts";
import { hrefInLanguage, type PageContext } from "./page.ts";

export interface Crumb {
  href: string;
  label: string;
}

interface LayoutProps {
  ctx: PageContext;
  title: string;
  description?: string;
  breadcrumbs?: Crumb[];
  /** A machine-readable version of this page, announced to browsers and crawlers. */
  alternateJson?: string;
  children?: Child;
}

const NAV = [
  { href: "/", key: "nav.home" },
  { href: "/action-lines", key: "nav.actionLines" },
  { href: "/sdgs", key: "nav.sdgs" },
  { href: "/matrix", key: "nav.matrix" },
  { href: "/stocktaking", key: "nav.stocktaking" },
  { href: "/forum", key: "nav.forum" },
  { href: "/organizations", key: "nav.organizations" },
] as const;

function isCurrent(path: string, href: string) {
  return href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`);
}

/** Sign in and create an account, or, when signed in: the account, administration for staff, sign out. */
function AccountNav({ ctx }: { ctx: PageContext }) {
  const { i18n, actor } = ctx;
  return (
    <nav aria-label={i18n.t("layout.accountNav")} class="account-nav">
      <ul>
        {actor ? (
          <>
            {can(actor, "admin.enter") && (
              <li>
                <a href="/admin" aria-current={isCurrent(ctx.path, "/admin") ? "page" : undefined}>
                  {i18n.t("nav.admin")}
                </a>
              </li>
            )}
            <li>
              <a href="/account" aria-current={isCurrent(ctx.path, "/account") ? "page" : undefined}>
                {i18n.t("nav.account")}
              </a>
            </li>
            <li>
              <form method="post" action="/account/signout" class="inline-form">
                <button type="submit" class="link-button">
                  {i18n.t("nav.signOut")}
                </button>
              </form>
            </li>
          </>
        ) : (
          <>
            <li>
              <a href="/account/signin" aria-current={ctx.path === "/account/signin" ? "page" : undefined}>
                {i18n.t("nav.signIn")}
              </a>
            </li>
            <li>
              <a href="/account/signup" aria-current={ctx.path === "/account/signup" ? "page" : undefined}>
                {i18n.t("nav.signUp")}
              </a>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}

/** The shell of every page: skip link, landmarks, language switcher, and `lang`/`dir` for the reader's language. */
export function Layout({ ctx, title, description, breadcrumbs, alternateJson, children }: LayoutProps) {
  const { i18n } = ctx;
  const siteName = i18n.t("site.name");
  return (
    <html lang={i18n.locale} dir={i18n.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title === siteName ? siteName : `${title} · ${siteName}`}</title>
        {description && <meta name="description" content={description} />}
        <link rel="stylesheet" href="/static/css/app.css" />
        <link rel="icon" href="/favicon.ico" sizes="32x32" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        {LOCALES.map((locale) => (
          <link rel="alternate" hreflang={locale} href={hrefInLanguage(ctx, locale)} />
        ))}
        {alternateJson && <link rel="alternate" type="application/json" href={alternateJson} />}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {i18n.t("layout.skipToContent")}
        </a>
        <header class="site-header">
          <div class="wrap site-header__bar">
            <a class="site-name" href="/">
              <span class="site-name__title">{siteName}</span>
              <span class="site-name__tagline">{i18n.t("site.tagline")}</span>
            </a>
            {/* On a small screen the languages and the menu fold into <details>: no script needed to open them. */}
            <details class="site-menu site-menu--languages">
              <summary>
                <span class="visually-hidden">{i18n.t("layout.languageNav")}: </span>
                {AUTONYMS[i18n.locale]}
              </summary>
              <nav class="languages" aria-label={i18n.t("layout.languageNav")}>
                <ul>
                  {LOCALES.map((locale) => (
                    <li>
                      <a
                        href={hrefInLanguage(ctx, locale)}
                        lang={locale}
                        hreflang={locale}
                        aria-current={locale === i18n.locale ? "true" : undefined}
                      >
                        {AUTONYMS[locale]}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </details>
          </div>
          <div class="site-nav">
            <details class="wrap site-menu site-menu--nav">
              <summary>{i18n.t("layout.menu")}</summary>
              <div class="site-nav__bar">
                <nav aria-label={i18n.t("layout.mainNav")}>
                  <ul>
                    {NAV.map((item) => (
                      <li>
                        <a href={item.href} aria-current={isCurrent(ctx.path, item.href) ? "page" : undefined}>
                          {i18n.t(item.key)}
                        </a>
                      </li>
                    ))}
                  </ul>
                </nav>
                <AccountNav ctx={ctx} />
              </div>
            </details>
          </div>
        </header>
        {breadcrumbs && breadcrumbs.length > 0 && (
          <nav class="wrap breadcrumbs" aria-label={i18n.t("layout.breadcrumb")}>
            <ol>
              {breadcrumbs.map((crumb) => (
                <li>
                  <a href={crumb.href}>{crumb.label}</a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <main id="main" class="wrap" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{i18n.t("layout.footer.about")}</p>
            <ul class="inline-list">
              <li>
                <a href="/api/v1/matrix">{i18n.t("layout.footer.openData")}</a>
              </li>
              <li>
                <a href="/api/openapi.json">{i18n.t("layout.footer.api")}</a>
              </li>
              <li>
                <a href="/privacy">{i18n.t("legal.privacy.title")}</a>
              </li>
              <li>
                <a href="/terms">{i18n.t("legal.terms.title")}</a>
              </li>
              <li>
                <a href="/contact">{i18n.t("legal.contact.title")}</a>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}
