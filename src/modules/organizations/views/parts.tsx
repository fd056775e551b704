import type { I18n, MessageKey } from "../../../platform/i18n/i18n.ts";

export const organizationHref = (id: string) => `/organizations/${encodeURIComponent(id)}`;

export const listCrumbs = (i18n: I18n) => [{ href: "/organizations", label: i18n.t("org.list.title") }];

/** "Focal point", "Member", "Request waiting" or "Request not approved". */
export function membershipLabel(i18n: I18n, membership: { status: string; isFocalPoint: boolean }): string {
  if (membership.status === "approved" && membership.isFocalPoint) return i18n.t("org.status.focalPoint");
  return i18n.t(`org.status.${membership.status}` as MessageKey);
}

/** What a redirect after a successful form says on the page it lands on. */
const DONE = new Map<string, MessageKey>([
  ["created", "org.done.created"],
  ["requested", "org.done.requested"],
  ["approved", "org.done.approved"],
  ["rejected", "org.done.rejected"],
  ["appointed", "org.done.appointed"],
  ["removed", "org.done.removed"],
  ["left", "org.done.left"],
  ["verified", "org.done.verified"],
  ["unverified", "org.done.unverified"],
]);

export function doneNotice(i18n: I18n, done: string | undefined): string | undefined {
  const key = done ? DONE.get(done) : undefined;
  return key ? i18n.t(key) : undefined;
}

export function Notice({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <p class="notice" role="status">
      {text}
    </p>
  );
}

/** "✓ Verified" or "! Not verified": words and a symbol as well as the colour. */
export function VerificationTag({ i18n, verified }: { i18n: I18n; verified: boolean }) {
  return (
    <span class={`verified-tag verified-tag--${verified ? "yes" : "no"}`}>
      <span aria-hidden="true">{verified ? "✓ " : "! "}</span>
      {i18n.t(verified ? "org.verification.verified" : "org.verification.unverified")}
    </span>
  );
}
