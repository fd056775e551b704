/// <reference lib="dom" />
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { axeViolations } from "./support/axe.ts";
import { type Browser, browserSkip, launchBrowser } from "./support/browser.ts";
import { HomePage } from "./support/pages.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const skip = browserSkip();

describe("walking home → an Action Line → an SDG in Chromium", { skip }, () => {
  let server: RunningServer;
  let withJs: Browser;
  let withoutJs: Browser;
  before(async () => {
    server = await startServer();
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
      test(`${locale}, JavaScript ${javaScript ? "on" : "off"}: every page reached by links, axe clean`, async () => {
        const browser = javaScript ? withJs : withoutJs;
        const page = await browser.context.newPage();
        try {
          await page.goto(`${server.url}/?lang=${locale}`);
          const home = await HomePage.verifyOnPage(page, locale);
          assert.deepEqual(await axeViolations(page, withJs), [], `home (${page.url()})`);

          const list = await home.openActionLines();
          assert.deepEqual(await axeViolations(page, withJs), [], `Action Lines (${page.url()})`);

          const line = await list.openLine("C5");
          assert.deepEqual(await axeViolations(page, withJs), [], `C5 (${page.url()})`);

          await line.openGoal(9);
          assert.deepEqual(await axeViolations(page, withJs), [], `SDG 9 (${page.url()})`);

          await page.goto(`${server.url}/matrix`);
          assert.equal(await page.getAttribute("html", "lang"), locale, "the language choice is remembered");
          assert.deepEqual(await axeViolations(page, withJs), [], `matrix (${page.url()})`);
        } finally {
          await page.close();
        }
      });
    }
  }

  test("keyboard: the first Tab reaches the skip link, which moves focus to the content", async () => {
    const page = await withJs.context.newPage();
    try {
      await page.goto(`${server.url}/action-lines/C5?lang=en`);
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => document.activeElement?.getAttribute("href"));
      assert.equal(focused, "#main");
      await page.keyboard.press("Enter");
      assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
      assert.ok(await page.locator(".skip-link").isVisible(), "visible when focused");
    } finally {
      await page.close();
    }
  });

  test("on a phone-sized screen the matrix scrolls inside its region, not the page", async () => {
    const page = await withJs.context.newPage();
    try {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`${server.url}/matrix?lang=en`);
      const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(pageOverflow <= 1, `the page itself scrolls sideways by ${pageOverflow}px`);
      const region = page.locator(".table-scroll");
      const inner = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
      assert.ok(inner > 0, "the table scrolls within its region");
      assert.deepEqual(await axeViolations(page, withJs), []);
    } finally {
      await page.close();
    }
  });
});
