import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { ForumEvent, PartnerTier } from "../forum.service.ts";
import { dayLabel, SESSION_LANGUAGE, timeRange } from "./parts.tsx";

export function PartnersPage({ ctx, event, tiers }: { ctx: PageContext; event: ForumEvent; tiers: PartnerTier[] }) {
  const { i18n } = ctx;
  const title = i18n.t("forum.partners.title", { event: event.title });
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[
        { href: "/forum", label: i18n.t("forum.title") },
        { href: `/forum/${event.slug}/programme`, label: event.title },
      ]}
    >
      <h1>{title}</h1>
      <p class="lead">{i18n.t("forum.partners.intro")}</p>
      {tiers.length === 0 && <p>{i18n.t("forum.partners.none")}</p>}
      {tiers.map((tier) => (
        <section aria-labelledby={`tier-${tier.code || "other"}`} class="partner-tier">
          <h2 id={`tier-${tier.code || "other"}`}>{tier.name || i18n.t("forum.partners.other")}</h2>
          <ul class="partner-list">
            {tier.partners.map((p) => (
              <li id={`partner-${p.id}`} class="card">
                <h3>
                  <bdi>{p.name}</bdi>
                </h3>
                {p.logoUrl && <img src={p.logoUrl} alt={p.name} class="partner-logo" />}
                {p.website && (
                  <p>
                    <a href={p.website} rel="external">
                      {i18n.t("forum.partners.website", { partner: p.name })}
                    </a>
                  </p>
                )}
                {p.sessions.length > 0 ? (
                  <>
                    <h4>{i18n.t("forum.partners.hosts")}</h4>
                    <ul>
                      {p.sessions.map((s) => (
                        <li>
                          <a href={`/forum/${event.slug}/sessions/${s.id}`} lang={SESSION_LANGUAGE} dir="auto">
                            {s.title}
                          </a>{" "}
                          <span class="muted">
                            {dayLabel(i18n, s.day, "short")}, {timeRange(i18n, s.startsAt, s.endsAt, event.timeZone)}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p class="muted">{i18n.t("forum.partners.noSessions")}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
