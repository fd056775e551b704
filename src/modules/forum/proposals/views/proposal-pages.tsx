import type { I18n } from "../../../../platform/i18n/i18n.ts";
import { ErrorSummary, type FormState, PostForm, TextArea } from "../../../../platform/views/forms.tsx";
import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page.ts";
import {
  DecisionForm,
  DecisionMessage,
  QueueFilter,
  StateLabel,
  stateLabels,
} from "../../../../platform/workflow/views.tsx";
import { LIMITS } from "../proposals.schema.ts";
import type { ProposalService } from "../proposals.service.ts";
import { criteriaIn, EDITABLE, TRANSITIONS } from "../proposals.service.ts";
import type { ProposalState } from "../proposals.table.ts";
import { callTime } from "./call-page.tsx";

export const proposalStateLabel = stateLabels<ProposalState>({
  draft: "forumProposals.state.draft",
  submitted: "forumProposals.state.submitted",
  changes_requested: "forumProposals.state.changes_requested",
  accepted: "forumProposals.state.accepted",
  declined: "forumProposals.state.declined",
  withdrawn: "forumProposals.state.withdrawn",
});
const when = (i18n: I18n, iso: string | null) => (iso ? i18n.date(iso, { dateStyle: "medium" }) : "—");
export const PROPOSAL_STATES: ProposalState[] = [
  "submitted",
  "changes_requested",
  "accepted",
  "declined",
  "withdrawn",
  "draft",
];

export interface MineRow {
  id: string;
  title: string;
  state: ProposalState;
  updatedAt: string;
  organizerMessage: string | null;
  slug: string;
  eventTitle: string;
}

export function MyProposalsPage({ ctx, rows, notice }: { ctx: PageContext; rows: MineRow[]; notice?: string }) {
  const { i18n } = ctx;
  const title = i18n.t("forumProposals.mine.title");
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: "/forum", label: i18n.t("forum.title") }]}>
      <h1>{title}</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {rows.length === 0 ? (
        <p>{i18n.t("forumProposals.mine.empty")}</p>
      ) : (
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{i18n.t("forumProposals.field.title")}</th>
              <th scope="col">{i18n.t("forumProposals.mine.event")}</th>
              <th scope="col">{i18n.t("forumProposals.mine.state")}</th>
              <th scope="col">{i18n.t("forumProposals.mine.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <th scope="row">
                  <a href={`/forum/proposals/${r.id}`} dir="auto">
                    {r.title}
                  </a>
                </th>
                <td>
                  <a href={`/forum/${r.slug}/call`}>{r.eventTitle}</a>
                </td>
                <td>
                  <StateLabel label={proposalStateLabel(i18n, r.state)} />
                  {r.organizerMessage && (
                    <p class="muted" dir="auto">
                      {r.organizerMessage}
                    </p>
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

type ProposalView = Awaited<ReturnType<ProposalService["proposal"]>>;

export interface ProposalNames {
  format: (code: string) => string;
  actionLine: (code: string) => string;
  sdg: (n: number) => string;
}

/** One proposal: what it asks for; the proposer's moves; the committee's scores, its own review and the decision. */
export function ProposalPage({
  ctx,
  view,
  names,
  reviewForm,
  decisionForm,
  notice,
}: {
  ctx: PageContext;
  view: ProposalView;
  names: ProposalNames;
  reviewForm: FormState;
  decisionForm: FormState;
  notice?: string;
}) {
  const { i18n } = ctx;
  const { proposal: p, call, event } = view;
  const canSubmit =
    view.isProposer && (p.state === "changes_requested" || (p.state === "draft" && call.phase === "open"));
  const canWithdraw = view.isProposer && TRANSITIONS.allows("withdraw", p.state);
  const committee = view.canReview || view.canDecide;
  return (
    <Layout
      ctx={ctx}
      title={p.title}
      breadcrumbs={[
        view.isProposer
          ? { href: "/forum/proposals/mine", label: i18n.t("forumProposals.mine.title") }
          : { href: `/forum/${event.slug}/proposals/review`, label: i18n.t("forumProposals.queue.title") },
      ]}
    >
      <h1 dir="auto">{p.title}</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p>
        <StateLabel label={proposalStateLabel(i18n, p.state)} class="proposal-state" /> · {event.title}
      </p>
      {p.organizerMessage && (
        <div class="notice">
          <h2>{i18n.t("forumProposals.form.organizerSaid")}</h2>
          <p dir="auto">{p.organizerMessage}</p>
        </div>
      )}
      <dl class="facts">
        <dt>{i18n.t("forumProposals.field.format")}</dt>
        <dd>{names.format(p.format)}</dd>
        <dt>{i18n.t("forumProposals.field.actionLines")}</dt>
        <dd>{p.actionLines.length ? i18n.list(p.actionLines.map(names.actionLine)) : "—"}</dd>
        <dt>{i18n.t("forumProposals.field.sdgs")}</dt>
        <dd>{p.sdgs.length ? i18n.list(p.sdgs.map(names.sdg)) : "—"}</dd>
        <dt>{i18n.t("forumProposals.field.organizations")}</dt>
        <dd dir="auto">{p.organizations.length ? i18n.list(p.organizations) : "—"}</dd>
        <dt>{i18n.t("forumProposals.field.roomSize")}</dt>
        <dd>{p.roomSize === null ? "—" : i18n.number(p.roomSize)}</dd>
        <dt>{i18n.t("forumProposals.field.remoteParticipation")}</dt>
        <dd>{i18n.t(p.remoteParticipation ? "forumProposals.yes" : "forumProposals.no")}</dd>
        <dt>{i18n.t("forumProposals.mine.submitted")}</dt>
        <dd>{when(i18n, p.submittedAt)}</dd>
      </dl>
      {view.canDecide && p.sessionId && (
        <p>
          <a href={`/forum/${event.slug}/organize/sessions/${p.sessionId}`}>
            {i18n.t("forumProposals.proposal.draftSession")}
          </a>
        </p>
      )}
      <h2>{i18n.t("forumProposals.field.description")}</h2>
      <p class="prose" dir="auto">
        {p.description}
      </p>
      <h2>{i18n.t("forumProposals.field.speakers")}</h2>
      {p.speakers.length === 0 ? (
        <p>—</p>
      ) : (
        <ul>
          {p.speakers.map((s) => (
            <li>
              <span dir="auto">{[s.name, s.role, s.organization].filter(Boolean).join(", ")}</span>
            </li>
          ))}
        </ul>
      )}
      {view.isProposer && (
        <section aria-labelledby="your-moves" class="card">
          <h2 id="your-moves">{i18n.t("forumProposals.proposal.yourMoves")}</h2>
          {p.state === "draft" && call.phase !== "open" && (
            <p>
              {call.phase === "upcoming"
                ? i18n.t("forumProposals.proposal.notYetOpen", { at: callTime(i18n, call.opensAt, event.timeZone) })
                : i18n.t("forumProposals.proposal.closed")}
            </p>
          )}
          <ul class="inline-list">
            {EDITABLE.includes(p.state) && (
              <li>
                <a class="button button--secondary" href={`/forum/proposals/${p.id}/edit`}>
                  {i18n.t("forumProposals.proposal.edit")}
                </a>
              </li>
            )}
            {canSubmit && (
              <li>
                <PostForm action={`/forum/proposals/${p.id}/submit`}>
                  <button type="submit">{i18n.t("forumProposals.proposal.submit")}</button>
                </PostForm>
              </li>
            )}
            {canWithdraw && (
              <li>
                <PostForm action={`/forum/proposals/${p.id}/withdraw`}>
                  <button type="submit" class="button--danger">
                    {i18n.t("forumProposals.proposal.withdraw")}
                  </button>
                </PostForm>
              </li>
            )}
          </ul>
        </section>
      )}
      {committee && (
        <section aria-labelledby="scores">
          <h2 id="scores">{i18n.t("forumProposals.review.scores")}</h2>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{i18n.t("forumProposals.call.criteria")}</th>
                <th scope="col">{i18n.t("forumProposals.review.average")}</th>
                {view.reviews.map((r) => (
                  <th scope="col" dir="auto">
                    {r.reviewerName}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {criteriaIn(call, i18n.locale).map((c, i) => (
                <tr>
                  <th scope="row" dir="auto">
                    {c}
                  </th>
                  <td class="average-score">
                    {view.averages[i] == null ? "—" : i18n.number(view.averages[i] ?? 0, { maximumFractionDigits: 1 })}
                  </td>
                  {view.reviews.map((r) => (
                    <td>{i18n.number(r.scores[i] ?? 0)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {view.reviews
            .filter((r) => r.comment)
            .map((r) => (
              <blockquote dir="auto">
                <p>{r.comment}</p>
                <footer>{r.reviewerName}</footer>
              </blockquote>
            ))}
        </section>
      )}
      {view.canReview && p.state === "submitted" && (
        <section aria-labelledby="your-review" class="card">
          <h2 id="your-review">{i18n.t("forumProposals.review.yours")}</h2>
          <ErrorSummary
            i18n={i18n}
            form={reviewForm}
            labels={{
              ...Object.fromEntries(criteriaIn(call, i18n.locale).map((c, i) => [`score${i}`, c])),
              comment: i18n.t("forumProposals.review.comment"),
            }}
          />
          <PostForm action={`/forum/proposals/${p.id}/review`} class="stack">
            {criteriaIn(call, i18n.locale).map((c, i) => {
              const name = `score${i}`;
              const error = reviewForm.errors[name];
              return (
                <fieldset
                  class={error ? "field field--error score" : "field score"}
                  id={name}
                  aria-describedby={error ? `${name}-error` : undefined}
                >
                  <legend dir="auto">{c}</legend>
                  {error && (
                    <p class="field-error" id={`${name}-error`}>
                      {i18n.t(error)}
                    </p>
                  )}
                  {[1, 2, 3, 4, 5].map((n) => (
                    <div class="checkbox">
                      <input
                        type="radio"
                        id={`${name}-${n}`}
                        name={name}
                        value={String(n)}
                        checked={reviewForm.values[name] === String(n)}
                      />{" "}
                      <label for={`${name}-${n}`}>{i18n.t("forumProposals.review.score", { score: n })}</label>
                    </div>
                  ))}
                </fieldset>
              );
            })}
            <TextArea
              i18n={i18n}
              form={reviewForm}
              name="comment"
              label={i18n.t("forumProposals.review.comment")}
              maxLength={LIMITS.comment}
              dir="auto"
            />
            <div class="actions">
              <button type="submit">{i18n.t("forumProposals.review.save")}</button>
            </div>
          </PostForm>
        </section>
      )}
      {view.canDecide && p.state === "submitted" && (
        <section aria-labelledby="decision" class="card">
          <h2 id="decision">{i18n.t("forumProposals.decision.title")}</h2>
          <ErrorSummary
            i18n={i18n}
            form={decisionForm}
            labels={{ message: i18n.t("forumProposals.decision.message") }}
          />
          <DecisionForm
            action={`/forum/proposals/${p.id}/decision`}
            class="stack"
            message={
              <DecisionMessage
                i18n={i18n}
                form={decisionForm}
                label={i18n.t("forumProposals.decision.message")}
                hint={i18n.t("forumProposals.decision.messageHint")}
                maxLength={LIMITS.message}
              />
            }
            buttons={[
              { label: i18n.t("forumProposals.decision.accept"), name: "decision", value: "accept" },
              {
                label: i18n.t("forumProposals.decision.requestChanges"),
                name: "decision",
                value: "request-changes",
                class: "button--secondary",
              },
              {
                label: i18n.t("forumProposals.decision.decline"),
                name: "decision",
                value: "decline",
                class: "button--danger",
              },
            ]}
          />
        </section>
      )}
    </Layout>
  );
}

export interface QueueRow {
  id: string;
  title: string;
  format: string;
  submittedAt: string | null;
  proposerName: string;
  reviews: number;
}

/** The programme committee's queue for one edition, one state at a time, oldest submission first. */
export function ReviewQueuePage({
  ctx,
  slug,
  eventTitle,
  rows,
  state,
  formatName,
  ignored = [],
}: {
  ctx: PageContext;
  slug: string;
  eventTitle: string;
  rows: QueueRow[];
  state: ProposalState;
  formatName: (code: string) => string;
  /** Parameters of the address the queue could not use (a state that does not exist), left out. */
  ignored?: string[];
}) {
  const { i18n } = ctx;
  const title = i18n.t("forumProposals.queue.title");
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: `/forum/${slug}/call`, label: eventTitle }]}>
      <h1>{title}</h1>
      <p class="lead">{eventTitle}</p>
      {ignored.length > 0 && (
        <p class="notice" role="status">
          {i18n.t("list.filterIgnored", { fields: i18n.list(ignored) })}
        </p>
      )}
      <QueueFilter
        action={`/forum/${slug}/proposals/review`}
        label={i18n.t("forumProposals.mine.state")}
        states={PROPOSAL_STATES}
        selected={state}
        labelOf={(s) => proposalStateLabel(i18n, s)}
        button={i18n.t("forumProposals.queue.filter")}
      />
      <p>{i18n.t("forumProposals.queue.count", { count: rows.length })}</p>
      {rows.length > 0 && (
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{i18n.t("forumProposals.field.title")}</th>
              <th scope="col">{i18n.t("forumProposals.field.format")}</th>
              <th scope="col">{i18n.t("forumProposals.queue.proposer")}</th>
              <th scope="col">{i18n.t("forumProposals.mine.submitted")}</th>
              <th scope="col">{i18n.t("forumProposals.queue.reviews")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <th scope="row">
                  <a href={`/forum/proposals/${r.id}`} dir="auto">
                    {r.title}
                  </a>
                </th>
                <td>{formatName(r.format)}</td>
                <td dir="auto">{r.proposerName}</td>
                <td>{when(i18n, r.submittedAt)}</td>
                <td>{i18n.number(r.reviews)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
