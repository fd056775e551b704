/**
 * Direct Stocktaking search, two versions of the code side by side in one process (issue 17: what stemming cost).
 *
 * Run: BEFORE=/path/to/worktree-before AFTER=/path/to/worktree-after npx tsx bench/search-ab.bench.ts
 *   Each worktree holds its own SQLite database at bench/results/tmp/stocktaking-100000.db (npm run
 *   bench:stocktaking builds it; upgrade the after copy with `wsis migrate`). Searches alternate in blocks of 25:
 *   one code on its database, then the other, 200 samples each after 50 unmeasured, no recent texts kept, so both
 *   meet the same minutes of a shared machine. Prints one JSON line per query class; after/before is the ratio.
 */
import path from "node:path";

const BEFORE = process.env.BEFORE ?? "";
const AFTER = process.env.AFTER ?? "";
if (!BEFORE || !AFTER) throw new Error("set BEFORE and AFTER to the two worktrees");

type SearchModule = typeof import("../src/modules/stocktaking/search/search.ts");
type DatabaseModule = typeof import("../src/db/database.ts");
type ConfigModule = typeof import("../src/config.ts");

async function open(root: string) {
  const search = (await import(path.join(root, "src/modules/stocktaking/search/search.ts"))) as SearchModule;
  const database = (await import(path.join(root, "src/db/database.ts"))) as DatabaseModule;
  const config = (await import(path.join(root, "src/config.ts"))) as ConfigModule;
  const file = path.join(root, "bench/results/tmp/stocktaking-100000.db");
  const handle = database.openDatabase(config.parseDatabaseUrl(`sqlite:${file}`));
  return { handle, search: search.createStocktakingSearch(handle.db, handle.dialect, { recentMatches: 0 }) };
}

const { BROAD_WORD, RARE_WORDS } = await import("../src/modules/stocktaking/synthetic.ts");
const CLASSES: [string, string[]][] = [
  [`broad word (${BROAD_WORD})`, [BROAD_WORD]],
  ["rare word", RARE_WORDS.slice(0, 20)],
  ["phrase", ['"digital skills"', '"rural schools"', '"women entrepreneurs"', '"public services"']],
  ["Chinese word", ["\u6559\u80b2"]],
  ["medium words", ["education", "health", "women", "teachers"]],
  ["Arabic word", ["\u0627\u0644\u062a\u0639\u0644\u064a\u0645"]],
  ["Russian word", ["\u0448\u043a\u043e\u043b"]],
];
const SAMPLES = 200;
const BLOCK = 25;
const WARMUP = 50;

const before = await open(BEFORE);
const after = await open(AFTER);
const query = (text: string) => ({ text, filters: {}, sort: "relevance" as const, page: 1, pageSize: 20 });
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const round = (x: number) => Math.round(x * 100) / 100;

for (const [name, texts] of CLASSES) {
  const text = (i: number) => texts[i % texts.length] as string;
  const matchesBefore = (await before.search.search(query(text(0)))).total;
  const matchesAfter = (await after.search.search(query(text(0)))).total;
  for (let i = 0; i < WARMUP; i++) {
    await before.search.search(query(text(i)));
    await after.search.search(query(text(i)));
  }
  const times = { before: [] as number[], after: [] as number[] };
  for (let n = 0; n < SAMPLES; n += BLOCK) {
    for (const side of ["before", "after"] as const) {
      const { search } = side === "before" ? before : after;
      for (let i = 0; i < BLOCK; i++) {
        const start = performance.now();
        await search.search(query(text(n + i)));
        times[side].push(performance.now() - start);
      }
    }
  }
  const p50 = { before: percentile(times.before, 50), after: percentile(times.after, 50) };
  console.log(
    JSON.stringify({
      name,
      matchesBefore,
      matchesAfter,
      beforeP50: round(p50.before),
      afterP50: round(p50.after),
      beforeP95: round(percentile(times.before, 95)),
      afterP95: round(percentile(times.after, 95)),
      ratioP50: round(p50.after / p50.before),
    }),
  );
}
await before.handle.close();
await after.handle.close();
