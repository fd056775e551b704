import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import v8 from "node:v8";
import vm from "node:vm";
import { ACTION_LINES } from "../../reference/data/action-lines.ts";
import { COUNTRIES } from "../../reference/data/countries.ts";
import matrixFile from "../../reference/data/wsis-sdg-matrix.json" with { type: "json" };
import { EntryInput } from "./stocktaking.schema.ts";
import {
  BROAD_WORD,
  BROAD_WORDS,
  containsWord,
  LANGUAGE_SHARES,
  RARE_WORDS,
  type SyntheticEntry,
  syntheticEntries,
} from "./synthetic.ts";

const MATRIX = matrixFile.matrix as Record<string, Record<string, string[]>>;
const ITU_REGION = new Map(COUNTRIES.filter((c) => c.ituRegion).map((c) => [c.alpha2, c.ituRegion]));
const LINE_CODES = new Set(ACTION_LINES.filter((l) => l.kind === "line").map((l) => l.code));

const textOf = (e: SyntheticEntry) => `${e.title}\n${e.summary}\n${e.description}`;
const sentences = (s: string) => (s.match(/[.!?](?=\s|$)|。/g) ?? []).length;
const share = (n: number, of: number) => (100 * n) / of;

const SAMPLE = [...syntheticEntries(5_000)];
const byLang = (lang: string) => SAMPLE.filter((e) => e.language === lang);

describe("syntheticEntries", () => {
  it("is deterministic for a seed, and differs between seeds", () => {
    const a = [...syntheticEntries(300, 1)];
    const b = [...syntheticEntries(300, 1)];
    const c = [...syntheticEntries(300, 2)];
    assert.deepEqual(a, b);
    assert.deepEqual(a, SAMPLE.slice(0, 300), "an entry does not depend on how many are drawn");
    const sameTitle = a.filter((e, i) => e.title === c[i]?.title).length;
    assert.ok(sameTitle < 30, `seeds 1 and 2 share ${sameTitle} of 300 titles`);
    assert.equal(a[41]?.externalId, "synthetic-000042");
  });

  it("yields entries that EntryInput accepts", () => {
    for (const e of SAMPLE) {
      const parsed = EntryInput.safeParse(e);
      assert.ok(parsed.success, `${e.externalId}: ${JSON.stringify(parsed.error?.issues)}\n${JSON.stringify(e)}`);
      assert.equal(parsed.data.title, e.title);
      assert.equal(parsed.data.language, e.language);
      assert.deepEqual(parsed.data.sdgs, e.sdgs);
    }
  });

  it("writes descriptions of 2–6 sentences and keeps the other fields plausible", () => {
    const from = Date.parse("2010-01-01T00:00:00Z");
    const to = Date.parse("2026-11-01T00:00:00Z");
    for (const e of SAMPLE) {
      const n = sentences(e.description);
      assert.ok(n >= 2 && n <= 6, `${e.externalId}: ${n} sentences: ${e.description}`);
      const published = Date.parse(e.publishedAt);
      assert.ok(published >= from && published < to, e.publishedAt);
      assert.match(e.publishedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const start = e.startDate ?? "";
      const startYear = Number(start.slice(0, 4));
      assert.ok(startYear >= 2005 && startYear <= 2026, start);
      if (e.endDate) assert.ok(e.endDate > start, `${start} – ${e.endDate}`);
      if (e.projectStatus === "completed") {
        assert.ok(e.endDate, `${e.externalId} is completed without an end date`);
        assert.ok(e.endDate <= e.publishedAt.slice(0, 10), "a completed project ended before it was published");
      }
      if (e.projectStatus === "planned") assert.ok(start >= e.publishedAt.slice(0, 10));
      if (e.contactEmail) assert.match(e.contactEmail, /^[a-z0-9.]+@example\.(org|net)$/);
      if (e.website) assert.match(e.website, /^https:\/\/[a-z0-9.-]+\.[a-z]+(\/[a-z0-9/-]*)?$/);
      assert.ok(e.actionLines.length >= 1 && e.actionLines.length <= 3, e.actionLines.join());
      for (const code of e.actionLines) assert.ok(LINE_CODES.has(code), code);
      for (const c of e.countries) assert.ok(ITU_REGION.has(c), `${c} is not an ITU Member State`);
    }
  });

  it("draws statuses, scopes and countries in realistic proportions", () => {
    const status = (s: string) => share(SAMPLE.filter((e) => e.projectStatus === s).length, SAMPLE.length);
    assert.ok(Math.abs(status("planned") - 10) < 2.5, `planned ${status("planned")}`);
    assert.ok(Math.abs(status("ongoing") - 50) < 3, `ongoing ${status("ongoing")}`);
    assert.ok(Math.abs(status("completed") - 40) < 3, `completed ${status("completed")}`);
    const regions = new Set(SAMPLE.flatMap((e) => e.countries.map((c) => ITU_REGION.get(c))));
    assert.equal(regions.size, 6, `regions: ${[...regions].join()}`);
    for (const e of SAMPLE) {
      if (e.scope !== "global") assert.ok(e.countries.length >= 1 && e.countries.length <= 3, e.externalId);
      if (e.countries.length > 1) assert.notEqual(e.scope, "national", e.externalId);
    }
    const single = SAMPLE.filter((e) => e.countries.length === 1);
    const national = single.filter((e) => e.scope === "national").length;
    assert.ok(share(national, single.length) > 80, "one country: mostly national");
    const global = SAMPLE.filter((e) => e.scope === "global");
    assert.ok(global.some((e) => e.countries.length === 0) && global.some((e) => e.countries.length > 3));
  });

  it("links Action Lines to SDGs and targets as the WSIS–SDG matrix does", () => {
    for (const e of SAMPLE) {
      const goals = new Set(e.actionLines.flatMap((l) => Object.keys(MATRIX[l] ?? {}).map(Number)));
      for (const g of e.sdgs) assert.ok(goals.has(g), `${e.externalId}: SDG ${g} is not linked to ${e.actionLines}`);
      for (const t of e.targets) {
        const goal = Number(t.split(".")[0]);
        assert.ok(e.sdgs.includes(goal), `${e.externalId}: target ${t} without SDG ${goal}`);
        const linked = e.actionLines.some((l) => (MATRIX[l]?.[String(goal)] ?? []).includes(t));
        assert.ok(linked, `${e.externalId}: target ${t} is not linked to ${e.actionLines}`);
      }
    }
    assert.ok(SAMPLE.filter((e) => e.targets.length > 0).length > 1_000);
  });

  it("gives Action Lines that fit the project's theme", () => {
    const en = byLang("en");
    const tele = en.filter((e) => /telemedicine/i.test(e.title));
    const schools = en.filter((e) => /school connectivity/i.test(e.title));
    assert.ok(tele.length > 10 && schools.length > 10);
    for (const e of tele) assert.ok(e.actionLines.includes("C7.e-health"), e.externalId);
    for (const e of schools) assert.ok(e.actionLines.includes("C2"), e.externalId);
    const schoolsWithLearning = schools.filter((e) => e.actionLines.includes("C7.e-learning")).length;
    assert.ok(share(schoolsWithLearning, schools.length) > 35);
  });

  it("writes Chinese with two-character words inside longer runs of Han characters", () => {
    const zh = byLang("zh");
    const inside = (word: string) =>
      zh.filter((e) =>
        (textOf(e).match(/\p{Script=Han}+/gu) ?? []).some((run) => {
          const i = run.indexOf(word);
          return i > 0 && i + word.length < run.length;
        }),
      ).length;
    assert.ok(share(inside("教育"), zh.length) > 5, `教育 inside runs: ${inside("教育")} of ${zh.length}`);
    assert.ok(inside("医疗") > 0 && inside("农业") > 0);
    assert.ok(
      zh.every((e) => !/ /.test(e.title)),
      "Chinese titles have no spaces",
    );
  });

  it("uses accented words often in French and Spanish", () => {
    const fr = byLang("fr");
    const es = byLang("es");
    const count = (list: SyntheticEntry[], word: string) => list.filter((e) => containsWord(textOf(e), word)).length;
    assert.ok(share(count(fr, "santé"), fr.length) > 5, `santé ${count(fr, "santé")}`);
    assert.ok(share(count(fr, "éducation"), fr.length) > 2, `éducation ${count(fr, "éducation")}`);
    assert.ok(share(count(es, "información"), es.length) > 5, `información ${count(es, "información")}`);
    assert.ok(share(count(es, "educación"), es.length) > 2, `educación ${count(es, "educación")}`);
  });

  it("names organisations in the entry's language and reuses them", () => {
    const scripts: Record<string, RegExp> = {
      ru: /\p{Script=Cyrillic}/u,
      ar: /\p{Script=Arabic}/u,
      zh: /\p{Script=Han}/u,
    };
    for (const e of SAMPLE) {
      const script = scripts[e.language];
      if (script) assert.match(e.organizationName, script, e.externalId);
      if (script) assert.match(e.title, script, e.externalId);
    }
  });
});

describe("syntheticEntries over 100,000 entries", () => {
  const N = 100_000;
  const stats = {
    lang: new Map<string, number>(),
    broad: 0,
    broadByLang: new Map<string, number>(),
    rare: new Map<string, number>(),
    titles: new Set<string>(),
    orgs: new Map<string, number>(),
    recent: 0,
    early: 0,
  };
  const rareSet = new Set(RARE_WORDS.map((w) => w.toLowerCase()));
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

  before(() => {
    for (const e of syntheticEntries(N)) {
      const text = textOf(e);
      inc(stats.lang, e.language);
      if (containsWord(text, BROAD_WORD)) stats.broad++;
      if (containsWord(text, BROAD_WORDS[e.language])) inc(stats.broadByLang, e.language);
      const hits = new Set<string>();
      for (const token of text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [])
        if (rareSet.has(token)) hits.add(token);
      for (const h of hits) inc(stats.rare, h);
      stats.titles.add(e.title);
      inc(stats.orgs, e.organizationName);
      const year = Number(e.publishedAt.slice(0, 4));
      if (year >= 2021) stats.recent++;
      if (year <= 2015) stats.early++;
    }
  });

  it("mixes languages as the registry does", () => {
    for (const [lang, target] of Object.entries(LANGUAGE_SHARES)) {
      const got = share(stats.lang.get(lang) ?? 0, N);
      assert.ok(Math.abs(got - target) < 1.5, `${lang}: ${got.toFixed(1)}% (target ${target}%)`);
    }
  });

  it("has a broad word in about half of all entries, and one per language in half of that language's", () => {
    const all = share(stats.broad, N);
    assert.ok(all >= 40 && all <= 60, `${BROAD_WORD}: ${all.toFixed(1)}%`);
    for (const [lang, word] of Object.entries(BROAD_WORDS)) {
      const got = share(stats.broadByLang.get(lang) ?? 0, stats.lang.get(lang) ?? 1);
      assert.ok(got >= 40 && got <= 60, `${lang} ${word}: ${got.toFixed(1)}%`);
    }
  });

  it("has several hundred rare words, each in at least one entry and fewer than 0.1%", () => {
    assert.ok(RARE_WORDS.length >= 300, `${RARE_WORDS.length} rare words`);
    for (const word of RARE_WORDS) {
      const n = stats.rare.get(word.toLowerCase()) ?? 0;
      assert.ok(n >= 1 && n < N / 1000, `${word}: ${n} entries`);
    }
  });

  it("has tens of thousands of distinct titles and a few thousand organisations, some with many entries", () => {
    assert.ok(stats.titles.size >= 20_000, `${stats.titles.size} distinct titles`);
    assert.ok(stats.orgs.size >= 2_000 && stats.orgs.size <= 4_000, `${stats.orgs.size} organisations`);
    const top = Math.max(...stats.orgs.values());
    assert.ok(top >= 300, `the busiest organisation has ${top} entries`);
  });

  it("publishes more entries in recent years", () => {
    assert.ok(stats.recent > 2 * stats.early, `2021–2026: ${stats.recent}, 2010–2015: ${stats.early}`);
  });

  it("streams with a small, flat heap", () => {
    const gc =
      (globalThis as { gc?: () => void }).gc ??
      (() => {
        v8.setFlagsFromString("--expose-gc");
        return vm.runInNewContext("gc") as () => void;
      })();
    gc();
    const start = process.memoryUsage().heapUsed;
    let count = 0;
    for (const e of syntheticEntries(N, 3)) if (e.title) count++;
    gc();
    const growth = process.memoryUsage().heapUsed - start;
    assert.equal(count, N);
    assert.ok(growth < 50 * 1024 * 1024, `heap grew by ${(growth / 1024 / 1024).toFixed(1)} MB`);
  });
});
