import type { MessageKey } from "../../../platform/i18n/i18n.ts";
import { ErrorSummary, type FormState, SelectField, TextField } from "../../../platform/views/forms.tsx";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { ForumEvent } from "../../forum/forum.service.ts";
import { type BadgeHolderRow, MAX_BATCH } from "../badge/badge.service.ts";
import { Swatch } from "./checkin-counts.tsx";

const PHOTO_LABEL: Record<BadgeHolderRow["photo"], MessageKey> = {
  printable: "badges.photo.yes",
  none: "badges.photo.no",
  webp: "badges.photo.webp",
};

/**
 * The approved on-site registrations of an edition, filtered by category and name (a GET form), with a checkbox
 * per person to print a batch as one PDF (a POST form: no JavaScript needed), a PDF link per badge and a
 * re-issue button (the same form, sent to the re-issue address with `formaction`).
 */
export function BadgeListPage({
  ctx,
  event,
  categories,
  holders,
  filters,
  chosen,
  error,
  notice,
}: {
  ctx: PageContext;
  event: ForumEvent;
  categories: { id: string; name: string; colour: string }[];
  holders: BadgeHolderRow[];
  filters: { category: string; q: string };
  chosen: string[];
  error: MessageKey | null;
  notice: string | null;
}) {
  const { i18n } = ctx;
  const title = i18n.t("badges.title", { event: event.title });
  const filterForm: FormState = { values: filters, errors: {} };
  const printForm: FormState = { values: {}, errors: error ? { id: error } : {}, messageValues: { max: MAX_BATCH } };
  return (
    <Layout
      ctx={ctx}
      title={error ? `${i18n.t("form.errorSummary")} · ${title}` : title}
      breadcrumbs={[
        { href: "/forum", label: i18n.t("forum.title") },
        { href: `/forum/${event.slug}/programme`, label: event.title },
      ]}
    >
      <h1>{title}</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <ErrorSummary i18n={i18n} form={printForm} labels={{}} />
      <p>{i18n.t("badges.intro")}</p>
      <p>
        <a href={`/forum/${event.slug}/checkin`}>{i18n.t("checkin.page.link")}</a>
      </p>
      <form method="get" action={`/forum/${event.slug}/badges`} class="filter-row badge-filters">
        <h2 class="visually-hidden">{i18n.t("badges.filter.title")}</h2>
        <SelectField
          i18n={i18n}
          form={filterForm}
          name="category"
          label={i18n.t("badges.filter.category")}
          required
          options={[
            { value: "", label: i18n.t("badges.filter.allCategories") },
            ...categories.map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
        <TextField i18n={i18n} form={filterForm} name="q" label={i18n.t("badges.filter.q")} />
        <div class="field">
          <button type="submit" class="button--secondary">
            {i18n.t("badges.filter.submit")}
          </button>
        </div>
      </form>
      <p role="status">{i18n.t("badges.count", { count: holders.length })}</p>
      {holders.length === 0 ? (
        <p>{i18n.t("badges.none")}</p>
      ) : (
        <form method="post" action={`/forum/${event.slug}/badges`} novalidate>
          <input type="hidden" name="category" value={filters.category} />
          <input type="hidden" name="q" value={filters.q} />
          <p class="hint">{i18n.t("badges.reissueHint")}</p>
          <section class="table-scroll" id="id" tabindex={0} aria-label={title}>
            <table class="data-table badge-table">
              <caption class="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span class="visually-hidden">{i18n.t("badges.printChosen")}</span>
                  </th>
                  <th scope="col">{i18n.t("badges.col.name")}</th>
                  <th scope="col">{i18n.t("badges.col.organization")}</th>
                  <th scope="col">{i18n.t("badges.col.category")}</th>
                  <th scope="col">{i18n.t("badges.col.photo")}</th>
                  <th scope="col">{i18n.t("badges.col.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {holders.map((h) => (
                  <tr>
                    <td>
                      <input
                        type="checkbox"
                        id={`badge-${h.id}`}
                        name="id"
                        value={h.id}
                        checked={chosen.includes(h.id)}
                        class="badge-table__check"
                      />
                      <label for={`badge-${h.id}`} class="visually-hidden">
                        {i18n.t("badges.choose", { name: h.name })}
                      </label>
                    </td>
                    <td>
                      <bdi>{h.name}</bdi>
                    </td>
                    <td>
                      <bdi>{h.organization}</bdi>
                    </td>
                    <td>
                      {h.category ? (
                        <>
                          <Swatch colour={h.category.colour} /> {h.category.name}
                        </>
                      ) : (
                        i18n.t("checkin.noCategory")
                      )}
                    </td>
                    <td>{i18n.t(PHOTO_LABEL[h.photo])}</td>
                    <td>
                      <ul class="badge-table__actions">
                        <li>
                          <a href={`/forum/registrations/${h.id}/badge.pdf`}>
                            {i18n.t("badges.download", { name: h.name })}
                          </a>
                        </li>
                        <li>
                          <button
                            type="submit"
                            class="button--secondary"
                            formaction={`/forum/registrations/${h.id}/badge/reissue`}
                          >
                            {i18n.t("badges.reissue", { name: h.name })}
                          </button>
                        </li>
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <div class="actions badge-print">
            <button type="submit" name="print" value="chosen">
              {i18n.t("badges.printChosen")}
            </button>
            <button type="submit" name="print" value="all" class="button--secondary">
              {i18n.t("badges.printAll")}
            </button>
          </div>
        </form>
      )}
    </Layout>
  );
}
