import type { MessageKey } from "../../../platform/i18n/i18n.ts";
import { ErrorSummary, type FormState, PostForm, TextArea } from "../../../platform/views/forms.tsx";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { PassportDetails } from "../registration.schema.ts";
import type { Registration, RegistrationEvent } from "../registration.service.ts";
import type { RegistrationState } from "../registration.table.ts";
import { StateTag, stateLabel } from "./registrations-parts.tsx";

export const QUEUE_FILTERS = [
  "pending",
  "submitted",
  "acknowledged",
  "approved",
  "waitlisted",
  "rejected",
  "cancelled",
  "focal-point",
];

type QueueRow = Registration & { categoryName: string | null; automatic: boolean };

/** The requests waiting for this person's decision (secretariat or focal point), oldest first. */
export function AccreditationQueuePage({
  ctx,
  event,
  rows,
  filter,
  unverified = [],
  ignored = [],
}: {
  ctx: PageContext;
  event: RegistrationEvent;
  rows: QueueRow[];
  filter: string;
  /** Names of organisations this focal point decides for once the secretariat verifies them. */
  unverified?: string[];
  /** Parameters of the address the queue could not use (a state that does not exist), left out. */
  ignored?: string[];
}) {
  const { i18n } = ctx;
  const title = i18n.t("registration.queue.title");
  const base = `/forum/${event.slug}/accreditation`;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: `/forum/${event.slug}`, label: event.title }]}>
      <h1>{title}</h1>
      <p>{event.title}</p>
      <nav aria-label={i18n.t("registration.queue.filter")}>
        <ul class="inline-list">
          {QUEUE_FILTERS.map((f) => (
            <li>
              <a href={`${base}?state=${f}`} aria-current={f === filter ? "page" : undefined}>
                {f === "pending"
                  ? i18n.t("registration.queue.pending")
                  : f === "focal-point"
                    ? i18n.t("registration.queue.byFocalPoints")
                    : stateLabel(i18n, f as RegistrationState)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {filter === "focal-point" && <p>{i18n.t("registration.queue.byFocalPointsIntro")}</p>}
      {ignored.length > 0 && (
        <p class="notice" role="status">
          {i18n.t("list.filterIgnored", { fields: i18n.list(ignored) })}
        </p>
      )}
      {unverified.length > 0 && (
        <p class="notice" role="note">
          {i18n.t("registration.queue.unverified", { organizations: i18n.list(unverified) })}
        </p>
      )}
      {rows.length === 0 ? (
        <p>{i18n.t("registration.queue.empty")}</p>
      ) : (
        <table class="data-table">
          <caption>{i18n.t("registration.queue.count", { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t("registration.field.passportName")}</th>
              <th scope="col">{i18n.t("registration.field.organizationName")}</th>
              <th scope="col">{i18n.t("registration.field.category")}</th>
              <th scope="col">{i18n.t("registration.field.route")}</th>
              <th scope="col">{i18n.t("registration.field.state")}</th>
              <th scope="col">{i18n.t("registration.field.decidedAs")}</th>
              <th scope="col">{i18n.t("registration.field.received")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>
                  <a href={`${base}/${r.id}`} dir="auto">
                    {r.passportName}
                  </a>
                </td>
                <td dir="auto">{r.organizationName}</td>
                <td>
                  {r.categoryName ?? "—"}
                  {r.automatic && ` (${i18n.t("registration.category.automatic")})`}
                </td>
                <td>{i18n.t(`registration.route.${r.route ?? "secretariat"}` as MessageKey)}</td>
                <td>
                  <StateTag i18n={i18n} state={r.state} />
                </td>
                <td>{r.decidedAs ? i18n.t(`registration.decidedAs.${r.decidedAs}` as MessageKey) : "—"}</td>
                <td>{i18n.date(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

/** One request with the answers, the passport details for those allowed, and the decision form. */
export function AccreditationRequestPage({
  ctx,
  event,
  view,
  form,
  notice,
}: {
  ctx: PageContext;
  event: RegistrationEvent;
  view: {
    registration: Registration;
    category: { name: string; automatic: boolean } | null;
    secretariatDecides: string | null;
    email: string | null;
    passport: PassportDetails | null;
    hasPhoto: boolean;
    decisions: string[];
  };
  form: FormState;
  notice?: string;
}) {
  const { i18n } = ctx;
  const r = view.registration;
  const country = i18n.country;
  const base = `/forum/${event.slug}/accreditation`;
  return (
    <Layout ctx={ctx} title={r.passportName} breadcrumbs={[{ href: base, label: i18n.t("registration.queue.title") }]}>
      <h1 dir="auto">{r.passportName}</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p>
        <StateTag i18n={i18n} state={r.state} /> · {event.title} ·{" "}
        {i18n.t(`registration.route.${r.route ?? "secretariat"}` as MessageKey)}
        {r.decidedAs && ` · ${i18n.t(`registration.decidedAs.${r.decidedAs}` as MessageKey)}`}
      </p>
      {r.decisionReason && (
        <div class="notice">
          <h2>{i18n.t("registration.page.reason")}</h2>
          <p dir="auto">{r.decisionReason}</p>
        </div>
      )}
      <dl class="facts">
        <dt>{i18n.t("registration.field.id")}</dt>
        <dd>
          <code>{i18n.ltr(r.reference)}</code>
        </dd>
        <dt>{i18n.t("registration.field.preferredName")}</dt>
        <dd dir="auto">{r.preferredName}</dd>
        <dt>{i18n.t("registration.field.email")}</dt>
        <dd dir={view.email ? "ltr" : undefined}>{view.email ?? "—"}</dd>
        <dt>{i18n.t("registration.field.organizationName")}</dt>
        <dd dir="auto">{r.organizationName}</dd>
        <dt>{i18n.t("registration.field.category")}</dt>
        <dd>
          {view.category
            ? `${view.category.name}${view.category.automatic ? ` (${i18n.t("registration.category.automatic")})` : ""}`
            : "—"}
        </dd>
        <dt>{i18n.t("registration.field.country")}</dt>
        <dd>{country(r.countryCode)}</dd>
        <dt>{i18n.t("registration.field.nationality")}</dt>
        <dd>{country(r.nationalityCode)}</dd>
        <dt>{i18n.t("registration.field.needsVisa")}</dt>
        <dd>{i18n.t(r.needsVisa ? "registration.yes" : "registration.no")}</dd>
        <dt>{i18n.t("registration.field.accessibilityNeeds")}</dt>
        <dd dir="auto">{r.accessibilityNeeds ?? "—"}</dd>
        <dt>{i18n.t("registration.field.received")}</dt>
        <dd>{i18n.date(r.createdAt, { dateStyle: "long", timeStyle: "short" })}</dd>
      </dl>
      <h2>{i18n.t("registration.interest.legend")}</h2>
      <h3>{i18n.t("registration.field.interestWhy")}</h3>
      <p class="prose" dir="auto">
        {r.interest.why || "—"}
      </p>
      <h3>{i18n.t("registration.field.interestContribution")}</h3>
      <p class="prose" dir="auto">
        {r.interest.contribution || "—"}
      </p>
      {view.passport && (
        <section aria-labelledby="passport-title" class="card">
          <h2 id="passport-title">{i18n.t("registration.passport.title")}</h2>
          <dl class="facts">
            <dt>{i18n.t("registration.field.passportNumber")}</dt>
            <dd>
              <code>{view.passport.number}</code>
            </dd>
            <dt>{i18n.t("registration.field.passportExpiresOn")}</dt>
            <dd>
              <time datetime={view.passport.expiresOn}>{view.passport.expiresOn}</time>
            </dd>
            <dt>{i18n.t("registration.field.bornOn")}</dt>
            <dd>
              <time datetime={view.passport.bornOn}>{view.passport.bornOn}</time>
            </dd>
          </dl>
        </section>
      )}
      {view.hasPhoto && (
        <p>
          <img
            src={`/forum/registrations/${r.id}/photo`}
            alt={i18n.t("registration.photoOf", { name: r.preferredName })}
            width="150"
          />
        </p>
      )}
      {view.decisions.length > 0 && (
        <section aria-labelledby="decide-title" class="card">
          <h2 id="decide-title">{i18n.t("registration.decision.title")}</h2>
          {view.secretariatDecides && (
            <p class="notice" id="secretariat-decides">
              {i18n.t("registration.secretariatDecides")}{" "}
              {i18n.t(`registration.secretariatDecides.${view.secretariatDecides}` as MessageKey)}
            </p>
          )}
          <ErrorSummary
            i18n={i18n}
            form={form}
            labels={{
              reason: i18n.t("registration.field.reason"),
              decision: i18n.t("registration.decision.title"),
            }}
          />
          <PostForm action={`${base}/${r.id}/decision`}>
            <TextArea
              i18n={i18n}
              form={form}
              name="reason"
              label={i18n.t("registration.field.reason")}
              hint={i18n.t("registration.hint.reason")}
              dir="auto"
              rows={3}
            />
            <ul class="inline-list" id="decision">
              {view.decisions.map((d) => (
                <li>
                  <button
                    type="submit"
                    name="decision"
                    value={d}
                    class={d === "reject" ? "button--secondary" : undefined}
                  >
                    {i18n.t(`registration.decision.${d}` as MessageKey)}
                  </button>
                </li>
              ))}
            </ul>
          </PostForm>
        </section>
      )}
    </Layout>
  );
}
