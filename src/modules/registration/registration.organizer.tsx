import { Hono } from "hono";
import { authorize } from "../../platform/auth/policy.ts";
import { csvHeader, csvRow } from "../../platform/http/csv.ts";
import type { AppContext, AppEnv } from "../../platform/http/env.ts";
import { FormError, formValues, parseForm } from "../../platform/http/forms.ts";
import { requestMeta } from "../../platform/http/request-meta.ts";
import { LOCALES, type Locale } from "../../platform/i18n/locale.ts";
import { localDate, localTime, zonedTimeToUtc } from "../../platform/time.ts";
import { emptyForm, type FormState } from "../../platform/views/forms.tsx";
import { pageContext, renderPage } from "../../platform/views/page.ts";
import { COUNTRIES, type ItuRegion } from "../../reference/data/countries.ts";
import { ITU_REGION_NAMES } from "../../reference/data/regions.ts";
import type { ReferenceService } from "../../reference/reference.service.ts";
import type { ListFilter } from "./registration.repository.ts";
import { CategoryInput, SettingsInput } from "./registration.schema.ts";
import { type RegistrationEvent, type RegistrationService, STATES } from "./registration.service.ts";
import type { RegistrationState } from "./registration.table.ts";
import { type Counts, type ListChoices, RegistrationListPage } from "./views/registrations-list.tsx";
import { RegistrationSettingsPage } from "./views/registrations-settings.tsx";

const SLUG = "[a-z0-9][a-z0-9-]{0,79}";
const PAGE_ROWS = 500;
const REGION_OF = new Map(COUNTRIES.map((c) => [c.alpha2, c.ituRegion]));
const REGIONS = Object.keys(ITU_REGION_NAMES) as ItuRegion[];

export const CSV_COLUMNS = [
  "reference",
  "id",
  "registered_at",
  "attendance",
  "state",
  "route",
  "passport_name",
  "preferred_name",
  "email",
  "organization",
  "stakeholder_type",
  "country",
  "region",
  "nationality",
  "category",
  "needs_visa_letter",
  "accessibility_needs",
  "decided_at",
  "decided_as",
  "waitlist_position",
] as const;

/** The list's filters from the query string; unknown values are ignored rather than refused. */
function filterOf(
  c: AppContext,
  categories: { id: string }[],
): { filter: ListFilter; values: Record<string, string>; ignored: string[] } {
  const q = (name: string) => c.req.query(name) ?? "";
  const filter: ListFilter = {};
  const values: Record<string, string> = {};
  if (q("attendance") === "onsite" || q("attendance") === "virtual") {
    filter.attendance = q("attendance") as "onsite" | "virtual";
    values.attendance = q("attendance");
  }
  if (STATES.includes(q("state") as RegistrationState)) {
    filter.state = q("state") as RegistrationState;
    values.state = q("state");
  }
  if (/^[a-z-]{1,40}$/.test(q("stakeholderType"))) {
    filter.stakeholderTypeCode = q("stakeholderType");
    values.stakeholderType = q("stakeholderType");
  }
  if (REGION_OF.has(q("country"))) {
    filter.countryCode = q("country");
    values.country = q("country");
  }
  if (REGIONS.includes(q("region") as ItuRegion)) {
    filter.countries = COUNTRIES.filter((k) => k.ituRegion === q("region")).map((k) => k.alpha2);
    values.region = q("region");
  }
  if (categories.some((k) => k.id === q("category"))) {
    filter.categoryId = q("category");
    values.category = q("category");
  }
  // A filter given but not understood is left out, and named on the page (issue 17: never silently).
  const ignored = FILTER_PARAMS.filter((name) => q(name).trim() !== "" && !(name in values));
  return { filter, values, ignored };
}

const FILTER_PARAMS = ["attendance", "state", "stakeholderType", "country", "region", "category"] as const;

/** Organisers: an edition's registrations with filters, counts and CSV; the accreditation settings. */
export function organizerPages(deps: { registrations: RegistrationService; reference: ReferenceService }) {
  const { registrations, reference } = deps;
  const eventOf = (c: AppContext) => registrations.event(c.req.param("slug") ?? "", c.get("i18n").locale);

  async function showSettings(
    c: AppContext,
    event: RegistrationEvent,
    forms: { settings?: FormState; category?: FormState } = {},
  ) {
    const closes = event.accreditationClosesAt;
    const current = emptyForm({
      closesOn: closes ? localDate(closes, event.timeZone) : "",
      closesAt: closes ? localTime(closes, event.timeZone) : "",
      onsiteCapacity: event.onsiteCapacity === null ? "" : String(event.onsiteCapacity),
    });
    const done = c.req.query("done");
    const i18n = c.get("i18n");
    const failed = !!(forms.settings || forms.category);
    const types = await reference.stakeholderTypes(i18n.locale);
    return renderPage(
      c,
      <RegistrationSettingsPage
        ctx={pageContext(c)}
        event={event}
        categories={await registrations.categories(event.id, i18n.locale)}
        stakeholderTypes={types.map((t) => ({ value: t.code, label: t.name }))}
        settingsForm={forms.settings ?? current}
        categoryForm={forms.category ?? emptyForm({ colour: "#1f5fa8" })}
        notice={
          done === "settings"
            ? i18n.t("registration.settings.saved")
            : done === "category"
              ? i18n.t("registration.categories.saved")
              : undefined
        }
      />,
      failed ? 400 : 200,
    );
  }

  return new Hono<AppEnv>()
    .get(`/forum/:slug{${SLUG}}/registrations`, async (c) => {
      const actor = authorize(c.get("actor"), "registration.viewAll");
      const event = await eventOf(c);
      const i18n = c.get("i18n");
      const categories = await registrations.categories(event.id, i18n.locale);
      const { filter, values, ignored } = filterOf(c, categories);
      const [rows, counted, types] = await Promise.all([
        registrations.list(actor, event.id, filter, PAGE_ROWS + 1, i18n.locale),
        registrations.counts(actor, event.id),
        reference.stakeholderTypes(i18n.locale),
      ]);
      const counts: Counts = { stakeholderTypes: {}, regions: {}, attendance: {} };
      for (const r of counted) {
        const region = REGION_OF.get(r.countryCode) ?? "";
        counts.stakeholderTypes[r.stakeholderTypeCode] = (counts.stakeholderTypes[r.stakeholderTypeCode] ?? 0) + r.n;
        counts.regions[region] = (counts.regions[region] ?? 0) + r.n;
        counts.attendance[r.attendance] = (counts.attendance[r.attendance] ?? 0) + r.n;
      }
      const choices: ListChoices = {
        stakeholderTypes: types.map((t) => ({ value: t.code, label: t.name })),
        regions: REGIONS.map((r) => ({ value: r, label: ITU_REGION_NAMES[r][i18n.locale] })),
        categories: categories.map((k) => ({ value: k.id, label: k.name })),
      };
      const query = new URLSearchParams(values).toString();
      return renderPage(
        c,
        <RegistrationListPage
          ctx={pageContext(c)}
          event={event}
          rows={rows.slice(0, PAGE_ROWS)}
          limited={rows.length > PAGE_ROWS}
          form={emptyForm(values)}
          choices={choices}
          counts={counts}
          csvHref={`/forum/${event.slug}/registrations.csv${query ? `?${query}` : ""}`}
          notices={ignored.length ? [i18n.t("list.filterIgnored", { fields: i18n.list(ignored) })] : []}
        />,
      );
    })
    .get(`/forum/:slug{${SLUG}}/registrations.csv`, async (c) => {
      const actor = authorize(c.get("actor"), "registration.viewAll");
      const event = await eventOf(c);
      const categories = await registrations.categories(event.id);
      const { filter } = filterOf(c, categories);
      const rows = await registrations.list(actor, event.id, filter);
      // Never passport details: they stay with accreditation staff, on the request page.
      let body = csvHeader(CSV_COLUMNS);
      for (const r of rows) {
        body += csvRow([
          r.reference,
          r.id,
          r.createdAt,
          r.attendance,
          r.state,
          r.route,
          r.passportName,
          r.preferredName,
          r.email,
          r.organizationName,
          r.stakeholderTypeCode,
          r.countryCode,
          REGION_OF.get(r.countryCode) ?? "",
          r.nationalityCode,
          r.categoryCode,
          r.needsVisa ? "yes" : "no",
          r.accessibilityNeeds,
          r.decidedAt,
          r.decidedAs ?? "",
          r.waitlistPosition,
        ]);
      }
      return c.body(body, 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="registrations-${event.slug}.csv"`,
        "Cache-Control": "private, no-store",
      });
    })
    .get(`/forum/:slug{${SLUG}}/registrations/settings`, async (c) => {
      authorize(c.get("actor"), "forum.organize");
      return showSettings(c, await eventOf(c));
    })
    .post(`/forum/:slug{${SLUG}}/registrations/settings`, async (c) => {
      authorize(c.get("actor"), "forum.organize");
      const event = await eventOf(c);
      const values = formValues(await c.req.parseBody());
      try {
        const input = parseForm(SettingsInput, values);
        const accreditationClosesAt = input.closesOn
          ? zonedTimeToUtc(input.closesOn, input.closesAt || "23:59", event.timeZone).toISOString()
          : null;
        await registrations.saveSettings(
          c.get("actor"),
          event.id,
          { accreditationClosesAt, onsiteCapacity: input.onsiteCapacity },
          requestMeta(c),
        );
      } catch (error) {
        if (!(error instanceof FormError)) throw error;
        return showSettings(c, event, { settings: { values, errors: error.errors } });
      }
      return c.redirect(`/forum/${event.slug}/registrations/settings?done=settings`, 303);
    })
    .post(`/forum/:slug{${SLUG}}/registrations/categories`, async (c) => {
      authorize(c.get("actor"), "forum.organize");
      const event = await eventOf(c);
      const body = await c.req.parseBody({ all: true });
      const values = formValues(body);
      const ticked = body.admittedStakeholderTypes;
      const admitted = (Array.isArray(ticked) ? ticked : [ticked]).filter((v): v is string => typeof v === "string");
      const lists = { admittedStakeholderTypes: admitted };
      try {
        const known = new Set((await reference.stakeholderTypes("en")).map((t) => t.code));
        if (admitted.some((code) => !known.has(code))) {
          throw new FormError({ admittedStakeholderTypes: "form.choose" });
        }
        // The name in each language is optional; the one in `name` is what readers of the others see.
        const nameTranslations: Partial<Record<Locale, string>> = {};
        for (const locale of LOCALES) {
          const given = (values[`name_${locale}`] ?? "").normalize("NFC").trim();
          if (given.length > 100) throw new FormError({ [`name_${locale}`]: "form.tooLong" });
          if (given) nameTranslations[locale] = given;
        }
        const input = {
          ...parseForm(CategoryInput, values),
          nameTranslations,
          admittedStakeholderTypes: [...new Set(admitted)],
        };
        await registrations.saveCategory(c.get("actor"), event.id, input, requestMeta(c));
      } catch (error) {
        if (!(error instanceof FormError)) throw error;
        return showSettings(c, event, { category: { values, lists, errors: error.errors } });
      }
      return c.redirect(`/forum/${event.slug}/registrations/settings?done=category`, 303);
    });
}
