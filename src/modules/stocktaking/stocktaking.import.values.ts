import { AUTONYMS, LOCALES } from "../../platform/i18n/locale.ts";
import { ACTION_LINES } from "../../reference/data/action-lines.ts";
import { COUNTRIES } from "../../reference/data/countries.ts";
import { ITU_ACTION_LINE_SPELLINGS, ITU_COUNTRY_SPELLINGS } from "../../reference/data/itu-spellings.ts";
import { isM49Area, M49_NAMES } from "../../reference/data/m49.ts";
import { SDGS } from "../../reference/data/sdgs.ts";
import { EntryInput, LIMITS, PROJECT_STATUSES, SCOPES, STAKEHOLDER_TYPES } from "./stocktaking.schema.ts";

/**
 * The import's columns (any order; an unknown column is an error, a missing one is empty) and the entry field
 * each fills. Lists are separated by semicolons (or line breaks); codes also by spaces or commas.
 */
export const IMPORT_COLUMNS = {
  external_id: "externalId",
  title: "title",
  summary: "summary",
  description: "description",
  organization: "organizationName",
  stakeholder_type: "stakeholderTypeCode",
  scope: "scope",
  project_status: "projectStatus",
  start_date: "startDate",
  end_date: "endDate",
  website: "website",
  contact_name: "contactName",
  contact_email: "contactEmail",
  language: "language",
  countries: "countries",
  action_lines: "actionLines",
  sdgs: "sdgs",
  targets: "targets",
} as const;
export type ImportColumn = keyof typeof IMPORT_COLUMNS;
type Field = (typeof IMPORT_COLUMNS)[ImportColumn];
const COLUMN_OF = Object.fromEntries(Object.entries(IMPORT_COLUMNS).map(([c, f]) => [f, c])) as Record<
  Field,
  ImportColumn
>;

/** Case, accents and punctuation aside: "KOREA (REP. OF)" and "Korea, Rep. of" give one key. */
export function nameKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** key → value; a key two values share is dropped (null): it would be a guess. */
function keyTable<V>(pairs: Iterable<[string, V]>): Map<string, V | null> {
  const table = new Map<string, V | null>();
  for (const [text, value] of pairs) {
    const key = nameKey(text);
    if (!key) continue;
    const had = table.get(key);
    table.set(key, had === undefined || had === value ? value : null);
  }
  return table;
}

const SCOPE_WORDS = ["international", "regional", "global"] as const;
type ScopeWord = (typeof SCOPE_WORDS)[number];
type CountryMatch = { code: string } | { scope: ScopeWord };

const COUNTRY_KEYS = keyTable<string>(
  (function* () {
    for (const c of COUNTRIES) {
      yield [c.alpha2, c.alpha2];
      yield [c.alpha3, c.alpha2];
      yield [c.name, c.alpha2];
    }
    for (const [code, names] of Object.entries(M49_NAMES)) for (const l of LOCALES) yield [names[l], code];
    for (const [spelling, code] of Object.entries(ITU_COUNTRY_SPELLINGS)) yield [spelling, code];
  })(),
);

/** Words of a formal designation's last bracket that say nothing about which country: "Albania (Republic of)". */
const FORMAL_WORDS = new Set(
  "republic rep of the kingdom state commonwealth principality sultanate grand duchy federal federation union"
    .split(" ")
    .map(nameKey),
);

function countryOf(text: string): CountryMatch | undefined {
  const key = nameKey(text);
  const scope = SCOPE_WORDS.find((w) => w === key);
  if (scope) return { scope };
  const code = COUNTRY_KEYS.get(key);
  if (code) return { code };
  const formal = /^(.+)\(([^()]*)\)\s*$/.exec(text);
  if (
    formal?.[1] &&
    formal[2] !== undefined &&
    nameKey(formal[2])
      .split(" ")
      .every((w) => FORMAL_WORDS.has(w))
  ) {
    const plain = COUNTRY_KEYS.get(nameKey(formal[1]));
    if (plain) return { code: plain };
  }
  return undefined;
}

const ACTION_LINE_KEYS = keyTable<string>(
  (function* () {
    for (const line of ACTION_LINES) {
      const target = line.kind === "line" ? line.code : `group:${line.code}`;
      yield [line.code, target];
      for (const l of LOCALES) {
        yield [line.title[l], target];
        yield [`${line.code} ${line.title[l]}`, target];
      }
      if (line.kind === "group") {
        // "C7. ICT APPLICATIONS" alone: the group, which is refused with its lines named.
        const short = line.title.en.split(":")[0] ?? line.title.en;
        yield [`${line.code} ${short}`, target];
        yield [short, target];
      }
      if (line.parent) {
        // ITU writes C7's lines under the group's short name: "C7. ICT APPLICATIONS: E-GOVERNMENT".
        yield [`${line.parent} ICT applications: ${line.title.en}`, target];
        yield [`ICT applications: ${line.title.en}`, target];
      }
    }
    for (const [spelling, code] of Object.entries(ITU_ACTION_LINE_SPELLINGS)) yield [spelling, code];
  })(),
);

const TARGET_CODES = new Set(SDGS.flatMap((g) => g.targets));

/** Units read as the longest runs that are names ("A, B, C": "A, B" if that is one, then "C"); null if one is not. */
function longestRuns<T>(units: string[], lookup: (text: string) => T | undefined): T[] | null {
  const out: T[] = [];
  for (let i = 0; i < units.length; ) {
    let j = units.length;
    let hit: T | undefined;
    for (; j > i; j--) {
      hit = lookup(units.slice(i, j).join(", "));
      if (hit !== undefined) break;
    }
    if (hit === undefined) return null;
    out.push(hit);
    i = j;
  }
  return out;
}

/**
 * Reads a list cell: pieces separated by ";" (or "|", or line breaks), each a whole name or code; a piece that is
 * not one may be several joined by commas (the longest runs that are names win, so a name with a comma stays
 * whole) or codes joined by spaces. A piece that cannot be read all through is refused whole, as written.
 */
function readList<T>(cell: string, lookup: (text: string) => T | undefined) {
  const found: T[] = [];
  const refused: { piece: string; partial: string[] }[] = [];
  for (const piece of cell
    .split(/[;|\r\n]+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const whole = lookup(piece);
    if (whole !== undefined) {
      found.push(whole);
      continue;
    }
    const units = piece.split(",").map((u) => u.trim());
    const byComma = longestRuns(units, lookup);
    if (byComma) {
      found.push(...byComma);
      continue;
    }
    const tokens = piece.split(/[\s,]+/).filter(Boolean);
    const bySpace = tokens.map(lookup);
    if (tokens.length > 1 && bySpace.every((v) => v !== undefined)) {
      found.push(...(bySpace as T[]));
      continue;
    }
    refused.push({ piece, partial: units.filter((u) => u && lookup(u) !== undefined) });
  }
  return { found, refused };
}

const quote = (value: string) => {
  const flat = value.replace(/\s+/g, " ").trim();
  return `'${flat.length > 80 ? `${flat.slice(0, 77)}…` : flat}'`;
};
const listed = (items: string[]) => new Intl.ListFormat("en", { type: "conjunction" }).format(items);
const disjunction = (items: readonly string[]) => new Intl.ListFormat("en", { type: "disjunction" }).format(items);

export interface RowProblem {
  column: ImportColumn | "row";
  message: string;
}

/** The cell of `column` in words: what failed, and what would be accepted. */
function refusedNames(what: [string, string], refused: { piece: string; partial: string[] }[], accepted: string) {
  const values = listed(refused.map((r) => quote(r.piece)));
  const hints = refused.flatMap((r) => r.partial.map(quote));
  const hint = hints.length > 0 ? ` (did you mean ${disjunction(hints)} alone?)` : "";
  return `${values} ${refused.length === 1 ? `is not ${what[0]}` : `are not ${what[1]}`}${hint}: ${accepted}`;
}

const COUNTRIES_ACCEPTED =
  "give ISO codes (KE or KEN) or names as UN M49 or ITU write them (Kenya, KOREA (REP. OF)), separated by ;, or international, regional or global for the scope";
const ACTION_LINES_ACCEPTED =
  "give codes (C4, C7.e-health) or names as ITU writes them (C7. ICT APPLICATIONS: E-GOVERNMENT), separated by ;";

/** A fixed choice, case, spaces and hyphens aside ("Private sector" is private-sector). */
function choiceOf(value: string, options: readonly string[], names: Record<string, string> = {}): string {
  const key = nameKey(value).replace(/ /g, "-");
  if (!key) return "";
  return options.find((o) => o === key) ?? names[key] ?? value;
}
const LANGUAGE_NAMES: Record<string, string> = Object.fromEntries(
  LOCALES.flatMap((l) => [
    [nameKey(AUTONYMS[l]).replace(/ /g, "-"), l],
    [nameKey(new Intl.DisplayNames("en", { type: "language" }).of(l) ?? l).replace(/ /g, "-"), l],
  ]),
);

/**
 * One row of the import as an entry, or its problems: at most one per column, in words, quoting the value that
 * failed and saying what would be accepted.
 */
export function readRow(
  cells: Partial<Record<ImportColumn, string>>,
): { input: EntryInput; problems: [] } | { input: null; problems: RowProblem[] } {
  const problems = new Map<ImportColumn | "row", string>();
  const problem = (column: ImportColumn | "row", message: string) => {
    if (!problems.has(column)) problems.set(column, message);
  };
  const cell = (column: ImportColumn) => cells[column] ?? "";

  const countries = readList(cell("countries"), (text) => {
    const match = countryOf(text);
    return match && "code" in match && !isM49Area(match.code) ? { notM49: `${quote(text)} (${match.code})` } : match;
  });
  const codes: string[] = [];
  const scopes = new Set<ScopeWord>();
  const notM49: string[] = [];
  for (const match of countries.found) {
    if ("notM49" in match) notM49.push(match.notM49);
    else if ("scope" in match) scopes.add(match.scope);
    else codes.push(match.code);
  }
  if (countries.refused.length > 0)
    problem("countries", refusedNames(["a country", "countries"], countries.refused, COUNTRIES_ACCEPTED));
  else if (notM49.length > 0)
    problem("countries", `${listed(notM49)} is not a country or area that UN M49 lists, so it cannot be chosen`);
  let scope = choiceOf(cell("scope"), SCOPES);
  if (scopes.size > 1) problem("countries", `names two scopes, ${listed([...scopes])}: keep one`);
  else if (scopes.size === 1) {
    const [word] = [...scopes] as [ScopeWord];
    if (scope && scope !== word)
      problem("countries", `says ${word}, but the scope column says ${quote(cell("scope"))}: keep one`);
    scope = word;
  }

  const actionLines = readList(cell("action_lines"), (text) => ACTION_LINE_KEYS.get(nameKey(text)) ?? undefined);
  const groups = actionLines.found.filter((c) => c.startsWith("group:")).map((c) => c.slice("group:".length));
  if (actionLines.refused.length > 0)
    problem(
      "action_lines",
      refusedNames(["an Action Line", "Action Lines"], actionLines.refused, ACTION_LINES_ACCEPTED),
    );
  else if (groups.length > 0)
    problem(
      "action_lines",
      `${listed(groups)} is a group of Action Lines: name its lines (${ACTION_LINES.filter(
        (l) => l.parent === groups[0],
      )
        .map((l) => l.code)
        .join(", ")})`,
    );

  const sdgTokens = cell("sdgs")
    .replace(/\b(?:sdg|goal)s?\s*(?=\d)/gi, "")
    .split(/[\s;,|]+/)
    .filter(Boolean);
  const sdgs = sdgTokens.map((t) => (/^\d{1,2}$/.test(t) && +t >= 1 && +t <= 17 ? +t : null));
  const badSdgs = sdgTokens.filter((_, i) => sdgs[i] === null);
  if (badSdgs.length > 0)
    problem(
      "sdgs",
      `${listed(badSdgs.map(quote))} ${badSdgs.length === 1 ? "is not an SDG" : "are not SDGs"}: give numbers from 1 to 17, separated by ;`,
    );

  const targetTokens = cell("targets")
    .split(/[\s;,|]+/)
    .filter(Boolean)
    .map((t) => t.toLowerCase());
  const badTargets = targetTokens.filter((t) => !TARGET_CODES.has(t));
  if (badTargets.length > 0)
    problem(
      "targets",
      `${listed(badTargets.map(quote))} ${badTargets.length === 1 ? "is not an SDG target" : "are not SDG targets"}: give target numbers such as 4.4 or 9.c, separated by ;`,
    );

  const raw = {
    title: cell("title"),
    summary: cell("summary"),
    description: cell("description"),
    organizationName: cell("organization"),
    stakeholderTypeCode: choiceOf(cell("stakeholder_type"), STAKEHOLDER_TYPES),
    scope,
    projectStatus: choiceOf(cell("project_status"), PROJECT_STATUSES),
    startDate: cell("start_date"),
    endDate: cell("end_date"),
    website: cell("website"),
    contactName: cell("contact_name"),
    contactEmail: cell("contact_email"),
    language: choiceOf(cell("language"), LOCALES, LANGUAGE_NAMES) || "en",
    countries: codes,
    actionLines: actionLines.found.filter((c) => !c.startsWith("group:")),
    sdgs: sdgs.filter((n) => n !== null),
    targets: targetTokens.filter((t) => TARGET_CODES.has(t)),
  };
  const parsed = EntryInput.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "") as Field;
      const column: ImportColumn | undefined = COLUMN_OF[field];
      problem(column ?? "row", inWords(field, issue.message, column ? cell(column) : "", raw));
    }
  }
  if (problems.size > 0 || !parsed.success)
    return { input: null, problems: [...problems].map(([column, message]) => ({ column, message })) };
  return { input: parsed.data, problems: [] };
}

const CHOICES: Partial<Record<Field, readonly string[]>> = {
  stakeholderTypeCode: STAKEHOLDER_TYPES,
  scope: SCOPES,
  projectStatus: PROJECT_STATUSES,
  language: LOCALES,
};

/** An entry schema's message key, for one field, in words with the value. */
function inWords(field: Field, key: string, value: string, raw: { startDate: string }): string {
  const max = (LIMITS as Record<string, number>)[field];
  switch (key) {
    case "form.required":
      return "is empty, and an entry needs it";
    case "form.tooLong":
      return `is ${value.trim().length} characters long; at most ${max}`;
    case "form.tooMany":
      return `names too many; at most ${max}`;
    case "form.date":
      return `${quote(value)} is not a date: write it as YYYY-MM-DD, a day that exists`;
    case "form.url":
      return `${quote(value)} is not a web address: it starts with https:// or http://`;
    case "form.email.invalid":
      return `${quote(value)} is not an email address`;
    case "form.choose":
      return `${quote(value)} is not one of ${disjunction(CHOICES[field] ?? [])}`;
    case "stocktaking.form.endBeforeStart":
      return `${quote(value)} is before the start_date ${quote(raw.startDate)}`;
    default:
      return `${quote(value)} is not accepted`;
  }
}
