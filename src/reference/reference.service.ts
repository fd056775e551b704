import type { Db } from "../db/database.ts";
import { i18nFor } from "../platform/i18n/i18n.ts";
import type { Locale } from "../platform/i18n/locale.ts";
import { isM49Area } from "./data/m49.ts";
import * as repo from "./reference.repository.ts";

export const REFERENCE_META_KEY = "reference_data";

export interface Agency {
  code: string;
  acronym: string;
  name: string;
  kind: string;
  website: string;
}

export interface ActionLine {
  code: string;
  kind: "line" | "group";
  parentCode: string | null;
  position: number;
  title: string;
  summary: string;
  lead: Agency[];
  coFacilitators: Agency[];
  /** Goals this line serves in the WSIS–SDG matrix, ascending. */
  sdgs: number[];
  /** Targets named for this line, in SDG order. */
  targets: string[];
}

export interface Sdg {
  number: number;
  colour: string;
  shortTitle: string;
  title: string;
  targets: string[];
}

export interface MatrixLink {
  actionLineCode: string;
  sdgNumber: number;
  targets: string[];
}

export interface Matrix {
  actionLines: ActionLine[];
  sdgs: Sdg[];
  links: MatrixLink[];
}

export interface StakeholderType {
  code: string;
  name: string;
  description: string;
}

/** Picks, per key, the row in the wanted locale, else the English one. */
function byLocale<R extends { locale: string }>(rows: R[], locale: Locale, key: (row: R) => string | number) {
  const picked = new Map<string | number, R>();
  for (const row of rows) {
    const k = key(row);
    if (row.locale === locale || !picked.has(k)) picked.set(k, row);
  }
  return picked;
}

export function createReferenceService(db: Db) {
  /**
   * Reference data changes only when it is (re)loaded, which writes a new version into app_meta. Each request
   * reads that one row and reuses what this instance already built for the version, so several instances stay
   * consistent without sharing memory, and a page costs one small query instead of eight.
   */
  const cache = new Map<string, { version: string; value: Promise<unknown> }>();
  // Lookups that start while one read of the version is in flight share it: a page asking for lines, SDGs and
  // stakeholder types at once reads the row once, and a lookup that starts later still reads it afresh.
  let versionRead: Promise<string> | null = null;
  function currentVersion(): Promise<string> {
    if (!versionRead) {
      versionRead = repo.findMeta(db, REFERENCE_META_KEY).then(
        (row) => {
          versionRead = null;
          return row?.value ?? "none";
        },
        (error: unknown) => {
          versionRead = null;
          throw error;
        },
      );
    }
    return versionRead;
  }
  async function cached<T>(key: string, build: () => Promise<T>): Promise<T> {
    const version = await currentVersion();
    const hit = cache.get(key);
    if (hit?.version === version) return hit.value as Promise<T>;
    const value = build();
    cache.set(key, { version, value });
    value.catch(() => cache.delete(key));
    return value;
  }

  const loadActionLines = (locale: Locale) => cached(`lines:${locale}`, () => buildActionLines(locale));
  const loadSdgs = (locale: Locale) => cached(`sdgs:${locale}`, () => buildSdgs(locale));

  async function buildActionLines(locale: Locale): Promise<ActionLine[]> {
    const [lines, texts, facilitators, links, targets] = await Promise.all([
      repo.findActionLines(db),
      repo.findActionLineTexts(db, locale),
      repo.findFacilitators(db, locale),
      repo.findMatrixLinks(db),
      repo.findMatrixTargets(db),
    ]);
    const text = byLocale(texts, locale, (t) => t.actionLineCode);
    const agencies = byLocale(facilitators, locale, (f) => `${f.actionLineCode}|${f.code}`);
    return lines.map((line) => {
      const own = [...agencies.values()].filter((f) => f.actionLineCode === line.code);
      const toAgency = (f: (typeof own)[number]): Agency => ({
        code: f.code,
        acronym: f.acronym,
        name: f.name,
        kind: f.kind,
        website: f.website,
      });
      return {
        code: line.code,
        kind: line.kind,
        parentCode: line.parentCode,
        position: line.position,
        title: text.get(line.code)?.title ?? line.code,
        summary: text.get(line.code)?.summary ?? "",
        lead: own.filter((f) => f.role === "lead").map(toAgency),
        coFacilitators: own.filter((f) => f.role === "co").map(toAgency),
        sdgs: links
          .filter((l) => l.actionLineCode === line.code)
          .map((l) => l.sdgNumber)
          .sort((a, b) => a - b),
        targets: targets.filter((t) => t.actionLineCode === line.code).map((t) => t.targetCode),
      };
    });
  }

  async function buildSdgs(locale: Locale): Promise<Sdg[]> {
    const [goals, texts, targets] = await Promise.all([
      repo.findSdgs(db),
      repo.findSdgTexts(db, locale),
      repo.findSdgTargets(db),
    ]);
    const text = byLocale(texts, locale, (t) => t.sdgNumber);
    return goals.map((g) => ({
      number: g.number,
      colour: g.colour,
      shortTitle: text.get(g.number)?.shortTitle ?? String(g.number),
      title: text.get(g.number)?.title ?? "",
      targets: targets.filter((t) => t.sdgNumber === g.number).map((t) => t.code),
    }));
  }

  return {
    /** All 19 entries in display order: the 18 lines and the C7 group heading. */
    actionLines: loadActionLines,

    async actionLine(code: string, locale: Locale): Promise<ActionLine | undefined> {
      return (await loadActionLines(locale)).find((l) => l.code.toLowerCase() === code.toLowerCase());
    },

    sdgs: loadSdgs,

    async sdg(number: number, locale: Locale): Promise<Sdg | undefined> {
      return (await loadSdgs(locale)).find((g) => g.number === number);
    },

    matrix: (locale: Locale): Promise<Matrix> =>
      cached(`matrix:${locale}`, async () => {
        const [actionLines, sdgs] = await Promise.all([loadActionLines(locale), loadSdgs(locale)]);
        const links = actionLines.flatMap((line) =>
          line.sdgs.map((sdgNumber) => ({
            actionLineCode: line.code,
            sdgNumber,
            targets: line.targets.filter((t) => t.split(".")[0] === String(sdgNumber)),
          })),
        );
        return { actionLines, sdgs, links };
      }),

    stakeholderTypes: (locale: Locale): Promise<StakeholderType[]> =>
      cached(`stakeholderTypes:${locale}`, async () => {
        const rows = await repo.findStakeholderTypes(db, locale);
        return [...byLocale(rows, locale, (r) => r.code).values()]
          .sort((a, b) => a.position - b.position)
          .map(({ code, name, description }) => ({ code, name, description }));
      }),

    /**
     * The countries and areas a person may choose (as a country, a nationality, where a project works): those UN
     * M49 lists, 248. The country table keeps every ISO 3166-1 code (TW too), so older rows still name theirs.
     */
    countries: async () => (await repo.findCountries(db)).filter((c) => isM49Area(c.alpha2)),

    /** Those countries as a form's choices: M49's name in the reader's language, in that language's collation. */
    countryOptions: (locale: Locale): Promise<{ value: string; label: string }[]> =>
      cached(`countryOptions:${locale}`, async () => {
        const i18n = i18nFor(locale);
        const collator = new Intl.Collator(locale);
        return (await repo.findCountries(db))
          .filter((c) => isM49Area(c.alpha2))
          .map((c) => ({ value: c.alpha2, label: i18n.country(c.alpha2) }))
          .sort((a, b) => collator.compare(a.label, b.label));
      }),

    /** When the reference data in this database was last loaded, and which version of it. */
    async dataVersion(): Promise<{ version: string; updatedAt: string } | undefined> {
      const row = await repo.findMeta(db, REFERENCE_META_KEY);
      return row && { version: row.value, updatedAt: row.updatedAt };
    },
  };
}

export type ReferenceService = ReturnType<typeof createReferenceService>;
