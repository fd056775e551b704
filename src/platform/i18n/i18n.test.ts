import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { CATALOGUES, i18nFor, type MessageKey } from "./i18n.ts";
import { LOCALES } from "./locale.ts";
import { fromAcceptLanguage, negotiateLocale } from "./negotiate.ts";

/** The argument names a message uses, so a translation cannot drop or rename one. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date) into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

describe("message catalogues", () => {
  const en = CATALOGUES.en as Record<MessageKey, string>;
  const english: Record<string, string> = en;
  const keys = Object.keys(en) as MessageKey[];

  for (const locale of LOCALES) {
    test(`${locale}: every message is translated, parses, and keeps the English arguments`, () => {
      const catalogue = CATALOGUES[locale];
      const missing = keys.filter((k) => !catalogue[k]);
      assert.deepEqual(missing, [], `${locale} lacks translations`);
      const extra = Object.keys(catalogue).filter((k) => !(k in english));
      assert.deepEqual(extra, [], `${locale} has keys English does not`);
      for (const key of keys) {
        const source = en[key];
        const text = catalogue[key] ?? "";
        const expected = [...argumentsOf(parse(source))].sort();
        const actual = [...argumentsOf(parse(text))].sort();
        assert.deepEqual(actual, expected, `${locale} ${key}`);
        if (locale !== "en" && source.length > 12) {
          assert.notEqual(text, source, `${locale} ${key} is still English`);
        }
      }
    });
  }

  test("plurals follow each language's rules", () => {
    assert.equal(i18nFor("en").t("sdgs.targetCount", { count: 1 }), "1 target");
    assert.equal(i18nFor("en").t("sdgs.targetCount", { count: 12 }), "12 targets");
    const ru = i18nFor("ru");
    // Russian has distinct forms for 1, 2–4 and 5+; the three must not all be the same.
    const forms = new Set([1, 3, 5].map((n) => ru.t("sdgs.targetCount", { count: n }).replace(/\d+/, "#")));
    assert.equal(forms.size, 3, [...forms].join(" | "));
    const ar = i18nFor("ar");
    const arForms = new Set([1, 2, 3, 11, 100].map((n) => ar.t("sdgs.targetCount", { count: n }).replace(/\d+/, "#")));
    assert.ok(arForms.size >= 4, [...arForms].join(" | "));
  });

  test("numbers and dates are formatted for the locale", () => {
    assert.equal(i18nFor("en").number(280000), "280,000");
    assert.equal(i18nFor("fr").number(280000), "280\u202f000");
    assert.equal(i18nFor("en").date("2025-07-07T09:00:00.000Z"), "July 7, 2025");
    assert.equal(i18nFor("fr").date("2025-07-07T09:00:00.000Z"), "7 juillet 2025");
    assert.equal(i18nFor("ar").dir, "rtl");
    assert.equal(i18nFor("zh").dir, "ltr");
  });

  test("numbers and lists kept once written stay what Intl writes, for every locale, past the limit of what is kept", () => {
    for (const locale of LOCALES) {
      const i18n = i18nFor(locale);
      const numberFormat = new Intl.NumberFormat(locale);
      const lists = { conjunction: new Intl.ListFormat(locale), unit: new Intl.ListFormat(locale, { type: "unit" }) };
      // Twice over more values than are kept, so the second round finds some kept and some forgotten.
      for (let round = 0; round < 2; round++) {
        for (let n = 0; n < 5000; n++) {
          const value = n * 37 + (n % 3 === 0 ? 0.5 : 0);
          assert.equal(i18n.number(value), numberFormat.format(value), `${locale} ${value}`);
          // Lists that would meet in a key joined by a comma or a space must stay apart.
          const items = n % 2 === 0 ? [`a${n}`, "b"] : [`a${n - 1},b`];
          for (const type of ["conjunction", "unit"] as const) {
            assert.equal(i18n.list(items, type), lists[type].format(items), `${locale} ${type} ${items.join("|")}`);
          }
        }
      }
    }
  });
});

describe("language negotiation", () => {
  test("an explicit choice wins, then the remembered one, then the browser's", () => {
    assert.equal(negotiateLocale({ query: "ar", cookie: "fr", acceptLanguage: "es" }), "ar");
    assert.equal(negotiateLocale({ query: "xx", cookie: "fr", acceptLanguage: "es" }), "fr");
    assert.equal(negotiateLocale({ cookie: "nope", acceptLanguage: "es-419,es;q=0.9" }), "es");
    assert.equal(negotiateLocale({}), "en");
  });

  test("Accept-Language is read by quality, and unknown languages are passed over", () => {
    assert.equal(fromAcceptLanguage("de-CH, de;q=0.9, ru;q=0.5, zh;q=0.7"), "zh");
    assert.equal(fromAcceptLanguage("zh-Hans-CN"), "zh");
    assert.equal(fromAcceptLanguage("de, ja"), undefined);
    assert.equal(fromAcceptLanguage("fr;q=0, en;q=0.1"), "en");
    assert.equal(fromAcceptLanguage(";;;,,q=,"), undefined);
  });
});
