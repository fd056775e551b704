import type { I18n } from "../../../platform/i18n/i18n.ts";
import { type FormState, PostForm } from "../../../platform/views/forms.tsx";
import { organizationHref } from "./parts.tsx";

// The people of an organisation, as its focal points and the WSIS secretariat see them.

export interface MemberRow {
  userId: string;
  displayName: string;
  email: string;
  isFocalPoint: boolean;
  requestedAt: string;
}

export function Requests({
  i18n,
  organizationId,
  requests,
  may,
  form,
}: {
  i18n: I18n;
  organizationId: string;
  requests: MemberRow[];
  may: { decide: boolean; appoint: boolean };
  form: FormState;
}) {
  const base = organizationHref(organizationId);
  return (
    <section aria-labelledby="requests">
      <h2 id="requests">{i18n.t("org.requests.heading")}</h2>
      {requests.length === 0 ? (
        <p>{i18n.t("org.requests.none")}</p>
      ) : (
        <div class="table-scroll">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{i18n.t("org.column.name")}</th>
                <th scope="col">{i18n.t("org.column.email")}</th>
                <th scope="col">{i18n.t("org.column.asked")}</th>
                {may.decide && <th scope="col">{i18n.t("org.column.actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr>
                  <th scope="row" dir="auto">
                    {r.displayName}
                  </th>
                  <td dir="ltr">{r.email}</td>
                  <td>{i18n.date(r.requestedAt)}</td>
                  {may.decide && (
                    <td>
                      <PostForm action={`${base}/members/${encodeURIComponent(r.userId)}/approve`} class="inline-form">
                        <button
                          type="submit"
                          id={`request-${r.userId}`}
                          aria-label={i18n.t("org.approveLabel", { name: r.displayName })}
                        >
                          {i18n.t("org.approve")}
                        </button>
                      </PostForm>
                      <PostForm action={`${base}/members/${encodeURIComponent(r.userId)}/reject`} class="inline-form">
                        <button
                          type="submit"
                          class="button--secondary"
                          aria-label={i18n.t("org.rejectLabel", { name: r.displayName })}
                        >
                          {i18n.t("org.reject")}
                        </button>
                      </PostForm>
                      <FieldError i18n={i18n} form={form} field={`request-${r.userId}`} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function Members({
  i18n,
  organizationId,
  members,
  may,
  form,
}: {
  i18n: I18n;
  organizationId: string;
  members: MemberRow[];
  may: { decide: boolean; appoint: boolean };
  form: FormState;
}) {
  const base = organizationHref(organizationId);
  return (
    <section aria-labelledby="members">
      <h2 id="members">{i18n.t("org.members.heading")}</h2>
      {members.length === 0 ? (
        <p>{i18n.t("org.members.none")}</p>
      ) : (
        <div class="table-scroll">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{i18n.t("org.column.name")}</th>
                <th scope="col">{i18n.t("org.column.email")}</th>
                <th scope="col">{i18n.t("org.column.role")}</th>
                {may.appoint && <th scope="col">{i18n.t("org.column.actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr>
                  <th scope="row" dir="auto">
                    {m.displayName}
                  </th>
                  <td dir="ltr">{m.email}</td>
                  <td>{i18n.t(m.isFocalPoint ? "org.status.focalPoint" : "org.status.approved")}</td>
                  {may.appoint && (
                    <td>
                      <PostForm
                        action={`${base}/members/${encodeURIComponent(m.userId)}/focal-point`}
                        class="inline-form"
                      >
                        <input type="hidden" name="value" value={m.isFocalPoint ? "0" : "1"} />
                        <button
                          type="submit"
                          id={`member-${m.userId}`}
                          class="button--secondary"
                          aria-label={i18n.t(
                            m.isFocalPoint ? "org.focalPoint.removeLabel" : "org.focalPoint.makeLabel",
                            {
                              name: m.displayName,
                            },
                          )}
                        >
                          {i18n.t(m.isFocalPoint ? "org.focalPoint.remove" : "org.focalPoint.make")}
                        </button>
                      </PostForm>
                      <FieldError i18n={i18n} form={form} field={`member-${m.userId}`} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The problem with one row's button, said next to it as well as in the summary at the top. */
function FieldError({ i18n, form, field }: { i18n: I18n; form: FormState; field: string }) {
  const error = form.errors[field];
  if (!error) return null;
  return <p class="field-error">{i18n.t(error)}</p>;
}
