import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { dstEdition } from "../src/modules/forum/forum.fixtures.ts";
import { loadEdition } from "../src/modules/forum/forum.seed.ts";
import { WSIS_FORUM_2027_CATEGORIES } from "../src/modules/registration/data/wsis-forum-2027.ts";
import { insertCategory } from "../src/modules/registration/registration.fixtures.ts";
import { signedUp, signedUpWithRoles } from "../test/support/accounts.ts";
import { type Browser, browserSkip, launchBrowser } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { expectAxeClean, signIn } from "./support/session.ts";

const skip = browserSkip();
const SLUG = "self-accreditation-2099";
const MINISTRY = "Ministry of Foreign Affairs of Examplestan";
const FOUNDER = "founder@example.org";
const SECOND = "second-account@example.org";
const SECRETARIAT = "secretariat@example.org";

/** Follows a form's button and waits for the page it leads to. */
async function submit(page: Page, selector: string) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

/**
 * Issue 16 §1 and §7, the self-accreditation attack, in Chromium with JavaScript off: one person creates "Ministry
 * of Foreign Affairs of …" (stakeholder type government) and is its focal point at once; a second account of theirs
 * joins and the first approves it; the second registers on site in the automatically accredited "Government
 * delegation" category with a visa letter request. Today's platform let the first account approve it and the
 * second download a letter that /verify called valid. Now the organisation is unverified, so the request is the
 * secretariat's: the focal point cannot see or decide it, and there is no letter.
 */
describe("The self-accreditation attack ends with the request at the secretariat and no letter", { skip }, () => {
  let server: RunningServer;
  let browser: Browser;
  let auditor: Browser;
  let governmentCategory: string;

  before(async () => {
    server = await startServer();
    const db = server.app.handle.db;
    await loadEdition(db, {
      ...dstEdition(),
      slug: SLUG,
      title: { en: "Self-Accreditation Forum 2099" },
      startsOn: "2099-10-24",
      endsOn: "2099-10-27",
      sessions: [],
    });
    const eventId = (await db.selectFrom("forumEvent").select("id").where("slug", "=", SLUG).executeTakeFirstOrThrow())
      .id;
    // The demo edition's categories as the data file declares them (which stakeholder types each admits).
    for (const [position, category] of WSIS_FORUM_2027_CATEGORIES.entries()) {
      const row = await insertCategory(db, eventId, {
        code: category.code,
        name: category.name.en,
        colour: category.colour,
        autoAccredited: category.autoAccredited ? 1 : 0,
        admittedStakeholderTypes: JSON.stringify(category.admittedStakeholderTypes),
        position,
      });
      if (category.code === "government") governmentCategory = row.id;
    }
    await signedUp(server.app, FOUNDER, "First Account");
    await signedUp(server.app, SECOND, "Second Account");
    await signedUpWithRoles(server.app, SECRETARIAT, [{ role: "moderator" }]);
    browser = await launchBrowser({ javaScript: false });
    auditor = await launchBrowser({ javaScript: true });
  });
  after(async () => {
    await browser?.close();
    await auditor?.close();
    await server?.close();
  });

  test("create, join, approve, register with a visa request: the focal point cannot decide, no letter", async () => {
    const url = server.url;
    const db = server.app.handle.db;
    const page = await browser.context.newPage();
    try {
      // 1. The first account creates the "ministry": it is its focal point, and the organisation is not verified.
      await signIn(page, url, FOUNDER);
      await page.goto(`${url}/organizations/new?lang=en`);
      await page.fill("#name", MINISTRY);
      await page.selectOption("#stakeholderTypeCode", "government");
      await page.selectOption("#countryCode", "KE");
      await submit(page, 'main button[type="submit"]');
      const organizationId = /\/organizations\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
      assert.ok(organizationId, page.url());
      const main = async () => (await page.locator("main").textContent()) ?? "";
      assert.match(await main(), /You are its focal point/);
      assert.match(await main(), /Not verified/);
      assert.match(await main(), /the secretariat decides the accreditation requests of its people/);
      await expectAxeClean(page, auditor, "an unverified organisation's page");

      // 2. The second account asks to join; 3. the first approves it at once.
      await page.context().clearCookies();
      await signIn(page, url, SECOND);
      await page.goto(`${url}/organizations/${organizationId}?lang=en`);
      await submit(page, 'main form[action$="/join"] button');
      await page.context().clearCookies();
      await signIn(page, url, FOUNDER);
      await page.goto(`${url}/organizations/${organizationId}?lang=en`);
      await submit(page, 'main form[action*="/members/"][action$="/approve"] button');
      assert.match(await main(), /The request is approved/);

      // 4. The second account registers on site, in the automatically accredited Government delegation category,
      // under the ministry, with a visa letter request.
      await page.context().clearCookies();
      await signIn(page, url, SECOND);
      await page.goto(`${url}/forum/${SLUG}/register?lang=en`);
      await page.check("#attendance-0");
      await page.fill("#passportName", "SECOND ACCOUNT");
      await page.fill("#organizationName", MINISTRY);
      await page.selectOption("#organizationId", organizationId);
      await page.selectOption("#stakeholderTypeCode", "government");
      await page.selectOption("#countryCode", "KE");
      await page.selectOption("#nationalityCode", "KE");
      await page.selectOption("#categoryId", governmentCategory);
      await page.check("#needsVisa");
      await page.fill("#passportNumber", "EX1234567");
      await page.fill("#passportExpiresOn", "2101-03-31");
      await page.fill("#bornOn", "1988-05-14");
      await page.fill("#interestWhy", "To attend.");
      await page.check("#consent");
      await submit(page, 'main form button[type="submit"]');
      assert.match(page.url(), /\/forum\/registrations\/[0-9a-f-]{36}\?done=registered$/);
      const registrationId = /registrations\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
      assert.match(await main(), /Submitted/);

      // 5. The first account, the "focal point", finds nothing to decide and cannot open or decide the request.
      await page.context().clearCookies();
      await signIn(page, url, FOUNDER);
      await page.goto(`${url}/forum/${SLUG}/accreditation?lang=en`);
      assert.equal(await page.locator(`main a[href$="/accreditation/${registrationId}"]`).count(), 0);
      const request = await page.goto(`${url}/forum/${SLUG}/accreditation/${registrationId}?lang=en`);
      assert.equal(request?.status(), 403);
      const forced = await page.request.post(`${url}/forum/${SLUG}/accreditation/${registrationId}/decision`, {
        form: { decision: "approve", reason: "" },
        headers: { origin: url },
        maxRedirects: 0,
      });
      assert.equal(forced.status(), 403, "a forged approval is refused");

      // 6. The request is at the secretariat, routed to it.
      await page.context().clearCookies();
      await signIn(page, url, SECRETARIAT);
      await page.goto(`${url}/forum/${SLUG}/accreditation?lang=en`);
      const row = page.locator("main tr", { has: page.locator(`a[href$="/accreditation/${registrationId}"]`) });
      assert.equal(await row.count(), 1, "in the secretariat's queue");
      assert.match((await row.textContent()) ?? "", /Secretariat/);
      assert.match((await row.textContent()) ?? "", /Submitted/);
      await expectAxeClean(page, auditor, "the secretariat's queue");

      // 7. No letter for the second account.
      await page.context().clearCookies();
      await signIn(page, url, SECOND);
      await page.goto(`${url}/forum/registrations/${registrationId}?lang=en`);
      assert.equal(await page.locator(`a[href$="/letter.pdf"]`).count(), 0, "no letter link");
      const letter = await page.request.get(`${url}/forum/registrations/${registrationId}/letter.pdf`);
      assert.equal(letter.status(), 404, "no letter");

      const stored = await db
        .selectFrom("forumRegistration")
        .select(["state", "route", "letterNonce", "decidedAs"])
        .where("id", "=", registrationId)
        .executeTakeFirstOrThrow();
      assert.deepEqual(stored, { state: "submitted", route: "secretariat", letterNonce: null, decidedAs: null });
      const decisions = await db
        .selectFrom("auditEvent")
        .select("action")
        .where("objectId", "=", registrationId)
        .where("action", "like", "registration.%")
        .execute();
      assert.deepEqual(
        decisions.map((d) => d.action),
        ["registration.create"],
        "nobody decided anything",
      );
    } finally {
      await page.close();
    }
  });
});
