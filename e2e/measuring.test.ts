/// <reference lib="dom" />
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { axeViolations } from "./support/axe.ts";
import { type Browser, browserSkip, launchBrowser } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const skip = browserSkip();

const LABELS = {
  en: {
    title: "Measuring the information society",
    noFigure: "No figure published",
    indicator: "Individuals using the Internet",
    rural: "World, Rural areas",
  },
  ar: {
    title: "قياس مجتمع المعلومات",
    noFigure: "لا يوجد رقم منشور",
    indicator: "الأفراد الذين يستعملون الإنترنت",
    rural: "العالم، المناطق الريفية",
  },
} as const;

describe("the Measuring dashboard and an indicator page in Chromium: charts, tables, links; axe clean", {
  skip,
}, () => {
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
      test(`${locale}, JavaScript ${javaScript ? "on" : "off"}: dashboard → indicator → another series`, async () => {
        const page = await (javaScript ? withJs : withoutJs).context.newPage();
        const labels = LABELS[locale];
        try {
          await page.goto(`${server.url}/measuring?lang=${locale}`);
          assert.equal((await page.locator("h1").textContent())?.trim(), labels.title);
          assert.equal(await page.getAttribute("html", "dir"), locale === "ar" ? "rtl" : "ltr");
          assert.ok((await page.getByText(labels.noFigure, { exact: true }).count()) >= 1, "connected hospitals");
          assert.deepEqual(await axeViolations(page, withJs), [], `dashboard (${page.url()})`);

          await Promise.all([
            page.waitForURL(/\/measuring\/indicators\/internet-use$/),
            page.getByRole("link", { name: labels.indicator, exact: true }).first().click(),
          ]);
          const images = page.locator('svg[role="img"]');
          assert.equal(await images.count(), 2);
          for (const image of await images.all()) {
            const [name, description] = ((await image.getAttribute("aria-labelledby")) ?? "").split(" ");
            assert.ok(((await page.locator(`[id="${name}"]`).textContent()) ?? "").length > 5, "named");
            assert.ok(((await page.locator(`[id="${description}"]`).textContent()) ?? "").length > 5, "described");
          }
          assert.equal(await page.locator("table.measure-table caption").count(), 2);
          // The first table holds the series' numbers, the same the chart writes on its points.
          const tableValues = await page.locator("table.measure-table >> nth=0 >> td.num").allTextContents();
          const chartValues = await page.locator("#chart-series-title ~ g text[font-weight='bold']").allTextContents();
          assert.deepEqual(chartValues, tableValues);
          assert.equal(tableValues.length, 2);
          // Mirrored in Arabic: the earlier year is drawn to the right of the later one.
          const x = async (year: string) =>
            Number(await page.locator(`#chart-series-title ~ g text:text-is("${year}")`).getAttribute("x"));
          if (locale === "ar") assert.ok((await x("2023")) > (await x("2024")));
          else assert.ok((await x("2023")) < (await x("2024")));
          assert.deepEqual(await axeViolations(page, withJs), [], `indicator (${page.url()})`);

          await Promise.all([
            page.waitForURL(/breakdown=area%3DR/),
            page.getByRole("link", { name: labels.rural, exact: true }).click(),
          ]);
          assert.match((await page.locator("#over-time").textContent()) ?? "", new RegExp(labels.rural));
        } finally {
          await page.close();
        }
      });
    }
  }

  test("another site frames the embed page; the indicator page itself refuses to be framed", async () => {
    let host: Server | undefined;
    const page = await withJs.context.newPage();
    try {
      // The framing site: another origin (localhost, another port) than the platform (127.0.0.1).
      const port = Number(new URL(server.url).port);
      host = createServer((_req, res) => {
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.end(
          `<!DOCTYPE html><title>Host</title><iframe name="embed" title="embed" width="900" height="700" src="http://localhost:${port}/embed/measuring/indicators/internet-use?chart=compare&year=2024"></iframe>` +
            `<iframe name="page" title="page" width="900" height="700" src="http://localhost:${port}/measuring/indicators/internet-use"></iframe>`,
        );
      });
      await new Promise<void>((resolve) => host?.listen(0, "127.0.0.1", () => resolve()));
      const hostPort = (host.address() as AddressInfo).port;
      await page.goto(`http://127.0.0.1:${hostPort}/`);
      const embed = page.frameLocator('iframe[name="embed"]');
      await embed.locator("h1").waitFor();
      assert.equal((await embed.locator("h1").textContent())?.trim(), "Individuals using the Internet, 2024");
      assert.equal(await embed.locator('svg[role="img"]').count(), 1);
      await page.waitForTimeout(500);
      const refused = page.frames().find((f) => f.name() === "page");
      assert.ok(refused, "the second frame exists");
      // Chromium shows its own error page in a refused frame: never the platform's page.
      assert.equal(
        await refused.getByText("Individuals using the Internet").count(),
        0,
        `the indicator page is not shown in a frame (${refused.url()})`,
      );
    } finally {
      await page.close();
      await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()));
    }
  });
});
