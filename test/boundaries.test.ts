import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, test } from "node:test";

// Module boundaries, enforced: module code (outside tests) names only its own tables, and imports from another
// module only that module's `*.service.ts`. The platform imports no module at all. The composition root
// (src/app.ts, src/main.ts, src/server.ts) and src/db/ wire modules together and are outside this rule.

const root = resolve(import.meta.dirname, "..");
const modulesDir = join(root, "src", "modules");

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

const isTestFile = (path: string) => /\.test\.tsx?$/.test(path) || /fixtures\.tsx?$/.test(path);
const snake = (camel: string) => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const moduleOf = (path: string) => {
  const rel = relative(modulesDir, path);
  return rel.startsWith("..") ? undefined : rel.split(sep)[0];
};

interface Owned {
  module: string;
  columns: Set<string>;
}

const fieldsOf = (body: string) => [...body.matchAll(/^\s*(\w+)\??\s*:\s*([\w<>, |]+)/gm)];

/** Each module's tables and their columns, read from the `interface …Tables { name: …Table }` of its `*.table.ts`. */
function ownedTables(): Map<string, Owned> {
  const owner = new Map<string, Owned>();
  for (const file of filesUnder(modulesDir).filter((f) => f.endsWith(".table.ts"))) {
    const source = readFileSync(file, "utf8");
    const interfaces = new Map(
      [...source.matchAll(/interface (\w+) \{([^}]*)\}/g)].map((m) => [m[1] as string, m[2] as string]),
    );
    for (const block of source.matchAll(/export interface \w+Tables \{([^}]*)\}/g)) {
      for (const [, table, type] of fieldsOf(block[1] ?? "")) {
        const body = interfaces.get((type ?? "").trim()) ?? "";
        const columns = new Set(fieldsOf(body).map((f) => f[1] as string));
        owner.set(table as string, { module: moduleOf(file) as string, columns });
      }
    }
  }
  return owner;
}

interface Violation {
  file: string;
  line: number;
  what: string;
}

function violations(): Violation[] {
  const owner = ownedTables();
  const found: Violation[] = [];
  const files = [...filesUnder(modulesDir), ...filesUnder(join(root, "src", "platform"))].filter((f) => !isTestFile(f));
  for (const file of files) {
    const mine = moduleOf(file);
    const lines = readFileSync(file, "utf8").split("\n");
    const rel = relative(root, file).split(sep).join("/");
    lines.forEach((text, i) => {
      const at = (what: string) => found.push({ file: rel, line: i + 1, what });
      for (const m of text.matchAll(/from "(\.{1,2}\/[^"]+)"/g)) {
        const target = resolve(dirname(file), m[1] as string);
        const theirs = moduleOf(target);
        if (theirs === undefined || theirs === mine) continue;
        if (mine === undefined) at(`platform imports module ${theirs}`);
        else if (!target.endsWith(".service.ts")) at(`imports ${relative(modulesDir, target)}`);
      }
      for (const [table, { module, columns }] of owner) {
        if (module === mine) continue;
        const kysely = new RegExp(
          `(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|with|table|ref)\\(\\s*"${table}\\b`,
        );
        const column = [...text.matchAll(new RegExp(`"${table}\\.(\\w+)"`, "g"))].some((c) =>
          columns.has(c[1] as string),
        );
        const raw = new RegExp(`\\b(?:from|join|update|into)\\s+${snake(table)}\\b`, "i");
        if (kysely.test(text) || column || (snake(table).includes("_") && raw.test(text))) {
          at(`names table ${table} (module ${module})`);
        }
      }
    });
  }
  return found;
}

/**
 * Which modules each module's code (outside tests) imports from, by any import (type-only ones, re-exports and
 * dynamic imports too), with one importing file for each pair.
 */
function moduleImports(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of filesUnder(modulesDir).filter((f) => !isTestFile(f))) {
    const mine = moduleOf(file) as string;
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
      const theirs = moduleOf(resolve(dirname(file), m[1] as string));
      if (theirs === undefined || theirs === mine) continue;
      const edges = graph.get(mine) ?? new Map<string, string>();
      if (!edges.has(theirs)) edges.set(theirs, relative(root, file).split(sep).join("/"));
      graph.set(mine, edges);
    }
  }
  return graph;
}

/**
 * The import cycles of a module graph, each written "a -> b -> a" with the file that makes each step: depth-first,
 * one cycle for each edge that leads back into the path being walked (every cyclic graph has at least one).
 */
function importCycles(graph: Map<string, Map<string, string>>): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (module: string) => {
    path.push(module);
    for (const next of [...(graph.get(module)?.keys() ?? [])].sort()) {
      const back = path.indexOf(next);
      if (back >= 0) {
        const loop = [...path.slice(back), next];
        found.push(
          loop.map((m, i) => (i === 0 ? m : `-> ${m} (${graph.get(loop[i - 1] as string)?.get(m)})`)).join(" "),
        );
      } else if (!done.has(next)) visit(next);
    }
    path.pop();
    done.add(module);
  };
  for (const module of [...graph.keys()].sort()) if (!done.has(module)) visit(module);
  return found;
}

describe("module boundaries", () => {
  const found = violations();

  test("no module names another module's table or imports more than its service", () => {
    assert.deepEqual(
      found.map((v) => `${v.file}:${v.line} ${v.what}`),
      [],
      "module code must go through the other module's *.service.ts",
    );
  });

  test("the scan sees tables and imports (it cannot pass by seeing nothing)", () => {
    const owner = ownedTables();
    assert.equal(owner.get("userAccount")?.module, "accounts");
    assert.ok(owner.get("userAccount")?.columns.has("email"));
    assert.equal(owner.get("stocktakingEntry")?.module, "stocktaking");
    assert.ok(owner.size >= 20, `only ${owner.size} tables found`);
  });

  test("no import cycle between modules (type imports count), and the scan sees the imports there are", () => {
    const graph = moduleImports();
    assert.ok(graph.get("organizations")?.has("accounts"), "organizations imports the accounts service");
    assert.ok(graph.get("registration")?.has("forum"), "registration imports the forum service");
    const edges = (pairs: [string, string][]) =>
      new Map(pairs.map(([from, to]) => [from, new Map([[to, `${from}.ts`]])] as const));
    assert.deepEqual(
      importCycles(
        edges([
          ["a", "b"],
          ["b", "c"],
          ["c", "a"],
          ["d", "a"],
        ]),
      ),
      ["a -> b (a.ts) -> c (b.ts) -> a (c.ts)"],
      "the cycle finder finds a cycle",
    );
    assert.deepEqual(importCycles(graph), [], "a lower module must not import a higher one: pass what it needs in");
  });
});
