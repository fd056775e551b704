/// <reference lib="dom" />
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page, Route } from "playwright-core";
import type { Browser } from "./browser.ts";

type AxeViolation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** The axe-core that @axe-core/playwright runs (its own dependency, so the same version). */
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright")).resolve("axe-core/axe.min.js"),
  "utf8",
);

export interface Violation {
  id: string;
  impact: AxeViolation["impact"];
  help: string;
  nodes: string[];
}

/**
 * What axe's verdict depends on, as the audited page has it: its address, its serialised DOM (with the doctype),
 * the viewport and scroll position, the focused element, the form fields' current values and the media it
 * matches. Two pages alike in all of these get the same verdict, so it is worked out once per test file: the
 * same page reached with JavaScript on and off is audited once when the HTML is the same, twice when it differs.
 */
async function auditKey(page: Page): Promise<string> {
  const state = await page.evaluate(() => {
    const all = document.getElementsByTagName("*");
    return {
      url: location.href,
      doctype: document.doctype ? new XMLSerializer().serializeToString(document.doctype) : "",
      html: document.documentElement.outerHTML,
      viewport: [innerWidth, innerHeight, devicePixelRatio, scrollX, scrollY],
      focus: Array.prototype.indexOf.call(all, document.activeElement),
      fields: Array.from(document.querySelectorAll("input, select, textarea"), (field) => [
        (field as HTMLInputElement).value,
        (field as HTMLInputElement).checked ?? null,
      ]),
      media: [
        "print",
        "(prefers-color-scheme: dark)",
        "(prefers-reduced-motion: reduce)",
        "(forced-colors: active)",
      ].map((query) => matchMedia(query).matches),
    };
  });
  return createHash("sha256").update(JSON.stringify(state)).digest("hex");
}

/** Every verdict this process has worked out, by {@link auditKey}. */
const verdicts = new Map<string, Violation[]>();

/**
 * axe-core's run on the page, every rule, violations only (passes and the rest are not collected, which is where
 * most of a large page's time went). A page without frames is run on directly (@axe-core/playwright would open a
 * second page to merge frames' results); one with frames goes through @axe-core/playwright for them.
 */
async function analyze(page: Page): Promise<AxeViolation[]> {
  if (page.frames().length > 1) {
    return (await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze()).violations;
  }
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
    };
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  });
}

/**
 * Where a JavaScript-off page is audited: one page of the auditor's, kept for the test file, and the audits
 * queued on it one at a time.
 */
const copies = new WeakMap<Browser, { page: Promise<Page>; queue: Promise<unknown> }>();

function inCopy<T>(auditor: Browser, use: (copy: Page) => Promise<T>): Promise<T> {
  let copy = copies.get(auditor);
  if (!copy) {
    copy = { page: auditor.context.newPage(), queue: Promise.resolve() };
    copies.set(auditor, copy);
  }
  const { page } = copy;
  const run = copy.queue.then(async () => use(await page));
  copy.queue = run.catch(() => undefined);
  return run;
}

async function verdict(target: Page): Promise<Violation[]> {
  const key = await auditKey(target);
  let violations = verdicts.get(key);
  if (!violations) {
    violations = (await analyze(target)).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    }));
    verdicts.set(key, violations);
  }
  return violations;
}

/**
 * axe on the page as the reader's browser has it. With JavaScript off axe cannot run in that page, so the
 * HTML that browser received is served, unchanged, at the same address and viewport size to a page of a second
 * browser that can run axe.
 */
export async function axeViolations(page: Page, auditor: Browser): Promise<Violation[]> {
  if (auditor.context === page.context()) return verdict(page);
  const html = await page.content();
  const url = page.url();
  const size = page.viewportSize();
  return inCopy(auditor, async (copy) => {
    if (size) await copy.setViewportSize(size);
    const serve = (route: Route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" });
    await copy.route(url, serve);
    try {
      await copy.goto(url);
      return await verdict(copy);
    } finally {
      await copy.unroute(url, serve);
      // Away from the address, so that the next copy is loaded anew even when only its fragment differs.
      await copy.goto("about:blank");
    }
  });
}
