import type { I18n } from "../../../platform/i18n/i18n.ts";
import { PostForm } from "../../../platform/views/forms.tsx";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { ForumEvent } from "../../forum/forum.service.ts";
import type { BadgeHolder, CheckinOutcome, LiveCounts } from "../checkin/checkin.service.ts";
import { CountsTable, clockTime, Swatch } from "./checkin-counts.tsx";

/** What happened to the code just typed or scanned; "empty" when nothing was typed. */
export type CheckinResult = CheckinOutcome | { kind: "empty" };

/** The one sentence that says the outcome, in the reader's language. */
export function outcomeMessage(i18n: I18n, event: ForumEvent, result: CheckinResult): string {
  switch (result.kind) {
    case "arrived":
      return i18n.t("checkin.arrived.body", {
        name: result.holder.name,
        time: clockTime(i18n, result.at, event.timeZone),
      });
    case "empty":
      return i18n.t("checkin.error.empty");
    case "invalid":
      return i18n.t("checkin.error.invalid");
    case "revoked":
      return i18n.t("checkin.error.revoked");
    case "wrongEvent":
      return result.eventTitle
        ? i18n.t("checkin.error.wrongEvent", { event: result.eventTitle })
        : i18n.t("checkin.error.wrongEventUnknown");
    case "notApproved":
      if (result.virtual) return i18n.t("checkin.error.virtual");
      if (result.state === "cancelled") return i18n.t("checkin.error.cancelled");
      if (result.state === "rejected") return i18n.t("checkin.error.rejected");
      return i18n.t("checkin.error.notApproved");
    case "already":
      return i18n.t("checkin.error.already", {
        name: result.holder.name,
        time: clockTime(i18n, result.at, event.timeZone),
      });
    case "notOpen":
      return result.early
        ? i18n.t("checkin.error.notOpenYet", { date: checkinDay(i18n, result.opensOn) })
        : i18n.t("checkin.error.closed", { date: checkinDay(i18n, result.endsOn) });
  }
}

/** A day of the check-in window (YYYY-MM-DD in the event's zone), as a long date in the reader's language. */
function checkinDay(i18n: I18n, date: string): string {
  return i18n.date(`${date}T12:00:00Z`, { dateStyle: "long", timeZone: "UTC" });
}

function Holder({ i18n, holder }: { i18n: I18n; holder: BadgeHolder }) {
  return (
    <div class="checkin-holder">
      {holder.photoUrl ? (
        <img
          class="checkin-holder__photo"
          src={holder.photoUrl}
          alt={i18n.t("checkin.photoAlt", { name: holder.name })}
          width="180"
          height="240"
        />
      ) : (
        <p class="checkin-holder__nophoto">{i18n.t("checkin.noPhoto")}</p>
      )}
      <dl class="facts checkin-holder__facts">
        <dt>{i18n.t("checkin.name")}</dt>
        <dd>
          <bdi>{holder.name}</bdi>
        </dd>
        <dt>{i18n.t("checkin.organization")}</dt>
        <dd>
          <bdi>{holder.organization}</bdi>
        </dd>
        <dt>{i18n.t("checkin.category")}</dt>
        <dd>
          {holder.category ? (
            <>
              <Swatch colour={holder.category.colour} /> {holder.category.name}
            </>
          ) : (
            i18n.t("checkin.noCategory")
          )}
        </dd>
      </dl>
    </div>
  );
}

function Outcome({ i18n, event, result }: { i18n: I18n; event: ForumEvent; result: CheckinResult }) {
  const ok = result.kind === "arrived";
  const holder = "holder" in result ? result.holder : null;
  return (
    <div
      class={ok ? "checkin-result checkin-result--ok" : "checkin-result checkin-result--refused"}
      role={ok ? "status" : "alert"}
    >
      <h2>{ok ? i18n.t("checkin.arrived.title") : i18n.t("checkin.refused.title")}</h2>
      <p id="checkin-outcome" class="checkin-result__message">
        {outcomeMessage(i18n, event, result)}
      </p>
      {ok && holder?.photoUrl && <p>{i18n.t("checkin.compare")}</p>}
      {holder && <Holder i18n={i18n} holder={holder} />}
    </div>
  );
}

/**
 * The staff check-in page, made for a phone: one big code field and button (a plain form that works without
 * JavaScript), a camera scanner that public/js/checkin.js reveals only where the browser has BarcodeDetector,
 * and the live counts.
 */
export function CheckinPage({
  ctx,
  event,
  result,
  typed,
  counts,
  badgesHref,
  window = null,
}: {
  ctx: PageContext;
  event: ForumEvent;
  result: CheckinResult | null;
  typed: string;
  counts: LiveCounts | null;
  badgesHref: string | null;
  /** The days check-in is open, when today is not one of them. */
  window?: { early: boolean; opensOn: string; endsOn: string } | null;
}) {
  const { i18n } = ctx;
  const base = `/forum/${event.slug}/checkin`;
  const title = i18n.t("checkin.title", { event: event.title });
  const pageTitle = result
    ? `${result.kind === "arrived" ? i18n.t("checkin.arrived.title") : i18n.t("checkin.refused.title")} · ${title}`
    : title;
  const invalid = result !== null && (result.kind === "invalid" || result.kind === "empty");
  const describedBy = ["code-hint", result ? "checkin-outcome" : ""].filter(Boolean).join(" ");
  return (
    <Layout
      ctx={ctx}
      title={pageTitle}
      breadcrumbs={[
        { href: "/forum", label: i18n.t("forum.title") },
        { href: `/forum/${event.slug}/programme`, label: event.title },
      ]}
    >
      <div class="checkin">
        <h1>{title}</h1>
        {window && (
          <p class="notice" role="status">
            {window.early
              ? i18n.t("checkin.window.opens", { date: checkinDay(i18n, window.opensOn) })
              : i18n.t("checkin.window.closed", { date: checkinDay(i18n, window.endsOn) })}
          </p>
        )}
        {result && <Outcome i18n={i18n} event={event} result={result} />}
        <PostForm action={base} class="checkin-form">
          <div class={invalid ? "field field--error" : "field"}>
            <label for="code">{i18n.t("checkin.code")}</label>
            <p class="hint" id="code-hint">
              {i18n.t("checkin.codeHint")}
            </p>
            <input
              id="code"
              name="code"
              type="text"
              class="checkin-form__code"
              value={result?.kind === "arrived" ? "" : typed}
              autocomplete="off"
              autocapitalize="characters"
              spellcheck={false}
              dir="ltr"
              maxlength={64}
              autofocus
              aria-invalid={invalid ? "true" : undefined}
              aria-describedby={describedBy}
            />
          </div>
          <button type="submit" class="checkin-form__submit">
            {i18n.t("checkin.submit")}
          </button>
        </PostForm>
        <section
          class="checkin-scan"
          id="checkin-scan"
          aria-labelledby="checkin-scan-title"
          hidden
          data-stop={i18n.t("checkin.scanStop")}
          data-start={i18n.t("checkin.scan")}
          data-unavailable={i18n.t("checkin.scanUnavailable")}
        >
          <h2 id="checkin-scan-title">{i18n.t("checkin.scanTitle")}</h2>
          <p class="hint">{i18n.t("checkin.scanHint")}</p>
          <button type="button" class="button--secondary checkin-scan__toggle" id="checkin-scan-toggle">
            {i18n.t("checkin.scan")}
          </button>
          <p id="checkin-scan-status" class="checkin-scan__status" role="status" />
          <video id="checkin-scan-video" class="checkin-scan__video" muted playsinline hidden />
        </section>
        {counts && <CountsTable i18n={i18n} event={event} counts={counts} refreshHref={base} />}
        <ul class="inline-list">
          <li>
            <a href={`${base}/counts`}>{i18n.t("checkin.counts.link")}</a>
          </li>
          {badgesHref && (
            <li>
              <a href={badgesHref}>{i18n.t("badges.link")}</a>
            </li>
          )}
        </ul>
      </div>
      <script src="/static/js/checkin.js" defer />
    </Layout>
  );
}
