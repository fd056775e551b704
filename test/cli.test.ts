import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const dirs: string[] = [];

function tempDataDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "wsis-cli-"));
  dirs.push(dir);
  return dir;
}

function wsis(args: string[], env: Record<string, string> = {}, input?: string) {
  return spawnSync(TSX, ["src/main.ts", ...args], {
    cwd: ROOT,
    input,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", LOG_LEVEL: "warn", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

/** Resolves with the first log line that has msg === wanted. */
function waitForLog(child: ChildProcess, wanted: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let buffer = "";
    const timer = setTimeout(() => reject(new Error(`no "${wanted}" log line in time:\n${buffer}`)), 30_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      for (const line of buffer.split("\n")) {
        if (!line.startsWith("{")) continue;
        const record = JSON.parse(line) as Record<string, unknown>;
        if (record.msg === wanted) {
          clearTimeout(timer);
          resolve(record);
        }
      }
    });
  });
}

describe("the wsis command", () => {
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  test("--help lists the commands, and each command has its own help", () => {
    const main = wsis(["--help"]);
    assert.equal(main.status, 0);
    for (const command of ["serve", "migrate", "seed", "user"]) {
      assert.match(main.stdout, new RegExp(`^  ${command} `, "m"));
    }
    assert.match(main.stdout, /DATABASE_URL/);
    for (const command of ["serve", "migrate", "seed"]) {
      const help = wsis([command, "--help"]);
      assert.equal(help.status, 0, command);
      assert.match(help.stdout, new RegExp(`^Usage: wsis ${command}`), command);
    }
    const unknown = wsis(["frobnicate"]);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /Unknown command: frobnicate/);
  });

  test("migrate and seed prepare a new SQLite database, and running them again changes nothing", async () => {
    const env = { DATA_DIR: tempDataDir() };
    const first = wsis(["migrate"], env);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /applied: 0001_reference/);
    const again = wsis(["migrate"], env);
    assert.match(again.stdout, /up to date/);
    const seed1 = wsis(["seed"], env);
    const seed2 = wsis(["seed"], env);
    assert.equal(seed1.status, 0, seed1.stderr);
    const version = /version (\w+)/.exec(seed1.stdout)?.[1];
    assert.ok(version);
    assert.match(seed2.stdout, new RegExp(`version ${version}`));
    // The Measuring dashboard's data comes with it, as `wsis serve` loads it: targets, indicators, figures.
    const measuring = /Measuring data loaded \(version (\w+)\)/.exec(seed1.stdout)?.[1];
    assert.ok(measuring, seed1.stdout);
    assert.match(seed2.stdout, new RegExp(`Measuring data loaded \\(version ${measuring}\\)`));
    const { openDatabase } = await import("../src/db/database.ts");
    const handle = openDatabase({ dialect: "sqlite", file: path.join(env.DATA_DIR, "wsis.db") });
    try {
      const count = async (table: "measuringWsisTarget" | "measuringIndicator" | "measuringObservation") =>
        Number(
          (
            await handle.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      assert.equal(await count("measuringWsisTarget"), 10);
      assert.ok((await count("measuringIndicator")) > 0);
      assert.ok((await count("measuringObservation")) > 0);
    } finally {
      await handle.close();
    }
  });

  test("user create makes the first administrator, with a password from stdin or a link by mail", async () => {
    const dataDir = tempDataDir();
    const env = { DATA_DIR: dataDir };
    const withPassword = wsis(
      [
        "user",
        "create",
        "--email",
        "Chief@Example.org",
        "--name",
        "Secretariat",
        "--role",
        "admin",
        "--password-stdin",
      ],
      env,
      "a long secretariat passphrase\n",
    );
    assert.equal(withPassword.status, 0, withPassword.stderr);
    assert.match(withPassword.stdout, /Created chief@example\.org .* with roles: admin/);

    const { openDatabase } = await import("../src/db/database.ts");
    const { verifyPassword } = await import("../src/platform/auth/passwords.ts");
    const handle = openDatabase({ dialect: "sqlite", file: path.join(dataDir, "wsis.db") });
    const user = await handle.db
      .selectFrom("userAccount")
      .selectAll()
      .where("email", "=", "chief@example.org")
      .executeTakeFirstOrThrow();
    assert.ok(user.emailVerifiedAt);
    assert.ok(await verifyPassword(user.passwordHash, "a long secretariat passphrase"));
    const grants = await handle.db.selectFrom("roleGrant").select("role").where("userId", "=", user.id).execute();
    assert.deepEqual(
      grants.map((g) => g.role),
      ["admin"],
    );
    await handle.close();

    const withLink = wsis(["user", "create", "--email", "moderator@example.org", "--role", "moderator"], env);
    assert.equal(withLink.status, 0, withLink.stderr);
    assert.match(withLink.stdout, /A link to set the password was written to .*outbox/);
    const { readdirSync, readFileSync } = await import("node:fs");
    const files = readdirSync(path.join(dataDir, "outbox"));
    assert.equal(files.length, 1);
    assert.match(readFileSync(path.join(dataDir, "outbox", files[0] ?? ""), "utf8"), /account\/reset\?token=/);

    const weak = wsis(["user", "create", "--email", "x@example.org", "--password-stdin"], env, "password123\n");
    assert.equal(weak.status, 2);
    assert.match(weak.stderr, /refused: This password is one of the most commonly used, so it is easy to guess/);
    const withEmail = wsis(
      ["user", "create", "--email", "chiefs@example.org", "--password-stdin"],
      env,
      "chiefs-long-phrase\n",
    );
    assert.equal(withEmail.status, 2);
    assert.match(withEmail.stderr, /must not contain the account's email address\. Nothing was changed/);

    // An existing account: the roles it lacks are added and said; the password is never replaced silently.
    const again = wsis(
      ["user", "create", "--email", "chief@example.org", "--role", "admin", "--role", "moderator", "--password-stdin"],
      env,
      "another long passphrase\n",
    );
    assert.equal(again.status, 2);
    assert.match(again.stderr, /chief@example\.org already has an account; nothing was changed\. .*--replace-password/);
    const rolesOnly = wsis(
      [
        "user",
        "create",
        "--email",
        "chief@example.org",
        "--name",
        "Someone else",
        "--role",
        "admin",
        "--role",
        "moderator",
      ],
      env,
    );
    assert.equal(rolesOnly.status, 0, rolesOnly.stderr);
    assert.match(
      rolesOnly.stdout,
      /Updated chief@example\.org .*an existing account: roles added: moderator; already held: admin; password unchanged; name kept as "Secretariat"\./,
    );
    const replaced = wsis(
      ["user", "create", "--email", "chief@example.org", "--password-stdin", "--replace-password"],
      env,
      "another long passphrase\n",
    );
    assert.equal(replaced.status, 0, replaced.stderr);
    assert.match(replaced.stdout, /no role added; password replaced/);
    const after = openDatabase({ dialect: "sqlite", file: path.join(dataDir, "wsis.db") });
    const changed = await after.db
      .selectFrom("userAccount")
      .select("passwordHash")
      .where("email", "=", "chief@example.org")
      .executeTakeFirstOrThrow();
    assert.ok(await verifyPassword(changed.passwordHash, "another long passphrase"));
    const roleRows = await after.db.selectFrom("roleGrant").select("role").where("userId", "=", user.id).execute();
    assert.deepEqual(roleRows.map((g) => g.role).sort(), ["admin", "moderator"]);
    await after.close();
    const badRole = wsis(["user", "create", "--email", "x@example.org", "--role", "wizard"], env);
    assert.equal(badRole.status, 2);
    assert.match(badRole.stderr, /Unknown role: wizard/);
  });

  test("seed --synthetic publishes demo Stocktaking entries, once", () => {
    const env = { DATA_DIR: tempDataDir() };
    const first = wsis(["seed", "--synthetic", "30"], env);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /Synthetic entries: 30 created, 0 updated, 0 unchanged/);
    const again = wsis(["seed", "--synthetic", "30"], env);
    assert.match(again.stdout, /Synthetic entries: 0 created, 0 updated, 30 unchanged/);
    const bad = wsis(["seed", "--synthetic", "lots"], env);
    assert.equal(bad.status, 2);
    const reindexed = wsis(["reindex", "stocktaking"], env);
    assert.equal(reindexed.status, 0, reindexed.stderr);
    assert.match(reindexed.stdout, /Reindexed 30 published entries/);
    assert.equal(wsis(["reindex"], env).status, 2);
    const erased = wsis(["erase", "passports"], env);
    assert.equal(erased.status, 0, erased.stderr);
    assert.match(erased.stdout, /Erased the passport details of 0 registrations/);
    assert.equal(wsis(["erase", "everything"], env).status, 2);
  });

  test("a bad setting stops the command with a message that names it", () => {
    const result = wsis(["migrate"], { PORT: "not-a-port", DATA_DIR: tempDataDir() });
    assert.equal(result.status, 78);
    assert.match(result.stderr, /Invalid configuration/);
    assert.match(result.stderr, /PORT/);
    assert.doesNotMatch(result.stderr, /at .*\.ts:\d+/, "no stack trace for a configuration mistake");
  });

  test("serve starts on PORT, answers, and on SIGTERM finishes and exits cleanly", async () => {
    const child = spawn(TSX, ["src/main.ts", "serve"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", PORT: "0", HOST: "127.0.0.1", DATA_DIR: tempDataDir(), LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const listening = await waitForLog(child, "listening");
      const port = Number(listening.port);
      assert.ok(port > 0);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      assert.equal(health.status, 200);
      const page = await fetch(`http://127.0.0.1:${port}/action-lines/C5`);
      assert.equal(page.status, 200);
      const stopped = waitForLog(child, "stopped");
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      await stopped;
      assert.equal(await exited, 0);
    } finally {
      child.kill("SIGKILL");
    }
  });

  test("WORKERS=2 serves from two processes on one port; SIGTERM stops them all", async () => {
    const child = spawn(TSX, ["src/main.ts", "serve"], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        PORT: "0",
        HOST: "127.0.0.1",
        DATA_DIR: tempDataDir(),
        LOG_LEVEL: "info",
        WORKERS: "2",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const pids = new Set<number>();
    let port = 0;
    let lines = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      lines += chunk.toString();
    });
    try {
      // Each worker says it listens, with its pid, on the one port.
      const deadline = Date.now() + 60_000;
      while (pids.size < 2 && Date.now() < deadline) {
        for (const line of lines.split("\n")) {
          if (!line.includes('"msg":"listening"')) continue;
          const entry = JSON.parse(line) as { port: number; pid: number };
          pids.add(entry.pid);
          port = entry.port;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.equal(pids.size, 2, lines);
      assert.ok(!pids.has(child.pid ?? -1), "the primary does not serve");
      for (let i = 0; i < 6; i++) {
        assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
      }
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      assert.equal(await exited, 0);
      for (const pid of pids) {
        assert.throws(() => process.kill(pid, 0), "every worker has exited");
      }
    } finally {
      child.kill("SIGKILL");
      for (const pid of pids) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
  });
});
