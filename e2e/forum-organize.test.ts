/// <reference lib="dom" />
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { dstEdition } from "../src/modules/forum/forum.fixtures.ts";
import { loadEdition } from "../src/modules/forum/forum.seed.ts";
import { PASSWORD, signedUp, signedUpWithRoles } from "../test/support/accounts.ts";
import { axeViolations } from "./support/axe.ts";
import { type Browser, browserSkip, launchBrowser } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const skip = browserSkip();
const SLUG = "dst-test-2025";

/**
 * Scheduling to agenda: an organiser puts a session in a room and a slot (after a refused first try) and publishes
 * it; a visitor finds it in the public programme by day and by filter and adds it to their agenda. JavaScript on
 * and off; axe finds nothing on any page on the way, in English and in Arabic.
 */
describe("Forum scheduling and personal agendas in Chromium, axe clean", { skip }, () => {
  let server: RunningServer;
  let withJs: Browser;
  let withoutJs: Browser;
  before(async () => {
    server = await startServer();
    await loadEdition(server.app.handle.db, dstEdition());
    await signedUpWithRoles(server.app, "organizer@example.org", [{ role: "organizer" }]);
    await signedUp(server.app, "visitor@example.org", "Visitor");
    withJs = await launchBrowser({ javaScript: true });
    withoutJs = await launchBrowser({ javaScript: false });
  });
  after(async () => {
    await withJs?.close();
    await withoutJs?.close();
    await server?.close();
  });

  async function signIn(page: Page, email: string) {
    await page.goto(`${server.url}/account/signin?lang=en`);
    await page.fill("#email", email);
    await page.fill("#password", PASSWORD);
    await Promise.all([page.waitForURL(/\/account$/), page.click('main button[type="submit"]')]);
  }

  for (const javaScript of [true, false]) {
    test(`JavaScript ${javaScript ? "on" : "off"}`, async () => {
      const browser = javaScript ? withJs : withoutJs;
      const title = `Browser-scheduled workshop (JavaScript ${javaScript ? "on" : "off"})`;
      const [start, end] = javaScript ? ["11:00", "12:00"] : ["12:00", "13:00"];
      await browser.context.clearCookies();
      const page = await browser.context.newPage();
      try {
        await signIn(page, "organizer@example.org");
        await page.goto(`${server.url}/forum/${SLUG}/organize`);
        assert.deepEqual(await axeViolations(page, withJs), [], "organize");
        await Promise.all([
          page.waitForURL(/\/organize\/sessions\/new$/),
          page.getByRole("link", { name: "New session" }).click(),
        ]);
        assert.deepEqual(await axeViolations(page, withJs), [], "new session form");

        await page.fill("#title", title);
        await page.fill("#description", "Put in a room and a slot from the browser.");
        await page.selectOption("#typeCode", "workshop");
        await page.selectOption("#trackId", { label: "Main Track" });
        await page.selectOption("#roomId", { label: "Room 1 (30)" });
        await page.fill("#day", "2025-10-26");
        await page.fill("#start", start);
        await page.fill("#end", "09:00");
        await page.check('input[name="actionLines"][value="C5"]');
        await page.click('main button[type="submit"]');
        // Refused: the end is before the start; what was typed is kept and the summary names the field.
        await page.waitForSelector(".error-summary");
        assert.match((await page.locator(".error-summary").textContent()) ?? "", /Ends at: The end must be later/);
        assert.equal(await page.inputValue("#title"), title);
        assert.equal(await page.isChecked('input[name="actionLines"][value="C5"]'), true);
        assert.deepEqual(await axeViolations(page, withJs), [], "rejected form");
        await page.fill("#end", end);
        await Promise.all([page.waitForURL(/\/organize\?done=saved$/), page.click('main button[type="submit"]')]);

        await Promise.all([
          page.waitForURL(/\/organize\?done=published$/),
          page.getByRole("button", { name: `Publish ${title}` }).click(),
        ]);
        // The organiser's pages in Arabic, right to left.
        for (const path of ["/organize", "/organize/sessions/new"]) {
          await page.goto(`${server.url}/forum/${SLUG}${path}?lang=ar`);
          assert.equal(await page.getAttribute("html", "dir"), "rtl");
          assert.deepEqual(await axeViolations(page, withJs), [], `${path} ar`);
        }
        await browser.context.clearCookies();

        // A visitor finds it by day, then by a filter, and keeps it.
        await signIn(page, "visitor@example.org");
        await page.goto(`${server.url}/forum/${SLUG}/programme`);
        await Promise.all([
          page.waitForURL(/day=2025-10-26/),
          page.locator('.day-nav a[href*="day=2025-10-26"]').click(),
        ]);
        assert.ok((await page.locator(".session h4").allTextContents()).some((s) => s.trim() === title));
        await page.selectOption("#type", "workshop");
        await Promise.all([page.waitForURL(/type=workshop/), page.getByRole("button", { name: "Show" }).click()]);
        assert.ok((await page.locator(".session h4").allTextContents()).some((s) => s.trim() === title));
        assert.deepEqual(await axeViolations(page, withJs), [], "programme, filtered");
        await Promise.all([
          page.waitForURL(/type=workshop/),
          page.getByRole("button", { name: `Add to my agenda ${title}` }).click(),
        ]);
        assert.equal(await page.getByRole("button", { name: `Remove from my agenda ${title}` }).count(), 1);

        for (const locale of ["en", "ar"]) {
          await page.goto(`${server.url}/forum/agenda?lang=${locale}`);
          assert.equal(await page.getAttribute("html", "dir"), locale === "ar" ? "rtl" : "ltr");
          assert.ok((await page.locator(".session h4").allTextContents()).some((s) => s.trim() === title));
          assert.deepEqual(await axeViolations(page, withJs), [], `agenda ${locale}`);
        }
      } finally {
        await page.close();
      }
    });
  }
});
