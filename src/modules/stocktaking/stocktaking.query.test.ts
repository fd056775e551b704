import assert from "node:assert/strict";
import { test } from "node:test";
import { formEncoded, parseSearchParams, type SearchParams, searchHref } from "./stocktaking.query.ts";

/** The links as URLSearchParams wrote them before searchHref wrote them itself. */
function throughUrlSearchParams(params: SearchParams): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  for (const key of ["actionLine", "sdg", "region", "country", "stakeholderType", "status", "year"] as const) {
    for (const v of params[key]) query.append(key, v);
  }
  if (params.sort) query.set("sort", params.sort);
  if (params.page !== 1) query.set("page", String(params.page));
  const text = query.toString();
  return text ? `/stocktaking?${text}` : "/stocktaking";
}

const TEXTS = [
  "",
  "education",
  "éducation numérique",
  '"digital skills"',
  "教育 信息",
  "التعليم الرقمي",
  "образование",
  "a+b & c=d % e # f ? g / h ; i",
  "!'()~*-._",
  "tab\there, new\nline",
  "emoji 🌍 and ZWJ 👩‍💻",
  "lone \ud800 surrogate",
  "<script>alert(1)</script>",
];

test("searchHref writes each link byte for byte as URLSearchParams does, whatever was typed", () => {
  for (const q of TEXTS) {
    const parsed = parseSearchParams(
      `http://x/stocktaking?q=${encodeURIComponent(q.replace("\ud800", "?"))}&actionLine=C7.e-health&actionLine=C5&sdg=4&region=africa&country=TZ&stakeholderType=civil-society&status=ongoing&year=2021&sort=newest&page=3`,
    );
    assert.ok(parsed.ok);
    const params = { ...parsed.params, q };
    assert.equal(searchHref(params), throughUrlSearchParams(params), q);
    for (const change of [{ page: 1 }, { page: 4 }, { q: "" }, { sdg: [] }, { country: ["TZ", "KE"] }] as const) {
      assert.equal(searchHref(params, change), throughUrlSearchParams({ ...params, ...change } as SearchParams), q);
    }
  }
  assert.equal(searchHref({ ...emptyParams(), page: 1 }), "/stocktaking");
});

test("formEncoded: every character from U+0000 to U+FFFF as URLSearchParams writes it", () => {
  for (let code = 0; code <= 0xffff; code++) {
    const text = `a${String.fromCharCode(code)}b`;
    assert.equal(formEncoded(text), new URLSearchParams({ v: text }).toString().slice(2), `U+${code.toString(16)}`);
  }
});

test("a link written by searchHref parses back to the same search", () => {
  for (const q of TEXTS.filter((t) => !t.includes("\ud800"))) {
    const params = { ...emptyParams(), q, actionLine: ["C5"], country: ["TZ"], page: 2 };
    const back = parseSearchParams(`http://x${searchHref(params)}`);
    assert.ok(back.ok);
    assert.deepEqual(back.params, params);
  }
});

function emptyParams(): SearchParams {
  const parsed = parseSearchParams("http://x/stocktaking");
  assert.ok(parsed.ok);
  return parsed.params;
}
