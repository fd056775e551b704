import { can } from "../../../platform/auth/policy.ts";
import type { MessageKey } from "../../../platform/i18n/i18n.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import type { ForumEvent } from "../forum.service.ts";
import { dateRange } from "./parts.tsx";

export function ForumHomePage({
  ctx,
  featured,
  events,
}: {
  ctx: PageContext;
  featured: { event: ForumEvent; when: "current" | "next" | "past" } | null;
  events: ForumEvent[];
}) {
  const { i18n } = ctx;
  const title = i18n.t("forum.title");
  const others = events.filter((e) => e.id !== featured?.event.id);
  return (
    <Layout ctx={ctx} title={title} description={i18n.t("forum.intro")} alternateJson="/api/v1/events">
      <h1>{title}</h1>
      <p class="lead">{i18n.t("forum.intro")}</p>
      {featured ? (
        <section aria-labelledby="featured" class="card forum-featured">
          <p class="state">{i18n.t(`forum.${featured.when}` as MessageKey)}</p>
          <h2 id="featured">
            <a href={`/forum/${featured.event.slug}/programme`}>{featured.event.title}</a>
          </h2>
          <EventFacts ctx={ctx} event={featured.event} />
          <EventLinks ctx={ctx} event={featured.event} />
        </section>
      ) : (
        <p>{i18n.t("forum.none")}</p>
      )}
      {others.length > 0 && (
        <section aria-labelledby="editions">
          <h2 id="editions">{i18n.t("forum.editions")}</h2>
          <ul class="link-list">
            {others.map((e) => (
              <li>
                <a href={`/forum/${e.slug}/programme`}>{e.title}</a>
                <p class="muted">
                  {dateRange(i18n, e.startsOn, e.endsOn)} · {e.venue}, {e.city}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}

export function EventFacts({ ctx, event }: { ctx: PageContext; event: ForumEvent }) {
  const { i18n } = ctx;
  const country = event.countryCode ? i18n.country(event.countryCode) : undefined;
  return (
    <dl class="facts">
      <dt>{i18n.t("forum.event.dates")}</dt>
      <dd>{dateRange(i18n, event.startsOn, event.endsOn)}</dd>
      <dt>{i18n.t("forum.event.venue")}</dt>
      <dd>{[event.venue, event.city, country].filter(Boolean).join(", ")}</dd>
      <dt>{i18n.t("forum.event.timeZone")}</dt>
      <dd>{i18n.ltr(event.timeZone)}</dd>
    </dl>
  );
}

export function EventLinks({ ctx, event }: { ctx: PageContext; event: ForumEvent }) {
  const { i18n } = ctx;
  return (
    <ul class="inline-list forum-links">
      <li>
        <a href={`/forum/${event.slug}/programme`}>{i18n.t("forum.programmeLink")}</a>
      </li>
      <li>
        <a href={`/forum/${event.slug}/speakers`}>{i18n.t("forum.speakersLink")}</a>
      </li>
      <li>
        <a href={`/forum/${event.slug}/partners`}>{i18n.t("forum.partnersLink")}</a>
      </li>
      {!event.over && (
        <li>
          <a href={`/forum/${event.slug}/call`}>{i18n.t("forumProposals.callLink")}</a>
        </li>
      )}
      <li>
        <a href={`/forum/${event.slug}/programme.ics`} type="text/calendar">
          {i18n.t("forum.calendarLink")}
        </a>
      </li>
      <li>
        <a href={`/api/v1/events/${event.id}/sessions`} type="application/json">
          {i18n.t("forum.apiLink")}
        </a>
      </li>
      {ctx.actor && (
        <li>
          <a href="/forum/agenda">{i18n.t("forumAgenda.link")}</a>
        </li>
      )}
      {can(ctx.actor, "forum.organize") && (
        <li>
          <a href={`/forum/${event.slug}/organize`}>{i18n.t("forumOrganize.link")}</a>
        </li>
      )}
      {!event.over && (
        <li>
          <a href={`/forum/${event.slug}/register`}>{i18n.t("registration.link.register")}</a>
        </li>
      )}
      {can(ctx.actor, "registration.viewQueue") && (
        <li>
          <a href={`/forum/${event.slug}/accreditation`}>{i18n.t("registration.link.accreditation")}</a>
        </li>
      )}
      {can(ctx.actor, "registration.viewAll") && (
        <li>
          <a href={`/forum/${event.slug}/registrations`}>{i18n.t("registration.link.registrations")}</a>
        </li>
      )}
    </ul>
  );
}
