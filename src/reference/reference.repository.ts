import type { Db } from "../db/database.ts";
import type { Locale } from "../platform/i18n/locale.ts";

// Every SQL statement that reads reference data. Texts are fetched for the wanted locale and English,
// so a missing translation falls back to English rather than to nothing.

function localesFor(locale: Locale): Locale[] {
  return locale === "en" ? ["en"] : [locale, "en"];
}

export function findActionLines(db: Db) {
  return db.selectFrom("actionLine").selectAll().orderBy("position").execute();
}

export function findActionLineTexts(db: Db, locale: Locale) {
  return db.selectFrom("actionLineText").selectAll().where("locale", "in", localesFor(locale)).execute();
}

export function findFacilitators(db: Db, locale: Locale) {
  return db
    .selectFrom("actionLineFacilitator as f")
    .innerJoin("agency as a", "a.code", "f.agencyCode")
    .innerJoin("agencyText as t", "t.agencyCode", "a.code")
    .where("t.locale", "in", localesFor(locale))
    .select([
      "f.actionLineCode",
      "f.role",
      "f.position",
      "a.code",
      "a.kind",
      "a.website",
      "t.locale",
      "t.acronym",
      "t.name",
    ])
    .orderBy("f.actionLineCode")
    .orderBy("f.role", "desc")
    .orderBy("f.position")
    .execute();
}

export function findSdgs(db: Db) {
  return db.selectFrom("sdg").selectAll().orderBy("number").execute();
}

export function findSdgTexts(db: Db, locale: Locale) {
  return db.selectFrom("sdgText").selectAll().where("locale", "in", localesFor(locale)).execute();
}

export function findSdgTargets(db: Db) {
  return db.selectFrom("sdgTarget").selectAll().orderBy("sdgNumber").orderBy("position").execute();
}

export function findMatrixLinks(db: Db) {
  return db.selectFrom("actionLineSdg").selectAll().execute();
}

export function findMatrixTargets(db: Db) {
  return db
    .selectFrom("actionLineTarget as l")
    .innerJoin("sdgTarget as t", "t.code", "l.targetCode")
    .select(["l.actionLineCode", "l.targetCode", "t.sdgNumber", "t.position"])
    .orderBy("t.sdgNumber")
    .orderBy("t.position")
    .execute();
}

export function findStakeholderTypes(db: Db, locale: Locale) {
  return db
    .selectFrom("stakeholderType as s")
    .innerJoin("stakeholderTypeText as t", "t.stakeholderTypeCode", "s.code")
    .where("t.locale", "in", localesFor(locale))
    .select(["s.code", "s.position", "t.locale", "t.name", "t.description"])
    .orderBy("s.position")
    .execute();
}

export function findCountries(db: Db) {
  return db.selectFrom("country").selectAll().orderBy("alpha2").execute();
}

export function findMeta(db: Db, key: string) {
  return db.selectFrom("appMeta").selectAll().where("key", "=", key).executeTakeFirst();
}
