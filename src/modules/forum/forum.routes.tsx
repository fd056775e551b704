import { Hono } from "hono";
import type { Config } from "../../config.ts";
import type { Actor } from "../../platform/auth/policy.ts";
import type { AppContext, AppEnv } from "../../platform/http/env.ts";
import { errors } from "../../platform/http/errors.ts";
import { pageContext, renderPage } from "../../platform/views/page.ts";
import type { ReferenceService } from "../../reference/reference.service.ts";
import type { AgendaService } from "./agenda/agenda.service.ts";
import { sessionJsonLd, sessionsCalendar, speakerJsonLd } from "./forum.presenter.ts";
import { isFiltered, parseProgrammePage, parseProgrammeParams } from "./forum.query.ts";
import type { ForumEvent, ForumService } from "./forum.service.ts";
import { AgendaButton } from "./views/agenda-parts.tsx";
import { ForumHomePage } from "./views/forum-home.tsx";
import { PartnersPage } from "./views/partners-page.tsx";
import { ProgrammePage } from "./views/programme-page.tsx";
import { SessionPage } from "./views/session-page.tsx";
import { SpeakerPage, SpeakersPage } from "./views/speaker-pages.tsx";

const ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const SLUG = "[a-z0-9][a-z0-9-]{0,79}";

/**
 * The public Forum pages: editions, the programme by day, by track and by room, sessions, speakers, partners, and
 * their iCalendar feeds.
 */
export function forumPages(deps: {
  forum: ForumService;
  reference: ReferenceService;
  config: Config;
  agenda?: AgendaService;
  /** Whether the reader holds a valid registration for the event (remote-participation links are theirs). */
  participates?: (actor: Actor | null, eventId: string) => Promise<boolean>;
}) {
  const { forum, reference, config, agenda, participates } = deps;

  /** "Add to my agenda" for each of these sessions, returning to this page. */
  async function agendaButtons(c: AppContext, sessions: { id: string; title: string }[], offerSignIn = false) {
    const actor = c.get("actor");
    if (!agenda || (!actor && !offerSignIn)) return undefined;
    const kept = await agenda.kept(
      actor,
      sessions.map((s) => s.id),
    );
    const url = new URL(c.req.url);
    const back = `${url.pathname}${url.search}`;
    return (s: { id: string; title: string }) => (
      <AgendaButton
        i18n={c.get("i18n")}
        signedIn={actor !== null}
        sessionId={s.id}
        title={s.title}
        kept={kept.has(s.id)}
        back={back}
      />
    );
  }

  async function eventOf(c: AppContext): Promise<ForumEvent> {
    const event = await forum.event(c.req.param("slug") ?? "", c.get("i18n").locale);
    if (!event) throw errors.notFound("No published Forum edition here");
    return event;
  }

  function params(c: AppContext) {
    const parsed = parseProgrammeParams(c.req.url);
    if (!parsed.ok) throw errors.invalidInput(parsed.field, parsed.message);
    return parsed.params;
  }

  function calendar(c: AppContext, body: string, filename: string) {
    return c.body(body, 200, {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${filename}"`,
      "Cache-Control": "public, max-age=300",
    });
  }

  return new Hono<AppEnv>()
    .get("/forum", async (c) => {
      const locale = c.get("i18n").locale;
      const [featured, events] = await Promise.all([forum.featured(locale), forum.events(locale)]);
      return renderPage(c, <ForumHomePage ctx={pageContext(c)} featured={featured} events={events} />);
    })
    .get(`/forum/:slug{${SLUG}}/programme.ics`, async (c) => {
      const event = await eventOf(c);
      const p = params(c);
      const { sessions } = await forum.programme(
        event,
        { ...p, day: p.day === "all" ? undefined : p.day },
        c.get("i18n").locale,
      );
      return calendar(c, sessionsCalendar(event, sessions, config.baseUrl, event.title), `${event.slug}.ics`);
    })
    .get(`/forum/:slug{${SLUG}}/programme`, async (c) => {
      const event = await eventOf(c);
      // What the page cannot use (a day outside the event, a code it does not know) is left out and said.
      const { params: p, trimmed, ignored } = parseProgrammePage(c.req.url);
      const i18n = c.get("i18n");
      if (p.day && p.day !== "all" && !event.days.includes(p.day)) {
        p.day = undefined;
        ignored.push("day");
      }
      const notices = [
        ...(trimmed ? [i18n.t("list.queryTrimmed", { max: trimmed })] : []),
        ...(ignored.length ? [i18n.t("list.filterIgnored", { fields: i18n.list(ignored) })] : []),
      ];
      if (p.tz === event.timeZone) p.tz = undefined;
      if (p.view === "day") p.view = undefined;
      // By day: one day at a time; every day when asked, or when a filter is set and no day was chosen. By track
      // or by room: every day unless one was chosen, since those lists are read (and printed) across the event.
      const shownDay =
        p.day === "all" ? undefined : (p.day ?? (isFiltered(p) || p.view ? undefined : forum.defaultDay(event)));
      const [programme, vocabularies, rooms, lines] = await Promise.all([
        forum.programme(event, { ...p, day: shownDay }, i18n.locale),
        forum.vocabularies(event, i18n.locale),
        forum.rooms(event),
        reference.actionLines(i18n.locale),
      ]);
      return renderPage(
        c,
        <ProgrammePage
          ctx={pageContext(c)}
          event={event}
          params={p}
          notices={notices}
          shownDay={shownDay}
          sessions={programme.sessions}
          dayCounts={programme.dayCounts}
          agendaButton={await agendaButtons(c, programme.sessions)}
          choices={{
            ...vocabularies,
            rooms,
            actionLines: lines.filter((l) => l.kind === "line").map((l) => ({ code: l.code, title: l.title })),
          }}
        />,
      );
    })
    .get(`/forum/:slug{${SLUG}}/sessions/:file{${ID}\\.ics}`, async (c) => {
      const event = await eventOf(c);
      const id = c.req.param("file").replace(/\.ics$/, "");
      const session = await forum.session(event, id, c.get("i18n").locale);
      if (!session) throw errors.notFound("No published session here");
      return calendar(c, sessionsCalendar(event, [session], config.baseUrl, session.title), `${id}.ics`);
    })
    .get(`/forum/:slug{${SLUG}}/sessions/:id{${ID}}`, async (c) => {
      const event = await eventOf(c);
      const i18n = c.get("i18n");
      const session = await forum.session(event, c.req.param("id"), i18n.locale);
      if (!session) throw errors.notFound("No published session here");
      const { tz } = params(c);
      const [lines, sdgs] = await Promise.all([reference.actionLines(i18n.locale), reference.sdgs(i18n.locale)]);
      const names = {
        actionLine: (code: string) => {
          const line = lines.find((l) => l.code === code);
          return line ? `${i18n.ltr(code)} ${line.title}` : code;
        },
        sdg: (n: number) =>
          `${i18n.t("forum.session.sdg", { number: n })} ${sdgs.find((g) => g.number === n)?.shortTitle ?? ""}`,
      };
      return renderPage(
        c,
        <SessionPage
          ctx={pageContext(c)}
          event={event}
          session={session}
          names={names}
          tz={tz === event.timeZone ? undefined : tz}
          jsonLd={sessionJsonLd(event, session, config.baseUrl)}
          agendaButton={(await agendaButtons(c, [session], true))?.(session)}
          participant={session.remoteUrl !== null && (await participates?.(c.get("actor"), event.id)) === true}
        />,
      );
    })
    .get(`/forum/:slug{${SLUG}}/speakers`, async (c) => {
      const event = await eventOf(c);
      const speakers = await forum.speakers(event, c.get("i18n").locale);
      return renderPage(c, <SpeakersPage ctx={pageContext(c)} event={event} speakers={speakers} />);
    })
    .get(`/forum/:slug{${SLUG}}/speakers/:id{${ID}}`, async (c) => {
      const event = await eventOf(c);
      // Only a person named in a published session of this edition has a page here.
      const speaker = await forum.speaker(event, c.req.param("id"), c.get("i18n").locale);
      if (!speaker) throw errors.notFound("No published session of this edition names this person");
      const { tz } = params(c);
      return renderPage(
        c,
        <SpeakerPage
          ctx={pageContext(c)}
          event={event}
          speaker={speaker}
          tz={tz === event.timeZone ? undefined : tz}
          jsonLd={speakerJsonLd(event, speaker, config.baseUrl)}
        />,
      );
    })
    .get(`/forum/:slug{${SLUG}}/partners`, async (c) => {
      const event = await eventOf(c);
      const tiers = await forum.partners(event, c.get("i18n").locale);
      return renderPage(c, <PartnersPage ctx={pageContext(c)} event={event} tiers={tiers} />);
    });
}
