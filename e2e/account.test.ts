/// <reference lib="dom" />
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { type Browser, browserSkip, launchBrowser } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { expectAxeClean } from "./support/session.ts";

const skip = browserSkip();

/** Presses Tab until the element matching `selector` has focus, as a keyboard user would; fails after 60 presses. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector} on ${page.url()}`);
}

/** Presses Enter to send a form and waits for the page that answers it (the same address, for a rejected form). */
async function pressEnterAndWait(page: Page) {
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
}

describe("an account, by keyboard only, in Chromium", { skip }, () => {
  let server: RunningServer;
  let browser: Browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser({ javaScript: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test("sign up, confirm from the mail, sign in, sign out; every page axe clean", async () => {
    const page = await browser.context.newPage();
    const email = "keyboard.user@example.org";
    const password = "a keyboard only passphrase";
    try {
      await page.goto(`${server.url}/?lang=en`);
      await tabTo(page, 'a[href="/account/signup"]');
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/account\/signup$/);
      await expectAxeClean(page, browser, "sign-up form");

      // A first try with a short password: the error is announced, linked, and the typing is kept.
      await tabTo(page, "#displayName");
      await page.keyboard.type("Keyboard User");
      await page.keyboard.press("Tab");
      await page.keyboard.type(email);
      await page.keyboard.press("Tab");
      await page.keyboard.type("short");
      await pressEnterAndWait(page);
      assert.match((await page.locator(".error-summary").textContent()) ?? "", /at least 10 characters/);
      assert.equal(await page.inputValue("#email"), email);
      assert.equal(await page.inputValue("#password"), "");
      await expectAxeClean(page, browser, "sign-up form with an error");

      await tabTo(page, "#password");
      await page.keyboard.type(password);
      await pressEnterAndWait(page);
      assert.equal((await page.locator("h1").textContent())?.trim(), "Check your email");
      await expectAxeClean(page, browser, "check your email");

      const mail = (await server.app.mail()).find((m) => m.to === email);
      assert.ok(mail, "the verification mail is in the outbox");
      const link = /http:\/\/localhost:3000(\/account\/verify\?token=[\w-]+)/.exec(mail.text)?.[1];
      assert.ok(link);
      await page.goto(`${server.url}${link}`);
      await expectAxeClean(page, browser, "confirm email");
      await tabTo(page, 'main button[type="submit"]');
      await pressEnterAndWait(page);
      assert.equal((await page.locator("h1").textContent())?.trim(), "Your email address is confirmed");
      await expectAxeClean(page, browser, "email confirmed");

      await tabTo(page, 'main a[href="/account/signin"]');
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/account\/signin$/);
      await expectAxeClean(page, browser, "sign-in form");
      await tabTo(page, "#email");
      await page.keyboard.type(email);
      await page.keyboard.press("Tab");
      await page.keyboard.type(password);
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/account$/);
      assert.equal((await page.locator("h1").textContent())?.trim(), "Your account");
      await expectAxeClean(page, browser, "account");

      await tabTo(page, 'form[action="/account/signout"] button');
      await page.keyboard.press("Enter");
      await page.waitForURL(`${server.url}/`);
      assert.equal(await page.locator('a[href="/account/signin"]').count(), 1, "signed out: the sign-in link is back");
      await page.goto(`${server.url}/account`);
      assert.match(page.url(), /\/account\/signin\?next=%2Faccount$/);
    } finally {
      await page.close();
    }
  });
});
