import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { i18nFor } from "../../src/platform/i18n/i18n.ts";
import type { Locale } from "../../src/platform/i18n/locale.ts";

/**
 * Page objects: each knows how to recognise its page in any of the six languages (from the same catalogue
 * the app uses) and how to move on from it, the way a reader would, by following visible links.
 */
async function verifyShell(page: Page, locale: Locale) {
  assert.equal(await page.getAttribute("html", "lang"), locale);
  assert.equal(await page.getAttribute("html", "dir"), locale === "ar" ? "rtl" : "ltr");
  assert.equal(await page.locator("main#main").count(), 1, "one main landmark");
}

export class HomePage {
  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {}

  static async verifyOnPage(page: Page, locale: Locale) {
    await verifyShell(page, locale);
    const i18n = i18nFor(locale);
    assert.equal((await page.locator("h1").textContent())?.trim(), i18n.t("home.title"));
    return new HomePage(page, locale);
  }

  async openActionLines() {
    const nav = this.page.getByRole("navigation", { name: i18nFor(this.locale).t("layout.mainNav") });
    await nav.getByRole("link", { name: i18nFor(this.locale).t("nav.actionLines") }).click();
    return ActionLineListPage.verifyOnPage(this.page, this.locale);
  }
}

export class ActionLineListPage {
  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {}

  static async verifyOnPage(page: Page, locale: Locale) {
    await verifyShell(page, locale);
    assert.equal((await page.locator("h1").textContent())?.trim(), i18nFor(locale).t("actionLines.title"));
    assert.equal(await page.locator('main a[href^="/action-lines/C"]').count(), 19);
    return new ActionLineListPage(page, locale);
  }

  async openLine(code: string) {
    await this.page.locator(`main a[href="/action-lines/${code}"]`).first().click();
    return ActionLinePage.verifyOnPage(this.page, this.locale, code);
  }
}

export class ActionLinePage {
  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {}

  static async verifyOnPage(page: Page, locale: Locale, code: string) {
    await verifyShell(page, locale);
    assert.equal((await page.locator("h1 .code").textContent())?.trim(), code);
    const i18n = i18nFor(locale);
    assert.equal(
      (await page.locator("#facilitators").textContent())?.trim(),
      i18n.t("actionLine.facilitators"),
      "the facilitators section is there",
    );
    return new ActionLinePage(page, locale);
  }

  async openGoal(number: number) {
    await this.page.locator(`main a[href="/sdgs/${number}"]`).first().click();
    return SdgPage.verifyOnPage(this.page, this.locale, number);
  }
}

export class SdgPage {
  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {}

  static async verifyOnPage(page: Page, locale: Locale, number: number) {
    await verifyShell(page, locale);
    const heading = (await page.locator("h1").textContent()) ?? "";
    assert.ok(heading.includes(i18nFor(locale).t("sdgs.goal", { number })), heading);
    return new SdgPage(page, locale);
  }
}
