import type { I18n } from "../../../platform/i18n/i18n.ts";
import { ErrorSummary, type FormState, SelectField, TextField } from "../../../platform/views/forms.tsx";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { AuditEventView, AuditValue, PersonRef } from "../admin.service.ts";
import { adminCrumbs, OlderNewer, whenUtc } from "./admin-common.tsx";

const FILTERS = ["action", "actorId", "objectType", "objectId", "from", "to"] as const;

function Person({ i18n, person }: { i18n: I18n; person: PersonRef }) {
  if (person.name === null) {
    return (
      <span>
        <code dir="ltr">{person.id}</code> <span class="muted">({i18n.t("admin.audit.accountGone")})</span>
      </span>
    );
  }
  return (
    <a href={`/admin/people/${person.id}`} dir="auto">
      {person.name}
    </a>
  );
}

function Value({ i18n, value }: { i18n: I18n; value: AuditValue }) {
  if (value === null) return null;
  if (Array.isArray(value)) {
    return value.length === 0 ? (
      <span class="muted">{i18n.t("admin.audit.none")}</span>
    ) : (
      <span dir="ltr">{i18n.list(value, "unit")}</span>
    );
  }
  return <code dir="ltr">{value}</code>;
}

export function AuditPage({
  ctx,
  form,
  actions,
  events,
  older,
}: {
  ctx: PageContext;
  /** The filters as typed; errors when one is not valid (then no events are shown). */
  form: FormState;
  actions: string[];
  events: AuditEventView[];
  older: string | null;
}) {
  const { i18n } = ctx;
  const title = i18n.t("admin.audit.title");
  const labels = {
    action: i18n.t("admin.audit.action"),
    actorId: i18n.t("admin.audit.actorId"),
    objectType: i18n.t("admin.audit.objectType"),
    objectId: i18n.t("admin.audit.objectId"),
    from: i18n.t("admin.audit.from"),
    to: i18n.t("admin.audit.to"),
  };
  const chosen = form.values.action ?? "";
  const actionOptions = [
    { value: "", label: i18n.t("admin.audit.anyAction") },
    ...[...new Set([...actions, ...(chosen ? [chosen] : [])])].map((a) => ({ value: a, label: a })),
  ];
  const filters = Object.fromEntries(FILTERS.map((f) => [f, form.values[f] ?? ""]));
  const rejected = Object.keys(form.errors).length > 0;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={adminCrumbs(i18n)}>
      <h1>{title}</h1>
      <p>{i18n.t("admin.audit.intro")}</p>
      <ErrorSummary i18n={i18n} form={form} labels={labels} />
      <h2>{i18n.t("admin.audit.filters")}</h2>
      <form method="get" action="/admin/audit" class="stack">
        <SelectField i18n={i18n} form={form} name="action" label={labels.action} options={actionOptions} />
        <TextField i18n={i18n} form={form} name="actorId" label={labels.actorId} dir="ltr" />
        <TextField
          i18n={i18n}
          form={form}
          name="objectType"
          label={labels.objectType}
          hint={i18n.t("admin.audit.objectTypeHint")}
          dir="ltr"
        />
        <TextField i18n={i18n} form={form} name="objectId" label={labels.objectId} dir="ltr" />
        <TextField
          i18n={i18n}
          form={form}
          name="from"
          label={labels.from}
          hint={i18n.t("admin.audit.dateHint")}
          dir="ltr"
        />
        <TextField
          i18n={i18n}
          form={form}
          name="to"
          label={labels.to}
          hint={i18n.t("admin.audit.dateHint")}
          dir="ltr"
        />
        <p class="actions">
          <button type="submit">{i18n.t("admin.filter.submit")}</button>
          <a href="/admin/audit">{i18n.t("admin.filter.clear")}</a>
        </p>
      </form>

      <h2>{i18n.t("admin.audit.events")}</h2>
      {!rejected && events.length === 0 && <p>{i18n.t("admin.audit.empty")}</p>}
      {events.length > 0 && (
        <div class="table-scroll">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{i18n.t("admin.audit.time")}</th>
                <th scope="col">{i18n.t("admin.audit.actor")}</th>
                <th scope="col">{labels.action}</th>
                <th scope="col">{i18n.t("admin.audit.object")}</th>
                <th scope="col">{i18n.t("admin.audit.before")}</th>
                <th scope="col">{i18n.t("admin.audit.after")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr>
                  <th scope="row">
                    <time datetime={e.at}>{whenUtc(i18n, e.at)}</time>
                  </th>
                  <td>
                    {e.actor ? (
                      <Person i18n={i18n} person={e.actor} />
                    ) : (
                      <span class="muted">{i18n.t("admin.audit.platform")}</span>
                    )}
                  </td>
                  <td>
                    <code dir="ltr">{e.action}</code>
                  </td>
                  <td>
                    <code dir="ltr">{e.objectType}</code>{" "}
                    {e.objectPerson ? (
                      <Person i18n={i18n} person={e.objectPerson} />
                    ) : (
                      e.objectId && <code dir="ltr">{e.objectId}</code>
                    )}
                  </td>
                  <td>
                    <Value i18n={i18n} value={e.before} />
                  </td>
                  <td>
                    <Value i18n={i18n} value={e.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <OlderNewer
        i18n={i18n}
        path="/admin/audit"
        filters={filters}
        before={form.values.before ?? ""}
        older={older}
        labels={{
          nav: i18n.t("admin.audit.pages"),
          newest: i18n.t("admin.audit.newest"),
          older: i18n.t("admin.audit.older"),
        }}
      />
    </Layout>
  );
}
