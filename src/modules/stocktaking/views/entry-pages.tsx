import type { Paging } from "../../../platform/http/paging.ts";
import type { I18n, MessageKey } from "../../../platform/i18n/i18n.ts";
import { type FormState, fieldMessage, PostForm } from "../../../platform/views/forms.tsx";
import { raw } from "../../../platform/views/jsx/html.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import {
  DecisionForm,
  DecisionMessage,
  QueueFilter,
  StateLabel,
  stateLabels,
} from "../../../platform/workflow/views.tsx";
import { MODERATION_MESSAGE_MAX } from "../stocktaking.schema.ts";
import type { Entry } from "../stocktaking.service.ts";
import type { EntryState } from "../stocktaking.table.ts";

export const stateLabel = stateLabels<EntryState>({
  draft: "stocktaking.state.draft",
  submitted: "stocktaking.state.submitted",
  changes_requested: "stocktaking.state.changes_requested",
  published: "stocktaking.state.published",
  rejected: "stocktaking.state.rejected",
});
/** The queue's filter, in this order: the states a moderator acts on first. */
const QUEUE_STATES: readonly EntryState[] = ["submitted", "changes_requested", "draft", "published", "rejected"];
const when = (i18n: I18n, iso: string | null) => (iso ? i18n.date(iso, { dateStyle: "medium" }) : "—");

export interface MineRow {
  id: string;
  title: string;
  state: EntryState;
  publishedVersion: number | null;
  updatedAt: string;
  moderationMessage: string | null;
}

export function MinePage({ ctx, rows, notice }: { ctx: PageContext; rows: MineRow[]; notice?: string }) {
  const { i18n } = ctx;
  const title = i18n.t("stocktaking.mine.title");
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p>
        <a class="button" href="/stocktaking/new">
          {i18n.t("stocktaking.new.title")}
        </a>
      </p>
      {rows.length === 0 ? (
        <p>{i18n.t("stocktaking.mine.empty")}</p>
      ) : (
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{i18n.t("stocktaking.field.title")}</th>
              <th scope="col">{i18n.t("stocktaking.mine.state")}</th>
              <th scope="col">{i18n.t("stocktaking.mine.public")}</th>
              <th scope="col">{i18n.t("stocktaking.mine.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <th scope="row">
                  <a href={`/stocktaking/entries/${r.id}/edit`} dir="auto">
                    {r.title}
                  </a>
                </th>
                <td>
                  <StateLabel label={stateLabel(i18n, r.state)} />
                  {r.moderationMessage && r.state !== "published" && (
                    <p class="muted" dir="auto">
                      {r.moderationMessage}
                    </p>
                  )}
                </td>
                <td>
                  {r.publishedVersion ? (
                    <a href={`/stocktaking/entries/${r.id}`}>
                      {i18n.t("stocktaking.mine.version", { version: r.publishedVersion })}
                    </a>
                  ) : (
                    i18n.t("stocktaking.mine.notPublic")
                  )}
                </td>
                <td>{when(i18n, r.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export interface QueueRow {
  id: string;
  title: string;
  organizationName: string;
  state: EntryState;
  language: string;
  submittedAt: string | null;
  publishedVersion: number | null;
}

export function QueuePage({
  ctx,
  rows,
  total,
  state,
  paging,
  ignored = [],
}: {
  ctx: PageContext;
  rows: QueueRow[];
  total: number;
  state: string;
  paging: Paging;
  /** Parameters of the address the queue could not use (a state that does not exist), left out. */
  ignored?: string[];
}) {
  const { i18n } = ctx;
  const title = i18n.t("stocktaking.queue.title");
  const pageHref = (page: number) => `/stocktaking/moderation?state=${state}&page=${page}`;
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {paging.outOfRange !== undefined && (
        <p class="notice" role="status">
          {i18n.t("list.pageOutOfRange", { requested: paging.outOfRange, page: paging.page, pages: paging.pages })}
        </p>
      )}
      {ignored.length > 0 && (
        <p class="notice" role="status">
          {i18n.t("list.filterIgnored", { fields: i18n.list(ignored) })}
        </p>
      )}
      <QueueFilter
        action="/stocktaking/moderation"
        label={i18n.t("stocktaking.mine.state")}
        states={QUEUE_STATES}
        selected={state}
        labelOf={(s) => stateLabel(i18n, s)}
        button={i18n.t("stocktaking.queue.filter")}
      />
      <p>{i18n.t("stocktaking.queue.count", { count: total })}</p>
      <p>
        <a href="/stocktaking/moderation/updates">{i18n.t("stocktaking.updates.title")}</a>
      </p>
      {rows.length > 0 && (
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{i18n.t("stocktaking.field.title")}</th>
              <th scope="col">{i18n.t("stocktaking.field.organizationName")}</th>
              <th scope="col">{i18n.t("stocktaking.queue.submitted")}</th>
              <th scope="col">{i18n.t("stocktaking.mine.public")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <th scope="row">
                  <a href={`/stocktaking/moderation/${r.id}`} dir="auto" lang={r.language}>
                    {r.title}
                  </a>
                </th>
                <td dir="auto">{r.organizationName}</td>
                <td>{when(i18n, r.submittedAt)}</td>
                <td>
                  {r.publishedVersion ? i18n.t("stocktaking.mine.version", { version: r.publishedVersion }) : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {paging.pages > 1 && (
        <nav class="pager" aria-label={i18n.t("stocktaking.search.pages")}>
          {paging.page > 1 && (
            <a href={pageHref(paging.page - 1)} rel="prev">
              {i18n.t("stocktaking.search.previous")}
            </a>
          )}
          <span>{i18n.t("stocktaking.search.pageOf", { page: paging.page, pages: paging.pages })}</span>
          {paging.page < paging.pages && (
            <a href={pageHref(paging.page + 1)} rel="next">
              {i18n.t("stocktaking.search.next")}
            </a>
          )}
        </nav>
      )}
    </Layout>
  );
}

/** The facts of an entry as a definition list: the same for the public page and the moderator's review. */
export function EntryFacts({
  i18n,
  entry,
  names,
  organizationHref,
}: {
  i18n: I18n;
  entry: EntryView;
  names: Names;
  /** The page of the organisation the entry names, where one is registered under that name. */
  organizationHref?: string | null;
}) {
  const list = (items: string[]) => (items.length > 0 ? i18n.list(items) : "—");
  return (
    <dl class="facts">
      <dt>{i18n.t("stocktaking.field.organizationName")}</dt>
      <dd dir="auto">
        {organizationHref ? <a href={organizationHref}>{entry.organizationName}</a> : entry.organizationName}
      </dd>
      <dt>{i18n.t("stocktaking.field.stakeholderType")}</dt>
      <dd>{entry.stakeholderTypeCode ? names.stakeholderType(entry.stakeholderTypeCode) : "—"}</dd>
      <dt>{i18n.t("stocktaking.field.countries")}</dt>
      <dd>{list(entry.countries.map(names.country))}</dd>
      <dt>{i18n.t("stocktaking.field.scope")}</dt>
      <dd>{entry.scope ? i18n.t(`stocktaking.scope.${entry.scope}` as MessageKey) : "—"}</dd>
      <dt>{i18n.t("stocktaking.field.actionLines")}</dt>
      <dd>
        {entry.actionLines.length === 0
          ? "—"
          : entry.actionLines.map((code, i) => (
              <>
                {i > 0 && ", "}
                <a href={`/action-lines/${code}`}>{names.actionLine(code)}</a>
              </>
            ))}
      </dd>
      <dt>{i18n.t("stocktaking.field.sdgs")}</dt>
      <dd>
        {entry.sdgs.length === 0
          ? "—"
          : entry.sdgs.map((n, i) => (
              <>
                {i > 0 && ", "}
                <a href={`/sdgs/${n}`}>{names.sdg(n)}</a>
              </>
            ))}
      </dd>
      <dt>{i18n.t("stocktaking.field.projectStatus")}</dt>
      <dd>{entry.projectStatus ? i18n.t(`stocktaking.status.${entry.projectStatus}` as MessageKey) : "—"}</dd>
      <dt>{i18n.t("stocktaking.field.dates")}</dt>
      <dd>
        {entry.startDate ? i18n.date(entry.startDate) : "—"} – {entry.endDate ? i18n.date(entry.endDate) : "—"}
      </dd>
      <dt>{i18n.t("stocktaking.field.website")}</dt>
      <dd>
        {entry.website ? (
          <a href={entry.website} rel="external nofollow" dir="ltr">
            {entry.website}
          </a>
        ) : (
          "—"
        )}
      </dd>
    </dl>
  );
}

export interface EntryView {
  title: string;
  summary: string;
  description: string;
  organizationName: string;
  stakeholderTypeCode: string | null;
  scope: string | null;
  projectStatus: string | null;
  startDate: string | null;
  endDate: string | null;
  website: string | null;
  language: string;
  countries: string[];
  actionLines: string[];
  sdgs: number[];
}

export interface Names {
  country: (code: string) => string;
  actionLine: (code: string) => string;
  sdg: (n: number) => string;
  stakeholderType: (code: string) => string;
}

export function PublicEntryPage({
  ctx,
  entry,
  names,
  jsonLd,
  version,
  publishedAt,
  organizationHref,
}: {
  ctx: PageContext;
  entry: EntryView;
  names: Names;
  organizationHref?: string | null;
  jsonLd: object;
  version: number;
  publishedAt: string;
}) {
  const { i18n } = ctx;
  return (
    <Layout ctx={ctx} title={entry.title} description={entry.summary}>
      <article lang={entry.language}>
        <h1 dir="auto">{entry.title}</h1>
        <p class="lead" dir="auto">
          {entry.summary}
        </p>
        {entry.description && (
          <div dir="auto">
            {entry.description.split(/\n{2,}/).map((p) => (
              <p>{p}</p>
            ))}
          </div>
        )}
      </article>
      <h2>{i18n.t("stocktaking.entry.facts")}</h2>
      <EntryFacts i18n={i18n} entry={entry} names={names} organizationHref={organizationHref} />
      <p class="muted">{i18n.t("stocktaking.entry.published", { version, date: i18n.date(publishedAt) })}</p>
      {/* Structured data for search engines; a data block, not a script, so the CSP does not apply. */}
      <script type="application/ld+json">{raw(JSON.stringify(jsonLd).replace(/</g, "\\u003c"))}</script>
    </Layout>
  );
}

/** A decision's message to the owner: required, bounded, and kept with its problem when the decision was refused. */
function ModerationMessage({
  i18n,
  id,
  label,
  form,
}: {
  i18n: I18n;
  id: string;
  label: string;
  form: FormState | undefined;
}) {
  return (
    <DecisionMessage
      i18n={i18n}
      form={form}
      id={id}
      label={label}
      hint={i18n.t("stocktaking.review.messageHint", { max: MODERATION_MESSAGE_MAX })}
      maxLength={MODERATION_MESSAGE_MAX}
      required
      rows={3}
    />
  );
}

export function ReviewPage({
  ctx,
  entry,
  names,
  versions,
  decision,
}: {
  ctx: PageContext;
  entry: Entry;
  names: Names;
  versions: { version: number; publishedAt: string }[];
  /** A refused decision (no message, or too long): its form, shown again with what was typed. */
  decision?: { kind: "request-changes" | "reject"; form: FormState };
}) {
  const { i18n } = ctx;
  const refused = decision?.form.errors.message ? decision : undefined;
  const refusedId = refused?.kind === "reject" ? "reject-message" : "changes-message";
  const title = i18n.t("stocktaking.review.title", { title: entry.title });
  const decidable = entry.state === "submitted";
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[{ href: "/stocktaking/moderation", label: i18n.t("stocktaking.queue.title") }]}
    >
      <h1 dir="auto">{entry.title}</h1>
      <p>
        <StateLabel label={stateLabel(i18n, entry.state)} />
      </p>
      <p class="lead" dir="auto" lang={entry.language}>
        {entry.summary}
      </p>
      <div dir="auto" lang={entry.language}>
        {entry.description.split(/\n{2,}/).map((p) => (
          <p>{p}</p>
        ))}
      </div>
      <EntryFacts i18n={i18n} entry={entry} names={names} />
      <h2>{i18n.t("stocktaking.review.contact")}</h2>
      <p dir="auto">
        {entry.contactName ?? "—"} {entry.contactEmail && <span dir="ltr">&lt;{entry.contactEmail}&gt;</span>}
      </p>
      <h2>{i18n.t("stocktaking.review.versions")}</h2>
      {versions.length === 0 ? (
        <p>{i18n.t("stocktaking.mine.notPublic")}</p>
      ) : (
        <ul>
          {versions.map((v) => (
            <li>
              <a href={`/stocktaking/moderation/${entry.id}/versions/${v.version}`}>
                {i18n.t("stocktaking.entry.published", { version: v.version, date: i18n.date(v.publishedAt) })}
              </a>
            </li>
          ))}
        </ul>
      )}
      {decidable && (
        <>
          <h2>{i18n.t("stocktaking.review.decide")}</h2>
          {refused && (
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
              <h2 id="error-summary-title">{i18n.t("form.errorSummary")}</h2>
              <ul>
                <li>
                  <a href={`#${refusedId}`}>
                    {i18n.t(
                      refused.kind === "reject"
                        ? "stocktaking.review.rejectReason"
                        : "stocktaking.review.changesMessage",
                    )}
                    : {fieldMessage(i18n, refused.form, "message")}
                  </a>
                </li>
              </ul>
            </div>
          )}
          <DecisionForm
            action={`/stocktaking/moderation/${entry.id}/publish`}
            buttons={[{ label: i18n.t("stocktaking.review.publish") }]}
          />
          <DecisionForm
            action={`/stocktaking/moderation/${entry.id}/request-changes`}
            class="stack"
            message={
              <ModerationMessage
                i18n={i18n}
                id="changes-message"
                label={i18n.t("stocktaking.review.changesMessage")}
                form={refused?.kind === "request-changes" ? refused.form : undefined}
              />
            }
            buttons={[{ label: i18n.t("stocktaking.review.requestChanges"), class: "button--secondary" }]}
          />
          <DecisionForm
            action={`/stocktaking/moderation/${entry.id}/reject`}
            class="stack"
            message={
              <ModerationMessage
                i18n={i18n}
                id="reject-message"
                label={i18n.t("stocktaking.review.rejectReason")}
                form={refused?.kind === "reject" ? refused.form : undefined}
              />
            }
            buttons={[{ label: i18n.t("stocktaking.review.reject"), class: "button--danger" }]}
          />
        </>
      )}
    </Layout>
  );
}

/** One published version as it was published, for moderators comparing versions. */
export function VersionPage({
  ctx,
  entryId,
  entry,
  names,
  version,
  publishedAt,
}: {
  ctx: PageContext;
  entryId: string;
  entry: EntryView;
  names: Names;
  version: number;
  publishedAt: string;
}) {
  const { i18n } = ctx;
  const heading = i18n.t("stocktaking.entry.published", { version, date: i18n.date(publishedAt) });
  return (
    <Layout
      ctx={ctx}
      title={`${entry.title} · ${heading}`}
      breadcrumbs={[
        { href: "/stocktaking/moderation", label: i18n.t("stocktaking.queue.title") },
        { href: `/stocktaking/moderation/${entryId}`, label: entry.title },
      ]}
    >
      <p class="notice">{heading}</p>
      <h1 dir="auto">{entry.title}</h1>
      <p class="lead" dir="auto" lang={entry.language}>
        {entry.summary}
      </p>
      <div dir="auto" lang={entry.language}>
        {entry.description.split(/\n{2,}/).map((p) => (
          <p>{p}</p>
        ))}
      </div>
      <EntryFacts i18n={i18n} entry={entry} names={names} />
    </Layout>
  );
}

export function UpdateCallPage({
  ctx,
  before,
  rows,
  mailed,
}: {
  ctx: PageContext;
  before: string;
  rows: { id: string; title: string; updatedAt: string; email: string | null }[];
  mailed?: number;
}) {
  const { i18n } = ctx;
  const title = i18n.t("stocktaking.updates.title");
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[{ href: "/stocktaking/moderation", label: i18n.t("stocktaking.queue.title") }]}
    >
      <h1>{title}</h1>
      <p>{i18n.t("stocktaking.updates.intro")}</p>
      {mailed !== undefined && (
        <p class="notice" role="status">
          {i18n.t("stocktaking.updates.mailed", { count: mailed })}
        </p>
      )}
      <form method="get" action="/stocktaking/moderation/updates" class="actions">
        <label for="before">{i18n.t("stocktaking.updates.before")}</label>
        <input id="before" name="before" type="date" value={before} />
        <button type="submit" class="button--secondary">
          {i18n.t("stocktaking.queue.filter")}
        </button>
      </form>
      <p>{i18n.t("stocktaking.queue.count", { count: rows.length })}</p>
      {rows.length > 0 && (
        <>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{i18n.t("stocktaking.field.title")}</th>
                <th scope="col">{i18n.t("stocktaking.mine.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <th scope="row">
                    <a href={`/stocktaking/entries/${r.id}`} dir="auto">
                      {r.title}
                    </a>
                  </th>
                  <td>{when(i18n, r.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <PostForm action="/stocktaking/moderation/updates">
            <input type="hidden" name="before" value={before} />
            <p>
              <button type="submit">{i18n.t("stocktaking.updates.send")}</button>
            </p>
          </PostForm>
        </>
      )}
    </Layout>
  );
}
