import type { Db } from "../../db/database.ts";
import { timestamp } from "../../db/ids.ts";
import { audit } from "../../platform/audit/audit.ts";
import type { CsvSource } from "../../platform/http/csv-parse.ts";
import type { Locale } from "../../platform/i18n/locale.ts";
import type { BreakdownDimension, IndicatorUnit } from "./data/indicators.ts";
import { type ImportProblem, parseObservationFile } from "./measuring.import.ts";
import * as repo from "./measuring.repository.ts";

export interface Indicator {
  code: string;
  unit: IndicatorUnit;
  breakdowns: BreakdownDimension[];
  sdmxSeries: string[];
  name: string;
  definition: string;
  wsisTargets: number[];
  actionLines: string[];
  sdgTargets: string[];
  observationCount: number;
}

export interface Observation {
  indicator: string;
  geography: string;
  year: number;
  breakdown: string;
  /** The value as published (canonical decimal text) and as a number. */
  valueText: string;
  value: number;
  qualifier: "at_least" | "about" | null;
  source: { publisher: string; title: string; url: string; accessed: string };
  licence: string | null;
  note: string | null;
}

export interface WsisTarget {
  number: number;
  title: string;
  text: string;
  indicators: Indicator[];
}

/** A headline figure: the latest observation of one series, or null when no figure is published. */
export interface Headline {
  indicator: Indicator;
  geography: string;
  breakdown: string;
  observation: Observation | null;
}

/** The dashboard's headline figures, in order: the series, not the values (those are data). */
export const HEADLINES = [
  { indicator: "internet-users", geography: "world", breakdown: "total" },
  { indicator: "internet-use", geography: "world", breakdown: "total" },
  { indicator: "people-offline", geography: "world", breakdown: "total" },
  { indicator: "internet-use", geography: "world", breakdown: "age=Y15T24" },
  { indicator: "internet-use", geography: "world", breakdown: "sex=F" },
  { indicator: "schools-connected", geography: "world", breakdown: "total" },
  { indicator: "health-centres-connected", geography: "world", breakdown: "total" },
  { indicator: "5g-coverage", geography: "world", breakdown: "total" },
] as const;

export interface ImportReport {
  format: "long" | "sdmx";
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

type ObservationRow = Awaited<ReturnType<typeof repo.observations>>[number];
function toObservation(r: ObservationRow): Observation {
  return {
    indicator: r.indicatorCode,
    geography: r.geography,
    year: Number(r.year),
    breakdown: r.breakdown,
    valueText: r.value,
    value: Number(r.value),
    qualifier: r.qualifier === "at_least" || r.qualifier === "about" ? r.qualifier : null,
    source: { publisher: r.sourcePublisher, title: r.sourceTitle, url: r.sourceUrl, accessed: r.sourceAccessed },
    licence: r.licence,
    note: r.note,
  };
}

export function createMeasuringService(deps: { db: Db; clock: () => Date }) {
  const { db } = deps;

  async function indicators(locale: Locale): Promise<Indicator[]> {
    const [rows, linkRows, counts] = await Promise.all([
      repo.indicators(db, locale),
      repo.links(db),
      repo.observationCounts(db),
    ]);
    const countOf = new Map(counts.map((c) => [c.indicatorCode, Number(c.count)]));
    return rows.map((r) => {
      const linked = (kind: string) =>
        linkRows.filter((l) => l.indicatorCode === r.code && l.kind === kind).map((l) => l.ref);
      return {
        code: r.code,
        unit: r.unit as IndicatorUnit,
        breakdowns: JSON.parse(r.breakdowns) as BreakdownDimension[],
        sdmxSeries: JSON.parse(r.sdmxSeries) as string[],
        name: r.name,
        definition: r.definition,
        wsisTargets: linked("wsis_target")
          .map(Number)
          .sort((a, b) => a - b),
        actionLines: linked("action_line"),
        sdgTargets: linked("sdg_target"),
        observationCount: countOf.get(r.code) ?? 0,
      };
    });
  }

  const linkedIndicators = async (kind: string, refs: readonly string[], locale: Locale) => {
    const codes = new Set(await repo.indicatorsLinkedTo(db, kind, refs));
    return (await indicators(locale)).filter((i) => codes.has(i.code));
  };

  return {
    indicators,

    async indicator(code: string, locale: Locale) {
      const indicator = (await indicators(locale)).find((i) => i.code === code);
      if (!indicator) return undefined;
      const observations = (await repo.observations(db, { indicator: code })).map(toObservation);
      return { indicator, observations };
    },

    async observations(filter: { indicator?: string; geography?: string } = {}): Promise<Observation[]> {
      return (await repo.observations(db, filter)).map(toObservation);
    },

    /** The ten WSIS targets, each with the indicators that track it. */
    async targets(locale: Locale): Promise<WsisTarget[]> {
      const [rows, all] = await Promise.all([repo.targets(db, locale), indicators(locale)]);
      return rows.map((t) => ({
        number: Number(t.number),
        title: t.title,
        text: t.text,
        indicators: all.filter((i) => i.wsisTargets.includes(Number(t.number))),
      }));
    },

    async headlines(locale: Locale): Promise<Headline[]> {
      const [all, rows] = await Promise.all([indicators(locale), repo.observations(db, { geography: "world" })]);
      return HEADLINES.flatMap((h) => {
        const indicator = all.find((i) => i.code === h.indicator);
        if (!indicator) return [];
        const latest = rows
          .filter((r) => r.indicatorCode === h.indicator && r.breakdown === h.breakdown)
          .sort((a, b) => Number(b.year) - Number(a.year))[0];
        return [
          {
            indicator,
            geography: h.geography,
            breakdown: h.breakdown,
            observation: latest ? toObservation(latest) : null,
          },
        ];
      });
    },

    /** The indicators that inform an Action Line (for its page). */
    forActionLine: (code: string, locale: Locale) => linkedIndicators("action_line", [code], locale),
    /** The indicators that inform any of these SDG targets (for a goal's page). */
    forSdgTargets: (targets: readonly string[], locale: Locale) => linkedIndicators("sdg_target", targets, locale),

    /**
     * Imports a file (long format or SDMX-CSV): every row is checked first, and nothing loads when any row is
     * wrong; otherwise all rows load in one transaction with one audit row. The same file twice changes nothing.
     */
    async importFile(
      file: string | CsvSource,
      options: { accessed: string; licence?: string | null },
    ): Promise<ImportReport> {
      const now = deps.clock();
      const shapes = await indicators("en");
      const parsed = await parseObservationFile(file, {
        indicators: shapes,
        maxYear: now.getUTCFullYear(),
        accessed: options.accessed,
        licence: options.licence,
      });
      const report: ImportReport = {
        format: parsed.format,
        created: 0,
        updated: 0,
        unchanged: 0,
        problems: parsed.problems,
      };
      if (parsed.problems.length > 0) return report;
      await db.transaction().execute(async (trx) => {
        for (const o of parsed.observations) report[await repo.upsertObservation(trx, o, timestamp(now))]++;
        if (report.created + report.updated > 0) {
          await audit(
            trx,
            { actorId: null, ip: null, requestId: null, now },
            {
              action: "measuring.import",
              objectType: "measuring_observation",
              after: {
                format: report.format,
                created: report.created,
                updated: report.updated,
                unchanged: report.unchanged,
              },
            },
          );
        }
      });
      return report;
    },
  };
}

export type MeasuringService = ReturnType<typeof createMeasuringService>;
