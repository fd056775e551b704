import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { localDate, localTime } from "../../platform/time.ts";
import type { EditionSeed } from "./data/edition.ts";
import { WSIS_HLE_2025 } from "./data/wsis-hle-2025.ts";
import { draftEdition, dstEdition, SECRET_WORD } from "./forum.fixtures.ts";
import { EditionDataError, loadEdition, loadForumDemo } from "./forum.seed.ts";

interface SessionJson {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  localStart: string;
  day: string;
  type: { code: string; name: string };
  track: { code: string; name: string } | null;
  host: { id: string; name: string } | null;
  actionLines: string[];
  version: number;
  changedAt: string | null;
}

type Half = "breakfast" | "am" | "midday" | "pm" | "evening";

/** Where a session sits in a programme day, by its start in Geneva time. */
function half(startsAt: string): Half {
  const t = localTime(startsAt, "Europe/Zurich");
  if (t < "09:00") return "breakfast";
  if (t < "12:30") return "am";
  if (t < "14:00") return "midday";
  if (t < "18:00") return "pm";
  return "evening";
}

/**
 * The "Draft Agenda" table of the seed presentation, item by item: the day column and the row (AM or PM) it is
 * in, with the lunches and the breakfast of the AM cells at midday and before nine, and the receptions, the
 * party and the dinner of the PM cells in the evening.
 */
const AGENDA: [string, string, Half][] = [
  ["Ambassadors Roundtable", "2025-07-07", "am"],
  ["Inaugural Session", "2025-07-07", "am"],
  ["High-Level Plenary", "2025-07-07", "am"],
  ["Exhibition Inauguration", "2025-07-07", "am"],
  ["Knowledge Café", "2025-07-07", "am"],
  ["WSIS Prizes", "2025-07-07", "am"],
  ["Youth", "2025-07-07", "am"],
  ["UNGIS High-Level Meeting", "2025-07-07", "pm"],
  ["Forum Track", "2025-07-07", "pm"],
  ["Reception by Poland", "2025-07-07", "evening"],
  ["Youth Party", "2025-07-07", "evening"],
  ["Forum Track", "2025-07-08", "am"],
  ["High-Level Lunch by Platinum partner", "2025-07-08", "midday"],
  ["Knowledge Café", "2025-07-08", "am"],
  ["Regulators Roundtable", "2025-07-08", "pm"],
  ["Forum Track", "2025-07-08", "pm"],
  ["TalkX", "2025-07-08", "pm"],
  ["WSIS 20-year celebrations", "2025-07-08", "pm"],
  ["Network of Women Leaders in ICT Breakfast", "2025-07-09", "breakfast"],
  ["High-Level Track", "2025-07-09", "am"],
  ["Forum Track", "2025-07-09", "am"],
  ["High-Level Lunch by Diamond partner", "2025-07-09", "midday"],
  ["Knowledge Café", "2025-07-09", "am"],
  ["WSIS Prizes Champions Ceremony", "2025-07-09", "am"],
  ["High-Level Track", "2025-07-09", "pm"],
  ["Ministerial Roundtable", "2025-07-09", "pm"],
  ["ITU 160th Presidential Gala Dinner", "2025-07-09", "evening"],
  ["High-Level Track", "2025-07-10", "am"],
  ["Forum Track", "2025-07-10", "am"],
  ["Knowledge Café", "2025-07-10", "am"],
  ["AI Governance Day", "2025-07-10", "pm"],
  ["Forum Track", "2025-07-10", "pm"],
  ["Official Swiss Reception", "2025-07-10", "evening"],
  ["Partner Certificates", "2025-07-10", "pm"],
  ["High-Level Track", "2025-07-11", "am"],
  ["Forum Track", "2025-07-11", "am"],
  ["Knowledge Café by Silver Partner", "2025-07-11", "am"],
  ["WSIS Action Lines Facilitators Meeting", "2025-07-11", "pm"],
  ["Closing Ceremony and Chair's WSIS+20 HLE Summary", "2025-07-11", "pm"],
];

const HIDDEN = "Qwertyuiop";

/**
 * An edition for the views by track and by room and for the speaker pages: tracks and rooms whose order is not
 * alphabetical, a session with neither, names that only a locale-aware collation sorts right, and a person who is
 * only in a draft session.
 */
function speakersEdition(olofState: "draft" | "published" = "published"): EditionSeed {
  const at = (day: string, start: string, end: string) => ({ day, start, end });
  return {
    slug: "speakers-test-2025",
    title: { en: "Speakers Test Forum 2025" },
    startsOn: "2025-11-03",
    endsOn: "2025-11-04",
    venue: "Test Centre",
    city: "Geneva",
    countryCode: "CH",
    timeZone: "Europe/Zurich",
    website: null,
    status: "published",
    tracks: [
      { code: "zeta", name: { en: "Zeta Track" } },
      { code: "alpha", name: { en: "Alpha Track" } },
    ],
    rooms: [
      { name: "Small Room", capacity: 20 },
      { name: "Big Hall", capacity: 500 },
      { name: "Empty Room", capacity: 10 },
    ],
    tiers: [],
    partners: [],
    people: [
      { key: "zoe", name: "Zoë Test", organization: "Zed Org", title: "Analyst" },
      { key: "emile", name: "Émile Test", organization: "Académie (test)", title: "Writer" },
      { key: "ana", name: "Ana Test", organization: null, title: null },
      { key: "olof", name: "Ölof Test", organization: "Nordic Org", title: "Organiser" },
      { key: "hidden", name: `${HIDDEN} Person`, organization: `${HIDDEN} Org`, title: "Secret" },
    ],
    sessions: [
      {
        key: "zeta-am",
        title: "Zeta morning",
        description: "First of the zeta track.",
        type: "workshop",
        track: "zeta",
        room: "Small Room",
        ...at("2025-11-03", "09:00", "10:00"),
        people: [
          { person: "ana", role: "moderator" },
          { person: "emile", role: "speaker" },
        ],
      },
      {
        key: "alpha-opening",
        title: "Alpha opening",
        description: "Early start in the big hall.",
        type: "plenary",
        track: "alpha",
        room: "Big Hall",
        ...at("2025-11-03", "08:00", "08:45"),
      },
      {
        key: "draft",
        title: `${HIDDEN} draft session`,
        description: `Not yet published: ${HIDDEN}.`,
        type: "roundtable",
        track: "alpha",
        room: "Small Room",
        ...at("2025-11-03", "11:00", "12:00"),
        state: "draft",
        people: [
          { person: "hidden", role: "speaker" },
          { person: "emile", role: "moderator" },
        ],
      },
      {
        key: "trackless",
        title: "Trackless talk",
        description: "Neither a track nor a room.",
        type: "talkx",
        track: null,
        room: null,
        ...at("2025-11-04", "10:00", "10:30"),
        state: olofState,
        people: [{ person: "olof", role: "organiser" }],
      },
      {
        key: "zeta-pm",
        title: "Zeta afternoon",
        description: "Second of the zeta track.",
        type: "workshop",
        track: "zeta",
        room: "Big Hall",
        ...at("2025-11-04", "14:00", "15:00"),
        people: [
          { person: "ana", role: "speaker" },
          { person: "zoe", role: "speaker" },
        ],
      },
    ],
  };
}

/** The sections of a programme by track or by room: each heading with the session titles under it, in order. */
function groupsOf(html: string): [string, string[]][] {
  return html
    .split('<section class="programme__group"')
    .slice(1)
    .map((part) => {
      const heading = /<h2 id="[^"]+"><bdi>([^<]*)<\/bdi>/.exec(part)?.[1] ?? "?";
      const titles = [...part.matchAll(/<h3><a href="[^"]+"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1] ?? "");
      return [heading, titles];
    });
}

const byPlace = (a: [string, string, Half], b: [string, string, Half]) => a.join("|").localeCompare(b.join("|"));

for (const dialect of await testDialects()) {
  describe(`Forum programme [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let hle: { id: string };
    const sessionsOf = async (query = "") => {
      const res = await t.request(`/api/v1/events/wsis-hle-2025/sessions${query}`);
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as { data: SessionJson[]; meta: { dayCounts: Record<string, number> } };
    };
    const find = async (title: string) => {
      const found = (await sessionsOf()).data.filter((s) => s.title === title);
      assert.equal(found.length, 1, `one session "${title}"`);
      return found[0] as SessionJson;
    };
    const page = async (path: string, status = 200) => {
      const res = await t.request(path);
      const html = await res.text();
      assert.equal(res.status, status, `${path}: ${html.slice(0, 300)}`);
      return html;
    };

    before(async () => {
      t = await buildTestApp(dialect);
      const loaded = await loadForumDemo(t.handle.db);
      hle = { id: loaded.eventId };
      await loadEdition(t.handle.db, dstEdition());
      await loadEdition(t.handle.db, draftEdition());
      await loadEdition(t.handle.db, speakersEdition());
    });
    after(() => t?.close());

    test("the demo seed holds every item of the draft agenda on its day and half-day, Geneva time", async () => {
      const { data, meta } = await sessionsOf();
      const actual = data.map((s): [string, string, Half] => [
        s.title,
        localDate(s.startsAt, "Europe/Zurich"),
        half(s.startsAt),
      ]);
      assert.deepEqual(actual.sort(byPlace), [...AGENDA].sort(byPlace));
      assert.deepEqual(meta.dayCounts, {
        "2025-07-07": 11,
        "2025-07-08": 7,
        "2025-07-09": 9,
        "2025-07-10": 7,
        "2025-07-11": 5,
      });
      // Stored as UTC instants: 14:00 in Geneva in July is 12:00 UTC.
      const ai = await find("AI Governance Day");
      assert.equal(ai.startsAt, "2025-07-10T12:00:00.000Z");
      assert.equal(ai.localStart, "2025-07-10T14:00:00+02:00");
      for (const s of data) assert.ok(s.endsAt > s.startsAt, `${s.title} ends after it starts`);
    });

    test("the named examples: Wednesday, Thursday and Friday afternoons", async () => {
      for (const [title, day] of [
        ["Ministerial Roundtable", "2025-07-09"],
        ["AI Governance Day", "2025-07-10"],
        ["WSIS Action Lines Facilitators Meeting", "2025-07-11"],
        ["Closing Ceremony and Chair's WSIS+20 HLE Summary", "2025-07-11"],
      ] as const) {
        const s = await find(title);
        assert.equal(s.day, day, title);
        assert.equal(half(s.startsAt), "pm", title);
      }
    });

    test("partner-hosted lunches, café and reception are attached to partners of the right tier", async () => {
      const html = await page("/forum/wsis-hle-2025/partners?lang=en");
      const tierOf = async (title: string) => {
        const s = await find(title);
        assert.ok(s.host, `${title} has a host`);
        // The partners page lists each host under its tier's heading, with the sessions it hosts.
        const section = html.slice(html.indexOf(`id="partner-${s.host.id}"`));
        assert.ok(section.includes(`/sessions/${s.id}`), `${title} is listed under its host`);
        const before = html.slice(0, html.indexOf(`id="partner-${s.host.id}"`));
        const heading = [...before.matchAll(/<h2 id="tier-([a-z-]+)"/g)].at(-1)?.[1];
        return { day: s.day, half: half(s.startsAt), tier: heading, host: s.host.name };
      };
      assert.deepEqual(await tierOf("High-Level Lunch by Platinum partner"), {
        day: "2025-07-08",
        half: "midday",
        tier: "platinum",
        host: "Example Platinum Partner (demo)",
      });
      assert.deepEqual(await tierOf("High-Level Lunch by Diamond partner"), {
        day: "2025-07-09",
        half: "midday",
        tier: "diamond",
        host: "Example Diamond Partner (demo)",
      });
      assert.deepEqual(await tierOf("Knowledge Café by Silver Partner"), {
        day: "2025-07-11",
        half: "am",
        tier: "silver",
        host: "Example Silver Partner (demo)",
      });
      assert.deepEqual(await tierOf("Reception by Poland"), {
        day: "2025-07-07",
        half: "evening",
        tier: "host-country",
        host: "Poland",
      });
      // Tiers in rank order on the page.
      const order = [...html.matchAll(/<h2 id="tier-([a-z-]+)"/g)].map((m) => m[1]);
      assert.deepEqual(order, ["diamond", "platinum", "silver", "host-country"]);
    });

    test("loading the demo again changes nothing; reloading by key keeps ids and versions", async () => {
      const before = (await sessionsOf()).data;
      assert.equal((await loadForumDemo(t.handle.db)).applied, false);
      await t.handle.db.deleteFrom("appMeta").where("key", "=", "forum_edition:wsis-hle-2025").execute();
      const again = await loadForumDemo(t.handle.db);
      assert.deepEqual([again.applied, again.changed, again.eventId], [true, 0, hle.id]);
      const after = (await sessionsOf()).data;
      assert.deepEqual(
        after.map((s) => [s.id, s.version, s.changedAt]),
        before.map((s) => [s.id, s.version, s.changedAt]),
      );
      assert.equal(WSIS_HLE_2025.sessions.length, after.length);
    });

    test("/forum shows the editions and links to the programme; the draft event is nowhere", async () => {
      const html = await page("/forum?lang=en");
      assert.match(html, /href="\/forum\/wsis-hle-2025\/programme"/);
      assert.match(html, /WSIS\+20 High-Level Event 2025/);
      assert.match(html, /Autumn Test Forum 2025/);
      assert.doesNotMatch(html, /Hidden Forum|hidden-test-2026/);
      const fr = await page("/forum?lang=fr");
      assert.match(fr, /Manifestation de haut niveau SMSI\+20 2025/);
      const events = (await (await t.request("/api/v1/events")).json()) as { data: { slug: string }[] };
      assert.deepEqual(events.data.map((e) => e.slug).sort(), ["dst-test-2025", "speakers-test-2025", "wsis-hle-2025"]);
      await page("/forum/hidden-test-2026/programme", 404);
      assert.equal((await t.request("/api/v1/events/hidden-test-2026")).status, 404);
      assert.equal((await t.request("/api/v1/events/hidden-test-2026/sessions")).status, 404);
      assert.equal((await t.request("/forum/hidden-test-2026/programme.ics")).status, 404);
    });

    test("the programme shows one day at a time, grouped by time, with type, track, room and host", async () => {
      const html = await page("/forum/wsis-hle-2025/programme?day=2025-07-09&lang=en");
      assert.match(html, /<h2 id="day-2025-07-09">Wednesday, July 9, 2025<\/h2>/);
      assert.match(html, />Ministerial Roundtable</);
      assert.doesNotMatch(html, />AI Governance Day</, "Thursday's session is not on Wednesday's page");
      // Slots in time order: the breakfast at 08:00 first, the gala dinner at 19:30 last.
      const slots = [...html.matchAll(/<h3 id="slot-2025-07-09-(\d{4})"/g)].map((m) => m[1]);
      assert.deepEqual(slots, ["0800", "0900", "1100", "1230", "1400", "1500", "1930"]);
      assert.match(html, /Roundtable · High-Level Track · Room C \(demo\)/);
      assert.match(html, /Hosted by Example Diamond Partner \(demo\)/);
      assert.match(html, /Times are the event&#39;s local time: Europe\/Zurich \(Central European Summer Time\)/);
      assert.match(html, /aria-current="page"[^>]*>\s*<span class="day-nav__day">Wed, Jul 9/);
      // Arabic: right to left, names of tracks and types in Arabic.
      const ar = await page("/forum/wsis-hle-2025/programme?day=2025-07-09&lang=ar");
      assert.match(ar, /<html lang="ar" dir="rtl">/);
      assert.match(ar, /مائدة مستديرة · المسار الرفيع المستوى/);
      // Issue 17: what the page cannot use is left out and said, in the reader's language; never a dead end.
      for (const query of ["day=2025-07-12", "day=someday", "tz=Mars/Olympus"]) {
        const shown = await page(`/forum/wsis-hle-2025/programme?${query}&lang=fr`);
        assert.match(shown, /Une partie de l’adresse n’a pas été comprise et a été ignorée : (day|tz)\./, query);
      }
    });

    test("filters: Action Line, session type, track and words, on the page and in the API alike", async () => {
      const titles = async (query: string) => (await sessionsOf(query)).data.map((s) => s.title).sort();
      assert.deepEqual(await titles("?actionLine=C5"), ["AI Governance Day", "WSIS Action Lines Facilitators Meeting"]);
      assert.deepEqual(await titles("?type=lunch"), [
        "High-Level Lunch by Diamond partner",
        "High-Level Lunch by Platinum partner",
      ]);
      assert.deepEqual(await titles("?track=talkx"), ["TalkX"]);
      assert.deepEqual(await titles("?q=GOVERNANCE"), ["AI Governance Day"]);
      assert.deepEqual(await titles("?q=%25"), [], "a % is a character to find, not a wildcard");
      assert.deepEqual(await titles("?type=roundtable&day=2025-07-09"), ["Ministerial Roundtable"]);
      const counts = (await sessionsOf("?type=roundtable")).meta.dayCounts;
      assert.deepEqual(counts, { "2025-07-07": 1, "2025-07-08": 1, "2025-07-09": 1, "2025-07-10": 0, "2025-07-11": 0 });
      const bad = await t.request("/api/v1/events/wsis-hle-2025/sessions?actionLine=C99x");
      assert.equal(bad.status, 400);
      assert.equal(((await bad.json()) as { error: { field: string } }).error.field, "actionLine");

      // A filter without a day shows every day that matches; the day links keep the filter.
      const html = await page("/forum/wsis-hle-2025/programme?q=governance&lang=en");
      assert.match(html, />AI Governance Day</);
      assert.match(html, /1 session<\/p>|1 session<\/span>/);
      assert.match(html, /href="\/forum\/wsis-hle-2025\/programme\?day=2025-07-10&amp;q=governance"/);
      const none = await page("/forum/wsis-hle-2025/programme?q=governance&day=2025-07-07&lang=en");
      assert.doesNotMatch(none, />AI Governance Day</);
      assert.match(none, /No published session matches on this day/);
    });

    test("a session page: times in Geneva with the zone named, people, Action Lines, SDGs, schema.org Event", async () => {
      const ai = await find("AI Governance Day");
      const html = await page(`/forum/wsis-hle-2025/sessions/${ai.id}?lang=en`);
      assert.match(html, /<time datetime="2025-07-10T14:00:00\+02:00">14:00\s*–\s*18:00<\/time>/);
      assert.match(html, /Central European Summer Time/);
      assert.match(html, /Rita Researcher \(demo\)/);
      assert.match(html, /href="\/action-lines\/C5"/);
      assert.match(html, /href="\/sdgs\/16"/);
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "{}");
      assert.equal(jsonLd["@type"], "Event");
      assert.equal(jsonLd.name, "AI Governance Day");
      assert.equal(jsonLd.startDate, "2025-07-10T14:00:00+02:00");
      assert.equal(jsonLd.endDate, "2025-07-10T18:00:00+02:00");
      assert.equal(jsonLd.superEvent.name, "WSIS+20 High-Level Event 2025");
      assert.equal(jsonLd.location[0].address.addressLocality, "Geneva");
      // The viewer's zone beside Geneva's: New York is six hours behind in July.
      const ny = await page(`/forum/wsis-hle-2025/sessions/${ai.id}?lang=en&tz=America/New_York`);
      assert.match(ny, /08:00\s*–\s*12:00 in America\/New_York/);
      await page(`/forum/wsis-hle-2025/sessions/${ai.id.replace(/.$/, "0")}00`, 404);
    });

    test("times across the end of summer time: the hour changes, the instants stay right", async () => {
      const api = (await (await t.request("/api/v1/events/dst-test-2025/sessions")).json()) as { data: SessionJson[] };
      const byTitle = Object.fromEntries(api.data.map((s) => [s.title, s]));
      assert.equal(byTitle["Before the change"]?.startsAt, "2025-10-25T08:00:00.000Z");
      assert.equal(byTitle["Before the change"]?.localStart, "2025-10-25T10:00:00+02:00");
      assert.equal(byTitle["After the change"]?.startsAt, "2025-10-27T09:00:00.000Z");
      assert.equal(byTitle["After the change"]?.localStart, "2025-10-27T10:00:00+01:00");
      const night = byTitle["Night hackathon"];
      assert.equal(night?.startsAt, "2025-10-25T21:00:00.000Z");
      assert.equal(night?.endsAt, "2025-10-26T03:00:00.000Z", "23:00 CEST to 04:00 CET is six hours");

      const before = await page(`/forum/dst-test-2025/sessions/${byTitle["Before the change"]?.id}?lang=en`);
      assert.match(before, /10:00\s*–\s*11:00<\/time> <span class="muted">GMT\+2<\/span>/);
      const after = await page(`/forum/dst-test-2025/sessions/${byTitle["After the change"]?.id}?lang=en`);
      assert.match(after, /10:00\s*–\s*11:00<\/time> <span class="muted">GMT\+1<\/span>/);
      assert.match(after, /Central European Standard Time/);
      // New York changes a week later: on 27 October it is still five hours behind Geneva.
      const ny = await page(
        `/forum/dst-test-2025/sessions/${byTitle["After the change"]?.id}?lang=en&tz=America/New_York`,
      );
      assert.match(ny, /05:00\s*–\s*06:00 in America\/New_York/);
      const day = await page("/forum/dst-test-2025/programme?day=2025-10-25&lang=en");
      assert.match(day, /Oct 25, 23:00\s*–\s*Oct 26, 04:00|25 Oct, 23:00\s*–\s*26 Oct, 04:00/);
    });

    test("unpublished sessions never leak: page, search, session page, API, iCalendar", async () => {
      const draft = await t.handle.db
        .selectFrom("forumSession")
        .select("id")
        .where("externalId", "=", "dst-test-2025/draft")
        .executeTakeFirstOrThrow();
      for (const path of [
        "/forum/dst-test-2025/programme?day=all",
        "/forum/dst-test-2025/programme?day=2025-10-26",
        `/forum/dst-test-2025/programme?q=${SECRET_WORD}`,
        "/forum/dst-test-2025/programme?actionLine=C5",
        "/api/v1/events/dst-test-2025/sessions",
        `/api/v1/events/dst-test-2025/sessions?q=${SECRET_WORD}`,
        "/forum/dst-test-2025/programme.ics",
        "/forum/dst-test-2025/partners",
        "/forum",
        "/api/v1/events",
      ]) {
        const res = await t.request(path);
        assert.equal(res.status, 200, path);
        const body = await res.text();
        // The search word itself is echoed in the search box; the draft's title and text must not be anywhere.
        assert.ok(!body.includes(`${SECRET_WORD} draft session`), `${path} shows the draft's title`);
        assert.ok(!body.includes(`Not yet published: ${SECRET_WORD}`), `${path} shows the draft's description`);
        assert.ok(!body.includes(draft.id), `${path} names the draft's id`);
      }
      await page(`/forum/dst-test-2025/sessions/${draft.id}`, 404);
      assert.equal((await t.request(`/forum/dst-test-2025/sessions/${draft.id}.ics`)).status, 404);
      // The draft counts for no day.
      const counts = (
        (await (await t.request("/api/v1/events/dst-test-2025/sessions")).json()) as {
          meta: { dayCounts: Record<string, number> };
        }
      ).meta.dayCounts;
      assert.equal(counts["2025-10-26"], 0);

      // A published session taken back to draft disappears too.
      const opening = await t.handle.db
        .selectFrom("forumSession")
        .select("id")
        .where("externalId", "=", "dst-test-2025/opening")
        .executeTakeFirstOrThrow();
      await page(`/forum/dst-test-2025/sessions/${opening.id}`);
      await loadEdition(t.handle.db, dstEdition({ openingState: "draft" }));
      await page(`/forum/dst-test-2025/sessions/${opening.id}`, 404);
      assert.ok(!(await (await t.request("/forum/dst-test-2025/programme.ics")).text()).includes(opening.id));
      await loadEdition(t.handle.db, dstEdition());
      await page(`/forum/dst-test-2025/sessions/${opening.id}`);
    });

    test("a change to a published session is shown as changed, with a new version", async () => {
      const id = (
        await t.handle.db
          .selectFrom("forumSession")
          .select("id")
          .where("externalId", "=", "dst-test-2025/after")
          .executeTakeFirstOrThrow()
      ).id;
      const unchanged = await page(`/forum/dst-test-2025/sessions/${id}?lang=en`);
      assert.doesNotMatch(unchanged, /Changed on/);
      const result = await loadEdition(
        t.handle.db,
        dstEdition({ afterTitle: "After the change (moved room)" }),
        new Date("2025-10-01T10:00:00Z"),
      );
      assert.equal(result.changed, 1);
      const html = await page(`/forum/dst-test-2025/sessions/${id}?lang=en`);
      assert.match(html, /After the change \(moved room\)/);
      assert.match(html, /Changed on Oct 1, 2025/);
      const programme = await page("/forum/dst-test-2025/programme?day=2025-10-27&lang=en");
      assert.match(programme, /state--changed/);
      const api = (await (await t.request("/api/v1/events/dst-test-2025/sessions?day=2025-10-27")).json()) as {
        data: SessionJson[];
      };
      const changed = api.data.find((s) => s.id === id);
      assert.equal(changed?.version, 2);
      assert.equal(changed?.changedAt, "2025-10-01T10:00:00.000Z");
      assert.match(await (await t.request(`/forum/dst-test-2025/sessions/${id}.ics`)).text(), /SEQUENCE:1\r\n/);
      await loadEdition(t.handle.db, dstEdition());
    });

    test("edition data that cannot be right is refused with the session and the reason", async () => {
      const base = dstEdition();
      const session = base.sessions.find((s) => s.key === "before");
      assert.ok(session);
      const outside = { ...base, slug: "bad-1", sessions: [{ ...session, day: "2025-11-02" }] };
      await assert.rejects(loadEdition(t.handle.db, outside), (e: unknown) => {
        assert.ok(e instanceof EditionDataError);
        assert.match(e.message, /session before: 2025-11-02 is outside the event/);
        return true;
      });
      const backwards = { ...base, slug: "bad-2", sessions: [{ ...session, start: "12:00", end: "11:00" }] };
      await assert.rejects(loadEdition(t.handle.db, backwards), /ends before it starts/);
      const noRoom = { ...base, slug: "bad-3", sessions: [{ ...session, room: "Room 99" }] };
      await assert.rejects(loadEdition(t.handle.db, noRoom), /no room "Room 99"/);
      // Nothing of a refused edition was kept.
      assert.equal((await t.request("/api/v1/events/bad-1")).status, 404);
      const rows = await t.handle.db.selectFrom("forumEvent").select("slug").where("slug", "like", "bad-%").execute();
      assert.deepEqual(rows, []);
    });

    test("by track and by room: every published session once, under its track or room in their order", async () => {
      const base = "/forum/speakers-test-2025/programme";
      // Without a day, these views show every day; tracks in their order, "No track" last.
      const byTrack = await page(`${base}?view=track&lang=en`);
      assert.deepEqual(groupsOf(byTrack), [
        ["Zeta Track", ["Zeta morning", "Zeta afternoon"]],
        ["Alpha Track", ["Alpha opening"]],
        ["No track", ["Trackless talk"]],
      ]);
      // Each session shows its day, time (with the zone) and room and type; the track is the heading's.
      assert.match(byTrack, /<time datetime="2025-11-04" class="session__day">Tue, Nov 4<\/time>/);
      assert.match(byTrack, /<time datetime="2025-11-04T14:00:00\+01:00">14:00\s*–\s*15:00<\/time>/);
      assert.match(byTrack, /<p class="session__facts">Workshop · Big Hall/);
      assert.match(byTrack, /<a href="[^"]*view=track"[^>]*aria-current="page"[^>]*>By track</);
      // Rooms in their order with their capacity; a room with no session is left out; "Room not given" last.
      const byRoom = await page(`${base}?view=room&lang=en`);
      assert.deepEqual(groupsOf(byRoom), [
        ["Small Room", ["Zeta morning"]],
        ["Big Hall", ["Alpha opening", "Zeta afternoon"]],
        ["Room not given", ["Trackless talk"]],
      ]);
      assert.match(byRoom, /Small Room<\/bdi><span class="programme__capacity"> \(20 seats\)/);
      assert.match(byRoom, /<p class="session__facts">Workshop · Zeta Track/);
      for (const html of [byTrack, byRoom]) {
        assert.ok(!html.includes(HIDDEN), "the draft session is in no view");
        assert.match(html, /4 sessions<\/p>/);
      }

      // The day chosen and the filters are kept, in the views and in the links between them.
      const oneDay = await page(`${base}?view=room&day=2025-11-04&type=workshop&tz=America/New_York&lang=en`);
      assert.deepEqual(groupsOf(oneDay), [["Big Hall", ["Zeta afternoon"]]]);
      assert.match(oneDay, /08:00\s*–\s*09:00 in America\/New_York/);
      assert.match(
        oneDay,
        /href="\/forum\/speakers-test-2025\/programme\?day=2025-11-04&amp;type=workshop&amp;tz=America%2FNew_York&amp;view=track"/,
      );
      assert.match(
        oneDay,
        /href="\/forum\/speakers-test-2025\/programme\?day=2025-11-04&amp;type=workshop&amp;tz=America%2FNew_York"[^>]*>By day</,
      );
      assert.match(oneDay, /href="[^"]*day=2025-11-03[^"]*view=room"/, "the day links keep the view");
      assert.match(oneDay, /<input type="hidden" name="view" value="room"/, "the filter form keeps the view");
      // The by-day view is unchanged, and a view that does not exist is left out, naming the field.
      assert.match(await page(`${base}?view=day&day=2025-11-03&lang=en`), /<h2 id="day-2025-11-03">/);
      const bad = await page(`${base}?view=calendar&lang=en`);
      assert.match(bad, /Part of the address was not understood and was left out: view\./);

      // In Arabic: right to left, the headings translated.
      const ar = await page(`${base}?view=track&lang=ar`);
      assert.match(ar, /<html lang="ar" dir="rtl">/);
      assert.match(ar, />حسب المسار</);
      assert.match(ar, /<bdi>بلا مسار<\/bdi>/);

      // Tracks and rooms as open data, in their order.
      const tracks = (await (await t.request("/api/v1/events/speakers-test-2025/tracks")).json()) as {
        data: { code: string; name: string }[];
      };
      assert.deepEqual(tracks.data, [
        { code: "zeta", name: "Zeta Track" },
        { code: "alpha", name: "Alpha Track" },
      ]);
      const rooms = (await (await t.request("/api/v1/events/speakers-test-2025/rooms")).json()) as {
        data: { name: string; capacity: number | null }[];
      };
      assert.deepEqual(
        rooms.data.map((r) => [r.name, r.capacity]),
        [
          ["Small Room", 20],
          ["Big Hall", 500],
          ["Empty Room", 10],
        ],
      );
      assert.equal((await t.request("/api/v1/events/hidden-test-2026/rooms")).status, 404);
    });

    test("speakers: only people of published sessions, by name in the reader's collation, each with a page", async () => {
      interface SpeakerJson {
        id: string;
        url: string;
        name: string;
        organization: string | null;
        roles: string[];
        sessionCount: number;
      }
      const api = async (path: string, status = 200) => {
        const res = await t.request(`/api/v1/events/speakers-test-2025/speakers${path}`);
        assert.equal(res.status, status, `${path}: ${await res.clone().text()}`);
        return res.json() as Promise<{ data: SpeakerJson & { sessions: { roles: string[]; session: SessionJson }[] } }>;
      };
      const list = (await (await t.request("/api/v1/events/speakers-test-2025/speakers")).json()) as {
        data: SpeakerJson[];
        meta: { total: number };
      };
      // Accents sort with their letter: a code-point sort would put É and Ö after Z.
      assert.deepEqual(
        list.data.map((p) => p.name),
        ["Ana Test", "Émile Test", "Ölof Test", "Zoë Test"],
      );
      assert.equal(list.meta.total, 4);
      const ana = list.data[0] as SpeakerJson;
      assert.deepEqual([ana.roles, ana.sessionCount], [["moderator", "speaker"], 2]);
      const emile = list.data[1] as SpeakerJson;
      // Émile moderates the draft too: that role and session are not counted.
      assert.deepEqual([emile.roles, emile.sessionCount], [["speaker"], 1]);
      assert.ok(emile.url.endsWith(`/forum/speakers-test-2025/speakers/${emile.id}`), emile.url);

      const detail = (await api(`/${emile.id}`)).data;
      assert.deepEqual(
        detail.sessions.map((s) => [s.session.title, s.roles]),
        [["Zeta morning", ["speaker"]]],
      );

      // The index page: the same people, in the same order, each linked to their page.
      const index = await page("/forum/speakers-test-2025/speakers?lang=en");
      const names = [...index.matchAll(/class="speaker__name"><bdi>([^<]*)<\/bdi>/g)].map((m) => m[1]);
      assert.deepEqual(names, ["Ana Test", "Émile Test", "Ölof Test", "Zoë Test"]);
      assert.match(index, new RegExp(`href="/forum/speakers-test-2025/speakers/${emile.id}"`));
      assert.match(index, /Writer, Académie \(test\)/);
      assert.match(index, /Moderator, Speaker · 2 sessions/);
      assert.match(index, /href="\/forum\/speakers-test-2025\/speakers">Speakers</, "the event's links lead here");

      // A speaker's page: who, their published sessions with role, day, time and room, and schema.org Person.
      const html = await page(`/forum/speakers-test-2025/speakers/${emile.id}?lang=en`);
      assert.match(html, /<h1 dir="auto">Émile Test<\/h1>/);
      assert.match(html, /Writer, Académie \(test\)/);
      assert.match(html, />Zeta morning</);
      assert.match(html, /<p class="speaker__roles">Speaker<\/p>/);
      assert.match(html, /Monday, November 3, 2025/);
      assert.match(html, /<time datetime="2025-11-03T09:00:00\+01:00">09:00\s*–\s*10:00<\/time>/);
      assert.match(html, /Workshop · Zeta Track · Small Room/);
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "{}");
      assert.equal(jsonLd["@type"], "Person");
      assert.equal(jsonLd.name, "Émile Test");
      assert.equal(jsonLd.jobTitle, "Writer");
      assert.equal(jsonLd.affiliation.name, "Académie (test)");
      assert.deepEqual(
        jsonLd.performerIn.map((e: { name: string; startDate: string }) => [e.name, e.startDate]),
        [["Zeta morning", "2025-11-03T09:00:00+01:00"]],
      );
      // An organiser has a page, but performs in nothing.
      const olof = list.data[2] as SpeakerJson;
      const olofLd = JSON.parse(
        /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(
          await page(`/forum/speakers-test-2025/speakers/${olof.id}?lang=en`),
        )?.[1] ?? "{}",
      );
      assert.equal(olofLd.performerIn, undefined);

      // Session pages link each person to their page; the API names it too.
      const zetaMorning = detail.sessions[0]?.session as SessionJson;
      const sessionHtml = await page(`/forum/speakers-test-2025/sessions/${zetaMorning.id}?lang=en`);
      assert.match(
        sessionHtml,
        new RegExp(`<a href="/forum/speakers-test-2025/speakers/${emile.id}"><bdi>Émile Test</bdi>`),
      );
      const sessionLd = JSON.parse(
        /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(sessionHtml)?.[1] ?? "{}",
      );
      assert.ok(sessionLd.performer.some((p: { url: string }) => p.url.endsWith(`/speakers/${emile.id}`)));

      // In Arabic, right to left.
      const ar = await page(`/forum/speakers-test-2025/speakers/${emile.id}?lang=ar`);
      assert.match(ar, /<html lang="ar" dir="rtl">/);
      assert.match(ar, /<p class="speaker__roles">متحدث<\/p>/);

      // Every path is in the OpenAPI document.
      const doc = (await (await t.request("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
      for (const path of ["tracks", "rooms", "speakers", "speakers/{personId}"]) {
        assert.ok(doc.paths[`/v1/events/{id}/${path}`], path);
      }
    });

    test("a person only in unpublished sessions, or of another edition, is nowhere: page, index, API", async () => {
      const hidden = await t.handle.db
        .selectFrom("forumPerson")
        .select("id")
        .where("externalId", "=", "speakers-test-2025/hidden")
        .executeTakeFirstOrThrow();
      await page(`/forum/speakers-test-2025/speakers/${hidden.id}`, 404);
      assert.equal((await t.request(`/api/v1/events/speakers-test-2025/speakers/${hidden.id}`)).status, 404);
      for (const path of [
        "/forum/speakers-test-2025/speakers?lang=en",
        "/api/v1/events/speakers-test-2025/speakers",
        "/forum/speakers-test-2025/programme?view=track&day=all",
        "/forum/speakers-test-2025/programme?view=room&day=2025-11-03",
      ]) {
        const body = await (await t.request(path)).text();
        assert.ok(!body.includes(HIDDEN), `${path} names the draft or its person`);
        assert.ok(!body.includes(hidden.id), `${path} names the hidden person's id`);
      }
      // A person of another edition has no page here, though they exist.
      const other = await t.handle.db
        .selectFrom("forumPerson")
        .select("id")
        .where("externalId", "=", "dst-test-2025/speaker")
        .executeTakeFirstOrThrow();
      await page(`/forum/dst-test-2025/speakers/${other.id}`);
      await page(`/forum/speakers-test-2025/speakers/${other.id}`, 404);
      assert.equal((await t.request(`/api/v1/events/speakers-test-2025/speakers/${other.id}`)).status, 404);
      // The speakers of an unpublished edition are not shown at all.
      await page("/forum/hidden-test-2026/speakers", 404);
      assert.equal((await t.request("/api/v1/events/hidden-test-2026/speakers")).status, 404);

      // When their only session goes back to draft, its organiser goes too; and comes back with it.
      const olof = await t.handle.db
        .selectFrom("forumPerson")
        .select("id")
        .where("externalId", "=", "speakers-test-2025/olof")
        .executeTakeFirstOrThrow();
      await page(`/forum/speakers-test-2025/speakers/${olof.id}`);
      await loadEdition(t.handle.db, speakersEdition("draft"));
      await page(`/forum/speakers-test-2025/speakers/${olof.id}`, 404);
      assert.ok(!(await page("/forum/speakers-test-2025/speakers?lang=en")).includes("Ölof Test"));
      const groups = groupsOf(await page("/forum/speakers-test-2025/programme?view=track&lang=en"));
      assert.deepEqual(
        groups.map(([heading]) => heading),
        ["Zeta Track", "Alpha Track"],
        "no 'No track' section once its one session is a draft",
      );
      await loadEdition(t.handle.db, speakersEdition());
      await page(`/forum/speakers-test-2025/speakers/${olof.id}`);
    });
  });
}
