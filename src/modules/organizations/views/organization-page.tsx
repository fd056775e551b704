import type { I18n } from "../../../platform/i18n/i18n.ts";
import { ErrorSummary, type FormState, PostForm, TextArea } from "../../../platform/views/forms.tsx";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import { type MemberRow, Members, Requests } from "./organization-people.tsx";
import { listCrumbs, Notice, organizationHref, VerificationTag } from "./parts.tsx";

export interface OrganizationFacts {
  id: string;
  name: string;
  stakeholderType: string;
  country: string | null;
  website: string | null;
  /** When the secretariat verified it; null while unverified. */
  verifiedAt: string | null;
  /** The secretariat's note, for those who may verify; null for everyone else. */
  verificationNote: string | null;
}

/** A published Stocktaking entry that names the organisation. */
export interface StocktakingEntryLink {
  id: string;
  title: string;
  language: string;
}

interface Props {
  ctx: PageContext;
  organization: OrganizationFacts;
  /** The newest of its published Stocktaking entries, and how many there are. */
  entries?: { entries: StocktakingEntryLink[]; total: number };
  /** The reader's own membership or request; null when they have none or are not signed in. */
  own: { status: string; isFocalPoint: boolean; requestedAt: string } | null;
  /** For focal points and staff: waiting requests and approved members. Null for everyone else. */
  people: { requests: MemberRow[]; members: MemberRow[] } | null;
  may: { decide: boolean; appoint: boolean; verify: boolean };
  form: FormState;
  notice?: string;
}

export function OrganizationPage({ ctx, organization, own, entries, people, may, form, notice }: Props) {
  const { i18n } = ctx;
  const labels: Record<string, string> = {
    leave: i18n.t("org.leave.submit"),
    value: i18n.t("org.column.role"),
    note: i18n.t("org.verify.note"),
    decision: i18n.t("org.verification.heading"),
  };
  for (const person of [...(people?.requests ?? []), ...(people?.members ?? [])]) {
    labels[`request-${person.userId}`] = person.displayName;
    labels[`member-${person.userId}`] = person.displayName;
  }
  return (
    <Layout ctx={ctx} title={organization.name} breadcrumbs={listCrumbs(i18n)}>
      <h1 dir="auto">{organization.name}</h1>
      <Notice text={notice} />
      <ErrorSummary i18n={i18n} form={form} labels={labels} />
      <dl class="facts">
        <dt>{i18n.t("org.field.stakeholderType")}</dt>
        <dd>{organization.stakeholderType}</dd>
        <dt>{i18n.t("org.field.country")}</dt>
        <dd>{organization.country ?? i18n.t("org.page.noCountry")}</dd>
        <dt>{i18n.t("org.verification.heading")}</dt>
        <dd>
          <VerificationTag i18n={i18n} verified={organization.verifiedAt !== null} />{" "}
          {organization.verifiedAt
            ? i18n.t("org.verification.verifiedOn", { date: i18n.date(organization.verifiedAt) })
            : i18n.t("org.verification.unverifiedBody")}
        </dd>
        <dt>{i18n.t("org.field.website")}</dt>
        <dd>
          {organization.website ? (
            <a href={organization.website} rel="nofollow ugc noopener" dir="ltr">
              {organization.website}
            </a>
          ) : (
            i18n.t("org.page.noWebsite")
          )}
        </dd>
      </dl>

      <section aria-labelledby="stocktaking-entries">
        <h2 id="stocktaking-entries">{i18n.t("site.org.entries")}</h2>
        {!entries || entries.total === 0 ? (
          <p>{i18n.t("site.org.entriesNone")}</p>
        ) : (
          <>
            <ul class="link-list">
              {entries.entries.map((e) => (
                <li lang={e.language}>
                  <a href={`/stocktaking/entries/${e.id}`} dir="auto">
                    {e.title}
                  </a>
                </li>
              ))}
            </ul>
            {entries.total > entries.entries.length && (
              <p>
                <a href={`/stocktaking?${new URLSearchParams({ q: `"${organization.name}"` }).toString()}`}>
                  {i18n.t("site.org.entriesMore", { count: entries.total })}
                </a>
              </p>
            )}
          </>
        )}
      </section>

      {ctx.actor ? (
        <OwnMembership i18n={i18n} organizationId={organization.id} own={own} form={form} />
      ) : (
        <p>
          <a href={`/account/signin?next=${encodeURIComponent(organizationHref(organization.id))}`}>
            {i18n.t("org.membership.signIn")}
          </a>
        </p>
      )}

      {may.verify && <Verification i18n={i18n} organization={organization} form={form} />}

      {people && (
        <>
          <Requests i18n={i18n} organizationId={organization.id} requests={people.requests} may={may} form={form} />
          <Members i18n={i18n} organizationId={organization.id} members={people.members} may={may} form={form} />
        </>
      )}
    </Layout>
  );
}

function OwnMembership({
  i18n,
  organizationId,
  own,
  form,
}: {
  i18n: I18n;
  organizationId: string;
  own: Props["own"];
  form: FormState;
}) {
  const base = organizationHref(organizationId);
  const join = (label: string) => (
    <PostForm action={`${base}/join`}>
      <p>
        <button type="submit">{label}</button>
      </p>
    </PostForm>
  );
  const leave = (label: string) => (
    <PostForm action={`${base}/leave`}>
      <p>
        <button
          type="submit"
          id="leave"
          class="button--secondary"
          aria-describedby={form.errors.leave ? "leave-error" : undefined}
        >
          {label}
        </button>
      </p>
      {form.errors.leave && (
        <p class="field-error" id="leave-error">
          {i18n.t(form.errors.leave)}
        </p>
      )}
    </PostForm>
  );
  return (
    <section aria-labelledby="membership">
      <h2 id="membership">{i18n.t("org.membership.heading")}</h2>
      {!own ? (
        <>
          <p>{i18n.t("org.membership.none")}</p>
          {join(i18n.t("org.join.submit"))}
        </>
      ) : own.status === "pending" ? (
        <>
          <p>{i18n.t("org.membership.pending", { date: i18n.date(own.requestedAt) })}</p>
          {leave(i18n.t("org.leave.withdraw"))}
        </>
      ) : own.status === "rejected" ? (
        <>
          <p>{i18n.t("org.membership.rejected")}</p>
          {join(i18n.t("org.join.again"))}
        </>
      ) : (
        <>
          <p>{i18n.t(own.isFocalPoint ? "org.membership.focalPoint" : "org.membership.approved")}</p>
          {leave(i18n.t("org.leave.submit"))}
        </>
      )}
    </section>
  );
}

/** The secretariat's form: verify the organisation, or withdraw its verification, with a note saying why. */
function Verification({ i18n, organization, form }: { i18n: I18n; organization: OrganizationFacts; form: FormState }) {
  const verified = organization.verifiedAt !== null;
  return (
    <section aria-labelledby="verification" class="card">
      <h2 id="verification">{i18n.t("org.verify.heading")}</h2>
      <p>{i18n.t(verified ? "org.verify.introVerified" : "org.verify.intro")}</p>
      {organization.verificationNote && (
        <p>
          {i18n.t("org.verify.lastNote")} <q dir="auto">{organization.verificationNote}</q>
        </p>
      )}
      <PostForm action={`${organizationHref(organization.id)}/verification`}>
        <TextArea
          i18n={i18n}
          form={form}
          name="note"
          label={i18n.t("org.verify.note")}
          hint={i18n.t("org.verify.noteHint")}
          dir="auto"
          rows={3}
          maxLength={1000}
          required
        />
        {form.errors.decision && (
          <p class="field-error" id="decision">
            {i18n.t(form.errors.decision)}
          </p>
        )}
        <p class="actions">
          <button
            type="submit"
            name="decision"
            value={verified ? "withdraw" : "verify"}
            class={verified ? "button--secondary" : undefined}
          >
            {i18n.t(verified ? "org.verify.withdraw" : "org.verify.submit")}
          </button>
        </p>
      </PostForm>
    </section>
  );
}
