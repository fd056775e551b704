import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { canonicalNumber } from "./measuring.import.ts";
import { createMeasuringService, type MeasuringService } from "./measuring.service.ts";

const LONG = `indicator,geography,year,breakdown,value,qualifier,source_publisher,source_title,source_url,accessed,licence,note
fixed-broadband,KE,2022,,1.2,,ITU,World Telecommunication/ICT Indicators Database,https://datahub.itu.int/,2026-12-01,CC BY-NC-SA 3.0 IGO,
fixed-broadband,KEN,2023,total,1.50,,ITU,World Telecommunication/ICT Indicators Database,https://datahub.itu.int/,2026-12-01,CC BY-NC-SA 3.0 IGO,estimate
mobile-phone-ownership,itu:africa,2023,sex=F,"55",,ITU,World Telecommunication/ICT Indicators Database,https://datahub.itu.int/,2026-12-01,,
`;

// The shape the UN SDG Global Database's SDMX API writes with format=csv (SDMX-CSV 1.0): every dimension and
// attribute of the SDG data structure; REF_AREA is the M49 code.
const SDMX = `DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,URBANISATION,INCOME_WEALTH_QUANTILE,EDUCATION_LEV,OCCUPATION,CUST_BREAKDOWN,COMPOSITE_BREAKDOWN,DISABILITY_STATUS,ACTIVITY,PRODUCT,TIME_PERIOD,OBS_VALUE,UPPER_BOUND,LOWER_BOUND,UNIT_MULT,UNIT_MEASURE,OBS_STATUS,NATURE,SOURCE_DETAIL,COMMENT_OBS
IAEG-SDGs:DF_SDG_GLH(1.20),A,G,IT_USE_ii99,404,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,2022,40.8,,,0,PT,A,E,ITU estimate,
IAEG-SDGs:DF_SDG_GLH(1.20),A,G,IT_USE_ii99,404,F,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,2022,38.5,,,0,PT,A,E,ITU estimate,
IAEG-SDGs:DF_SDG_GLH(1.20),A,G,IT_USE_ii99,2,_T,_T,R,_T,_T,_T,_T,_T,_T,_T,_T,2023,23,,,0,PT,A,E,ITU estimate,Regional aggregate
IAEG-SDGs:DF_SDG_GLH(1.20),A,G,IT_NET_BBND,250,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,2023,48.9,,,0,PER_100_POP,A,C,,
`;

describe("canonicalNumber", () => {
  it("keeps what the source published, in one spelling", () => {
    assert.equal(canonicalNumber("068.50"), "68.5");
    assert.equal(canonicalNumber("5500000000"), "5500000000");
    assert.equal(canonicalNumber("-0.0"), "0");
    assert.equal(canonicalNumber("68%"), undefined);
    assert.equal(canonicalNumber("1,2"), undefined);
    assert.equal(canonicalNumber(""), undefined);
  });
});

for (const dialect of await testDialects()) {
  describe(`wsis import indicators [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let measuring: MeasuringService;
    before(async () => {
      t = await buildTestApp(dialect);
      measuring = createMeasuringService({ db: t.handle.db, clock: t.clock.now });
    });
    after(() => t.close());

    it("loads a good long file (alpha-3 stored as alpha-2, values canonical), and again changes nothing", async () => {
      const first = await measuring.importFile(LONG, { accessed: "2026-12-07" });
      assert.deepEqual(first.problems, []);
      assert.deepEqual([first.format, first.created, first.updated, first.unchanged], ["long", 3, 0, 0]);
      const kenya = await measuring.observations({ indicator: "fixed-broadband", geography: "KE" });
      assert.deepEqual(
        kenya.map((o) => [o.year, o.valueText, o.note, o.licence, o.source.accessed]),
        [
          [2022, "1.2", null, "CC BY-NC-SA 3.0 IGO", "2026-12-01"],
          [2023, "1.5", "estimate", "CC BY-NC-SA 3.0 IGO", "2026-12-01"],
        ],
      );
      const audits = await t.handle.db
        .selectFrom("auditEvent")
        .select("after")
        .where("action", "=", "measuring.import")
        .execute();
      assert.equal(audits.length, 1);

      const again = await measuring.importFile(LONG, { accessed: "2026-12-07" });
      assert.deepEqual([again.created, again.updated, again.unchanged, again.problems.length], [0, 0, 3, 0]);
      const auditsAfter = await t.handle.db
        .selectFrom("auditEvent")
        .select("id")
        .where("action", "=", "measuring.import")
        .execute();
      assert.equal(auditsAfter.length, 1, "an import that changes nothing writes no audit row");

      const changed = await measuring.importFile(LONG.replace(",1.2,", ",1.3,"), { accessed: "2026-12-07" });
      assert.deepEqual([changed.created, changed.updated, changed.unchanged], [0, 1, 2]);
    });

    it("loads the UN SDG Global Database's SDMX-CSV: M49 areas, SEX and URBANISATION as breakdowns", async () => {
      const report = await measuring.importFile(SDMX, { accessed: "2026-12-05" });
      assert.deepEqual(report.problems, []);
      assert.deepEqual([report.format, report.created], ["sdmx", 4]);
      const kenya = await measuring.observations({ indicator: "internet-use", geography: "KE" });
      assert.deepEqual(
        kenya.map((o) => [o.breakdown, o.valueText, o.source.publisher, o.source.accessed, o.note]),
        [
          ["sex=F", "38.5", "United Nations Statistics Division", "2026-12-05", "Source: ITU estimate"],
          ["total", "40.8", "United Nations Statistics Division", "2026-12-05", "Source: ITU estimate"],
        ],
      );
      const africa = await measuring.observations({ indicator: "internet-use", geography: "m49:002" });
      assert.deepEqual(
        africa.map((o) => [o.year, o.breakdown, o.valueText]),
        [[2023, "area=R", "23"]],
      );
      const france = await measuring.observations({ indicator: "fixed-broadband", geography: "FR" });
      assert.equal(france[0]?.valueText, "48.9");
      const again = await measuring.importFile(SDMX, { accessed: "2026-12-05" });
      assert.deepEqual([again.created, again.updated, again.unchanged], [0, 0, 4]);
    });

    it("reports every bad row by line and column in words, and loads nothing from the file", async () => {
      const before = await measuring.observations();
      const bad = `indicator,geography,year,breakdown,value,source_publisher,source_title,source_url,accessed
internet-use,world,2020,,60,ITU,T,https://itu.int/,2026-12-01
internet-speed,world,2020,,60,ITU,T,https://itu.int/,2026-12-01
internet-use,XX,2020,,60,ITU,T,https://itu.int/,2026-12-01
internet-use,world,1889,,60,ITU,T,https://itu.int/,2026-12-01
internet-use,world,2021,,sixty,ITU,T,https://itu.int/,2026-12-01
internet-use,world,2020,total,61,ITU,T,https://itu.int/,2026-12-01
internet-use,world,2022,,160,ITU,T,https://itu.int/,2026-12-01
5g-coverage,world,2022,sex=F,40,ITU,T,https://itu.int/,2026-12-01
internet-use,world,2022,,60,ITU,T,https://itu.int/,01/12/2026
`;
      const report = await measuring.importFile(bad, { accessed: "2026-12-07" });
      assert.deepEqual([report.created, report.updated, report.unchanged], [0, 0, 0]);
      const by = report.problems.map((p) => `${p.line} ${p.column}: ${p.message}`);
      assert.deepEqual(by, [
        '3 indicator: unknown indicator code "internet-speed"',
        '4 geography: unknown geography code "XX" (use world, itu:<region>, m49:<region code>, income:HIC|UMC|LMC|LIC or an ISO 3166-1 country code)',
        `5 year: year "1889" is out of range (a year from 1990 to ${new Date().getUTCFullYear()})`,
        '6 value: "sixty" is not a number (digits, an optional "-" and "." decimals)',
        "7 indicator/geography/year/breakdown: duplicate row: line 2 has the same indicator, geography, year and breakdown",
        "8 value: 160 is not a percentage (0 to 100)",
        "9 breakdown: 5g-coverage has no breakdown by sex",
        '10 accessed: "01/12/2026" is not a date (YYYY-MM-DD)',
      ]);
      assert.deepEqual(await measuring.observations(), before, "nothing from the bad file was loaded");
    });

    it("reports SDMX rows in the file's own column names", async () => {
      const bad = `${SDMX.split("\n")[0]}
IAEG-SDGs:DF_SDG_GLH(1.20),A,G,SI_POV_DAY1,404,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,2022,40.8,,,0,PT,A,E,,
IAEG-SDGs:DF_SDG_GLH(1.20),A,G,IT_USE_ii99,999,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,2022,40.8,,,0,PT,A,E,,
IAEG-SDGs:DF_SDG_GLH(1.20),A,G,IT_USE_ii99,404,_T,_T,_T,Q1,_T,_T,_T,_T,_T,_T,_T,2022,NaN,,,0,PT,A,E,,
`;
      const report = await measuring.importFile(bad, { accessed: "2026-12-07" });
      assert.deepEqual(
        report.problems.map((p) => `${p.line} ${p.column}`),
        ["2 SERIES", "3 REF_AREA", "4 OBS_VALUE", "4 INCOME_WEALTH_QUANTILE"],
      );
    });

    it("names the line and column where the file stops being CSV (a quote never closed), and loads nothing", async () => {
      const before = await measuring.observations();
      const lines = LONG.split("\n");
      // The quote opened on line 3 is never closed: the rest of the file would be one field.
      const broken = [
        lines[0],
        lines[1],
        lines[2]?.replace(",estimate", ',"estimate'),
        lines[3]?.replace('"55"', "55"),
      ];
      const report = await measuring.importFile(broken.join("\r\n"), { accessed: "2026-12-07" });
      assert.deepEqual(
        report.problems.map((p) => `${p.line} ${p.column}`),
        ["3 note"],
      );
      assert.match(report.problems[0]?.message ?? "", /closing quote is missing/);
      assert.deepEqual(await measuring.observations(), before);
    });

    it("refuses a file with unknown or missing columns before reading a row", async () => {
      const report = await measuring.importFile("indicator,place,year,value\ninternet-use,world,2020,60\n", {
        accessed: "2026-12-07",
      });
      assert.deepEqual(report.problems.map((p) => `${p.line} ${p.column}: ${p.message}`).slice(0, 2), [
        "1 geography: this column is missing",
        "1 source_publisher: this column is missing",
      ]);
      assert.ok(report.problems.some((p) => p.column === "place" && p.message.startsWith("unknown column")));
    });
  });
}
