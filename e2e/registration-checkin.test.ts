/// <reference lib="dom" />
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { dstEdition } from "../src/modules/forum/forum.fixtures.ts";
import { loadEdition } from "../src/modules/forum/forum.seed.ts";
import { signedCode } from "../src/modules/registration/codes.ts";
import { insertCategory, insertRegistration } from "../src/modules/registration/registration.fixtures.ts";
import { deriveKey } from "../src/platform/auth/secrets.ts";
import { insertPerson, PASSWORD, signedUpWithRoles } from "../test/support/accounts.ts";
import { axeViolations } from "./support/axe.ts";
import { type Browser, browserSkip, launchBrowser } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const skip = browserSkip();
const SLUG = "dst-test-2025";
const PHONE = { width: 390, height: 844 };

/**
 * Check-in at the door on a phone: accreditation staff sign in, open the check-in page, type a mistyped code
 * (refused, kept to correct), then the right one (checked in, with the person's name and category), then the same
 * badge again in Arabic (already checked in today). Keyboard only, JavaScript on and off, axe clean on every page
 * on the way, nothing wider than the phone's screen; the badges page is axe clean too.
 */
describe("Check-in on a phone in Chromium, axe clean", { skip }, () => {
  let server: RunningServer;
  let withJs: Browser;
  let withoutJs: Browser;
  let eventId: string;
  let categoryId: string;
  let key: Buffer;

  before(async () => {
    server = await startServer();
    // The edition's first morning in Geneva: check-in records arrivals only on the event's days (issue 17).
    server.app.clock.advance(Date.parse("2025-10-24T08:00:00Z") - server.app.clock.now().getTime());
    const db = server.app.handle.db;
    await loadEdition(db, dstEdition());
    eventId = (await db.selectFrom("forumEvent").select("id").where("slug", "=", SLUG).executeTakeFirstOrThrow()).id;
    categoryId = (await insertCategory(db, eventId, { code: "speaker", name: "Speaker", colour: "#b03060" })).id;
    key = deriveKey(server.app.config.sessionSecret, "registration-badge");
    await signedUpWithRoles(server.app, "desk@example.org", [{ role: "accreditation" }]);
    withJs = await launchBrowser({ javaScript: true });
    withoutJs = await launchBrowser({ javaScript: false });
  });
  after(async () => {
    await withJs?.close();
    await withoutJs?.close();
    await server?.close();
  });

  /** An approved on-site registration with a badge, and its printed code. */
  async function badgeHolder(name: string) {
    const db = server.app.handle.db;
    const userId = await insertPerson(db, name);
    const r = await insertRegistration(db, { eventId, userId, preferredName: name, categoryId });
    return signedCode(key, "badge", r.badgeNonce ?? "");
  }

  async function signIn(page: Page) {
    await page.goto(`${server.url}/account/signin?lang=en`);
    await page.fill("#email", "desk@example.org");
    await page.fill("#password", PASSWORD);
    await Promise.all([page.waitForURL(/\/account$/), page.click('main button[type="submit"]')]);
  }

  /** Types into the focused code field, replacing what is there, and sends with Enter. */
  async function typeCode(page: Page, code: string) {
    assert.equal(await page.evaluate(() => document.activeElement?.id), "code", "the code field has the focus");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type(code);
    await Promise.all([page.waitForLoadState("load"), page.waitForNavigation(), page.keyboard.press("Enter")]);
  }

  const fitsThePhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  for (const javaScript of [true, false]) {
    test(`JavaScript ${javaScript ? "on" : "off"}`, async () => {
      const browser = javaScript ? withJs : withoutJs;
      const name = `Phone Arrival ${javaScript ? "JS" : "plain"}`;
      const code = await badgeHolder(name);
      await browser.context.clearCookies();
      const page = await browser.context.newPage();
      await page.setViewportSize(PHONE);
      try {
        await signIn(page);
        await page.goto(`${server.url}/forum/${SLUG}/checkin?lang=en`);
        assert.equal(await page.locator("h1").textContent(), "Check-in: Autumn Test Forum 2025");
        assert.ok(await fitsThePhone(page), "no sideways scrolling on a phone");
        assert.deepEqual(await axeViolations(page, withJs), [], "check-in page");
        // The camera scanner only appears where the browser can read QR codes (not in headless Chromium on Linux).
        assert.equal(await page.locator("#checkin-scan").isVisible(), false);
        // With JavaScript the counts update themselves, with a button to stop that.
        assert.equal(
          await page.getByRole("button", { name: "Stop updating automatically" }).count(),
          javaScript ? 1 : 0,
        );

        // A mistyped code: refused, and kept to be corrected.
        // (A middle character: the last one also carries padding bits, which the signature does not cover.)
        const mistyped = `${code.slice(0, 7)}${code[7] === "0" ? "1" : "0"}${code.slice(8)}`;
        await typeCode(page, mistyped);
        assert.match((await page.locator("#checkin-outcome").textContent()) ?? "", /not a valid badge code/);
        assert.equal(await page.inputValue("#code"), mistyped);
        assert.equal(await page.getAttribute("#code", "aria-invalid"), "true");
        assert.deepEqual(await axeViolations(page, withJs), [], "refused code");

        // The right code, typed the way people do (lower case, no hyphens): checked in.
        await typeCode(page, code.toLowerCase().replaceAll("-", ""));
        const result = page.locator(".checkin-result--ok");
        assert.match((await result.textContent()) ?? "", new RegExp(`${name} is checked in, at \\d\\d:\\d\\d`));
        assert.match((await result.textContent()) ?? "", /Speaker/);
        assert.equal(await page.inputValue("#code"), "", "the field is empty for the next person");
        assert.ok(await fitsThePhone(page));
        assert.deepEqual(await axeViolations(page, withJs), [], "checked in");
        // The counts on the page say one arrival today in the category.
        const today = page.locator(".checkin-counts__table tbody tr").filter({ hasText: "Speaker" });
        assert.match((await today.locator("td.checkin-counts__today").textContent()) ?? "", /^[12]$/);

        // The same badge again, in Arabic: already checked in today.
        await page.goto(`${server.url}/forum/${SLUG}/checkin?lang=ar`);
        assert.equal(await page.getAttribute("html", "dir"), "rtl");
        await typeCode(page, code);
        const refused = (await page.locator("#checkin-outcome").textContent()) ?? "";
        assert.match(refused, new RegExp(`سُجّل وصول ${name} اليوم بالفعل`));
        assert.ok(await fitsThePhone(page));
        assert.deepEqual(await axeViolations(page, withJs), [], "already checked in, Arabic");

        // The badges page, for the same staff.
        await page.goto(`${server.url}/forum/${SLUG}/badges?lang=en`);
        assert.match((await page.locator("main").textContent()) ?? "", new RegExp(name));
        assert.deepEqual(await axeViolations(page, withJs), [], "badges page");
        await page.goto(`${server.url}/forum/${SLUG}/checkin/counts?lang=en`);
        assert.deepEqual(await axeViolations(page, withJs), [], "counts page");
      } finally {
        await page.close();
      }
    });
  }
});
