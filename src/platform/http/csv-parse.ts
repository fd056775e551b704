import { Readable } from "node:stream";
import { type CsvError, type Options, parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";

// CSV (RFC 4180: quoted fields, doubled quotes, CRLF, LF or CR, line breaks inside quotes) read by csv-parse, record
// by record, each with the line it starts on, so an import can say "line 12, field title". Two ways in: parseCsv for
// text already in memory, parseCsvStream for a file read as it comes (an importer holds one record at a time).

/** One record: its fields, and the 1-based line its first field is on (line breaks inside quotes count). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Where a file stops being CSV: the line of the record it happened in and, when known, the field. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    /** 1-based position of the field in its record, when known. */
    readonly field: number | undefined,
    /** The first record's text at that position (the column's name in a file with a header), when known. */
    readonly column: string | undefined,
    /** What is wrong, in words, without the position. */
    readonly problem: string,
    readonly code: string,
  ) {
    const where = field === undefined ? "" : `, field ${field}${column ? ` (${column})` : ""}`;
    super(`line ${line}${where}: ${problem}`);
  }
}

/** Longest record read, in characters: a quote never closed would otherwise take in the rest of the file. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/**
 * Counts lines as the records come. csv-parse's own `info.lines` is the line a record ends on and counts a CRLF
 * inside quotes twice, so the start of each record is counted here: a record takes one line, plus one for each LF
 * inside its quoted fields (unquoted fields cannot hold one: CR, LF and CRLF end a record).
 */
function lineCounter() {
  let next = 1;
  let header: string[] | undefined;
  let failure: CsvSyntaxError | undefined;
  return {
    /** The first place the data stopped being CSV: no record is taken after it. */
    get failure() {
      return failure;
    },
    /** The record's line, or undefined for an empty line (skipped, but counted) and after a failure. */
    take(fields: string[]): CsvRecord | undefined {
      if (failure) return undefined;
      const line = next;
      for (const f of fields) for (let i = f.indexOf("\n"); i !== -1; i = f.indexOf("\n", i + 1)) next++;
      next++;
      if (fields.length === 1 && fields[0] === "") return undefined;
      header ??= fields;
      return { line, fields };
    },
    /**
     * csv-parse's error, kept with the line of the record it is in and the field (by the header's name when known).
     * It comes through on_skip, so the records read before it are still taken; the reader throws it after them.
     */
    fail(error: CsvError): void {
      if (failure) return;
      const index = typeof error.index === "number" ? error.index : undefined;
      const field = index === undefined ? undefined : index + 1;
      const column = next > 1 && index !== undefined ? header?.[index]?.trim() || undefined : undefined;
      failure = new CsvSyntaxError(next, field, column, describe(error), error.code);
    },
  };
}

function describe(error: CsvError): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return 'a quoted field starts on this line and its closing quote is missing (a quote inside quotes is written "")';
    case "CSV_MAX_RECORD_SIZE":
      return `the record is longer than ${MAX_RECORD_CHARS} characters: is a quote not closed?`;
    default:
      return error.message;
  }
}

function options(counter: ReturnType<typeof lineCounter>, onFailure?: () => void): Options {
  return {
    bom: true, // a byte-order mark is not part of the first field
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_quotes: true, // a quote inside an unquoted field (5" screen) is a character
    relax_column_count: true, // the importer says which row has too many or too few fields
    skip_empty_lines: false, // counted by lineCounter, then dropped
    max_record_size: MAX_RECORD_CHARS,
    // An error is handed to on_skip instead of ending the stream at once, which would drop the records before it.
    skip_records_with_error: true,
    on_skip: (error) => {
      if (!error || counter.failure) return;
      counter.fail(error);
      onFailure?.();
    },
    // Each record becomes a CsvRecord here (csv-parse's types want on_record to keep the record's type).
    on_record: ((fields: string[]) => counter.take(fields) ?? null) as unknown as Options["on_record"],
  };
}

/**
 * Reads CSV text record by record, with the line each record starts on. Where the text stops being CSV (a quote
 * never closed), throws CsvSyntaxError (line, field) after the records before that place.
 */
export function* parseCsv(text: string): Generator<CsvRecord> {
  const counter = lineCounter();
  yield* parseSync(text, options(counter)) as unknown as CsvRecord[];
  if (counter.failure) throw counter.failure;
}

/** What parseCsvStream reads: a file's stream, or any source of text or byte chunks (UTF-8). */
export type CsvSource = Readable | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/**
 * Reads CSV as it arrives, one record at a time with the line it starts on, holding no more of the file than the
 * record being read and the stream's buffers: a large file is never in memory whole. Where the data stops being CSV,
 * throws CsvSyntaxError (line, field) after the records before that place, and reads no further; an error of the
 * source itself (a file that cannot be read) comes through as it is.
 */
export async function* parseCsvStream(source: CsvSource): AsyncGenerator<CsvRecord> {
  const input = source instanceof Readable ? source : Readable.from(source, { objectMode: false });
  const counter = lineCounter();
  // Past an error the rest of the source is not read; the records before it are still taken.
  const stop = () => {
    input.unpipe(parser);
    input.destroy();
    setImmediate(() => parser.end());
  };
  const parser = parse(options(counter, stop));
  input.on("error", (error) => parser.destroy(error));
  input.pipe(parser);
  try {
    for await (const record of parser) yield record as CsvRecord;
  } finally {
    // A reader that stops early (or fails) stops the source too.
    input.destroy();
    parser.destroy();
  }
  if (counter.failure) throw counter.failure;
}
