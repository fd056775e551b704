import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "wsis-cli-import-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function wsis(args: string[]) {
  return spawnSync(TSX, ["src/main.ts", ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", LOG_LEVEL: "warn", DATA_DIR: dir },
    encoding: "utf8",
    timeout: 60_000,
  });
}

const exportFile = path.join(ROOT, "src/modules/stocktaking/testdata/itu-stocktaking-export.csv");

describe("wsis import stocktaking", () => {
  test("ITU's export with --all-or-nothing: problems in words on stderr, the summary, exit code 1, nothing loaded", () => {
    const run = wsis(["import", "stocktaking", exportFile, "--all-or-nothing"]);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /^line 30, organization: 0xE9, 0xE9, 0xE9 at columns 71, 73, and 78 are not UTF-8/m);
    assert.match(run.stderr, /^line 31, countries: 'Ltd\., THAILAND' is not a country/m);
    assert.doesNotMatch(run.stderr, /form\.invalid/);
    assert.match(run.stdout, /33 rows: 0 loaded, 0 unchanged, 5 refused\. Nothing is loaded while any row is refused/);
  });

  test("--dry-run reports and loads nothing; then the repaired file loads; --encoding is checked", () => {
    const repaired = path.join(dir, "repaired.csv");
    writeFileSync(repaired, readFileSync(exportFile, "latin1").split("\r\n").slice(0, 29).join("\r\n"), "latin1");
    const dry = wsis(["import", "stocktaking", repaired, "--dry-run"]);
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /Dry run, nothing was loaded\. 28 rows: 28 would load \(28 new, 0 changed\)/);
    const real = wsis(["import", "stocktaking", "--encoding", "utf-8", repaired]);
    assert.equal(real.status, 0, real.stderr);
    assert.match(real.stdout, /^28 rows: 28 loaded \(28 new, 0 changed\), 0 unchanged, 0 refused\.$/m);
    // The whole export, good rows and damaged: the good ones are loaded already, the damaged ones refused.
    const whole = wsis(["import", "stocktaking", exportFile]);
    assert.equal(whole.status, 1, whole.stderr);
    assert.match(
      whole.stdout,
      /^33 rows: 0 loaded \(0 new, 0 changed\), 28 unchanged, 5 refused\. Fix the refused rows and import the file again/m,
    );
    const bad = wsis(["import", "stocktaking", repaired, "--encoding=klingon"]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown encoding 'klingon'/);
    const help = wsis(["import", "--help"]);
    assert.match(help.stdout, /--dry-run/);
    assert.match(help.stdout, /--all-or-nothing/);
    assert.match(help.stdout, /--encoding NAME/);
  });

  test("a quote never closed: the line and column in words, exit code 1, nothing loaded", () => {
    const broken = path.join(dir, "broken.csv");
    writeFileSync(broken, 'external_id,title\r\nx-1,"A title\r\nover two lines"\r\nx-2,"Never closed\r\nx-3,T\r\n');
    const run = wsis(["import", "stocktaking", broken]);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /^line 4, title: a quoted field starts on this line and its closing quote is missing/m);
    assert.match(run.stdout, /nothing was loaded/);
  });
});

describe("wsis import indicators", () => {
  test("streams a file from disk: it loads, a second run changes nothing, a missing file is said so", () => {
    const file = path.join(dir, "indicators.csv");
    writeFileSync(
      file,
      "\uFEFFindicator,geography,year,breakdown,value,qualifier,source_publisher,source_title,source_url,accessed,licence,note\r\n" +
        'internet-use,KE,2023,total,"48.7",,ITU,"Facts and Figures,\r\n2023",https://datahub.itu.int/,2026-12-01,,\r\n' +
        "internet-use,FR,2023,total,86.9,,ITU,Facts and Figures 2023,https://datahub.itu.int/,2026-12-01,,\r\n",
    );
    const first = wsis(["import", "indicators", file]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /^Long format: 2 created, 0 updated, 0 unchanged\.$/m);
    const again = wsis(["import", "indicators", file]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /^Long format: 0 created, 0 updated, 2 unchanged\.$/m);
    const missing = wsis(["import", "indicators", path.join(dir, "no-such.csv")]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no-such\.csv: no such file\./);
  });
});
