import { createReadStream, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig } from "../../config.ts";
import { migrateToLatest } from "../../db/migrate.ts";
import { connect } from "../../server.ts";
import { LONG_COLUMNS } from "./measuring.import.ts";
import { seedMeasuring } from "./measuring.seed.ts";
import { createMeasuringService } from "./measuring.service.ts";

export const INDICATORS_IMPORT_USAGE = `wsis import indicators FILE.csv [--accessed YYYY-MM-DD] [--licence TEXT]

Loads observations of the Measuring indicators (UTF-8, a header row, RFC 4180 quoting), in one of two
formats told apart by the header:
- the long format, one observation a row, columns ${LONG_COLUMNS.join(", ")}
  (breakdown, qualifier, licence and note may be left out; README "Importing indicators");
- SDMX-CSV as the UN SDG Global Database exports it (SERIES, REF_AREA as M49, SEX, AGE, URBANISATION,
  TIME_PERIOD, OBS_VALUE, UNIT_MULT, SOURCE_DETAIL, COMMENT_OBS …); --accessed is the day it was
  downloaded (default today), --licence the licence to record.
Idempotent: the same file twice changes nothing. Every bad row is reported by line and column, and then
nothing from the file loads (exit code 1).`;

/** `wsis import indicators FILE.csv`: the whole file or nothing, each problem on its own line. */
export async function importIndicators(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { accessed: { type: "string" }, licence: { type: "string" } },
    allowPositionals: true,
  });
  const [, file, ...more] = positionals;
  if (!file || more.length > 0) {
    process.stderr.write(`Give one file.\n\nUsage: ${INDICATORS_IMPORT_USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) {
    process.stderr.write(`${file}: no such file.\n`);
    process.exitCode = 2;
    return;
  }
  const handle = connect(loadConfig());
  try {
    await migrateToLatest(handle.db);
    await seedMeasuring(handle.db);
    const measuring = createMeasuringService({ db: handle.db, clock: () => new Date() });
    // Streamed record by record: a large download from the SDG Global Database is never held whole as text.
    const report = await measuring.importFile(createReadStream(file), {
      accessed: values.accessed ?? new Date().toISOString().slice(0, 10),
      licence: values.licence ?? null,
    });
    for (const p of report.problems) process.stderr.write(`line ${p.line}, column ${p.column}: ${p.message}\n`);
    if (report.problems.length > 0) {
      console.log(`${report.problems.length} problems: nothing was loaded from ${file}.`);
      process.exitCode = 1;
      return;
    }
    console.log(
      `${report.format === "sdmx" ? "SDMX-CSV" : "Long format"}: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged.`,
    );
  } finally {
    await handle.close();
  }
}
