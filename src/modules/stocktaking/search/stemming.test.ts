import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildTestApp, type TestApp } from "../../../../test/support/app.ts";
import { testDialects } from "../../../../test/support/databases.ts";
import { newId } from "../../../db/ids.ts";
import * as m0015 from "../../../db/migrations/0015_stocktaking_search_stems.ts";
import { REBUILD_KEY, reindexWhenMarked } from "../stocktaking.reindex.ts";
import { arabicStems } from "./arabic.ts";
import { postgresTextIndex } from "./postgres.ts";
import { at, document, type Fields } from "./search.fixtures.ts";
import { createStocktakingSearch, type StocktakingSearch } from "./search.ts";
import { searchableText } from "./segment.ts";
import { sqliteTextIndex } from "./sqlite.ts";
import { stemAlternatives } from "./stem.ts";

/** One entry per language, each with words whose other forms the tests type. */
const ENTRIES: Record<string, Fields> = {
  english: {
    title: "Educational radio for villages",
    summary: "Teachers broadcast lessons.",
    organizationName: "Open Learning Trust",
    language: "en",
    publishedAt: at(1),
  },
  forms: { title: "Online forms for citizens", summary: "Services by mail.", language: "en", publishedAt: at(2) },
  french: {
    title: "Bibliothèques numériques",
    summary: "Former les enseignants des écoles.",
    organizationName: "Réseau des bibliothécaires",
    language: "fr",
    publishedAt: at(3),
  },
  spanish: {
    title: "Escuelas rurales conectadas",
    summary: "Conectividad para comunidades.",
    language: "es",
    publishedAt: at(4),
  },
  russian: {
    title: "Курсы для учителей в сельских школах",
    summary: "Цифровая грамотность.",
    language: "ru",
    publishedAt: at(5),
  },
  arabic: {
    title: "برامج للتعليم عن بعد",
    summary: "مبادرة وزارة التربية والتعليم للمدارس الريفية",
    organizationName: "البرنامج الوطني",
    language: "ar",
    publishedAt: at(6),
  },
  chinese: { title: "数字教育平台建设", summary: "面向农村学校的在线学习", language: "zh", publishedAt: at(7) },
};

describe("the light Arabic stemmer", () => {
  const shared = (a: string, b: string) => {
    const x = arabicStems(searchableText(a));
    const y = new Set(arabicStems(searchableText(b)));
    return x.some((stem) => y.has(stem));
  };

  test("strips the article and the letters written before it, and the common suffixes", () => {
    for (const form of ["والتعليم", "بالتعليم", "للتعليم", "وبالتعليم", "فالتعليم", "كالتعليم", "وللتعليم"]) {
      assert.deepEqual(arabicStems(searchableText(form)), ["تعليم"], form);
    }
    assert.deepEqual(arabicStems("تعليم"), ["تعليم"]);
    // A bare ال is stripped, and the whole word kept as a second reading (see the next test).
    assert.equal(arabicStems("التعليم")[0], "تعليم");
    assert.equal(arabicStems(searchableText("التعليمية"))[0], "تعليم");
    assert.equal(arabicStems(searchableText("المعلمون"))[0], "معلم");
    assert.deepEqual(arabicStems(searchableText("معلمين")), ["معلم"]);
    assert.deepEqual(arabicStems(searchableText("مدارسها")), ["مدارس"]);
    // Typed with short vowels: the same stem.
    assert.ok(shared("التَّعْلِيم", "تعليم"));
  });

  test("a leading و ف ب ك ل may be the word's own letter: both readings are kept, on both sides", () => {
    assert.ok(shared("وتعليم", "تعليم"), "and + education");
    assert.ok(shared("بتعليم", "التعليم"), "by + education");
    assert.ok(shared("وزارة", "الوزارة"), "ministry, with and without the article");
    assert.ok(shared("برنامج", "البرنامج"), "programme");
    assert.ok(shared("بيانات", "البيانات"), "data");
    assert.ok(shared("كتاب", "الكتاب"), "book");
    assert.ok(arabicStems("كتاب").includes("كتاب"), "كتاب keeps its ك");
    // إلكترونية (electronic) begins with the letters of the article: it finds الإلكترونية and the other way round.
    assert.ok(shared("إلكترونية", "الإلكترونية"));
    assert.ok(shared("الإلكترونية", "إلكتروني"));
    // Too short to lose a letter: لغة is not ل + غة.
    assert.deepEqual(arabicStems(searchableText("لغة")), ["لغ"]);
    assert.ok(!shared("تعليم", "تعلم"), "different words stay apart");
  });
});

describe("stems of a typed word", () => {
  test("one per language of the word's script, marked with the language", () => {
    assert.deepEqual(stemAlternatives("educational"), ["en0educ", "fr0educational", "es0educational"]);
    assert.ok(stemAlternatives("education").includes("en0educ"));
    assert.deepEqual(stemAlternatives("школах"), ["ru0школ"]);
    assert.deepEqual(stemAlternatives("والتعليم"), ["ar0تعليم"]);
    assert.deepEqual(stemAlternatives("教育"), [], "Chinese words are matched as segmented");
    assert.deepEqual(stemAlternatives("of"), [], "words under three letters keep only their exact form");
    assert.deepEqual(stemAlternatives("2025"), []);
  });
});

for (const dialect of await testDialects()) {
  describe(`stemmed search [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let search: StocktakingSearch;
    const ids = new Map<string, string>();
    const keyOf = (entryId: string) => [...ids].find(([, v]) => v === entryId)?.[0] ?? entryId;

    async function publish(key: string, fields: Fields, provider = search): Promise<string> {
      const entryId = ids.get(key) ?? newId();
      ids.set(key, entryId);
      const doc = document(entryId, fields);
      await t.handle.db.transaction().execute(async (trx) => {
        await trx
          .insertInto("stocktakingEntry")
          .values({
            id: entryId,
            state: "published",
            title: doc.title,
            summary: doc.summary,
            description: doc.description,
            organizationName: doc.organizationName,
            language: doc.language,
            countries: "[]",
            actionLines: "[]",
            sdgs: "[]",
            targets: "[]",
            publishedVersion: doc.version,
            createdAt: doc.publishedAt,
            updatedAt: doc.publishedAt,
            publishedAt: doc.publishedAt,
          })
          .onConflict((oc) => oc.column("id").doNothing())
          .execute();
        await provider.index(trx, doc);
        await trx
          .insertInto("stocktakingVersion")
          .values({
            entryId,
            version: doc.version,
            snapshot: JSON.stringify(doc),
            publishedAt: doc.publishedAt,
          })
          .onConflict((oc) => oc.columns(["entryId", "version"]).doNothing())
          .execute();
      });
      return entryId;
    }

    const found = async (text: string) => {
      const result = await search.search({ text, filters: {}, sort: "relevance", page: 1, pageSize: 100 });
      return new Set(result.hits.map((h) => keyOf(h.entryId)));
    };
    const finds = async (text: string, key: string) => assert.ok((await found(text)).has(key), `${text} finds ${key}`);
    const misses = async (text: string, key: string) =>
      assert.ok(!(await found(text)).has(key), `${text} does not find ${key}`);

    before(async () => {
      t = await buildTestApp(dialect);
      search = createStocktakingSearch(t.handle.db, t.handle.dialect);
      for (const [key, fields] of Object.entries(ENTRIES)) await publish(key, fields);
    });
    after(() => t?.close());

    test("English: a word and its inflected forms find each other", async () => {
      for (const typed of [
        "education",
        "educational",
        "educate",
        "Educated",
        "radios",
        "village",
        "teachers",
        "learn",
      ]) {
        await finds(typed, "english");
      }
      await misses("educators", "french");
    });

    test("French: plural, gender and accents aside", async () => {
      for (const typed of ["bibliothèque", "bibliotheques", "numérique", "numeriques", "enseignant", "école"]) {
        await finds(typed, "french");
      }
      await finds("bibliothécaire", "french");
    });

    test("Spanish: escuela, rural, conectada, conectividad", async () => {
      for (const typed of ["escuela", "rural", "conectada", "conectar", "comunidad"]) await finds(typed, "spanish");
    });

    test("Russian: школа, учитель, сельский, курс", async () => {
      for (const typed of ["школа", "школы", "учитель", "учителя", "сельская", "курс", "цифровой", "грамотности"]) {
        await finds(typed, "russian");
      }
    });

    test("Arabic: the bare word finds it with the article and the prefixes, and the other way round", async () => {
      for (const typed of ["تعليم", "التعليم", "والتعليم", "بالتعليم", "للتعليم", "تعليمية"])
        await finds(typed, "arabic");
      for (const typed of ["البرامج", "وزارة", "الوزارة", "مدارس", "برنامج", "الوطنية", "وطني", "مبادرات", "ريفية"]) {
        await finds(typed, "arabic");
      }
      // A broken plural is another word to a light stemmer: مدرسة (school) does not find مدارس (schools).
      await misses("مدرسة", "arabic");
    });

    test("Chinese is segmented as before", async () => {
      for (const typed of ["教育", "平台", "学习", "数字教育"]) await finds(typed, "chinese");
      await misses("物理", "chinese");
    });

    test("a stem of one language does not find entries of another that only share it", async () => {
      // French "former" is the stem "form"; English "forms" is the English stem "form": not the same word.
      await finds("former", "french");
      await misses("former", "forms");
      await finds("forms", "forms");
    });

    test("a quoted phrase stays exact: no stemming inside quotes", async () => {
      await finds('"educational radio"', "english");
      await misses('"education radio"', "english");
      await finds("education radio", "english");
      await finds('"escuelas rurales"', "spanish");
      await misses('"escuela rural"', "spanish");
      await finds('"التربية والتعليم"', "arabic");
      await misses('"التربية التعليم"', "arabic");
      await finds('"сельских школах"', "russian");
      await misses('"сельская школа"', "russian");
      // A phrase never matches the stems written after the words, even when they are adjacent there.
      await misses('"educ radio"', "english");
      await misses('"biblioth numer"', "french");
    });

    test("an index written before stemming answers by words; migration 0015 marks it and the next start rebuilds it", async () => {
      const db = t.handle.db;
      // The test database was migrated while empty: nothing to rebuild.
      assert.equal(await reindexWhenMarked({ db, search }), null);
      const entryId = await publish("old", {
        title: "Educational broadcasting",
        language: "en",
        publishedAt: at(9),
      });
      // As an older release wrote it: the words alone.
      const textIndex = t.handle.dialect === "sqlite" ? sqliteTextIndex : postgresTextIndex;
      await db.transaction().execute(async (trx) => {
        const text = { title: "educational broadcasting", summary: "", description: "", organizationName: "" };
        const facts = { publishedAt: at(9), stakeholderTypeCode: null, projectStatus: null, startYear: null };
        await textIndex.write(trx, entryId, text, facts);
      });
      const fresh = () => createStocktakingSearch(db, t.handle.dialect);
      const oldFinds = async (text: string) => {
        const result = await fresh().search({ text, filters: {}, sort: "newest", page: 1, pageSize: 100 });
        return result.hits.some((h) => h.entryId === entryId);
      };
      assert.ok(await oldFinds("educational"), "still found by its words");
      assert.ok(!(await oldFinds("broadcast")), "not yet by their stems");

      await m0015.up(db);
      const mark = await db.selectFrom("appMeta").select("key").where("key", "=", REBUILD_KEY).executeTakeFirst();
      assert.ok(mark, "the migration marks a registry with published entries");
      const rebuilt = await reindexWhenMarked({ db, search: fresh() });
      assert.equal(rebuilt?.entries, Object.keys(ENTRIES).length + 1);
      assert.ok(await oldFinds("broadcast"), "found by its stems after the rebuild");
      assert.ok(await oldFinds('"educational broadcasting"'));
      assert.equal(await reindexWhenMarked({ db, search: fresh() }), null, "the mark is gone");
    });
  });
}
