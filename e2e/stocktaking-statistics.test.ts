/// <reference lib="dom" />
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createStocktakingSearch } from "../src/modules/stocktaking/search/search.ts";
import { upsertPublished } from "../src/modules/stocktaking/stocktaking.import.ts";
import { EntryInput } from "../src/modules/stocktaking/stocktaking.schema.ts";
import { axeViolations } from "./support/axe.ts";
import { type Browser, browserSkip, launchBrowser } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const skip = browserSkip();

/** Three published entries: Africa twice over (one entry in two African countries), and the Arab States once. */
const ENTRIES = [
  { name: "Sahel schools", countries: ["ML", "NE"], actionLines: ["C2", "C7.e-learning"], sdgs: [4, 9] },
  { name: "Nile clinics", countries: ["EG"], actionLines: ["C7.e-health"], sdgs: [3] },
  { name: "Dakar data", countries: ["SN"], actionLines: ["C2"], sdgs: [9] },
];

const LABELS = {
  en: { title: "WSIS Stocktaking in figures", africa: "Africa: 2 projects", results: "2 projects" },
  ar: { title: "حصر أنشطة القمة العالمية لمجتمع المعلومات بالأرقام", africa: "أفريقيا: مشروعان", results: "مشروعان" },
} as const;

describe("the Stocktaking statistics page in Chromium: charts, tables, links; axe clean", { skip }, () => {
  let server: RunningServer;
  let withJs: Browser;
  let withoutJs: Browser;
  before(async () => {
    server = await startServer();
    const { db, dialect } = server.app.handle;
    const deps = { db, search: createStocktakingSearch(db, dialect), clock: server.app.clock.now };
    for (const [i, entry] of ENTRIES.entries()) {
      const input = EntryInput.parse({
        title: entry.name,
        summary: `${entry.name}: a published project.`,
        organizationName: `${entry.name} organization`,
        stakeholderTypeCode: i === 0 ? "civil-society" : "government",
        scope: "national",
        projectStatus: "ongoing",
        startDate: `202${i}-01-15`,
        countries: entry.countries,
        actionLines: entry.actionLines,
        sdgs: entry.sdgs,
      });
      await upsertPublished(deps, `e2e-stats-${i}`, input);
    }
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
      test(`${locale}, JavaScript ${javaScript ? "on" : "off"}: from search to the figures and back by a bar`, async () => {
        const page = await (javaScript ? withJs : withoutJs).context.newPage();
        const labels = LABELS[locale];
        try {
          await page.goto(`${server.url}/stocktaking?lang=${locale}`);
          await Promise.all([
            page.waitForURL(`${server.url}/stocktaking/statistics`),
            page.getByRole("link", { name: labels.title, exact: true }).click(),
          ]);
          assert.equal((await page.locator("h1").textContent())?.trim(), labels.title);
          assert.equal(await page.getAttribute("html", "dir"), locale === "ar" ? "rtl" : "ltr");

          // Five charts, each a named and described image, each with a table of the same numbers.
          const images = page.locator('svg[role="img"]');
          assert.equal(await images.count(), 5);
          for (const image of await images.all()) {
            const name = await image.getAttribute("aria-labelledby");
            const description = await image.getAttribute("aria-describedby");
            assert.ok(((await page.locator(`[id="${name}"]`).textContent()) ?? "").length > 5, "named");
            assert.ok(((await page.locator(`[id="${description}"]`).textContent()) ?? "").length > 5, "described");
          }
          assert.equal(await page.locator("table.statistic__table caption").count(), 5);
          // The region chart: one entry in Mali and Niger counts once for Africa.
          const africa = page.getByRole("link", { name: labels.africa, exact: true });
          assert.equal(await africa.count(), 1, `a bar named "${labels.africa}"`);
          assert.deepEqual(await axeViolations(page, withJs), [], `statistics (${page.url()})`);

          // A bar is a link to the search filtered by its value, which finds as many projects.
          await Promise.all([page.waitForURL(/\/stocktaking\?region=africa$/), africa.click()]);
          assert.equal((await page.locator("#results").textContent())?.trim(), labels.results);
        } finally {
          await page.close();
        }
      });
    }
  }

  test("on a phone-sized screen the page does not scroll sideways, and its charts shrink to fit", async () => {
    const page = await withJs.context.newPage();
    try {
      await page.setViewportSize({ width: 375, height: 800 });
      for (const locale of ["en", "ar"]) {
        await page.goto(`${server.url}/stocktaking/statistics?lang=${locale}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${locale}: the page scrolls sideways by ${overflow}px`);
        assert.deepEqual(await axeViolations(page, withJs), [], locale);
      }
    } finally {
      await page.close();
    }
  });
});
