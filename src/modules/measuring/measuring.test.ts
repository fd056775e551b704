import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { CSV_BOM } from "../../platform/http/csv.ts";
import { createMeasuringService } from "./measuring.service.ts";

const cells = (html: string, tableIndex: number) => {
  const table = [...html.matchAll(/<table class="measure-table">(.*?)<\/table>/gs)][tableIndex]?.[1] ?? "";
  return [...table.matchAll(/<tr><th scope="row">(.*?)<\/th><td class="num">(.*?)<\/td>/g)].map((m) => [m[1], m[2]]);
};

for (const dialect of await testDialects()) {
  describe(`Measuring pages and API [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t.close());

    it("the dashboard gives the headline figures with year and source, and each WSIS target with its indicators", async () => {
      const res = await t.request("/measuring");
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.match(html, /<p class="measure-figure__value">68%<\/p>/);
      assert.match(html, /5\.5 billion|about 6 billion/);
      assert.match(html, /280,000\+/);
      assert.match(html, /2024 · Source: ITU, Facts and Figures 2024/);
      // Connected hospitals: named by the WSIS process, no number published.
      assert.match(
        html,
        /No figure published<\/p><p class="measure-figure__label"><a href="\/measuring\/indicators\/health-centres-connected">/,
      );
      for (let n = 1; n <= 10; n++) assert.match(html, new RegExp(`<li id="target-${n}"><h3>Target ${n}: `));
      assert.match(html, /Target 5: Health centres and hospitals.*?health-centres-connected/s);
    });

    it("an indicator page: SVG chart with a description from the data, the same numbers in a table, a citation", async () => {
      const html = await (await t.request("/measuring/indicators/internet-use")).text();
      assert.match(html, /<svg [^>]*role="img" aria-labelledby="chart-series-title chart-series-desc"/);
      assert.match(
        html,
        /<desc id="chart-series-desc">Individuals using the Internet, World: rose from 67% in 2023 to 68% in 2024\.<\/desc>/,
      );
      assert.deepEqual(cells(html, 0), [
        ["2023", "67%"],
        ["2024", "68%"],
      ]);
      const stored = await createMeasuringService({ db: t.handle.db, clock: t.clock.now }).observations({
        indicator: "internet-use",
      });
      const in2025 = stored.filter((o) => o.year === 2025).sort((a, b) => b.value - a.value);
      assert.deepEqual(
        cells(html, 1).map(([, v]) => v),
        in2025.map((o) => `${o.value}%`),
        "the comparison table holds the stored 2025 values",
      );
      assert.match(
        html,
        /Source: ITU, ICT statistics: Facts and Figures 2023 \(https:\/\/www\.itu\.int\/[^)]*\); ITU, Facts and Figures 2024/,
      );
      assert.match(html, /Licence: not stated here, see the source\. Accessed December 7, 2026\./);
      // Chart settings in the URL: another series and year.
      const women = await (
        await t.request("/measuring/indicators/internet-use?geography=world&breakdown=sex%3DF&year=2024")
      ).text();
      assert.match(women, /World, Women: 65% in 2024; no other year is published here\./);
      assert.match(
        women,
        /In 2024, Individuals using the Internet was highest for High-income economies \(93%\) and lowest for Low-income economies \(27%\), across 8 series\./,
      );
    });

    it("an indicator without data says no figure is published; an unknown code is 404", async () => {
      const html = await (await t.request("/measuring/indicators/health-centres-connected")).text();
      assert.match(html, /<strong>No figure published<\/strong>/);
      assert.doesNotMatch(html, /<svg [^>]*class="chart"/);
      assert.equal((await t.request("/measuring/indicators/no-such-thing")).status, 404);
      assert.equal((await t.request("/api/v1/indicators/no-such-thing")).status, 404);
    });

    it("Arabic: the page in Arabic with the time axis mirrored (earliest year on the right)", async () => {
      const html = await (await t.request("/measuring/indicators/internet-use?lang=ar")).text();
      assert.match(html, /<html lang="ar" dir="rtl">/);
      const x = (year: string) =>
        Number(
          new RegExp(`<text x="([\\d.]+)" y="[\\d.]+" text-anchor="middle" fill="#444444">${year}<`).exec(html)?.[1],
        );
      assert.ok(x("2023") > x("2024"), "2023 is to the right of 2024");
      const en = await (await t.request("/measuring/indicators/internet-use?lang=en")).text();
      const xEn = (year: string) =>
        Number(
          new RegExp(`<text x="([\\d.]+)" y="[\\d.]+" text-anchor="middle" fill="#444444">${year}<`).exec(en)?.[1],
        );
      assert.ok(xEn("2023") < xEn("2024"));
      assert.match(html, /ارتفع من 67/);
    });

    it("API JSON and CSV agree with the stored data; the CSV has the BOM and loads again unchanged", async () => {
      const json = (await (await t.request("/api/v1/indicators/internet-use?year=2024")).json()) as {
        data: { observations: { geography: string; breakdown: string; valueText: string }[]; citation: string };
      };
      const measuring = createMeasuringService({ db: t.handle.db, clock: t.clock.now });
      const stored = (await measuring.observations({ indicator: "internet-use" })).filter((o) => o.year === 2024);
      assert.deepEqual(
        json.data.observations.map((o) => [o.geography, o.breakdown, o.valueText]),
        stored.map((o) => [o.geography, o.breakdown, o.valueText]),
      );
      assert.match(json.data.citation, /^Source: ITU, Facts and Figures 2024/);

      const res = await t.request("/api/v1/indicators/internet-use/observations.csv");
      assert.equal(res.headers.get("content-type"), "text/csv; charset=utf-8");
      const bytes = new Uint8Array(await res.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
      const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      assert.ok(csv.startsWith(CSV_BOM));
      assert.equal(
        csv.trim().split("\r\n").length,
        1 + (await measuring.observations({ indicator: "internet-use" })).length,
      );
      const again = await measuring.importFile(csv, { accessed: "2026-12-07" });
      assert.deepEqual([again.problems.length, again.created, again.updated], [0, 0, 0]);

      const targets = (await (await t.request("/api/v1/wsis-targets?lang=fr")).json()) as {
        data: { number: number; title: string; indicators: string[] }[];
      };
      assert.equal(targets.data.length, 10);
      assert.deepEqual(targets.data[4]?.indicators, ["health-centres-connected"]);
      assert.equal(targets.data[4]?.title, "Centres de santé et hôpitaux");
    });

    it("links both ways: an Action Line and an SDG page list their indicators, which link back", async () => {
      const c2 = await (await t.request("/action-lines/C2")).text();
      assert.match(c2, /<h2 id="indicators">ICT indicators<\/h2>/);
      assert.match(c2, /<a href="\/measuring\/indicators\/internet-use">Individuals using the Internet<\/a>/);
      const health = await (await t.request("/action-lines/C7.e-health")).text();
      assert.match(health, /health-centres-connected/);
      assert.doesNotMatch(health, /internet-use"/);
      const goal17 = await (await t.request("/sdgs/17?lang=fr")).text();
      assert.match(goal17, /<a href="\/measuring\/indicators\/fixed-broadband">Abonnements au haut débit fixe<\/a>/);
      const goal1 = await (await t.request("/sdgs/1")).text();
      assert.match(goal1, /No indicator on the Measuring dashboard is linked here yet\./);
      const page = await (await t.request("/measuring/indicators/internet-use")).text();
      assert.match(page, /<a href="\/action-lines\/C2" class="code-ltr">C2<\/a>/);
      assert.match(page, /<a href="\/sdgs\/17" class="code-ltr">17\.8<\/a>/);
    });

    it("each chart downloads as SVG and PNG: valid images of the stated size, titled and cited", async () => {
      const svgRes = await t.request("/measuring/indicators/internet-use/chart.svg?chart=compare&year=2024");
      assert.equal(svgRes.status, 200);
      assert.equal(svgRes.headers.get("content-type"), "image/svg+xml; charset=utf-8");
      const svg = await svgRes.text();
      const size =
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="(\d+)" height="(\d+)" viewBox="0 0 \1 \2"/.exec(svg);
      assert.ok(size, "an SVG root with its size");
      assert.match(svg, /Individuals using the Internet, 2024<\/text>/);
      assert.match(svg, /Source: ITU, Facts and Figures 2024/);
      assert.match(svg, />93%<\/text>/);
      // Well-formed XML: every element closed (resvg, a strict XML parser, draws it below).
      const pngRes = await t.request("/measuring/indicators/internet-use/chart.png?chart=compare&year=2024");
      assert.equal(pngRes.headers.get("content-type"), "image/png");
      const png = Buffer.from(await pngRes.arrayBuffer());
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      assert.equal(png.toString("latin1", 12, 16), "IHDR");
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [Number(size?.[1]) * 2, Number(size?.[2]) * 2]);
      const arabic = await t.request("/measuring/indicators/internet-use/chart.png?chart=series&lang=ar");
      assert.equal(arabic.status, 200);
      assert.equal((await t.request("/measuring/indicators/health-centres-connected/chart.svg")).status, 404);
    });

    it("only /embed/ pages may be framed, by any site; the chart's settings are in the URL", async () => {
      const res = await t.request(
        "/embed/measuring/indicators/internet-use?chart=series&geography=world&breakdown=area%3DR",
      );
      assert.equal(res.status, 200);
      assert.match(res.headers.get("content-security-policy") ?? "", /frame-ancestors \*/);
      assert.equal(res.headers.get("x-frame-options"), null, "no SAMEORIGIN next to frame-ancestors *");
      const html = await res.text();
      assert.match(html, /World, Rural areas: rose from 48% in 2024 to 58% in 2025\./);
      assert.match(html, /href="\/measuring\/indicators\/internet-use\?geography=world&amp;breakdown=area%3DR"/);
      assert.doesNotMatch(html, /site-header/);
      const page = await t.request("/measuring/indicators/internet-use");
      assert.match(page.headers.get("content-security-policy") ?? "", /frame-ancestors 'none'/);
      assert.equal(page.headers.get("x-frame-options"), "SAMEORIGIN");
    });

    it("the OpenAPI document lists the Measuring routes", async () => {
      const doc = (await (await t.request("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
      for (const p of [
        "/v1/indicators",
        "/v1/indicators/{code}",
        "/v1/indicators/{code}/observations.csv",
        "/v1/wsis-targets",
      ]) {
        assert.ok(p in doc.paths, p);
      }
    });
  });
}
