// Writes src/reference/data/m49-names.json from UNSD's six M49 files in src/reference/data/m49/ (see its README).
// Run with `npx tsx scripts/m49-names.ts` after replacing those files with a newer edition; the reference test
// checks that the JSON still says what the files say.
import { readFileSync, writeFileSync } from "node:fs";
import { parseCsv } from "../src/platform/http/csv-parse.ts";

const LOCALES = ["en", "fr", "es", "ru", "zh", "ar"] as const;
const dir = new URL("../src/reference/data/m49/", import.meta.url);

/** The rows of one language's file: ISO alpha-2 → { m49, name }. */
export function readUnsdFile(text: string): Map<string, { m49: string; name: string }> {
  const records = [...parseCsv(text)];
  const header = records[0]?.fields ?? [];
  const at = (column: string) => {
    const i = header.indexOf(column);
    if (i < 0) throw new Error(`no column ${column}`);
    return i;
  };
  const [alpha2, m49, name] = [at("ISO-alpha2 Code"), at("M49 Code"), at("Country or Area")];
  const rows = new Map<string, { m49: string; name: string }>();
  for (const { fields } of records.slice(1)) {
    const code = fields[alpha2] ?? "";
    if (code) rows.set(code, { m49: fields[m49] ?? "", name: fields[name] ?? "" });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = Object.fromEntries(
    LOCALES.map((l) => [l, readUnsdFile(readFileSync(new URL(`unsd-m49-${l}.csv`, dir), "utf8"))]),
  ) as Record<(typeof LOCALES)[number], ReturnType<typeof readUnsdFile>>;
  const names: Record<string, Record<string, string>> = {};
  for (const code of [...files.en.keys()].sort()) {
    const entry: Record<string, string> = { m49: files.en.get(code)?.m49 ?? "" };
    for (const l of LOCALES) {
      const row = files[l].get(code);
      if (!row) throw new Error(`${code} is missing from the ${l} file`);
      entry[l] = row.name;
    }
    names[code] = entry;
  }
  const out = {
    source:
      "United Nations Statistics Division, Standard country or area codes for statistical use (M49), " +
      "https://unstats.un.org/unsd/methodology/m49/overview/ — the overview's CSV download in each of the six " +
      "languages, as committed unchanged to github.com/datasets/country-codes (tmp/UNSD-*.csv, commit 25c1991, " +
      "2024-09-25); retrieved from there on 2026-12-07. See src/reference/data/m49/README.md.",
    names,
  };
  writeFileSync(new URL("../src/reference/data/m49-names.json", import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`${Object.keys(names).length} areas written`);
}
