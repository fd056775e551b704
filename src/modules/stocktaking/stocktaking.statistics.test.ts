import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { signedUp, signedUpWithRoles } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { createStocktakingSearch } from "./search/search.ts";
import { upsertPublished } from "./stocktaking.import.ts";
import { EntryInput } from "./stocktaking.schema.ts";
import { wrapLabel } from "./views/bar-chart.tsx";

/** Published through the import: the counts below are worked out by hand from these. */
const PUBLISHED = {
  // Two countries in Africa (counts once there) and one in Europe.
  sahel: {
    countries: ["ML", "NE", "FR"],
    actionLines: ["C2", "C7.e-learning"],
    sdgs: [4, 9],
    stakeholderTypeCode: "civil-society",
    startDate: "2022-03-01",
  },
  cairo: {
    countries: ["EG"],
    actionLines: ["C2"],
    sdgs: [9],
    stakeholderTypeCode: "government",
    startDate: "2021-05-01",
  },
  // No country, no goal, no stakeholder type, no start date: "not stated" in four breakdowns.
  global: { countries: [], actionLines: ["C5"], sdgs: [], stakeholderTypeCode: "", startDate: "" },
  // Antarctica is in no ITU-D region.
  antarctic: {
    countries: ["AQ"],
    actionLines: ["C5"],
    sdgs: [13],
    stakeholderTypeCode: "academia",
    startDate: "2022-11-30",
  },
} as const;

/** The form of an entry a person submits; lists are repeated fields. */
function entryForm(fields: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  const all: Record<string, string | string[]> = {
    summary: "A project whose working copy must never be counted.",
    organizationName: "Draft Works",
    scope: "national",
    projectStatus: "planned",
    language: "en",
    ...fields,
  };
  for (const [key, value] of Object.entries(all)) for (const v of [value].flat()) body.append(key, v);
  return body;
}

/** The CSV as rows of cells (RFC 4180: quoted fields, doubled quotes, CRLF). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  assert.equal(field + row.join(""), "", "the CSV ends with CRLF");
  return rows;
}

/** breakdown → code → count, from the CSV. */
function countsOf(rows: string[][]): Map<string, Map<string, number>> {
  const map = new Map<string, Map<string, number>>();
  for (const [breakdown = "", code = "", , count = ""] of rows.slice(1)) {
    if (!map.has(breakdown)) map.set(breakdown, new Map());
    map.get(breakdown)?.set(code, Number(count));
  }
  return map;
}

describe("bar chart labels", () => {
  test("wrap between words, or between Chinese characters, and end with … past the last line", () => {
    assert.deepEqual(wrapLabel("C4 Capacity building", 30), ["C4 Capacity building"]);
    assert.deepEqual(wrapLabel("one two three four", 6), ["one two", "three", "four"]);
    assert.deepEqual(wrapLabel("信息和通信基础设施", 4), ["信息和通", "信基础设", "施"]);
    assert.deepEqual(wrapLabel("信息和通信基础设施", 4, 2), ["信息和通", "信基础…"]);
  });
});

for (const dialect of await testDialects()) {
  describe(`stocktaking statistics [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let csv: string[][];
    let counts: Map<string, Map<string, number>>;

    const count = (breakdown: string, code: string) => counts.get(breakdown)?.get(code);

    before(async () => {
      t = await buildTestApp(dialect);
      const deps = {
        db: t.handle.db,
        search: createStocktakingSearch(t.handle.db, t.handle.dialect),
        clock: t.clock.now,
      };
      for (const [name, fields] of Object.entries(PUBLISHED)) {
        const input = EntryInput.parse({
          title: `Project ${name}`,
          summary: `The ${name} project.`,
          organizationName: `${name} organization`,
          scope: "national",
          projectStatus: "ongoing",
          ...fields,
        });
        assert.equal(await upsertPublished(deps, `stats-${name}`, input), "created");
      }

      // A person's entries that are not public: a draft and one waiting for review, both in C10 and goal 17 …
      const owner = await signedUp(t, "owner@example.org", "Owner Person");
      const moderator = await signedUpWithRoles(t, "moderator@example.org", [{ role: "moderator" }]);
      const send = (path: string, body: URLSearchParams) =>
        t.request(path, {
          method: "POST",
          body: body.toString(),
          headers: {
            ...owner.headers,
            "content-type": "application/x-www-form-urlencoded",
            origin: "http://localhost:3000",
            cookie: [...owner.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
          },
        });
      const hidden = {
        stakeholderTypeCode: "private-sector",
        countries: ["SN", "BR"],
        actionLines: ["C10"],
        sdgs: ["17"],
        startDate: "2019-01-01",
      };
      for (const intent of ["save", "submit"]) {
        const res = await send("/stocktaking/new", entryForm({ title: `Hidden ${intent}`, intent, ...hidden }));
        assert.equal(res.status, 303, await res.clone().text());
      }
      // … and one published in C4, whose working copy was then changed to C11 and not yet published again.
      const published = await send(
        "/stocktaking/new",
        entryForm({
          title: "Published then edited",
          intent: "submit",
          stakeholderTypeCode: "academia",
          countries: ["BR"],
          actionLines: ["C4"],
          sdgs: ["5"],
          startDate: "2020-06-01",
        }),
      );
      assert.equal(published.status, 303);
      const { id } = await t.handle.db
        .selectFrom("stocktakingEntry")
        .select("id")
        .where("title", "=", "Published then edited")
        .executeTakeFirstOrThrow();
      assert.equal((await moderator.post(`/stocktaking/moderation/${id}/publish`, {})).status, 303);
      const edited = await send(
        `/stocktaking/entries/${id}/edit`,
        entryForm({
          title: "Published then edited",
          intent: "save",
          stakeholderTypeCode: "government",
          countries: ["FR"],
          actionLines: ["C11"],
          sdgs: ["16"],
          startDate: "2018-01-01",
        }),
      );
      assert.equal(edited.status, 303);
      const working = await t.handle.db
        .selectFrom("stocktakingEntry")
        .select(["state", "actionLines"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(JSON.parse(working.actionLines), ["C11"], "the working copy has the unpublished change");
      // Deliver the mail these requests queued now, so no delivery run is still going when the database is dropped.
      await t.mail();

      const res = await new Visitor(t).get("/stocktaking/statistics.csv?lang=en");
      assert.equal(res.status, 200);
      assert.match(res.headers.get("content-type") ?? "", /^text\/csv/);
      assert.match(
        res.headers.get("content-disposition") ?? "",
        /attachment; filename="wsis-stocktaking-statistics\.csv"/,
      );
      const bytes = new Uint8Array(await res.clone().arrayBuffer());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "starts with the UTF-8 byte-order mark");
      csv = csvRows(await res.text());
      counts = countsOf(csv);
    });
    after(() => t?.close());

    test("the CSV has its header, a total, and every category of every breakdown", () => {
      assert.deepEqual(csv[0], ["breakdown", "code", "label", "count"]);
      assert.deepEqual(csv[1], ["total", "", "All published projects", "5"]);
      assert.deepEqual(
        [...counts.keys()],
        ["total", "actionLine", "region", "sdg", "stakeholderType", "year"],
        "breakdowns in the page's order",
      );
      assert.equal(counts.get("actionLine")?.size, 18 + 1, "the 18 Action Lines and 'not stated'");
      assert.equal(counts.get("sdg")?.size, 17 + 1);
      assert.equal(counts.get("region")?.size, 6 + 1);
      assert.equal(counts.get("stakeholderType")?.size, 6 + 1);
      assert.ok(
        csv.some((r) => r.join(",") === "actionLine,C2,Information and communication infrastructure,2"),
        "labels are the localized names",
      );
      assert.ok(csv.some((r) => r.join(",") === "region,arab-states,Arab States,1"));
    });

    test("counts worked out by hand: regions count entries, not countries; drafts and working copies never count", () => {
      const expected: [string, string, number][] = [
        ["actionLine", "C2", 2],
        ["actionLine", "C5", 2],
        ["actionLine", "C7.e-learning", 1],
        ["actionLine", "C4", 1],
        ["actionLine", "C10", 0],
        ["actionLine", "C11", 0],
        ["actionLine", "", 0],
        ["region", "africa", 1],
        ["region", "europe", 1],
        ["region", "arab-states", 1],
        ["region", "americas", 1],
        ["region", "asia-pacific", 0],
        ["region", "", 2],
        ["sdg", "9", 2],
        ["sdg", "4", 1],
        ["sdg", "13", 1],
        ["sdg", "5", 1],
        ["sdg", "16", 0],
        ["sdg", "17", 0],
        ["sdg", "", 1],
        ["stakeholderType", "civil-society", 1],
        ["stakeholderType", "government", 1],
        ["stakeholderType", "academia", 2],
        ["stakeholderType", "private-sector", 0],
        ["stakeholderType", "", 1],
        ["year", "2022", 2],
        ["year", "2021", 1],
        ["year", "2020", 1],
        ["year", "", 1],
      ];
      for (const [breakdown, code, n] of expected) assert.equal(count(breakdown, code), n, `${breakdown} ${code}`);
      assert.equal(count("year", "2019"), undefined, "no year only a draft has");
      assert.equal(count("year", "2018"), undefined, "no year only a working copy has");
    });

    test("every count equals a plain SQL count over the public tables", async () => {
      const db = t.handle.db;
      const one = async (query: ReturnType<typeof sql<{ n: number | string }>>) =>
        Number((await query.execute(db)).rows[0]?.n);
      for (const [breakdown, byCode] of counts) {
        for (const [code, n] of byCode) {
          let expected: number;
          if (breakdown === "total") expected = await one(sql`select count(*) as n from stocktaking_public`);
          else if (code === "") continue;
          else if (breakdown === "actionLine")
            expected = await one(
              sql`select count(*) as n from stocktaking_public_action_line where action_line_code = ${code}`,
            );
          else if (breakdown === "sdg")
            expected = await one(
              sql`select count(*) as n from stocktaking_public_sdg where sdg_number = ${Number(code)}`,
            );
          else if (breakdown === "region")
            expected = await one(sql`select count(*) as n from stocktaking_public p where exists (
                select 1 from stocktaking_public_country x join country c on c.alpha2 = x.country_code
                where x.entry_id = p.entry_id and c.itu_region = ${code})`);
          else if (breakdown === "stakeholderType")
            expected = await one(
              sql`select count(*) as n from stocktaking_public where stakeholder_type_code = ${code}`,
            );
          else
            expected = await one(sql`select count(*) as n from stocktaking_public where start_year = ${Number(code)}`);
          assert.equal(n, expected, `${breakdown} ${code}`);
        }
      }
    });

    test("?by= gives one breakdown; an unknown one is refused", async () => {
      const res = await t.request("/stocktaking/statistics.csv?by=region&lang=en");
      assert.equal(res.status, 200);
      assert.match(res.headers.get("content-disposition") ?? "", /statistics-region\.csv/);
      const rows = csvRows(await res.text());
      assert.deepEqual(rows[0], ["breakdown", "code", "label", "count"]);
      assert.deepEqual(new Set(rows.slice(1).map((r) => r[0])), new Set(["region"]));
      assert.equal(rows.length, 1 + 6 + 1);
      assert.equal((await t.request("/stocktaking/statistics.csv?by=country")).status, 400);
    });

    test("the page shows each breakdown as a chart with a text alternative and a table of the same numbers", async () => {
      const res = await new Visitor(t).get("/stocktaking/statistics?lang=en");
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.match(html, /<h1>WSIS Stocktaking in figures<\/h1>/);
      assert.match(html, /5 projects are published\./);
      assert.match(html, /href="\/stocktaking\/statistics\.csv\?lang=en"/, "links its CSV");
      for (const breakdown of ["actionLine", "region", "sdg", "stakeholderType", "year"]) {
        const start = html.indexOf(`<section class="statistic" aria-labelledby="by-${breakdown}">`);
        assert.ok(start >= 0, breakdown);
        const section = html.slice(start, html.indexOf("</section>", start));
        // The chart: a named image, described by a caption, with a link per bar to the filtered search.
        const img = /<svg role="img" aria-labelledby="([^"]+)" aria-describedby="([^"]+)">/.exec(section);
        assert.ok(img, `${breakdown}: role="img"`);
        assert.match(section, new RegExp(`<title id="${img[1]}">Bar chart: Projects by `));
        assert.match(section, new RegExp(`<figcaption id="${img[2]}">Most projects: `));
        // The table: caption, column and row headers, the counts of the CSV.
        assert.match(section, /<caption>[^<]+: the figures<\/caption>/);
        assert.match(section, /<th scope="col">/);
        const rows = [...section.matchAll(/<tr><th scope="row">([^<]*)<\/th><td class="num">([^<]*)<\/td><\/tr>/g)];
        const byCode = counts.get(breakdown);
        assert.ok(byCode);
        assert.equal(rows.length, [...byCode.values()].length - (byCode.get("") ? 0 : 1), `${breakdown} rows`);
        const links = [...section.matchAll(/<a href="([^"]+)" aria-label="([^"]+)" class="chart__link">/g)];
        assert.equal(links.length, byCode.size - 1, `${breakdown}: a link per bar`);
        for (const [code, n] of byCode) {
          if (code === "") continue;
          const href = `/stocktaking?${breakdown}=${encodeURIComponent(code)}`;
          const link = links.find((l) => l[1] === href);
          assert.ok(link, `${breakdown} ${code}: ${href}`);
          assert.match(link[2] ?? "", new RegExp(`: ${n} projects?$`), `${breakdown} ${code}`);
        }
        assert.deepEqual(
          rows.map((r) => Number(r[2])).sort(),
          [...byCode.entries()]
            .filter(([code, n]) => code !== "" || n > 0)
            .map(([, n]) => n)
            .sort(),
          `${breakdown}: the table has the CSV's counts`,
        );
      }
      assert.match(
        html,
        /<figcaption id="by-region-summary">Most projects: Africa: 1 project, Americas: 1 project, and Arab States: 1 project\.<\/figcaption>/,
      );
      assert.match(
        html,
        /<th scope="row">C2 Information and communication infrastructure<\/th><td class="num">2<\/td>/,
      );
    });

    test("each bar leads to the search showing as many projects as the bar counts", async () => {
      const html = await (await t.request("/stocktaking/statistics?lang=en")).text();
      const links = [...html.matchAll(/<a href="([^"]+)" aria-label="[^"]*: (\d+) projects?" class="chart__link">/g)];
      assert.ok(links.length > 40);
      for (const [, href = "", n = ""] of links.filter((l) => l[2] !== "0")) {
        const page = await (await t.request(`${href}&lang=en`)).text();
        const heading = Number(n) === 1 ? "1 project" : `${n} projects`;
        assert.match(page, new RegExp(`<h2 id="results">${heading}</h2>`), href);
      }
    });

    test("in Arabic: right to left, names in Arabic, the same numbers", async () => {
      const res = await t.request("/stocktaking/statistics?lang=ar");
      const html = await res.text();
      assert.match(html, /<html lang="ar" dir="rtl">/);
      assert.match(html, /direction="rtl"/, "the chart is drawn right to left");
      assert.match(html, /الدول العربية/);
      const ar = csvRows(await (await t.request("/stocktaking/statistics.csv?lang=ar")).text());
      assert.deepEqual(ar[0], ["breakdown", "code", "label", "count"], "the header stays in English");
      assert.ok(ar.some((r) => r.join(",") === "region,arab-states,الدول العربية,1"));
      assert.deepEqual(
        ar.map((r) => `${r[0]},${r[1]},${r[3]}`),
        csv.map((r) => `${r[0]},${r[1]},${r[3]}`),
      );
    });

    test("the API gives the same figures and is in the OpenAPI document", async () => {
      const res = await t.request("/api/v1/stocktaking/statistics?lang=fr");
      assert.equal(res.status, 200);
      const { data } = (await res.json()) as {
        data: {
          total: number;
          breakdowns: Record<
            string,
            { categories: { code: string; label: string; count: number; url: string }[]; notStated: number }
          >;
        };
      };
      assert.equal(data.total, 5);
      for (const [breakdown, { categories, notStated }] of Object.entries(data.breakdowns)) {
        for (const c of categories) assert.equal(c.count, count(breakdown, c.code), `${breakdown} ${c.code}`);
        assert.equal(notStated, count(breakdown, ""));
      }
      assert.equal(data.breakdowns.region?.categories.find((c) => c.code === "arab-states")?.label, "États arabes");
      const doc = (await (await t.request("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
      assert.ok(doc.paths["/v1/stocktaking/statistics"]);
      assert.equal((await t.request("/api/v1/stocktaking/statistics?lang=xx")).status, 400);
    });

    test("the search page links to the statistics", async () => {
      const html = await (await t.request("/stocktaking?lang=en")).text();
      assert.match(html, /<a href="\/stocktaking\/statistics">WSIS Stocktaking in figures<\/a>/);
    });
  });
}
