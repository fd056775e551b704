import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import type { Browser } from "./browser.ts";

/**
 * axe on the page as the reader's browser has it. With JavaScript off axe cannot run in that page, so the
 * HTML that browser received is served, unchanged, at the same address to a second browser that can run axe.
 */
export async function axeViolations(page: Page, auditor: Browser) {
  let target = page;
  if (auditor.context !== page.context()) {
    const html = await page.content();
    target = await auditor.context.newPage();
    await target.route(page.url(), (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }));
    await target.goto(page.url());
  }
  const results = await new AxeBuilder({ page: target }).analyze();
  if (target !== page) await target.close();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
  }));
}
