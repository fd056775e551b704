import { type CsvRecord, type CsvSource, CsvSyntaxError, parseCsvStream } from "../../platform/http/csv-parse.ts";
import { parseBreakdown } from "./breakdown.ts";
import type { BreakdownDimension, IndicatorUnit } from "./data/indicators.ts";
import { geographyFromM49, normalizeGeography } from "./geography.ts";

/**
 * The long format of `wsis import indicators`: one observation a row. Required columns first; breakdown
 * ("total" when empty), qualifier (at_least, about), licence and note may be left out or empty.
 */
export const LONG_COLUMNS = [
  "indicator",
  "geography",
  "year",
  "breakdown",
  "value",
  "qualifier",
  "source_publisher",
  "source_title",
  "source_url",
  "accessed",
  "licence",
  "note",
] as const;
const LONG_REQUIRED = [
  "indicator",
  "geography",
  "year",
  "value",
  "source_publisher",
  "source_title",
  "source_url",
  "accessed",
];

/** The SDMX-CSV columns the UN SDG Global Database exports that an import reads. */
const SDMX_REQUIRED = ["SERIES", "REF_AREA", "TIME_PERIOD", "OBS_VALUE"];
/** SDMX dimensions of the SDG data structure: a value other than _T is a breakdown. */
const SDMX_BREAKDOWNS: Record<string, BreakdownDimension | null> = {
  SEX: "sex",
  AGE: "age",
  URBANISATION: "area",
  INCOME_WEALTH_QUANTILE: null,
  EDUCATION_LEV: null,
  OCCUPATION: null,
  CUST_BREAKDOWN: null,
  COMPOSITE_BREAKDOWN: null,
  DISABILITY_STATUS: null,
  ACTIVITY: null,
  PRODUCT: null,
};
export const SDMX_SOURCE = {
  publisher: "United Nations Statistics Division",
  title: "Global SDG Indicators Database",
  url: "https://unstats.un.org/sdgs/dataportal",
};

export interface ObservationInput {
  indicator: string;
  geography: string;
  year: number;
  breakdown: string;
  value: string;
  qualifier: "at_least" | "about" | null;
  sourcePublisher: string;
  sourceTitle: string;
  sourceUrl: string;
  sourceAccessed: string;
  licence: string | null;
  note: string | null;
}

export interface ImportProblem {
  line: number;
  column: string;
  message: string;
}

/** What the import needs to know about each indicator. */
export interface IndicatorShape {
  code: string;
  unit: IndicatorUnit;
  breakdowns: readonly string[];
  sdmxSeries: readonly string[];
}

export interface ParseOptions {
  indicators: readonly IndicatorShape[];
  /** The latest year a value may be for (the current year). */
  maxYear: number;
  /** For SDMX-CSV, which carries no access date: the day it was downloaded (YYYY-MM-DD). */
  accessed: string;
  /** For SDMX-CSV: the licence to record, when the person importing knows it. */
  licence?: string | null;
}

export const MIN_YEAR = 1990;

/**
 * Reads a file, long format or SDMX-CSV (told apart by the header), into observations, and every problem by line
 * and column in words; the file streams in record by record (text already read is taken too). Where the file stops
 * being CSV (a quote never closed), that is its last problem. The caller loads the observations only when there is
 * no problem.
 */
export async function parseObservationFile(
  file: string | CsvSource,
  options: ParseOptions,
): Promise<{ format: "long" | "sdmx"; observations: ObservationInput[]; problems: ImportProblem[] }> {
  const records = parseCsvStream(typeof file === "string" ? [file] : file);
  const problems: ImportProblem[] = [];
  const observations: ObservationInput[] = [];
  let header: IteratorResult<CsvRecord>;
  try {
    header = await records.next();
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    problems.push({ line: error.line, column: "header", message: error.problem });
    return { format: "long", observations, problems };
  }
  if (header.done) {
    problems.push({ line: 1, column: "header", message: "the file is empty" });
    return { format: "long", observations, problems };
  }
  const raw = header.value.fields.map((c) => c.trim());
  const sdmx = raw.includes("OBS_VALUE") || raw.includes("SERIES");
  const columns = sdmx ? raw.map((c) => c.toUpperCase()) : raw.map((c) => c.toLowerCase());
  const required = sdmx ? SDMX_REQUIRED : LONG_REQUIRED;
  for (const c of required) {
    if (!columns.includes(c)) problems.push({ line: 1, column: c, message: "this column is missing" });
  }
  if (!sdmx) {
    for (const c of columns) {
      if (!(LONG_COLUMNS as readonly string[]).includes(c))
        problems.push({ line: 1, column: c, message: `unknown column (the columns are ${LONG_COLUMNS.join(", ")})` });
    }
  }
  if (problems.length > 0) {
    await records.return(undefined);
    return { format: sdmx ? "sdmx" : "long", observations, problems };
  }

  const byCode = new Map(options.indicators.map((i) => [i.code, i]));
  const bySeries = new Map(options.indicators.flatMap((i) => i.sdmxSeries.map((s) => [s.toUpperCase(), i] as const)));
  const seen = new Map<string, number>();
  try {
    for await (const { line, fields } of records) {
      if (fields.length !== columns.length) {
        problems.push({
          line,
          column: "row",
          message: `${fields.length} fields, but the header has ${columns.length}`,
        });
        continue;
      }
      const cell = (name: string) => (fields[columns.indexOf(name)] ?? "").trim();
      const before = problems.length;
      const problem = (column: string, message: string) => problems.push({ line, column, message });

      const indicator = sdmx ? bySeries.get(cell("SERIES").toUpperCase()) : byCode.get(cell("indicator"));
      if (!indicator) {
        if (sdmx) problem("SERIES", `unknown series "${cell("SERIES")}": no indicator here is fed by it`);
        else problem("indicator", `unknown indicator code "${cell("indicator")}"`);
      }
      const geographyColumn = sdmx ? "REF_AREA" : "geography";
      const geography = sdmx ? geographyFromM49(cell("REF_AREA")) : normalizeGeography(cell("geography"));
      if (!geography) {
        problem(
          geographyColumn,
          sdmx
            ? `unknown geography code "${cell("REF_AREA")}" (the world, an M49 region or a country's M49 code)`
            : `unknown geography code "${cell("geography")}" (use world, itu:<region>, m49:<region code>, income:HIC|UMC|LMC|LIC or an ISO 3166-1 country code)`,
        );
      }
      const yearColumn = sdmx ? "TIME_PERIOD" : "year";
      const yearText = cell(yearColumn);
      const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
      if (!(year >= MIN_YEAR && year <= options.maxYear)) {
        problem(yearColumn, `year "${yearText}" is out of range (a year from ${MIN_YEAR} to ${options.maxYear})`);
      }
      const valueColumn = sdmx ? "OBS_VALUE" : "value";
      let value = canonicalNumber(cell(valueColumn));
      if (value === undefined) {
        problem(valueColumn, `"${cell(valueColumn)}" is not a number (digits, an optional "-" and "." decimals)`);
      } else if (sdmx && columns.includes("UNIT_MULT")) {
        const mult = cell("UNIT_MULT");
        if (mult !== "" && mult !== "0") {
          if (!/^\d{1,2}$/.test(mult)) problem("UNIT_MULT", `"${mult}" is not a power of ten`);
          else value = canonicalNumber(String(Number(value) * 10 ** Number(mult)));
        }
      }
      if (value !== undefined && indicator?.unit === "percent" && (Number(value) < 0 || Number(value) > 100)) {
        problem(valueColumn, `${value} is not a percentage (0 to 100)`);
      }
      if (value !== undefined && indicator && indicator.unit !== "percent" && Number(value) < 0) {
        problem(valueColumn, `${value} is negative`);
      }

      let breakdown = "total";
      if (sdmx) {
        const pairs: string[] = [];
        for (const [column, dimension] of Object.entries(SDMX_BREAKDOWNS)) {
          if (!columns.includes(column)) continue;
          const v = cell(column);
          if (v === "" || v === "_T" || v === "_Z" || v === "ALLAGE") continue;
          if (dimension === null) problem(column, `breakdown ${column}=${v} is not one the platform keeps`);
          else pairs.push(`${dimension}=${v}`);
        }
        breakdown = pairs.join(";");
      } else if (columns.includes("breakdown")) {
        breakdown = cell("breakdown");
      }
      const parsed = parseBreakdown(breakdown);
      const breakdownColumn = sdmx ? "SEX/AGE/URBANISATION" : "breakdown";
      if (!parsed.ok) problem(breakdownColumn, parsed.problem);
      else if (indicator) {
        const missing = parsed.dimensions.filter((d) => !indicator.breakdowns.includes(d));
        if (missing.length > 0) problem(breakdownColumn, `${indicator.code} has no breakdown by ${missing.join(", ")}`);
      }

      let qualifier: ObservationInput["qualifier"] = null;
      if (!sdmx && columns.includes("qualifier")) {
        const q = cell("qualifier").toLowerCase();
        if (q === "at_least" || q === "about") qualifier = q;
        else if (q !== "") problem("qualifier", `"${cell("qualifier")}" is not a qualifier (at_least, about or empty)`);
      }
      const source = sdmx
        ? { ...SDMX_SOURCE, accessed: options.accessed, licence: options.licence ?? null }
        : {
            publisher: cell("source_publisher"),
            title: cell("source_title"),
            url: cell("source_url"),
            accessed: cell("accessed"),
            licence: cell("licence") || null,
          };
      if (!sdmx) {
        if (source.publisher === "") problem("source_publisher", "the publisher is empty");
        if (source.title === "") problem("source_title", "the title is empty");
        if (!/^https?:\/\/[^\s]+$/.test(source.url)) problem("source_url", `"${source.url}" is not an http(s) address`);
      }
      if (!isDate(source.accessed)) {
        problem(sdmx ? "--accessed" : "accessed", `"${source.accessed}" is not a date (YYYY-MM-DD)`);
      }
      const note = sdmx
        ? [cell("COMMENT_OBS"), cell("SOURCE_DETAIL") && `Source: ${cell("SOURCE_DETAIL")}`]
            .filter(Boolean)
            .join(" ") || null
        : cell("note") || null;

      if (problems.length > before || !indicator || !geography || value === undefined || !parsed.ok) continue;
      const key = [indicator.code, geography, year, parsed.key].join("|");
      const first = seen.get(key);
      if (first !== undefined) {
        problem(
          sdmx ? "SERIES/REF_AREA/TIME_PERIOD" : "indicator/geography/year/breakdown",
          `duplicate row: line ${first} has the same indicator, geography, year and breakdown`,
        );
        continue;
      }
      seen.set(key, line);
      observations.push({
        indicator: indicator.code,
        geography,
        year,
        breakdown: parsed.key,
        value,
        qualifier,
        sourcePublisher: source.publisher,
        sourceTitle: source.title,
        sourceUrl: source.url,
        sourceAccessed: source.accessed,
        licence: source.licence,
        note,
      });
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    problems.push({ line: error.line, column: error.column ?? "row", message: error.problem });
  }
  return { format: sdmx ? "sdmx" : "long", observations, problems };
}

/** "068.50" → "68.5", "-0" → "0"; undefined when the text is not a plain decimal number. */
export function canonicalNumber(text: string): string | undefined {
  const t = text.trim();
  if (!/^-?\d+(\.\d+)?$/.test(t) && !/^-?\d+(\.\d+)?e[+-]?\d+$/i.test(t)) return undefined;
  const n = Number(t);
  if (!Number.isFinite(n)) return undefined;
  if (/e/i.test(t)) return String(n);
  const negative = t.startsWith("-");
  let [whole = "0", fraction = ""] = t.replace("-", "").split(".");
  whole = whole.replace(/^0+(?=\d)/, "");
  fraction = fraction.replace(/0+$/, "");
  const body = fraction ? `${whole}.${fraction}` : whole;
  return negative && body !== "0" ? `-${body}` : body;
}

function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}
