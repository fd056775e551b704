/// <reference lib="dom" />
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { dstEdition } from "../src/modules/forum/forum.fixtures.ts";
import { loadEdition } from "../src/modules/forum/forum.seed.ts";
import { localDate } from "../src/platform/time.ts";
import { signedUp, signedUpWithRoles } from "../test/support/accounts.ts";
import { type Browser, browserSkip, launchBrowser } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { expectAxeClean, signIn, signOut } from "./support/session.ts";

const skip = browserSkip();
const SLUG = "dst-test-2025";
const PROPOSER = "proposer@example.org";
const REVIEWER = "reviewer@example.org";
const ORGANIZER = "organizer@example.org";
const DAY = 24 * 3600_000;

describe("the Open Consultation Process in Chromium: propose, review, accept, schedule, find, keep; axe clean", {
  skip,
}, () => {
  let server: RunningServer;
  let withJs: Browser;
  let withoutJs: Browser;
  before(async () => {
    server = await startServer();
    await loadEdition(server.app.handle.db, dstEdition());
    await signedUp(server.app, PROPOSER, "Pat Proposer");
    await signedUpWithRoles(server.app, REVIEWER, [{ role: "reviewer" }]);
    const organizer = await signedUpWithRoles(server.app, ORGANIZER, [{ role: "organizer" }]);
    // An open call, already extended once, so the page says so.
    const day = (offset: number) => localDate(new Date(Date.now() + offset * DAY), "Europe/Zurich");
    const opened = await organizer.post(`/forum/${SLUG}/call/manage`, {
      opensOn: day(-10),
      closesOn: day(5),
      criteria: "Relevance to the WSIS Action Lines\nDiversity of speakers\nInteractivity",
    });
    assert.equal(opened.status, 303);
    assert.equal((await organizer.post(`/forum/${SLUG}/call/extend`, { extendedTo: day(12) })).status, 303);
    withJs = await launchBrowser({ javaScript: true });
    withoutJs = await launchBrowser({ javaScript: false });
  });
  after(async () => {
    await withJs?.close();
    await withoutJs?.close();
    await server?.close();
  });

  for (const javaScript of [true, false]) {
    test(`JavaScript ${javaScript ? "on" : "off"}`, async () => {
      const browser = javaScript ? withJs : withoutJs;
      const page = await browser.context.newPage();
      const title = `Community networks, JavaScript ${javaScript ? "on" : "off"}`;
      const [start, end] = javaScript ? ["12:00", "13:00"] : ["16:00", "17:00"];
      try {
        // The public call page, in English and in Arabic.
        await page.goto(`${server.url}/forum/${SLUG}/call?lang=en`);
        assert.match((await page.locator("main").textContent()) ?? "", /Extended from .+ to /);
        assert.match((await page.locator(".call-phase").textContent()) ?? "", /Open/);
        await expectAxeClean(page, withJs, "call page");
        await page.goto(`${server.url}/forum/${SLUG}/call?lang=ar`);
        assert.equal(await page.getAttribute("html", "dir"), "rtl");
        await expectAxeClean(page, withJs, "Arabic call page");

        // The proposer forgets the title, then proposes and submits.
        await signIn(page, server.url, PROPOSER);
        await page.goto(`${server.url}/forum/${SLUG}/call`);
        await Promise.all([
          page.waitForURL(/\/proposals\/new$/),
          page.getByRole("link", { name: "Propose a session" }).click(),
        ]);
        await expectAxeClean(page, withJs, "proposal form");
        await page.selectOption("#format", "workshop");
        await page.fill("#description", "Connecting the last mile with community-owned networks.");
        await page.check('input[name="actionLines"][value="C2"]');
        await page.fill("#speaker1Name", "Grace Mwangi");
        await page.fill("#speaker1Organization", "University of Nairobi");
        const submit = page.getByRole("button", { name: "Save and submit" });
        await Promise.all([page.waitForNavigation(), submit.click()]);
        assert.equal(await page.locator('.error-summary a[href="#title"]').count(), 1, "the missing title is named");
        assert.equal(await page.inputValue("#speaker1Name"), "Grace Mwangi", "what was typed stays");
        await expectAxeClean(page, withJs, "proposal form with an error");
        await page.fill("#title", title);
        await Promise.all([page.waitForURL(/\/forum\/proposals\/[0-9a-f-]{36}\?done=submitted$/), submit.click()]);
        assert.equal((await page.locator(".proposal-state").textContent())?.trim(), "Submitted, under review");
        await expectAxeClean(page, withJs, "proposal page");
        await page.goto(`${server.url}/forum/proposals/mine`);
        assert.equal(await page.getByRole("link", { name: title }).count(), 1);
        await expectAxeClean(page, withJs, "my proposals");
        await signOut(page, server.url);

        // A reviewer scores it from the queue.
        await signIn(page, server.url, REVIEWER);
        await page.goto(`${server.url}/forum/${SLUG}/proposals/review`);
        await expectAxeClean(page, withJs, "review queue");
        await Promise.all([
          page.waitForURL(/\/forum\/proposals\/[0-9a-f-]{36}$/),
          page.getByRole("link", { name: title }).click(),
        ]);
        await page.check("#score0-4");
        await page.check("#score1-3");
        await page.check("#score2-5");
        await page.fill("#comment", "Strong on interactivity.");
        await Promise.all([
          page.waitForURL(/\?done=reviewed$/),
          page.getByRole("button", { name: "Save review" }).click(),
        ]);
        assert.equal((await page.locator(".average-score").first().textContent())?.trim(), "4");
        await expectAxeClean(page, withJs, "proposal with a review");
        await signOut(page, server.url);

        // The organizer accepts it.
        await signIn(page, server.url, ORGANIZER);
        await page.goto(`${server.url}/forum/${SLUG}/proposals/review`);
        await Promise.all([
          page.waitForURL(/\/forum\/proposals\/[0-9a-f-]{36}$/),
          page.getByRole("link", { name: title }).click(),
        ]);
        await expectAxeClean(page, withJs, "decision form");
        await Promise.all([
          page.waitForURL(/\?done=decided$/),
          page.getByRole("button", { name: "Accept", exact: true }).click(),
        ]);
        assert.equal((await page.locator(".proposal-state").textContent())?.trim(), "Accepted");
        const mail = (await server.app.mail()).filter((m) => m.to === PROPOSER).at(-1);
        assert.match(mail?.subject ?? "", /was accepted/);

        // ... and schedules the draft session it became: a room and a slot the day after the clocks go back, then
        // publishes it.
        await Promise.all([
          page.waitForURL(/\/organize\/sessions\/[0-9a-f-]{36}$/),
          page.getByRole("link", { name: "Schedule the draft session it became" }).click(),
        ]);
        assert.equal(await page.inputValue("#title"), title, "the session carries the proposal's title");
        await expectAxeClean(page, withJs, "the draft session's form");
        await page.selectOption("#trackId", { label: "Main Track" });
        await page.selectOption("#roomId", { label: "Room 1 (30)" });
        await page.fill("#day", "2025-10-27");
        await page.fill("#start", start);
        await page.fill("#end", end);
        await Promise.all([page.waitForNavigation(), page.click('main button[type="submit"]')]);
        if (!/\/organize\?done=saved$/.test(page.url())) {
          assert.fail(`not saved: ${await page.locator(".error-summary").textContent()}`);
        }
        await Promise.all([
          page.waitForURL(/\/organize\?done=published$/),
          page.getByRole("button", { name: `Publish ${title}` }).click(),
        ]);
        await signOut(page, server.url);

        // The proposer finds it in the public programme by day, then by a filter, and keeps it in their agenda.
        await signIn(page, server.url, PROPOSER);
        await page.goto(`${server.url}/forum/${SLUG}/programme`);
        await Promise.all([
          page.waitForURL(/day=2025-10-27/),
          page.locator('.day-nav a[href*="day=2025-10-27"]').click(),
        ]);
        const shown = page.locator(".session", { has: page.locator("h4", { hasText: title }) });
        assert.equal(await shown.count(), 1, "found by day");
        assert.match(
          (await shown.textContent()) ?? "",
          new RegExp(`${start}\\s*–\\s*${end}`),
          "at the wall-clock time chosen",
        );
        await page.selectOption("#actionLine", "C2");
        await Promise.all([page.waitForURL(/actionLine=C2/), page.getByRole("button", { name: "Show" }).click()]);
        assert.equal(await shown.count(), 1, "found by the Action Line filter");
        await expectAxeClean(page, withJs, "programme filtered by Action Line");
        await Promise.all([
          page.waitForURL(/actionLine=C2/),
          page.getByRole("button", { name: `Add to my agenda ${title}` }).click(),
        ]);
        assert.equal(await page.getByRole("button", { name: `Remove from my agenda ${title}` }).count(), 1);
        await page.goto(`${server.url}/forum/agenda`);
        assert.ok((await page.locator(".session h4").allTextContents()).some((t) => t.trim() === title));
        await expectAxeClean(page, withJs, "personal agenda");
        await signOut(page, server.url);
      } finally {
        await page.close();
      }
    });
  }
});
