import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import { buildTestApp, type TestApp } from "../../test/support/app.ts";
import { testDialects } from "../../test/support/databases.ts";
import { seedReference } from "./reference.seed.ts";
import { createReferenceService } from "./reference.service.ts";

/**
 * The facilitators exactly as the table of the seed presentation ("WSIS Process: Celebrating Twenty Years",
 * ITU) gives them: lead, then co-facilitators, in the table's order.
 */
const SEED_TABLE: Record<string, [lead: string[], co: string[]]> = {
  C1: [["UN-DESA"], ["ITU", "UNESCO", "UNDP"]],
  C2: [["ITU"], ["UN-DESA", "UNESCO", "UNDP"]],
  C3: [["UNESCO"], ["FAO", "ITU", "UN-DESA", "UNDP", "UNIDO"]],
  C4: [["ITU"], ["FAO", "UNCTAD", "UN-DESA", "UNDP", "UNESCO", "UNIDO"]],
  C5: [["ITU"], ["UN-DESA", "UNESCO", "UNDP"]],
  C6: [["ITU"], ["APC", "UNCTAD", "UN-DESA", "UNDP", "UNESCO", "UN-RC", "UNIDO"]],
  "C7.e-government": [["UN-DESA"], ["ITU", "UNDP"]],
  "C7.e-business": [["ITC", "UNCTAD", "UPU"], ["WTO"]],
  "C7.e-learning": [["ITU", "UNESCO"], ["UNIDO"]],
  "C7.e-health": [["WHO"], ["ITU"]],
  "C7.e-employment": [["ILO"], ["ITU"]],
  "C7.e-environment": [
    ["ITU", "UNEP", "WMO"],
    ["ICAO", "UN-HABITAT", "WHO"],
  ],
  "C7.e-agriculture": [["FAO"], ["ITU"]],
  "C7.e-science": [["UNESCO"], ["ITU", "UNCTAD", "WHO"]],
  C8: [["UNESCO"], []],
  C9: [["UNESCO"], []],
  C10: [["UNESCO"], ["ECOSOC", "ECPAT", "WHO"]],
  C11: [["UN-DESA"], ["ECOSOC", "ITU", "UNDP", "UNESCO", "UN-RC"]],
};

/** Goal-level links per line, as the matrix file gives them. */
const GOALS: Record<string, number[]> = {
  C1: [1, 3, 5, 10, 16, 17],
  C2: [1, 8, 9, 11],
  C3: [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
  C4: [1, 2, 3, 4, 5, 6, 12, 13, 14, 16, 17],
  C5: [1, 4, 5, 7, 8, 9, 11, 16, 17],
  C6: [2, 4, 5, 8, 9, 10, 11, 16, 17],
  "C7.e-government": [9, 16, 17],
  "C7.e-business": [1, 2, 5, 8, 9, 17],
  "C7.e-learning": [4],
  "C7.e-health": [1, 2, 3, 5, 17],
  "C7.e-employment": [4, 8, 10, 12, 17],
  "C7.e-environment": [9, 11, 13, 14, 15, 16],
  "C7.e-agriculture": [1, 2, 3, 4, 5, 8, 9, 12, 13, 17],
  "C7.e-science": [1, 4, 6, 7, 13, 14, 15, 17],
  C8: [2, 4, 6, 8, 9, 11, 12],
  C9: [5, 9, 12, 16],
  C10: [1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13, 16, 17],
  C11: [17],
};

for (const dialect of await testDialects()) {
  describe(`reference data [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t?.close());

    test("there are 18 Action Lines, C7 being the group over its eight sub-lines", async () => {
      const lines = await createReferenceService(t.handle.db).actionLines("en");
      const leaves = lines.filter((l) => l.kind === "line");
      assert.equal(leaves.length, 18);
      assert.deepEqual(
        leaves.map((l) => l.code),
        Object.keys(SEED_TABLE),
      );
      const c7 = lines.find((l) => l.code === "C7");
      assert.equal(c7?.kind, "group");
      assert.equal(lines.filter((l) => l.parentCode === "C7").length, 8);
    });

    test("every line has exactly the facilitators of the seed table", async () => {
      const lines = await createReferenceService(t.handle.db).actionLines("en");
      for (const [code, [lead, co]] of Object.entries(SEED_TABLE)) {
        const line = lines.find((l) => l.code === code);
        assert.ok(line, code);
        assert.deepEqual(
          line.lead.map((a) => a.code),
          lead,
          `${code} lead`,
        );
        assert.deepEqual(
          line.coFacilitators.map((a) => a.code),
          co,
          `${code} co-facilitators`,
        );
      }
    });

    test("C5's lead is ITU, with UN DESA, UNESCO and UNDP as co-facilitators, by their names", async () => {
      const c5 = await createReferenceService(t.handle.db).actionLine("C5", "en");
      assert.equal(c5?.title, "Building confidence and security in the use of ICTs");
      assert.deepEqual(
        c5?.lead.map((a) => a.acronym),
        ["ITU"],
      );
      assert.equal(c5?.lead[0]?.name, "International Telecommunication Union");
      assert.deepEqual(
        c5?.coFacilitators.map((a) => a.acronym),
        ["UN DESA", "UNESCO", "UNDP"],
      );
    });

    test("the 17 SDGs and their 169 targets are loaded, with titles in all six languages", async () => {
      const db = t.handle.db;
      const goals = await db.selectFrom("sdg").select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow();
      const targets = await db.selectFrom("sdgTarget").select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow();
      const texts = await db.selectFrom("sdgText").select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow();
      assert.equal(Number(goals.n), 17);
      assert.equal(Number(targets.n), 169);
      assert.equal(Number(texts.n), 17 * 6);
      const service = createReferenceService(db);
      assert.equal((await service.sdg(4, "en"))?.shortTitle, "Quality education");
      assert.equal((await service.sdg(4, "fr"))?.shortTitle, "Éducation de qualité");
    });

    test("the WSIS–SDG matrix holds the goal links of the reference file", async () => {
      const matrix = await createReferenceService(t.handle.db).matrix("en");
      for (const [code, goals] of Object.entries(GOALS)) {
        assert.deepEqual(
          matrix.links.filter((l) => l.actionLineCode === code).map((l) => l.sdgNumber),
          goals,
          code,
        );
      }
      const c1Goal16 = matrix.links.find((l) => l.actionLineCode === "C1" && l.sdgNumber === 16);
      assert.deepEqual(c1Goal16?.targets, ["16.5", "16.6", "16.10"]);
    });

    test("stakeholder types and countries with their regions are loaded", async () => {
      const service = createReferenceService(t.handle.db);
      assert.deepEqual(
        (await service.stakeholderTypes("en")).map((s) => s.code),
        [
          "government",
          "private-sector",
          "civil-society",
          "academia",
          "technical-community",
          "international-organization",
        ],
      );
      const countries = await service.countries();
      assert.equal(countries.length, 248, "the areas UN M49 lists: not TW");
      const ch = countries.find((c) => c.alpha2 === "CH");
      assert.deepEqual([ch?.alpha3, ch?.numeric, ch?.m49Region, ch?.ituRegion], ["CHE", "756", "150", "europe"]);
      const eg = countries.find((c) => c.alpha2 === "EG");
      assert.deepEqual([eg?.m49Region, eg?.ituRegion], ["002", "arab-states"]);
      const kz = countries.find((c) => c.alpha2 === "KZ");
      assert.equal(kz?.ituRegion, "cis");
    });

    test("a new version of the reference data is seen at once, by every instance", async () => {
      const db = t.handle.db;
      const instanceA = createReferenceService(db);
      const instanceB = createReferenceService(db);
      assert.equal((await instanceA.actionLine("C9", "en"))?.title, "Media");
      assert.equal((await instanceB.actionLine("C9", "en"))?.title, "Media");
      // A correction, as an administrator's edit will write it: the text and a new version, together.
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable("actionLineText")
          .set({ title: "Media (corrected)" })
          .where("actionLineCode", "=", "C9")
          .where("locale", "=", "en")
          .execute();
        await trx.updateTable("appMeta").set({ value: "correction-1" }).where("key", "=", "reference_data").execute();
      });
      assert.equal((await instanceA.actionLine("C9", "en"))?.title, "Media (corrected)");
      assert.equal((await instanceB.actionLine("C9", "en"))?.title, "Media (corrected)");
      await seedReference(db);
      assert.equal((await instanceA.actionLine("C9", "en"))?.title, "Media", "reseeding restores the shipped data");
    });

    test("seeding twice changes nothing", async () => {
      const snapshot = async () => {
        const db = t.handle.db;
        return JSON.stringify([
          await db.selectFrom("actionLine").selectAll().orderBy("code").execute(),
          await db
            .selectFrom("actionLineFacilitator")
            .selectAll()
            .orderBy("actionLineCode")
            .orderBy("agencyCode")
            .execute(),
          await db.selectFrom("actionLineSdg").selectAll().orderBy("actionLineCode").orderBy("sdgNumber").execute(),
          await db.selectFrom("actionLineTarget").selectAll().orderBy("actionLineCode").orderBy("targetCode").execute(),
          await db.selectFrom("sdgText").selectAll().orderBy("sdgNumber").orderBy("locale").execute(),
          await db.selectFrom("country").selectAll().orderBy("alpha2").execute(),
          await db.selectFrom("agencyText").selectAll().orderBy("agencyCode").orderBy("locale").execute(),
        ]);
      };
      const before = await snapshot();
      const first = await seedReference(t.handle.db, { force: true });
      const second = await seedReference(t.handle.db, { force: true });
      assert.equal(first.version, second.version);
      assert.equal(await snapshot(), before);
      // Without force, a database already at this version is left alone.
      assert.equal((await seedReference(t.handle.db)).applied, false);
    });
  });
}
