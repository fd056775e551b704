import type { I18n } from "../../../platform/i18n/i18n.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { ForumEvent } from "../../forum/forum.service.ts";
import type { LiveCounts } from "../checkin/checkin.service.ts";

/** "14:05" in the event's zone. */
export function clockTime(i18n: I18n, at: string, zone: string): string {
  return i18n.date(at, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone });
}

/** "Fri 24 Oct" for a YYYY-MM-DD day (a calendar date: no zone shifts it). */
function shortDay(i18n: I18n, day: string): string {
  return i18n.date(`${day}T12:00:00Z`, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
}

/** A square of the category's colour; the name beside it carries the meaning, never the colour alone. */
export function Swatch({ colour }: { colour: string | null }) {
  if (!colour) return null;
  return (
    <svg class="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="15" height="15" fill={colour} stroke="#1b1f24" />
    </svg>
  );
}

/**
 * Arrivals by category (rows) and day (columns) against the approved on-site registrations. The section carries
 * the address it is read from, so public/js/checkin.js can refresh it in place; without JavaScript a link reloads.
 */
export function CountsTable({
  i18n,
  event,
  counts,
  headingLevel = 2,
  refreshHref,
}: {
  i18n: I18n;
  event: ForumEvent;
  counts: LiveCounts;
  headingLevel?: 1 | 2;
  refreshHref: string;
}) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const title =
    headingLevel === 1 ? i18n.t("checkin.counts.pageTitle", { event: event.title }) : i18n.t("checkin.counts.title");
  const dayLabel = (day: string) =>
    day === counts.today ? i18n.t("checkin.counts.today", { day: shortDay(i18n, day) }) : shortDay(i18n, day);
  return (
    <section
      class="checkin-counts"
      id="checkin-counts"
      data-refresh-url={`/forum/${event.slug}/checkin/counts`}
      data-auto-on={i18n.t("checkin.counts.autoOn")}
      data-auto-off={i18n.t("checkin.counts.autoOff")}
    >
      <Heading id="checkin-counts-title">{title}</Heading>
      <p class="muted">
        <span id="checkin-counts-time">
          {i18n.t("checkin.counts.updated", {
            time: clockTime(i18n, counts.countedAt, event.timeZone),
            zone: i18n.ltr(event.timeZone),
          })}
        </span>{" "}
        <a href={refreshHref}>{i18n.t("checkin.counts.refresh")}</a>
      </p>
      {/* Focusable so that a keyboard can scroll it sideways on a narrow screen. */}
      <section class="table-scroll" tabindex={0} aria-labelledby="checkin-counts-title">
        <table class="data-table checkin-counts__table">
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t("checkin.counts.category")}</th>
              <th scope="col">{i18n.t("checkin.counts.expected")}</th>
              {counts.days.map((day) => (
                <th scope="col" class={day === counts.today ? "checkin-counts__today" : undefined}>
                  {dayLabel(day)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {counts.rows.map((row) => (
              <tr>
                <th scope="row">
                  <Swatch colour={row.colour} /> {row.name ?? i18n.t("checkin.noCategory")}
                </th>
                <td>{i18n.number(row.expected)}</td>
                {counts.days.map((day) => (
                  <td class={day === counts.today ? "checkin-counts__today" : undefined}>
                    {i18n.number(row.perDay[day] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{i18n.t("checkin.counts.total")}</th>
              <td>{i18n.number(counts.expected)}</td>
              {counts.days.map((day) => (
                <td class={day === counts.today ? "checkin-counts__today" : undefined}>
                  {i18n.number(counts.perDay[day] ?? 0)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </section>
    </section>
  );
}

/** The organisers' page: only the counts, refreshed in place every 30 seconds where JavaScript runs. */
export function CountsPage({
  ctx,
  event,
  counts,
  checkinHref,
}: {
  ctx: PageContext;
  event: ForumEvent;
  counts: LiveCounts;
  checkinHref: string | null;
}) {
  const { i18n } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={i18n.t("checkin.counts.pageTitle", { event: event.title })}
      breadcrumbs={[
        { href: "/forum", label: i18n.t("forum.title") },
        { href: `/forum/${event.slug}/programme`, label: event.title },
      ]}
    >
      <CountsTable
        i18n={i18n}
        event={event}
        counts={counts}
        headingLevel={1}
        refreshHref={`/forum/${event.slug}/checkin/counts`}
      />
      {checkinHref && (
        <p>
          <a href={checkinHref}>{i18n.t("checkin.page.link")}</a>
        </p>
      )}
      <script src="/static/js/checkin.js" defer />
    </Layout>
  );
}
