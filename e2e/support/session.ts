import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { PASSWORD } from "../../test/support/accounts.ts";
import { axeViolations } from "./axe.ts";
import type { Browser } from "./browser.ts";

// Steps many browser tests share: axe on the page as it stands, signing in and out through the forms.

/** axe finds nothing on the page (audited by `auditor`, a JavaScript-on browser, when the page's has it off). */
export async function expectAxeClean(page: Page, auditor: Browser, what: string) {
  assert.deepEqual(await axeViolations(page, auditor), [], `${what} (${page.url()})`);
}

/** Signs in through the sign-in form, as the person would, and waits for their account page. */
export async function signIn(page: Page, url: string, email: string) {
  await page.goto(`${url}/account/signin?lang=en`);
  await page.fill("#email", email);
  await page.fill("#password", PASSWORD);
  await Promise.all([page.waitForURL(/\/account$/), page.click('main button[type="submit"]')]);
}

/** Signs out with the header's button, and checks the sign-in link is back. */
export async function signOut(page: Page, url: string) {
  await Promise.all([page.waitForURL(`${url}/`), page.click('form[action="/account/signout"] button')]);
  assert.equal(await page.locator('a[href="/account/signin"]').count(), 1, "signed out");
}
