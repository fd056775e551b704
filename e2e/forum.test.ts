/// <reference lib="dom" />
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { loadForumDemo } from "../src/modules/forum/forum.seed.ts";
import { i18nFor } from "../src/platform/i18n/i18n.ts";
import { axeViolations } from "./support/axe.ts";
import { type Browser, browserSkip, launchBrowser } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const skip = browserSkip();

const EVENT_TITLE = {
  en: "WSIS+20 High-Level Event 2025",
  ar: "الحدث الرفيع المستوى للقمة العالمية لمجتمع المعلومات+20 (2025)",
};

describe("the Forum programme in Chromium: from /forum to a session by day and filter; axe clean", { skip }, () => {
  let server: RunningServer;
  let withJs: Browser;
  let withoutJs: Browser;
  before(async () => {
    server = await startServer();
    await loadForumDemo(server.app.handle.db);
    withJs = await launchBrowser({ javaScript: true });
    withoutJs = await launchBrowser({ javaScript: false });
  });
  after(async () => {
    await withJs?.close();
    await withoutJs?.close();
    await server?.close();
  });

  for (const locale of ["en", "ar"] as const) {
    for (const javaScript of [true, false]) {
      test(`${locale}, JavaScript ${javaScript ? "on" : "off"}: forum → programme → Wednesday → roundtables → session → partners`, async () => {
        const page = await (javaScript ? withJs : withoutJs).context.newPage();
        const i18n = i18nFor(locale);
        try {
          await page.goto(`${server.url}/?lang=${locale}`);
          const nav = page.getByRole("navigation", { name: i18n.t("layout.mainNav") });
          await Promise.all([
            page.waitForURL(`${server.url}/forum`),
            nav.getByRole("link", { name: i18n.t("nav.forum") }).click(),
          ]);
          assert.equal((await page.locator("h1").textContent())?.trim(), i18n.t("forum.title"));
          assert.equal(await page.getAttribute("html", "dir"), locale === "ar" ? "rtl" : "ltr");
          assert.deepEqual(await axeViolations(page, withJs), [], `forum (${page.url()})`);

          await Promise.all([
            page.waitForURL(/\/forum\/wsis-hle-2025\/programme$/),
            page.getByRole("link", { name: i18n.t("forum.programmeLink"), exact: true }).click(),
          ]);
          assert.equal(
            (await page.locator("h1").textContent())?.trim(),
            i18n.t("forum.programme.title", { event: EVENT_TITLE[locale] }),
          );
          assert.deepEqual(await axeViolations(page, withJs), [], `programme, first day (${page.url()})`);

          // By day: Wednesday 9 July.
          await Promise.all([
            page.waitForURL(/day=2025-07-09/),
            page.locator('.day-nav a[href*="day=2025-07-09"]').click(),
          ]);
          assert.equal(await page.locator('.day-nav a[aria-current="page"][href*="day=2025-07-09"]').count(), 1);
          assert.ok((await page.locator(".session").count()) >= 9, "Wednesday's sessions");
          assert.deepEqual(await axeViolations(page, withJs), [], `Wednesday (${page.url()})`);

          // By filter: roundtables on that day, and New York times beside Geneva's.
          await page.selectOption("#type", "roundtable");
          await page.selectOption("#tz", "America/New_York");
          await Promise.all([
            page.waitForURL(/type=roundtable/),
            page.getByRole("button", { name: i18n.t("forum.programme.submit") }).click(),
          ]);
          const titles = await page.locator(".session h4").allTextContents();
          assert.deepEqual(
            titles.map((s) => s.trim()),
            ["Ministerial Roundtable"],
          );
          assert.match((await page.locator(".session__viewer-time").first().textContent()) ?? "", /America\/New_York/);
          assert.deepEqual(await axeViolations(page, withJs), [], `filtered (${page.url()})`);

          await Promise.all([
            page.waitForURL(/\/forum\/wsis-hle-2025\/sessions\/[0-9a-f-]{36}\?tz=/),
            page.getByRole("link", { name: "Ministerial Roundtable", exact: true }).click(),
          ]);
          assert.equal((await page.locator("h1").textContent())?.trim(), "Ministerial Roundtable");
          assert.equal(await page.locator('script[type="application/ld+json"]').count(), 1);
          assert.deepEqual(await axeViolations(page, withJs), [], `session (${page.url()})`);

          await page.goto(`${server.url}/forum/wsis-hle-2025/partners`);
          assert.equal(
            (await page.locator("h1").textContent())?.trim(),
            i18n.t("forum.partners.title", { event: EVENT_TITLE[locale] }),
          );
          assert.equal(await page.locator(".partner-tier").count(), 4);
          assert.deepEqual(await axeViolations(page, withJs), [], `partners (${page.url()})`);
        } finally {
          await page.close();
        }
      });
    }
  }

  for (const locale of ["en", "ar"] as const) {
    test(`${locale}, JavaScript off: programme by track, by room, the speakers and a speaker's page`, async () => {
      const page = await withoutJs.context.newPage();
      const i18n = i18nFor(locale);
      try {
        await page.goto(`${server.url}/forum/wsis-hle-2025/programme?lang=${locale}`);
        const views = page.getByRole("navigation", { name: i18n.t("forum.programme.views") });

        // By track: one section per track, in track order; every day of the event.
        await Promise.all([
          page.waitForURL(/view=track/),
          views.getByRole("link", { name: i18n.t("forum.programme.byTrack") }).click(),
        ]);
        assert.equal(await views.locator('a[aria-current="page"]').textContent(), i18n.t("forum.programme.byTrack"));
        const tracks = await page.locator(".programme__group h2").allTextContents();
        assert.ok(tracks.length >= 4, `tracks: ${tracks.join(", ")}`);
        assert.equal(await page.locator(".programme__group .session").count(), 39, "every published session once");
        assert.deepEqual(await axeViolations(page, withJs), [], `by track (${page.url()})`);

        // By room, keeping the day chosen: Wednesday's rooms, each with its capacity.
        await page.goto(`${server.url}/forum/wsis-hle-2025/programme?day=2025-07-09&view=track&lang=${locale}`);
        await Promise.all([
          page.waitForURL(/day=2025-07-09.*view=room/),
          views.getByRole("link", { name: i18n.t("forum.programme.byRoom") }).click(),
        ]);
        assert.equal(await page.locator(".programme__group .session").count(), 9, "Wednesday's sessions");
        assert.ok((await page.locator(".programme__capacity").count()) >= 1);
        assert.deepEqual(await axeViolations(page, withJs), [], `by room (${page.url()})`);

        // The speakers, from the event's links, then one speaker's page.
        await Promise.all([
          page.waitForURL(/\/forum\/wsis-hle-2025\/speakers$/),
          page
            .locator(".forum-links")
            .getByRole("link", { name: i18n.t("forum.speakersLink"), exact: true })
            .click(),
        ]);
        assert.equal(
          (await page.locator("h1").textContent())?.trim(),
          i18n.t("forum.speakers.title", { event: EVENT_TITLE[locale] }),
        );
        assert.ok((await page.locator(".speaker").count()) >= 4);
        assert.deepEqual(await axeViolations(page, withJs), [], `speakers (${page.url()})`);
        await Promise.all([
          page.waitForURL(/\/speakers\/[0-9a-f-]{36}$/),
          page.getByRole("link", { name: "Rita Researcher (demo)" }).click(),
        ]);
        assert.equal((await page.locator("h1").textContent())?.trim(), "Rita Researcher (demo)");
        assert.equal(await page.locator('script[type="application/ld+json"]').count(), 1);
        assert.ok((await page.locator(".session").count()) >= 1);
        assert.deepEqual(await axeViolations(page, withJs), [], `speaker (${page.url()})`);

        // Their session's page links back to them.
        await Promise.all([
          page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/),
          page.getByRole("link", { name: "AI Governance Day" }).click(),
        ]);
        await Promise.all([
          page.waitForURL(/\/speakers\/[0-9a-f-]{36}$/),
          page.getByRole("link", { name: "Rita Researcher (demo)" }).click(),
        ]);
      } finally {
        await page.close();
      }
    });
  }

  test("printed, the programme by room starts each room on a new page, without the controls", async () => {
    const page = await withJs.context.newPage();
    try {
      await page.emulateMedia({ media: "print" });
      await page.goto(`${server.url}/forum/wsis-hle-2025/programme?view=room&lang=en`);
      assert.equal(await page.locator(".view-nav").isVisible(), false);
      assert.equal(await page.locator(".programme-filters").isVisible(), false);
      const breaks = await page
        .locator(".programme__group")
        .evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
      assert.equal(breaks[0], "auto");
      assert.ok(breaks.length > 2 && breaks.slice(1).every((b) => b === "page"), breaks.join(", "));
    } finally {
      await page.close();
    }
  });

  test("on a phone-sized screen the programme does not scroll sideways", async () => {
    const page = await withJs.context.newPage();
    try {
      await page.setViewportSize({ width: 375, height: 800 });
      for (const locale of ["en", "ar"]) {
        await page.goto(`${server.url}/forum/wsis-hle-2025/programme?day=2025-07-10&lang=${locale}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${locale}: the page scrolls sideways by ${overflow}px`);
        assert.deepEqual(await axeViolations(page, withJs), [], locale);
      }
    } finally {
      await page.close();
    }
  });

  test("printed, the programme leaves out navigation and filters", async () => {
    const page = await withJs.context.newPage();
    try {
      await page.emulateMedia({ media: "print" });
      await page.goto(`${server.url}/forum/wsis-hle-2025/programme?day=2025-07-10&lang=en`);
      assert.equal(await page.locator(".programme-filters").isVisible(), false);
      assert.equal(await page.locator(".day-nav").isVisible(), false);
      assert.equal(await page.locator(".session").first().isVisible(), true);
    } finally {
      await page.close();
    }
  });
});
