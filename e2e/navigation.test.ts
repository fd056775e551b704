/// <reference lib="dom" />
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { dstEdition } from "../src/modules/forum/forum.fixtures.ts";
import { loadEdition } from "../src/modules/forum/forum.seed.ts";
import { signedUpWithRoles } from "../test/support/accounts.ts";
import { type Browser, browserSkip, launchBrowser } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { expectAxeClean, signIn } from "./support/session.ts";

const skip = browserSkip();
const PHONE = { width: 375, height: 812 };

/** Pixels from the top of the page to the bottom of the header. */
const headerHeight = (page: Page) =>
  page.evaluate(() => document.querySelector(".site-header")?.getBoundingClientRect().bottom ?? 0);

/**
 * The compact header on a phone (the navigation folds into a <details> menu, so it works without JavaScript),
 * the full header on a wide screen, and the staff home: English and Arabic, JavaScript on and off, axe clean.
 */
describe("navigation and the staff home in Chromium", { skip }, () => {
  let server: RunningServer;
  let withJs: Browser;
  let withoutJs: Browser;
  before(async () => {
    server = await startServer();
    await loadEdition(server.app.handle.db, dstEdition());
    await signedUpWithRoles(server.app, "staff@example.org", [{ role: "admin" }]);
    withJs = await launchBrowser({ javaScript: true });
    withoutJs = await launchBrowser({ javaScript: false });
  });
  after(async () => {
    await withJs?.close();
    await withoutJs?.close();
    await server?.close();
  });

  for (const javaScript of [true, false]) {
    for (const locale of ["en", "ar"]) {
      test(`at 375 px the header folds into a menu (${locale}, JavaScript ${javaScript ? "on" : "off"})`, async () => {
        const browser = javaScript ? withJs : withoutJs;
        const page = await browser.context.newPage();
        try {
          await page.setViewportSize(PHONE);
          await page.goto(`${server.url}/stocktaking?lang=${locale}`);
          const closed = await headerHeight(page);
          process.stdout.write(`# header at 375 px, ${locale}, menus closed: ${closed.toFixed(0)} px of 812\n`);
          assert.ok(closed <= 130, `the header takes ${closed} px`);
          const stocktaking = page.locator('.site-nav a[href="/stocktaking"]');
          assert.equal(await stocktaking.isVisible(), false, "the links wait behind the menu");
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow}px`);
          await expectAxeClean(page, withJs, `phone header, closed, ${locale}`);

          await page.click(".site-menu--nav > summary");
          assert.equal(await stocktaking.isVisible(), true, "the menu opens without script");
          assert.equal(await page.locator('.site-nav a[href="/account/signin"]').isVisible(), true);
          await expectAxeClean(page, withJs, `phone header, menu open, ${locale}`);
          await Promise.all([page.waitForURL(/\/forum/), page.click('.site-nav a[href="/forum"]')]);

          await page.click(".site-menu--languages > summary");
          const other = locale === "en" ? "ar" : "en";
          await Promise.all([
            page.waitForURL(new RegExp(`lang=${other}`)),
            page.click(`.languages a[hreflang="${other}"]`),
          ]);
          assert.equal(await page.getAttribute("html", "lang"), other);
        } finally {
          await page.close();
        }
      });
    }
  }

  test("on a wide screen every link shows at once, without opening anything", async () => {
    for (const browser of [withJs, withoutJs]) {
      const page = await browser.context.newPage();
      try {
        await page.goto(`${server.url}/?lang=en`);
        assert.equal(await page.locator('.site-nav a[href="/stocktaking"]').isVisible(), true);
        assert.equal(await page.locator('.languages a[hreflang="zh"]').isVisible(), true);
        assert.equal(await page.locator(".site-menu > summary").first().isVisible(), false);
      } finally {
        await page.close();
      }
    }
  });

  for (const javaScript of [true, false]) {
    test(`the staff home, from the header, in English and Arabic (JavaScript ${javaScript ? "on" : "off"})`, async () => {
      const browser = javaScript ? withJs : withoutJs;
      const page = await browser.context.newPage();
      try {
        await signIn(page, server.url, "staff@example.org");
        await Promise.all([page.waitForURL(/\/admin$/), page.click('.account-nav a[href="/admin"]')]);
        for (const locale of ["en", "ar"]) {
          await page.goto(`${server.url}/admin?lang=${locale}`);
          for (const href of ["/stocktaking/moderation", "/admin/people", "/admin/audit", "/admin/mail"]) {
            assert.equal(await page.locator(`.staff-task a[href="${href}"]`).count(), 1, `${locale} ${href}`);
          }
          assert.ok(await page.locator('.staff-task a[href$="/accreditation"]').count(), "a Forum edition's tools");
          await expectAxeClean(page, withJs, `staff home ${locale}`);
          await page.setViewportSize(PHONE);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 1, `the staff home scrolls sideways by ${overflow}px`);
          await expectAxeClean(page, withJs, `staff home at 375 px ${locale}`);
          await page.setViewportSize({ width: 1280, height: 900 });
        }
        await Promise.all([
          page.waitForURL(/\/stocktaking\/moderation/),
          page.click('.staff-task a[href="/stocktaking/moderation"]'),
        ]);
      } finally {
        await page.close();
      }
    });
  }
});
