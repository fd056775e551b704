import type { I18n, MessageKey } from "../../../platform/i18n/i18n.ts";
import { dateTimeFormat, localIso, zoneName } from "../../../platform/time.ts";
import type { ForumEvent, ForumSession } from "../forum.service.ts";
import type { PersonRole } from "../forum.table.ts";

/** Session titles and descriptions are written in English for now (the programme's working language). */
export const SESSION_LANGUAGE = "en";

/** Zones offered beside the event's own: one or two per region of the world. Any IANA zone works in `?tz=`. */
export const VIEWER_ZONES = [
  "UTC",
  "America/Los_Angeles",
  "America/Mexico_City",
  "America/New_York",
  "America/Sao_Paulo",
  "Africa/Lagos",
  "Africa/Cairo",
  "Africa/Nairobi",
  "Europe/London",
  "Europe/Paris",
  "Europe/Moscow",
  "Asia/Riyadh",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Bangkok",
  "Asia/Shanghai",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Pacific/Auckland",
] as const;

const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

/** "14:00–18:00" in the zone; a session over midnight names both days. */
export function timeRange(i18n: I18n, start: string, end: string, zone: string): string {
  const sameDay =
    dateTimeFormat("en-CA", { timeZone: zone, dateStyle: "short" }).format(new Date(start)) ===
    dateTimeFormat("en-CA", { timeZone: zone, dateStyle: "short" }).format(new Date(end));
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { ...TIME, timeZone: zone }
    : { ...TIME, day: "numeric", month: "short", timeZone: zone };
  return dateTimeFormat(i18n.locale, options).formatRange(new Date(start), new Date(end));
}

/** "14:00" in the zone. */
export function clockTime(i18n: I18n, at: string, zone: string): string {
  return dateTimeFormat(i18n.locale, { ...TIME, timeZone: zone }).format(new Date(at));
}

/** "Wednesday 9 July 2025" for a YYYY-MM-DD day (a calendar date: no zone shifts it). */
export function dayLabel(i18n: I18n, day: string, style: "long" | "short" = "long"): string {
  const options: Intl.DateTimeFormatOptions =
    style === "long"
      ? { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }
      : { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" };
  return dateTimeFormat(i18n.locale, options).format(new Date(`${day}T12:00:00Z`));
}

/** "7–11 July 2025" */
export function dateRange(i18n: I18n, first: string, last: string): string {
  return dateTimeFormat(i18n.locale, { dateStyle: "long", timeZone: "UTC" }).formatRange(
    new Date(`${first}T12:00:00Z`),
    new Date(`${last}T12:00:00Z`),
  );
}

/** "Europe/Zurich (GMT+2)", for the zone choices. */
export function zoneChoiceLabel(i18n: I18n, zone: string, at: string): string {
  return `${zone} (${zoneName(i18n.locale, zone, at, "short")})`;
}

/** Where the times are from, and the viewer's zone beside them when one was chosen. */
export function ZoneNote({ i18n, event, tz, at }: { i18n: I18n; event: ForumEvent; tz?: string; at: string }) {
  return (
    <p class="zone-note">
      {i18n.t("forum.times.zone", {
        zone: i18n.ltr(event.timeZone),
        name: zoneName(i18n.locale, event.timeZone, at),
      })}
      {tz && <> {i18n.t("forum.times.viewer", { zone: i18n.ltr(tz), name: zoneName(i18n.locale, tz, at) })}</>}
    </p>
  );
}

/** The session's time in the event's zone, then, when chosen, in the viewer's. */
export function SessionWhen({
  i18n,
  session,
  event,
  tz,
}: {
  i18n: I18n;
  session: ForumSession;
  event: ForumEvent;
  tz?: string;
}) {
  return (
    <span class="session__when">
      <time datetime={localIso(session.startsAt, event.timeZone)}>
        {timeRange(i18n, session.startsAt, session.endsAt, event.timeZone)}
      </time>{" "}
      <span class="muted">{zoneName(i18n.locale, event.timeZone, session.startsAt, "short")}</span>
      {tz && (
        <span class="session__viewer-time">
          {" · "}
          {i18n.t("forum.session.inZone", {
            time: timeRange(i18n, session.startsAt, session.endsAt, tz),
            zone: i18n.ltr(tz),
          })}
        </span>
      )}
    </span>
  );
}

/**
 * Type · track · room · host, and "changed" when a published session changed. A list grouped by track or by room
 * leaves out what its heading already says.
 */
export function SessionFacts({ i18n, session, omit }: { i18n: I18n; session: ForumSession; omit?: "track" | "room" }) {
  const facts = [
    session.type.name,
    omit === "track" ? undefined : session.track?.name,
    omit === "room" ? undefined : session.room?.name,
  ].filter(Boolean) as string[];
  return (
    <p class="session__facts">
      {facts.join(" · ")}
      {session.host && (
        <>
          {" · "}
          {i18n.t("forum.session.hostedBy", { partner: session.host.name })}
        </>
      )}
      {session.changedAt && (
        <>
          {" "}
          <span class="state state--changed">
            {i18n.t("forum.session.changed", { date: i18n.date(session.changedAt, { dateStyle: "medium" }) })}
          </span>
        </>
      )}
    </p>
  );
}

export { ROLE_ORDER } from "../forum.service.ts";
export const roleLabel = (i18n: I18n, role: PersonRole) => i18n.t(`forum.role.${role}` as MessageKey);
/** "Moderator, Speaker": one person's roles, in the singular. */
export const rolesOfOne = (i18n: I18n, roles: PersonRole[]) =>
  i18n.list(
    roles.map((role) => i18n.t(`forum.speaker.role.${role}` as MessageKey)),
    "unit",
  );
