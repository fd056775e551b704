import type { I18n, MessageKey } from "../../../platform/i18n/i18n.ts";
import { dateTimeFormat, zoneName } from "../../../platform/time.ts";
import type { RegistrationState } from "../registration.table.ts";

/** An instant as a day and time in the event's zone, with the zone's name, in the reader's language. */
export function eventTime(i18n: I18n, iso: string, zone: string): string {
  const at = dateTimeFormat(i18n.locale, {
    dateStyle: "long",
    timeStyle: "short",
    hourCycle: "h23",
    timeZone: zone,
  }).format(new Date(iso));
  return `${at} (${zoneName(i18n.locale, zone, iso)})`;
}

export function stateLabel(i18n: I18n, state: RegistrationState): string {
  return i18n.t(`registration.state.${state}` as MessageKey);
}

export function attendanceLabel(i18n: I18n, attendance: string): string {
  return i18n.t(attendance === "onsite" ? "registration.attendance.onsite" : "registration.attendance.virtual");
}

export function StateTag({ i18n, state }: { i18n: I18n; state: RegistrationState }) {
  return <span class={`state registration-state registration-state--${state}`}>{stateLabel(i18n, state)}</span>;
}
