import type { Db } from "../../db/database.ts";
import { newId, timestamp } from "../../db/ids.ts";
import { audit } from "../../platform/audit/audit.ts";
import { decodeText } from "../../platform/http/csv-decode.ts";
import { parseCsv } from "../../platform/http/csv-parse.ts";
import type { StocktakingSearch } from "./search/search.ts";
import { IMPORT_COLUMNS, type ImportColumn, readRow } from "./stocktaking.import.values.ts";
import * as repo from "./stocktaking.repository.ts";
import type { EntryInput } from "./stocktaking.schema.ts";
import { entryColumns, publicDocument } from "./stocktaking.service.ts";

export { IMPORT_COLUMNS };

export interface ImportProblem {
  line: number;
  /** For bytes that are not UTF-8: where on the line the first is (the message lists them all). */
  column?: number;
  /** The CSV column the problem is in ("row" for the row as a whole, "header", "bytes"). */
  field: string;
  /** In words: the value that failed and what would be accepted. */
  message: string;
}

export interface ImportReport {
  /** Data rows in the file (the header aside). */
  rows: number;
  /** Rows with at least one problem: not loaded (with allOrNothing, while there is one, nothing is). */
  refused: number;
  /** The good rows, compared with the registry: new, changed (a new published version) or already as published. */
  created: number;
  updated: number;
  unchanged: number;
  /** Whether the good rows' changes were written (not in a dry run, nor with allOrNothing and a refused row). */
  loaded: boolean;
  dryRun: boolean;
  problems: ImportProblem[];
}

type Deps = { db: Db; search: StocktakingSearch; clock: () => Date };

/** A problem as the CLI prints it: "line 77, countries: 'Ltd., THAILAND' is not a country …". */
export function formatProblem(p: ImportProblem): string {
  return `line ${p.line}, ${p.field}: ${p.message}`;
}

const listed = (items: string[]) => new Intl.ListFormat("en", { type: "conjunction" }).format(items);

/** The closing line: rows loaded, refused and unchanged. */
export function summarize(r: ImportReport): string {
  const changes = `${r.created} new, ${r.updated} changed`;
  const counts = `${r.unchanged} unchanged, ${r.refused} refused`;
  if (r.loaded)
    return `${r.rows} rows: ${r.created + r.updated} loaded (${changes}), ${counts}.${r.refused > 0 ? " Fix the refused rows and import the file again: the rows loaded now will be unchanged." : ""}`;
  const header = r.problems.some((p) => p.field === "header");
  if (header) return "The header was refused, so no row was read and nothing was loaded.";
  if (r.dryRun)
    return `Dry run, nothing was loaded. ${r.rows} rows: ${r.created + r.updated} would load (${changes}), ${counts}.`;
  return `${r.rows} rows: 0 loaded, ${counts}. Nothing is loaded while any row is refused; once they are fixed, ${r.created + r.updated} would load (${changes}).`;
}

/**
 * Loads entries as published, from CSV bytes in `encoding` (UTF-8 unless told) or from text already decoded.
 * Every row is read and checked first, each problem reported once per column in words, bytes that are not UTF-8 by
 * line and column; then the good rows load, in one transaction (with `allOrNothing`, only a file without a refused
 * row loads; a refused header loads nothing in any case). Idempotent on
 * external_id: the same file twice changes nothing, and a changed row becomes a new published version.
 * A dry run reads, checks and compares with the registry, and writes nothing.
 */
export async function importStocktaking(
  deps: Deps,
  file: Uint8Array | string,
  options: { encoding?: string; dryRun?: boolean; allOrNothing?: boolean } = {},
): Promise<ImportReport> {
  const dryRun = options.dryRun ?? false;
  const report: ImportReport = {
    rows: 0,
    refused: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    loaded: false,
    dryRun,
    problems: [],
  };
  const { text, undecodable } =
    typeof file === "string" ? { text: file, undecodable: [] } : decodeText(file, options.encoding);
  const records = parseCsv(text);
  const header = records.next();
  if (header.done) return report;
  const columns = header.value.fields.map((c) => c.trim().toLowerCase());
  const unknown = columns.filter((c) => !(c in IMPORT_COLUMNS));
  const twice = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (unknown.length > 0 || twice.length > 0 || !columns.includes("external_id")) {
    const known = Object.keys(IMPORT_COLUMNS).join(", ");
    for (const c of unknown)
      report.problems.push({ line: 1, field: "header", message: `'${c}' is not a column; the columns are ${known}` });
    for (const c of new Set(twice))
      report.problems.push({ line: 1, field: "header", message: `the column ${c} appears twice` });
    if (!columns.includes("external_id"))
      report.problems.push({
        line: 1,
        field: "header",
        message: "the column external_id is missing; each row needs one",
      });
    return report;
  }

  const good: { externalId: string; input: EntryInput }[] = [];
  const seen = new Map<string, number>();
  const rows = [...records];
  report.rows = rows.length;
  const badBytes = (from: number, to: number) => undecodable.filter((u) => u.line >= from && u.line < to);
  for (const [n, { line, fields }] of rows.entries()) {
    const problems: ImportProblem[] = [];
    const damaged = badBytes(line, rows[n + 1]?.line ?? Number.POSITIVE_INFINITY);
    const withBadBytes = new Set<string>();
    if (damaged.length > 0) {
      // One problem per line, naming the columns whose cells hold the bytes (read as U+FFFD).
      const at = columns.filter((_, i) => fields[i]?.includes("\uFFFD"));
      for (const c of at) withBadBytes.add(c);
      const byLine = new Map<number, typeof damaged>();
      for (const u of damaged) byLine.set(u.line, [...(byLine.get(u.line) ?? []), u]);
      for (const [badLine, here] of byLine) {
        const first = here[0] as (typeof here)[number];
        const where =
          here.length === 1
            ? `${first.bytes} at column ${first.column} is`
            : `${here.map((u) => u.bytes).join(", ")} at columns ${listed(here.map((u) => String(u.column)))} are`;
        problems.push({
          line: badLine,
          column: first.column,
          field: at.length > 0 ? at.join(", ") : "bytes",
          message: `${where} not UTF-8: a damaged row, or a file in another encoding (then say which: --encoding windows-1252)`,
        });
      }
    }
    if (fields.length !== columns.length) {
      problems.push({
        line,
        field: "row",
        message: `has ${fields.length} fields, the header ${columns.length}: a quote or comma out of place?`,
      });
    } else {
      const cells: Partial<Record<ImportColumn, string>> = {};
      columns.forEach((c, i) => {
        cells[c as ImportColumn] = fields[i] ?? "";
      });
      const externalId = (fields[columns.indexOf("external_id")] ?? "").trim();
      if (!/^[\w.:-]{1,100}$/.test(externalId)) {
        problems.push({
          line,
          field: "external_id",
          message: `'${externalId}' is not an id: 1 to 100 letters, digits or . : _ -`,
        });
      } else if (seen.has(externalId)) {
        problems.push({
          line,
          field: "external_id",
          message: `'${externalId}' is on line ${seen.get(externalId)} too`,
        });
      } else {
        seen.set(externalId, line);
      }
      const row = readRow(cells);
      // A cell whose bytes were undecodable is reported once, above, not again as a bad value.
      for (const p of row.problems)
        if (!withBadBytes.has(p.column)) problems.push({ line, field: p.column, message: p.message });
      if (problems.length === 0 && row.input) good.push({ externalId, input: row.input });
    }
    if (problems.length > 0) {
      report.refused++;
      report.problems.push(...problems);
    }
  }

  const write = !dryRun && !(options.allOrNothing && report.refused > 0);
  const tally = async (trx: Db) => {
    for (const { externalId, input } of good) {
      const outcome = write
        ? await upsertPublishedIn(trx, deps, externalId, input)
        : await compare(trx, externalId, input);
      report[outcome]++;
    }
  };
  if (write) await deps.db.transaction().execute(tally);
  else await tally(deps.db);
  report.loaded = write;
  return report;
}

/** What loading the entry would do, without writing. */
async function compare(db: Db, externalId: string, input: EntryInput): Promise<"created" | "updated" | "unchanged"> {
  const existing = await repo.findEntryByExternalId(db, externalId);
  if (!existing) return "created";
  return changes(existing, entryColumns(input)) ? "updated" : "unchanged";
}

/** Whether publishing these values changes the entry: it is not published, or published with other values. */
function changes(
  existing: Awaited<ReturnType<typeof repo.findEntryByExternalId>>,
  values: ReturnType<typeof entryColumns>,
): boolean {
  return (
    existing?.state !== "published" ||
    (Object.keys(values) as (keyof typeof values)[]).some((k) => existing[k] !== values[k])
  );
}

/**
 * Loads one entry as published, in its own transaction: created, updated (a new published version) or left
 * unchanged when it is already published with these values. Used by the CSV import and the synthetic seed.
 */
export async function upsertPublished(
  deps: { db: Db; search: StocktakingSearch; clock: () => Date },
  externalId: string,
  input: EntryInput,
  publishedAt?: string,
): Promise<"created" | "updated" | "unchanged"> {
  return deps.db.transaction().execute((trx) => upsertPublishedIn(trx, deps, externalId, input, publishedAt));
}

/**
 * Many entries, `batch` to a transaction (the synthetic seed: 100,000 entries one transaction each would spend
 * most of their time committing). A failure rolls back only its own batch.
 */
export async function loadPublished(
  deps: { db: Db; search: StocktakingSearch; clock: () => Date },
  entries: Iterable<{ externalId: string; input: EntryInput; publishedAt?: string }>,
  batch = 500,
): Promise<Record<"created" | "updated" | "unchanged", number>> {
  const tally = { created: 0, updated: 0, unchanged: 0 };
  let pending: { externalId: string; input: EntryInput; publishedAt?: string }[] = [];
  const flush = async () => {
    const outcomes = await deps.db.transaction().execute(async (trx) => {
      const done: ("created" | "updated" | "unchanged")[] = [];
      for (const e of pending) done.push(await upsertPublishedIn(trx, deps, e.externalId, e.input, e.publishedAt));
      return done;
    });
    for (const outcome of outcomes) tally[outcome]++;
    pending = [];
  };
  for (const entry of entries) {
    pending.push(entry);
    if (pending.length >= batch) await flush();
  }
  if (pending.length > 0) await flush();
  return tally;
}

async function upsertPublishedIn(
  trx: Db,
  deps: { search: StocktakingSearch; clock: () => Date },
  externalId: string,
  input: EntryInput,
  publishedAt?: string,
): Promise<"created" | "updated" | "unchanged"> {
  const { search, clock } = deps;
  const now = publishedAt ?? timestamp(clock());
  const values = entryColumns(input);
  {
    const existing = await repo.findEntryByExternalId(trx, externalId);
    if (!changes(existing, values)) return "unchanged";
    const id = existing?.id ?? newId(clock().getTime());
    const version = (existing?.publishedVersion ?? 0) + 1;
    if (existing) {
      await repo.updateEntry(trx, id, {
        ...values,
        state: "published",
        publishedVersion: version,
        publishedAt: now,
        updatedAt: now,
      });
    } else {
      await repo.insertEntry(trx, {
        id,
        externalId,
        ownerId: null,
        state: "published",
        ...values,
        organizationId: null,
        moderationMessage: null,
        publishedVersion: version,
        createdAt: now,
        updatedAt: now,
        submittedAt: now,
        publishedAt: now,
      });
    }
    const publicDoc = publicDocument(id, input, version, now);
    await repo.insertVersion(trx, {
      entryId: id,
      version,
      snapshot: JSON.stringify(publicDoc),
      publishedAt: now,
      publishedBy: null,
    });
    await search.index(trx, publicDoc);
    await audit(
      trx,
      { actorId: null, ip: null, requestId: "import", now: clock() },
      {
        action: existing ? "stocktaking.import_update" : "stocktaking.import_create",
        objectType: "stocktaking_entry",
        objectId: id,
        after: { externalId, version },
      },
    );
    return existing ? "updated" : "created";
  }
}
