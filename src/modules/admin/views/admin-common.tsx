import type { I18n } from "../../../platform/i18n/i18n.ts";

export const adminCrumbs = (i18n: I18n) => [{ href: "/admin", label: i18n.t("admin.home.title") }];

/** Times in the trail and the queue, in UTC like the day filters, with the zone written out. */
export const whenUtc = (i18n: I18n, iso: string) =>
  i18n.date(iso, { dateStyle: "medium", timeStyle: "long", timeZone: "UTC" });

/**
 * Links to the newest page and to the next older one, keeping the filters. Keyset pagination has no page
 * numbers: "older" continues from the last row shown.
 */
export function OlderNewer({
  i18n,
  path,
  filters,
  before,
  older,
  labels,
}: {
  i18n: I18n;
  path: string;
  filters: Record<string, string>;
  /** Where this page started, '' on the first page. */
  before: string;
  older: string | null;
  labels: { nav: string; newest: string; older: string };
}) {
  if (!before && !older) return null;
  const href = (extra: Record<string, string>) => {
    const query = new URLSearchParams(Object.entries({ ...filters, ...extra }).filter(([, v]) => v !== ""));
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  };
  return (
    <nav class="pager" aria-label={labels.nav}>
      {before ? <a href={href({})}>{labels.newest}</a> : <span />}
      {older && (
        <a href={href({ before: older })} rel="next">
          {labels.older}
        </a>
      )}
      {!older && <span class="muted">{i18n.t("admin.pager.end")}</span>}
    </nav>
  );
}
