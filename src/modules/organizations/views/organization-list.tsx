import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import { membershipLabel, organizationHref, VerificationTag } from "./parts.tsx";

export interface OrganizationRow {
  id: string;
  name: string;
  stakeholderType: string;
  country: string;
  verified: boolean;
}

export interface OwnMembershipRow {
  id: string;
  name: string;
  status: string;
  isFocalPoint: boolean;
  verified: boolean;
}

interface Props {
  ctx: PageContext;
  q: string;
  /** Only organisations not verified yet. */
  unverified?: boolean;
  rows: OrganizationRow[];
  total: number;
  page: number;
  pages: number;
  /** The reader's memberships; null for anonymous readers. */
  mine: OwnMembershipRow[] | null;
  /** What the page changed in the address it was given (a query cut, a page that does not exist). */
  notices?: string[];
}

function pageHref(q: string, page: number, unverified = false) {
  const query = new URLSearchParams();
  if (q) query.set("q", q);
  if (unverified) query.set("unverified", "1");
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/organizations?${text}` : "/organizations";
}

export function OrganizationListPage({
  ctx,
  q,
  unverified = false,
  rows,
  total,
  page,
  pages,
  mine,
  notices = [],
}: Props) {
  const { i18n } = ctx;
  const title = i18n.t("org.list.title");
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{i18n.t("org.list.intro")}</p>
      {notices.length > 0 && (
        <div class="notice" role="status">
          {notices.map((text) => (
            <p>{text}</p>
          ))}
        </div>
      )}

      {mine ? (
        <section aria-labelledby="mine">
          <h2 id="mine">{i18n.t("org.list.mine")}</h2>
          {mine.length === 0 ? (
            <p>{i18n.t("org.list.mineNone")}</p>
          ) : (
            <ul class="link-list">
              {mine.map((m) => (
                <li>
                  <a href={organizationHref(m.id)} dir="auto">
                    {m.name}
                  </a>{" "}
                  <span class="muted">({membershipLabel(i18n, m)})</span>{" "}
                  <VerificationTag i18n={i18n} verified={m.verified} />
                </li>
              ))}
            </ul>
          )}
          <p>
            <a class="button" href="/organizations/new">
              {i18n.t("org.list.create")}
            </a>
          </p>
        </section>
      ) : (
        <p>
          <a href={`/account/signin?next=${encodeURIComponent("/organizations")}`}>{i18n.t("org.list.signIn")}</a>
        </p>
      )}

      <section aria-labelledby="results">
        <h2 id="results">
          {q ? i18n.t("org.list.results", { q }) : i18n.t("org.list.all")}
          {unverified && ` · ${i18n.t("staff.org.unverifiedOnly")}`}
        </h2>
        <search>
          <form method="get" action="/organizations" class="stack">
            <div class="field">
              <label for="q">{i18n.t("org.search.label")}</label>
              <input id="q" name="q" type="search" value={q} dir="auto" />
            </div>
            {unverified && <input type="hidden" name="unverified" value="1" />}
            <p class="actions">
              <button type="submit">{i18n.t("org.search.submit")}</button>
              {(q || unverified) && <a href="/organizations">{i18n.t("org.search.clear")}</a>}
            </p>
          </form>
        </search>
        <p>{i18n.t("org.list.count", { count: total })}</p>
        {rows.length > 0 && (
          <table class="data-table">
            <caption class="visually-hidden">{i18n.t("org.list.caption", { page, pages })}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t("org.column.organizationName")}</th>
                <th scope="col">{i18n.t("org.column.stakeholderType")}</th>
                <th scope="col">{i18n.t("org.column.country")}</th>
                <th scope="col">{i18n.t("org.column.verification")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <th scope="row">
                    <a href={organizationHref(row.id)} dir="auto">
                      {row.name}
                    </a>
                  </th>
                  <td>{row.stakeholderType}</td>
                  <td>{row.country}</td>
                  <td>
                    <VerificationTag i18n={i18n} verified={row.verified} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {pages > 1 && (
          <nav class="pager" aria-label={i18n.t("org.list.pager")}>
            {page > 1 ? (
              <a href={pageHref(q, page - 1, unverified)} rel="prev">
                {i18n.t("org.list.previous")}
              </a>
            ) : (
              <span />
            )}
            <span>{i18n.t("org.list.pageOf", { page, pages })}</span>
            {page < pages ? (
              <a href={pageHref(q, page + 1, unverified)} rel="next">
                {i18n.t("org.list.next")}
              </a>
            ) : (
              <span />
            )}
          </nav>
        )}
      </section>
    </Layout>
  );
}
