import { can } from "../../../platform/auth/policy.ts";
import { type FormState, SelectField } from "../../../platform/views/forms.tsx";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { Registration, RegistrationEvent } from "../registration.service.ts";
import { STATES } from "../registration.service.ts";
import { attendanceLabel, StateTag, stateLabel } from "./registrations-parts.tsx";

export interface ListChoices {
  stakeholderTypes: { value: string; label: string }[];
  regions: { value: string; label: string }[];
  categories: { value: string; label: string }[];
}

/** Counts by key; "" is the region of countries outside the ITU regions. */
export interface Counts {
  stakeholderTypes: Record<string, number>;
  regions: Record<string, number>;
  attendance: Record<string, number>;
}

type Row = Registration & { categoryName: string | null; email: string | null };

function CountTable({
  ctx,
  caption,
  entries,
}: {
  ctx: PageContext;
  caption: string;
  entries: { label: string; n: number }[];
}) {
  const { i18n } = ctx;
  return (
    <table class="data-table">
      <caption>{caption}</caption>
      <tbody>
        {entries.map((e) => (
          <tr>
            <th scope="row">{e.label}</th>
            <td>{i18n.number(e.n)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An edition's registrations for organisers: filters (a GET form), counts, the list and its CSV. */
export function RegistrationListPage({
  ctx,
  event,
  rows,
  limited,
  form,
  choices,
  counts,
  csvHref,
  notices = [],
}: {
  ctx: PageContext;
  event: RegistrationEvent;
  rows: Row[];
  limited: boolean;
  form: FormState;
  choices: ListChoices;
  counts: Counts;
  csvHref: string;
  /** Filters of the address the page could not use and left out. */
  notices?: string[];
}) {
  const { i18n } = ctx;
  const title = i18n.t("registration.list.title", { event: event.title });
  const all = { value: "", label: i18n.t("registration.list.all") };
  const country = i18n.country;
  const named = (options: { value: string; label: string }[], value: string) =>
    options.find((o) => o.value === value)?.label ?? value;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: `/forum/${event.slug}`, label: event.title }]}>
      <h1>{title}</h1>
      {notices.length > 0 && (
        <div class="notice" role="status">
          {notices.map((text) => (
            <p>{text}</p>
          ))}
        </div>
      )}
      {can(ctx.actor, "forum.organize") && (
        <p>
          <a href={`/forum/${event.slug}/registrations/settings`}>{i18n.t("registration.settings.link")}</a>
        </p>
      )}
      <section aria-labelledby="counts-title">
        <h2 id="counts-title">{i18n.t("registration.counts.title")}</h2>
        <p class="hint">{i18n.t("registration.counts.hint")}</p>
        <div class="columns">
          <CountTable
            ctx={ctx}
            caption={i18n.t("registration.counts.byAttendance")}
            entries={["onsite", "virtual"].map((a) => ({
              label: attendanceLabel(i18n, a),
              n: counts.attendance[a] ?? 0,
            }))}
          />
          <CountTable
            ctx={ctx}
            caption={i18n.t("registration.counts.byStakeholder")}
            entries={choices.stakeholderTypes.map((t) => ({
              label: t.label,
              n: counts.stakeholderTypes[t.value] ?? 0,
            }))}
          />
          <CountTable
            ctx={ctx}
            caption={i18n.t("registration.counts.byRegion")}
            entries={[
              ...choices.regions.map((r) => ({ label: r.label, n: counts.regions[r.value] ?? 0 })),
              { label: i18n.t("registration.counts.noRegion"), n: counts.regions[""] ?? 0 },
            ]}
          />
        </div>
      </section>
      <section aria-labelledby="filters-title">
        <h2 id="filters-title">{i18n.t("registration.list.filters")}</h2>
        <form method="get" action={`/forum/${event.slug}/registrations`} class="filters">
          <SelectField
            i18n={i18n}
            form={form}
            name="attendance"
            label={i18n.t("registration.field.attendance")}
            options={[all, ...["onsite", "virtual"].map((a) => ({ value: a, label: attendanceLabel(i18n, a) }))]}
            required
          />
          <SelectField
            i18n={i18n}
            form={form}
            name="state"
            label={i18n.t("registration.field.state")}
            options={[all, ...STATES.map((s) => ({ value: s, label: stateLabel(i18n, s) }))]}
            required
          />
          <SelectField
            i18n={i18n}
            form={form}
            name="stakeholderType"
            label={i18n.t("registration.field.stakeholderType")}
            options={[all, ...choices.stakeholderTypes]}
            required
          />
          <SelectField
            i18n={i18n}
            form={form}
            name="region"
            label={i18n.t("registration.field.region")}
            options={[all, ...choices.regions]}
            required
          />
          {choices.categories.length > 0 && (
            <SelectField
              i18n={i18n}
              form={form}
              name="category"
              label={i18n.t("registration.field.category")}
              options={[all, ...choices.categories]}
              required
            />
          )}
          <button type="submit">{i18n.t("registration.list.apply")}</button>
        </form>
      </section>
      <p>
        <a href={csvHref} type="text/csv" download>
          {i18n.t("registration.list.csv")}
        </a>
      </p>
      {rows.length === 0 ? (
        <p>{i18n.t("registration.list.empty")}</p>
      ) : (
        <table class="data-table">
          <caption>
            {i18n.t("registration.list.count", { count: rows.length })}
            {limited && ` — ${i18n.t("registration.list.limited", { count: rows.length })}`}
          </caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t("registration.field.id")}</th>
              <th scope="col">{i18n.t("registration.field.passportName")}</th>
              <th scope="col">{i18n.t("registration.field.organizationName")}</th>
              <th scope="col">{i18n.t("registration.field.stakeholderType")}</th>
              <th scope="col">{i18n.t("registration.field.country")}</th>
              <th scope="col">{i18n.t("registration.field.category")}</th>
              <th scope="col">{i18n.t("registration.field.attendance")}</th>
              <th scope="col">{i18n.t("registration.field.state")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>
                  <code>{i18n.ltr(r.reference)}</code>
                </td>
                <td dir="auto">{r.passportName}</td>
                <td dir="auto">{r.organizationName}</td>
                <td>{named(choices.stakeholderTypes, r.stakeholderTypeCode)}</td>
                <td>{country(r.countryCode)}</td>
                <td>{r.categoryName ?? "—"}</td>
                <td>{attendanceLabel(i18n, r.attendance)}</td>
                <td>
                  <StateTag i18n={i18n} state={r.state} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
