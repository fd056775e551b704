import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { accountPages } from "./modules/accounts/accounts.routes.tsx";
import { createAccountService } from "./modules/accounts/accounts.service.ts";
import { createSessionResolver } from "./modules/accounts/accounts.sessions.ts";
import { createRoleService } from "./modules/accounts/roles.service.ts";
import { actionLineApi } from "./modules/action-lines/action-lines.api.ts";
import { actionLinePages } from "./modules/action-lines/action-lines.routes.tsx";
import { adminPages } from "./modules/admin/admin.routes.tsx";
import { forumAgendaPages } from "./modules/forum/agenda/agenda.routes.tsx";
import { createAgendaService } from "./modules/forum/agenda/agenda.service.ts";
import { forumApi } from "./modules/forum/forum.api.ts";
import { forumPages } from "./modules/forum/forum.routes.tsx";
import { createForumService } from "./modules/forum/forum.service.ts";
import { forumOrganizePages } from "./modules/forum/organize/organize.routes.tsx";
import { createForumOrganizer } from "./modules/forum/organize/organize.service.ts";
import { proposalPages } from "./modules/forum/proposals/proposals.routes.tsx";
import { createProposalService } from "./modules/forum/proposals/proposals.service.ts";
import { homePages } from "./modules/home/home.routes.tsx";
import { legalPages } from "./modules/legal/legal.routes.tsx";
import { measuringApi } from "./modules/measuring/measuring.api.ts";
import { measuringPages } from "./modules/measuring/measuring.routes.tsx";
import { createMeasuringService } from "./modules/measuring/measuring.service.ts";
import { organizationPages } from "./modules/organizations/organizations.routes.tsx";
import { createOrganizationService } from "./modules/organizations/organizations.service.ts";
import { badgePages } from "./modules/registration/badge/badge.routes.tsx";
import { createBadgeService } from "./modules/registration/badge/badge.service.ts";
import { checkinPages } from "./modules/registration/checkin/checkin.routes.tsx";
import { createCheckinService } from "./modules/registration/checkin/checkin.service.ts";
import { registrationLetterPages } from "./modules/registration/letter/letter.routes.tsx";
import { createLetterService } from "./modules/registration/letter/letter.service.ts";
import { registrationPages } from "./modules/registration/registration.routes.tsx";
import { REGISTER_BODY_LIMIT, REGISTER_PATH } from "./modules/registration/registration.schema.ts";
import { createRegistrationService } from "./modules/registration/registration.service.ts";
import { createStocktakingSearch } from "./modules/stocktaking/search/search.ts";
import { stocktakingApi } from "./modules/stocktaking/stocktaking.api.ts";
import { stocktakingPages } from "./modules/stocktaking/stocktaking.routes.tsx";
import { createStocktakingService } from "./modules/stocktaking/stocktaking.service.ts";
import { stocktakingStatisticsApi } from "./modules/stocktaking/stocktaking.statistics.api.ts";
import { stocktakingStatisticsPages } from "./modules/stocktaking/stocktaking.statistics.routes.tsx";
import { createStocktakingStatistics } from "./modules/stocktaking/stocktaking.statistics.ts";
import type { PersonalDataSource } from "./platform/auth/personal-data.ts";
import { setUpSession } from "./platform/auth/session.ts";
import { compressResponses } from "./platform/http/compress.ts";
import type { AppDeps, AppEnv } from "./platform/http/env.ts";
import { setUpErrorHandling } from "./platform/http/error-handler.tsx";
import { setUpHealthCheck } from "./platform/http/health.ts";
import { setUpInputGuards } from "./platform/http/input-guard.ts";
import { setUpLocale, setUpRequestGuards, setUpRequestLog, setUpSecurityHeaders } from "./platform/http/middleware.ts";
import { apiRouter } from "./platform/http/openapi.ts";
import { createReferenceService } from "./reference/reference.service.ts";

const PUBLIC_DIR = path.relative(process.cwd(), fileURLToPath(new URL("../public", import.meta.url))) || ".";

/** The composition root: every middleware and module router, wired from the dependencies given. */
export function createApp(deps: AppDeps) {
  const { config, db, logger, mailer, clock } = deps;
  const reference = createReferenceService(db);
  // Each module that keeps something about a person adds its part of the person's data download.
  const personalData: PersonalDataSource[] = [];
  const accounts = createAccountService({ db, mailer, config, clock, personalData, logger });
  const organizations = createOrganizationService({ db, mailer, config, clock, accounts });
  const roles = createRoleService({
    db,
    clock,
    // A facilitator covers an Action Line; an expert covers one of the 18 prize categories.
    validScope: async (role, scope) =>
      role === "facilitator"
        ? (await reference.actionLine(scope, "en"))?.kind === "line"
        : role === "expert"
          ? /^([1-9]|1[0-8])$/.test(scope)
          : scope === "",
  });
  const search = createStocktakingSearch(db, deps.dialect, { recentMatches: config.searchRecentMatches });
  const stocktaking = createStocktakingService({ db, search, mailer, config, clock });
  const statistics = createStocktakingStatistics({ search, reference });
  const forum = createForumService({ db, clock });
  const measuring = createMeasuringService({ db, clock });
  const proposals = createProposalService({ db, mailer, config, clock });
  const organizer = createForumOrganizer({ db, clock, dialect: deps.dialect, mailer, baseUrl: config.baseUrl });
  const agenda = createAgendaService({ db, clock, forum, baseUrl: config.baseUrl });
  const letters = createLetterService({ db, forum, config, clock, logger });
  const registrations = createRegistrationService({ db, mailer, config, clock, organizations, reference });
  personalData.push(
    organizations.personalData,
    stocktaking.personalData,
    proposals.personalData,
    agenda.personalData,
    registrations.personalData,
  );
  const checkin = createCheckinService({
    db,
    clock,
    sessionSecret: config.sessionSecret,
    forum,
    opensDaysBefore: config.checkinOpensDaysBefore,
  });
  const badges = createBadgeService({ db, clock, sessionSecret: config.sessionSecret, forum, logger });
  const app = new Hono<AppEnv>();

  setUpRequestLog(app, logger);
  setUpSecurityHeaders(app, config);
  app.use(compressResponses());

  // Static files and the health check come before sessions: they need no person and no database session.
  app.use("/static/*", async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set("Cache-Control", "public, max-age=3600");
  });
  app.use("/static/*", serveStatic({ root: PUBLIC_DIR, rewriteRequestPath: (p) => p.replace(/^\/static/, "") }));
  // Browsers ask for /favicon.ico on their own, whatever the page links.
  app.get("/favicon.ico", async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set("Cache-Control", "public, max-age=86400");
  });
  app.get("/favicon.ico", serveStatic({ path: path.join(PUBLIC_DIR, "favicon.ico") }));

  setUpHealthCheck(app, db, logger);

  setUpSession(app, config, createSessionResolver(db, organizations.focalPointsOf), clock);
  setUpLocale(app, config);
  // After the session and the language, so a body refused as too large is refused in the reader's language, signed
  // in. The registration form carries a badge photo: its body may be larger than other forms'.
  setUpRequestGuards(app, config, [{ path: REGISTER_PATH, maxSize: REGISTER_BODY_LIMIT }]);
  // Control characters, unreadable forms and too many fields refused in the reader's language, before any route.
  setUpInputGuards(app);

  app.route("/", homePages());
  app.route("/", measuringPages(measuring));
  app.route(
    "/",
    legalPages({ contactEmail: config.contactEmail, passportRetentionDays: config.passportRetentionDays }),
  );
  app.route("/", actionLinePages(reference, stocktaking, measuring));
  app.route("/", accountPages({ accounts, affiliationsOf: organizations.membershipsOf, reference, config }));
  app.route(
    "/",
    organizationPages({
      organizations,
      reference,
      config,
      stocktakingEntries: (name) => stocktaking.publishedOfOrganization(name),
    }),
  );
  app.route("/", stocktakingStatisticsPages(statistics));
  app.route(
    "/",
    stocktakingPages({
      stocktaking,
      search,
      reference,
      config,
      organizationPage: async (name) => {
        const id = await organizations.idByName(name);
        return id ? `/organizations/${id}` : null;
      },
    }),
  );
  // The agenda before any /forum/{slug} page, so "agenda" is never taken for an edition.
  app.route("/", forumAgendaPages({ agenda, config }));
  // E-confirmation letters (/forum/registrations/{id}/letter.pdf) and the public /verify page.
  app.route("/", registrationLetterPages({ letters, clock }));
  // Check-in and badges (accreditation staff) before any /forum/{slug} page as well.
  app.route("/", checkinPages({ checkin }));
  app.route("/", badgePages({ badges }));
  // Registration (/forum/registrations/…) before any /forum/{slug} page as well.
  app.route(
    "/",
    registrationPages({
      registrations,
      reference,
      remoteSessions: async (eventId, locale) => {
        const event = await forum.event(eventId, locale);
        if (!event) return [];
        const { sessions } = await forum.programme(event, {}, locale);
        return sessions.flatMap((s) =>
          s.remoteUrl
            ? [
                {
                  title: s.title,
                  path: `/forum/${event.slug}/sessions/${s.id}`,
                  startsAt: s.startsAt,
                  endsAt: s.endsAt,
                  remoteUrl: s.remoteUrl,
                },
              ]
            : [],
        );
      },
    }),
  );
  app.route("/", forumOrganizePages({ organizer, reference }));
  app.route("/", proposalPages({ proposals, forum, reference }));
  app.route(
    "/",
    forumPages({
      forum,
      reference,
      config,
      agenda,
      participates: (actor, id) => registrations.participates(actor, id),
    }),
  );
  app.route(
    "/",
    adminPages({
      roles,
      reference,
      db,
      mailer,
      config,
      clock,
      queues: { stocktaking, organizations, forum, proposals, organizer, registrations },
    }),
  );

  const api = apiRouter();
  api.route("/v1", actionLineApi(reference));
  api.route("/v1", stocktakingStatisticsApi(statistics));
  api.route("/v1", stocktakingApi({ search, stocktaking, baseUrl: config.baseUrl }));
  api.route("/v1", forumApi({ forum, baseUrl: config.baseUrl }));
  api.route("/v1", measuringApi(measuring));
  api.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "WSIS Platform API",
      version: "1.0.0",
      description:
        "Open data of the World Summit on the Information Society process: the WSIS Action Lines, the SDGs and " +
        "the WSIS–SDG matrix, WSIS Stocktaking and the WSIS Forum programme. Every list is public; titles follow the `lang` parameter (ar, en, es, fr, ru, zh).",
      license: { name: "MIT", url: "https://opensource.org/license/mit" },
    },
    servers: [{ url: `${config.baseUrl}/api` }],
  });
  app.route("/api", api);

  setUpErrorHandling(app, config, logger);
  return app;
}

export type App = ReturnType<typeof createApp>;
