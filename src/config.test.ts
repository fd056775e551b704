import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { CONFIGURATION_VARIABLES, ConfigError, loadConfig } from "./config.ts";

describe("configuration", () => {
  const base = { DATA_DIR: "/tmp/wsis-config-test", SESSION_SECRET: "x".repeat(32) };

  test("runs out of the box on SQLite in the data folder, port 3000", () => {
    const config = loadConfig(base);
    assert.equal(config.port, 3000);
    assert.equal(config.baseUrl, "http://localhost:3000");
    assert.deepEqual(config.database, {
      dialect: "sqlite",
      file: path.resolve("/tmp/wsis-config-test/wsis.db"),
      synchronous: "normal",
    });
    assert.equal(loadConfig({ ...base, SQLITE_SYNCHRONOUS: "full" }).database.dialect, "sqlite");
    assert.deepEqual(
      (loadConfig({ ...base, SQLITE_SYNCHRONOUS: "full" }).database as { synchronous: string }).synchronous,
      "full",
    );
    assert.equal(config.logLevel, "info");
    assert.equal(config.smtpUrl, undefined);
    assert.equal(config.searchRecentMatches, 1_000_000);
    assert.equal(loadConfig({ ...base, SEARCH_RECENT_MATCHES: "0" }).searchRecentMatches, 0);
  });

  test("PORT, BASE_URL and DATABASE_URL override", () => {
    const config = loadConfig({
      ...base,
      PORT: "8080",
      BASE_URL: "https://wsis.example.org/",
      DATABASE_URL: "postgres://app@db:5432/wsis",
    });
    assert.equal(config.port, 8080);
    assert.equal(config.baseUrl, "https://wsis.example.org");
    assert.deepEqual(config.database, { dialect: "postgres", connectionString: "postgres://app@db:5432/wsis" });
  });

  test("a bad value is refused with a message that names the variable", () => {
    for (const [env, name] of [
      [{ PORT: "eighty" }, "PORT"],
      [{ PORT: "70000" }, "PORT"],
      [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
      [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
      [{ BASE_URL: "not a url" }, "BASE_URL"],
      [{ SMTP_URL: "http://mail" }, "SMTP_URL"],
      [{ SESSION_SECRET: "short" }, "SESSION_SECRET"],
      [{ SEARCH_RECENT_MATCHES: "-1" }, "SEARCH_RECENT_MATCHES"],
    ] as const) {
      assert.throws(
        () => loadConfig({ ...base, ...env }),
        (error: unknown) => error instanceof ConfigError && error.message.includes(name),
        name,
      );
    }
  });

  test("production requires SESSION_SECRET", () => {
    assert.throws(
      () => loadConfig({ DATA_DIR: base.DATA_DIR, NODE_ENV: "production" }),
      /SESSION_SECRET: required in production/,
    );
  });

  test("in development a secret is generated once and kept in the data folder", () => {
    const dir = `/tmp/wsis-config-secret-${process.pid}`;
    const first = loadConfig({ DATA_DIR: dir }).sessionSecret;
    const second = loadConfig({ DATA_DIR: dir }).sessionSecret;
    assert.ok(first.length >= 32);
    assert.equal(first, second);
  });
});

test("the README's configuration table lists every variable the platform reads, and no other", () => {
  const readme = readFileSync(path.join(import.meta.dirname, "..", "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### Configuration"));
  const table = section.slice(0, section.indexOf("\n\n", section.indexOf("| variable")));
  const listed = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
  assert.deepEqual([...listed].sort(), [...CONFIGURATION_VARIABLES].sort());
});
