import type { Db } from "../../db/database.ts";
import { newId, timestamp } from "../../db/ids.ts";
import { audit } from "../../platform/audit/audit.ts";
import { parseCsv } from "../../platform/http/csv-parse.ts";
import type { StocktakingSearch } from "./search/search.ts";
import * as repo from "./stocktaking.repository.ts";
import { EntryInput } from "./stocktaking.schema.ts";
import { entryColumns } from "./stocktaking.service.ts";

/**
 * The import format: a header row with these columns (any order; unknown columns are an error, missing ones
 * are empty). Lists (countries, action_lines, sdgs, targets) are separated by spaces or semicolons.
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
const LISTS = new Set(["countries", "actionLines", "sdgs", "targets"]);

export interface ImportProblem {
  line: number;
  field: string;
  message: string;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

/**
 * Loads entries as published, one transaction per row: a bad row is reported (line and field) and loads
 * nothing, the good ones load. Idempotent on external_id: the same file twice changes nothing; a changed row
 * becomes a new published version.
 */
export async function importStocktaking(
  deps: { db: Db; search: StocktakingSearch; clock: () => Date },
  csv: string,
): Promise<ImportReport> {
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0, problems: [] };
  const records = parseCsv(csv);
  const header = records.next();
  if (header.done) return report;
  const columns = header.value.fields.map((c) => c.trim().toLowerCase());
  const unknown = columns.filter((c) => !(c in IMPORT_COLUMNS));
  if (unknown.length > 0 || !columns.includes("external_id")) {
    for (const c of unknown) report.problems.push({ line: 1, field: c, message: "unknown column" });
    if (!columns.includes("external_id"))
      report.problems.push({ line: 1, field: "external_id", message: "column missing" });
    return report;
  }
  const seen = new Set<string>();
  for (const { line, fields } of records) {
    if (fields.length !== columns.length) {
      report.problems.push({
        line,
        field: "row",
        message: `${fields.length} fields, the header has ${columns.length}`,
      });
      continue;
    }
    const raw: Record<string, unknown> = {};
    columns.forEach((column, i) => {
      const key = IMPORT_COLUMNS[column as keyof typeof IMPORT_COLUMNS];
      const value = fields[i] ?? "";
      raw[key] = LISTS.has(key) ? value.split(/[\s;]+/).filter(Boolean) : value;
    });
    const externalId = String(raw.externalId ?? "").trim();
    if (!/^[\w.:-]{1,100}$/.test(externalId)) {
      report.problems.push({ line, field: "external_id", message: "1 to 100 letters, digits, . : _ -" });
      continue;
    }
    if (seen.has(externalId)) {
      report.problems.push({ line, field: "external_id", message: "appears twice in the file" });
      continue;
    }
    seen.add(externalId);
    const parsed = EntryInput.safeParse(raw);
    if (!parsed.success) {
      const columnOf = (key: string) => Object.entries(IMPORT_COLUMNS).find(([, k]) => k === key)?.[0] ?? key;
      for (const issue of parsed.error.issues) {
        report.problems.push({ line, field: columnOf(String(issue.path[0] ?? "row")), message: issue.message });
      }
      continue;
    }
    const outcome = await upsertPublished(deps, externalId, parsed.data);
    report[outcome]++;
  }
  return report;
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
    const changed =
      existing?.state !== "published" ||
      (Object.keys(values) as (keyof typeof values)[]).some((k) => existing[k] !== values[k]);
    if (!changed) return "unchanged";
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
    const { contactName: _n, contactEmail: _e, targets: _t, ...fields } = input;
    const publicDoc = { entryId: id, version, ...fields, publishedAt: now };
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
