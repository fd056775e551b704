import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { type CsvRecord, CsvSyntaxError, MAX_RECORD_CHARS, parseCsv, parseCsvStream } from "./csv-parse.ts";

const both = async (text: string) => {
  const fromText = [...parseCsv(text)];
  const streamed = [];
  // One character a chunk: records, quotes and CRLFs split across chunks must read the same.
  for await (const r of parseCsvStream(Readable.from(text.split(""), { objectMode: false }))) streamed.push(r);
  assert.deepEqual(streamed, fromText, "the text and the stream read the same");
  return fromText;
};

/** The error where the text stops being CSV, the same from the text and from the stream, after the same records. */
const failure = async (text: string): Promise<{ error: CsvSyntaxError; before: CsvRecord[] }> => {
  const fromText: CsvRecord[] = [];
  const streamed: CsvRecord[] = [];
  const errors: CsvSyntaxError[] = [];
  try {
    for (const r of parseCsv(text)) fromText.push(r);
  } catch (error) {
    assert.ok(error instanceof CsvSyntaxError, String(error));
    errors.push(error);
  }
  try {
    for await (const r of parseCsvStream([text])) streamed.push(r);
  } catch (error) {
    assert.ok(error instanceof CsvSyntaxError, String(error));
    errors.push(error);
  }
  assert.equal(errors.length, 2, "both the text and the stream refuse it");
  const [error, other] = errors as [CsvSyntaxError, CsvSyntaxError];
  assert.deepEqual({ ...other, message: other.message }, { ...error, message: error.message });
  assert.deepEqual(streamed, fromText, "the records before the error come first, from both");
  return { error, before: fromText };
};

describe("CSV reading (csv-parse)", () => {
  it("numbers the records after quoted fields with line breaks by the line they start on", async () => {
    const records = await both('title,notes\nA,"one\ntwo\nthree"\nB,plain\n"C\n",x\nD,"e ""quoted"" f"\n');
    assert.deepEqual(records, [
      { line: 1, fields: ["title", "notes"] },
      { line: 2, fields: ["A", "one\ntwo\nthree"] },
      { line: 5, fields: ["B", "plain"] },
      { line: 6, fields: ["C\n", "x"] },
      { line: 8, fields: ["D", 'e "quoted" f'] },
    ]);
  });

  it("reads CRLF files, line breaks inside quotes counted once", async () => {
    const records = await both('a,b\r\n"x\r\ny",2\r\n3,4\r\n');
    assert.deepEqual(records, [
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x\r\ny", "2"] },
      { line: 4, fields: ["3", "4"] },
    ]);
    // LF, CRLF and CR may even be mixed, as a file edited in two programs is.
    assert.deepEqual(
      (await both("a\r\nb\nc\rd")).map((r) => [r.line, r.fields[0]]),
      [
        [1, "a"],
        [2, "b"],
        [3, "c"],
        [4, "d"],
      ],
    );
  });

  it("skips a byte-order mark, and empty lines while still counting them", async () => {
    const records = await both("\uFEFFexternal_id,title\n\nx1,T\n\n\nx2,U");
    assert.deepEqual(records, [
      { line: 1, fields: ["external_id", "title"] },
      { line: 3, fields: ["x1", "T"] },
      { line: 6, fields: ["x2", "U"] },
    ]);
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("a,b\n1,2\n")]);
    const streamed = [];
    for await (const r of parseCsvStream([bytes.subarray(0, 2), bytes.subarray(2)])) streamed.push(r);
    assert.deepEqual(streamed[0], { line: 1, fields: ["a", "b"] }, "a mark split across chunks is skipped too");
  });

  it("keeps a quote inside an unquoted field, and fields of any count", async () => {
    assert.deepEqual(await both('size,n\n5" screen,1,extra\n'), [
      { line: 1, fields: ["size", "n"] },
      { line: 2, fields: ['5" screen', "1", "extra"] },
    ]);
  });

  it("refuses a quote never closed, naming the line the record starts on and the field", async () => {
    const { error, before } = await failure('external_id,title,summary\nx1,T,S\nx2,"Unclosed title,S\nx3,T,S\n');
    assert.deepEqual(
      before.map((r) => r.line),
      [1, 2],
      "the records before it are read",
    );
    assert.equal(error.line, 3);
    assert.equal(error.field, 2);
    assert.equal(error.column, "title");
    assert.equal(error.code, "CSV_QUOTE_NOT_CLOSED");
    assert.match(error.message, /^line 3, field 2 \(title\): a quoted field starts on this line/);
    // After records with line breaks inside quotes, the line is still the record's.
    const later = await failure('a,b\n"1\n2",x\n3,"4\n');
    assert.equal(later.error.line, 4);
    assert.equal(later.error.field, 2);
    // In the header itself, the field has no name to give.
    const header = await failure('id,"title\n1,2\n');
    assert.equal(header.error.message.split(":")[0], "line 1, field 2");
  });

  it("stops reading a stream where a quote is never closed, rather than take in the rest of it", async () => {
    let produced = 0;
    const chunks = 2_000;
    async function* file() {
      yield 'id,notes\n1,fine\n2,"opened and never closed\n';
      for (let i = 0; i < chunks; i++) {
        produced++;
        yield `${"x".repeat(9_999)}\n`; // 20 MB in all
      }
    }
    const records: CsvRecord[] = [];
    await assert.rejects(
      async () => {
        for await (const r of parseCsvStream(file())) records.push(r);
      },
      (error) => error instanceof CsvSyntaxError && error.line === 3 && error.code === "CSV_MAX_RECORD_SIZE",
    );
    assert.deepEqual(
      records.map((r) => r.fields[0]),
      ["id", "1"],
    );
    assert.ok(produced * 10_000 < 2 * MAX_RECORD_CHARS, `read ${produced} chunks of 10 kB past the quote`);
  });

  it("streams a large file record by record without holding it whole", async () => {
    const rows = 60_000;
    const perChunk = 100;
    let produced = 0;
    async function* file() {
      yield "id,title,notes\n";
      for (let i = 0; i < rows; i += perChunk) {
        let chunk = "";
        for (let j = i; j < i + perChunk; j++) chunk += `id-${j},"Title ${j}, with a comma","two\nlines"\n`;
        produced += perChunk;
        yield chunk;
      }
    }
    let count = 0;
    let last = { line: 0, fields: [] as string[] };
    let mostAhead = 0;
    for await (const record of parseCsvStream(file())) {
      if (count > 0) mostAhead = Math.max(mostAhead, produced - count);
      count++;
      last = record;
    }
    assert.equal(count, rows + 1);
    assert.deepEqual(last, {
      line: 1 + 2 * rows - 1,
      fields: [`id-${rows - 1}`, `Title ${rows - 1}, with a comma`, "two\nlines"],
    });
    // Back-pressure: the source is read only a little ahead of the records taken, never to the end first.
    assert.ok(mostAhead < rows / 10, `the source ran ${mostAhead} rows ahead of the reader`);
  });

  it("lets a source's own error through, and stops the source when the reader stops", async () => {
    let destroyed = false;
    const source = new Readable({
      read() {
        this.push("a,b\n1,2\n3,4\n");
      },
      destroy(error, done) {
        destroyed = true;
        done(error);
      },
    });
    for await (const record of parseCsvStream(source)) {
      if (record.line > 2) break;
    }
    assert.ok(destroyed, "the source is closed");

    const broken = new Readable({
      read() {
        this.destroy(new Error("EIO: the disk went away"));
      },
    });
    await assert.rejects(async () => {
      for await (const _ of parseCsvStream(broken)) {
        // read to the end
      }
    }, /EIO/);
  });
});
