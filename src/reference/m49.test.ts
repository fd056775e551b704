import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, beforeEach, describe, test } from "node:test";
import { readUnsdFile } from "../../scripts/m49-names.ts";
import { signedUp } from "../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../test/support/app.ts";
import { Visitor } from "../../test/support/browser-like.ts";
import { testDialects } from "../../test/support/databases.ts";
import { EntryInput } from "../modules/stocktaking/stocktaking.schema.ts";
import { i18nFor } from "../platform/i18n/i18n.ts";
import { LOCALES, type Locale } from "../platform/i18n/locale.ts";
import { isM49Area, M49_NAMES } from "./data/m49.ts";
import { createReferenceService } from "./reference.service.ts";

const unsdFile = (locale: Locale) =>
  readUnsdFile(readFileSync(new URL(`./data/m49/unsd-m49-${locale}.csv`, import.meta.url), "utf8"));

/** Names as UNSD's six files write them (copied from the files; the test below also reads the files). */
const SAMPLE: Record<string, Record<Locale, string>> = {
  PS: {
    en: "State of Palestine",
    fr: "État de Palestine",
    es: "Estado de Palestina",
    ru: "Государство Палестина",
    zh: "巴勒斯坦国",
    ar: "دولة فلسطين",
  },
  KP: {
    en: "Democratic People's Republic of Korea",
    fr: "République populaire démocratique de Corée",
    es: "República Popular Democrática de Corea",
    ru: "Корейская Народно-Демократическая Республика",
    zh: "朝鲜民主主义人民共和国",
    ar: "جمهورية كوريا الشعبية الديمقراطية",
  },
  CD: {
    en: "Democratic Republic of the Congo",
    fr: "République démocratique du Congo",
    es: "República Democrática del Congo",
    ru: "Демократическая Республика Конго",
    zh: "刚果民主共和国",
    ar: "جمهورية الكونغو الديمقراطية",
  },
  HK: {
    en: "China, Hong Kong Special Administrative Region",
    fr: "Chine, région administrative spéciale de Hong Kong",
    es: "China, región administrativa especial de Hong Kong",
    ru: "Китай, Специальный административный район Гонконг",
    zh: "中国香港特别行政区",
    ar: "الصين، منطقة هونغ كونغ الإدارية الخاصة",
  },
  FK: {
    en: "Falkland Islands (Malvinas)",
    fr: "Îles Falkland (Malvinas)",
    es: "Islas Malvinas (Falkland)",
    ru: "Фолклендские (Мальвинские) острова",
    zh: "福克兰群岛（马尔维纳斯）",
    ar: "جزر فوكلاند (مالفيناس)",
  },
  RU: {
    en: "Russian Federation",
    fr: "Fédération de Russie",
    es: "Federación de Rusia",
    ru: "Российская Федерация",
    zh: "俄罗斯联邦",
    ar: "الاتحاد الروسي",
  },
};

describe("UN M49 names", () => {
  test("a sample of names in each language is what UNSD's file for that language says, and what the platform shows", () => {
    for (const locale of LOCALES) {
      const file = unsdFile(locale);
      const i18n = i18nFor(locale);
      for (const [code, names] of Object.entries(SAMPLE)) {
        assert.equal(file.get(code)?.name, names[locale], `${code} in UNSD's ${locale} file`);
        assert.equal(i18n.country(code), names[locale], `${code} shown in ${locale}`);
      }
    }
  });

  test("the shipped names are exactly the six files: every area, every language", () => {
    const files = Object.fromEntries(LOCALES.map((l) => [l, unsdFile(l)])) as Record<Locale, Map<string, unknown>>;
    assert.deepEqual(Object.keys(M49_NAMES).sort(), [...files.en.keys()].sort());
    assert.equal(Object.keys(M49_NAMES).length, 248);
    for (const locale of LOCALES) {
      for (const [code, row] of unsdFile(locale)) {
        assert.equal(M49_NAMES[code]?.[locale], row.name, `${code} ${locale}`);
        assert.equal(M49_NAMES[code]?.m49, row.m49, `${code} M49 code`);
      }
    }
  });

  test("Taiwan is not an M49 area: not accepted for new data, but a stored TW still has a name", () => {
    assert.equal(isM49Area("TW"), false);
    assert.equal(isM49Area("CN"), true);
    for (const locale of LOCALES) assert.equal(i18nFor(locale).country("TW"), "Taiwan, Province of China");
    assert.equal(i18nFor("en").country("ZZ"), "ZZ", "an unknown code shows as itself");
    const entry = (countries: string[]) =>
      EntryInput.safeParse({ title: "T", summary: "S", organizationName: "O", countries });
    assert.equal(entry(["CN", "HK"]).success, true);
    assert.equal(entry(["TW"]).success, false);
  });
});

for (const dialect of await testDialects()) {
  describe(`country choices [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t?.close());
    beforeEach(() => t.clock.advance(61 * 60_000));

    test("offered: the 248 M49 areas, named in the reader's language, in that language's collation", async () => {
      const reference = createReferenceService(t.handle.db);
      assert.equal((await reference.countries()).length, 248);
      assert.ok(!(await reference.countries()).some((c) => c.alpha2 === "TW"));
      for (const locale of LOCALES) {
        const options = await reference.countryOptions(locale);
        assert.equal(options.length, 248);
        assert.ok(!options.some((o) => o.value === "TW"), `TW offered in ${locale}`);
        const labels = options.map((o) => o.label);
        const collator = new Intl.Collator(locale);
        assert.deepEqual(labels, [...labels].sort(collator.compare), `sorted for ${locale}`);
        assert.equal(options.find((o) => o.value === "PS")?.label, SAMPLE.PS?.[locale]);
      }
      // Spanish collation puts "Islas Malvinas (Falkland)" with the other "Islas", before "Israel".
      const es = (await reference.countryOptions("es")).map((o) => o.value);
      assert.ok(es.indexOf("FK") < es.indexOf("IL"));
    });

    test("a profile that stored TW before keeps it as its choice, and saving keeps it; nobody else is offered it", async () => {
      const v = await signedUp(t, "older-profile@example.org");
      await t.handle.db
        .updateTable("userAccount")
        .set({ countryCode: "TW" })
        .where("email", "=", "older-profile@example.org")
        .execute();
      const form = await (await v.get("/account/profile")).text();
      assert.match(form, /<option value="TW" selected="">Taiwan, Province of China<\/option>/);
      const saved = await v.post("/account/profile", {
        displayName: "Older Profile",
        passportName: "",
        preferredLocale: "en",
        countryCode: "TW",
        stakeholderTypeCode: "",
      });
      assert.equal(saved.status, 303);
      const row = await t.handle.db
        .selectFrom("userAccount")
        .select("countryCode")
        .where("email", "=", "older-profile@example.org")
        .executeTakeFirstOrThrow();
      assert.equal(row.countryCode, "TW");
      const someoneElse = await signedUp(t, "newer-profile@example.org");
      assert.doesNotMatch(await (await someoneElse.get("/account/profile")).text(), /value="TW"/);
    });

    test("forms offer M49 names and refuse TW; a stored TW organisation still shows its country", async () => {
      const v = await signedUp(t, "m49@example.org");
      const form = await (await v.get("/organizations/new")).text();
      assert.match(form, /<option value="PS">State of Palestine<\/option>/);
      assert.match(form, /<option value="KP">Democratic People&#39;s Republic of Korea<\/option>/);
      assert.doesNotMatch(form, /value="TW"/);
      const es = await (await v.get("/organizations/new?lang=es")).text();
      assert.match(es, /<option value="FK">Islas Malvinas \(Falkland\)<\/option>/);
      await v.get("/organizations/new?lang=en");
      const refused = await v.post("/organizations/new", {
        name: "Taipei Digital Lab",
        stakeholderTypeCode: "academia",
        countryCode: "TW",
        website: "",
      });
      assert.equal(refused.status, 400);
      const profile = await v.post("/account/profile", {
        displayName: "Amina Diallo",
        passportName: "",
        preferredLocale: "en",
        countryCode: "TW",
        stakeholderTypeCode: "",
      });
      assert.equal(profile.status, 400);

      const now = t.clock.now().toISOString();
      const id = "00000000-0000-7000-8000-0000000000aa";
      await t.handle.db
        .insertInto("organization")
        .values({
          id,
          name: "Older Row Institute",
          stakeholderTypeCode: "academia",
          countryCode: "TW",
          website: null,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      const page = await (await new Visitor(t).get(`/organizations/${id}`)).text();
      assert.match(page, /Taiwan, Province of China/);
      const list = await (await new Visitor(t).get("/organizations?q=older+row")).text();
      assert.match(list, /<td>Taiwan, Province of China<\/td>/);
    });
  });
}
