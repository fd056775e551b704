import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import type { DbHandle } from "./db/database.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { loadSyntheticEntries } from "./demo.ts";
import { createAccountService } from "./modules/accounts/accounts.service.ts";
import { createRoleService } from "./modules/accounts/roles.service.ts";
import { INDICATORS_IMPORT_USAGE, importIndicators } from "./modules/measuring/measuring.cli.ts";
import { MEASURING_DATA_VERSION, seedMeasuring } from "./modules/measuring/measuring.seed.ts";
import { eraseExpiredPassports } from "./modules/registration/letter/letter.erase.ts";
import { createStocktakingSearch } from "./modules/stocktaking/search/search.ts";
import {
  formatProblem,
  IMPORT_COLUMNS,
  importStocktaking,
  summarize,
} from "./modules/stocktaking/stocktaking.import.ts";
import { reindexStocktaking, reindexWhenMarked } from "./modules/stocktaking/stocktaking.reindex.ts";
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from "./platform/auth/passwords.ts";
import { ROLES, type Role } from "./platform/auth/policy.ts";
import { settled } from "./platform/background.ts";
import { encodingName } from "./platform/http/csv-decode.ts";
import { CsvSyntaxError } from "./platform/http/csv-parse.ts";
import { i18nFor } from "./platform/i18n/i18n.ts";
import { createLogger } from "./platform/log/logger.ts";
import { mailerFor, outboxDir } from "./platform/mail/setup.ts";
import { seedReference } from "./reference/reference.seed.ts";
import { connect, runServer } from "./server.ts";

const ENVIRONMENT = `Environment variables (all optional in development):
  PORT            port to listen on (default 3000)
  HOST            address to bind (default 0.0.0.0)
  BASE_URL        public address of the site (default http://localhost:PORT)
  DATABASE_URL    sqlite:./data/wsis.db (default) or postgres://user@host:5432/db
  DATA_DIR        folder for the SQLite file, generated secrets, mail outbox, uploads (default ./data)
  SESSION_SECRET  at least 32 characters; required when NODE_ENV=production
  SMTP_URL        smtp://user:pass@host:587 (unset: mail is written to DATA_DIR/outbox)
  LOG_LEVEL       debug | info | warn | error | silent (default info)
  PASSPORT_RETENTION_DAYS  days after an event before passport details are erased (default 30)
  NODE_ENV        development (default) | production | test`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Connects with the environment's settings, migrates, runs `work`, and closes the connection whatever happens. */
async function withMigratedDatabase(work: (handle: DbHandle, config: Config) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const handle = connect(config);
  try {
    await migrateToLatest(handle.db);
    await work(handle, config);
  } finally {
    await handle.close();
  }
}

/** Whether the command's first word is `word`; otherwise prints the usage and sets exit code 2. */
function firstWordIs(args: string[], word: string, usage: string): boolean {
  if (args.filter((a) => !a.startsWith("-"))[0] === word) return true;
  process.stderr.write(`Usage: ${usage}\n`);
  process.exitCode = 2;
  return false;
}

const COMMANDS: Record<string, { summary: string; usage: string; run: (args: string[]) => Promise<void> }> = {
  serve: {
    summary: "migrate the database, load reference data, and serve the platform",
    usage:
      "wsis serve [--demo]\n\nMigrates to the latest schema, loads the reference data when it changed, then serves HTTP\nuntil SIGTERM or SIGINT, letting requests in flight finish.\n\n--demo   into an empty Stocktaking, load 600 synthetic entries in the six languages (npm start does)",
    run: async (args) => {
      const config = loadConfig();
      await runServer(config, createLogger(config.logLevel), { demo: args.includes("--demo") });
    },
  },
  migrate: {
    summary: "bring the database schema to the latest migration",
    usage:
      "wsis migrate\n\nApplies every migration not yet applied, then rebuilds the Stocktaking search index if a migration\nasked for it (as `wsis serve` would before serving). Safe to run again.",
    run: async () => {
      const config = loadConfig();
      const handle = connect(config);
      try {
        const results = await migrateToLatest(handle.db);
        if (results.length === 0) console.log("Database schema is up to date.");
        for (const r of results) console.log(`${r.status === "Success" ? "applied" : r.status}: ${r.migrationName}`);
        const started = Date.now();
        const rebuilt = await reindexWhenMarked({
          db: handle.db,
          search: createStocktakingSearch(handle.db, handle.dialect),
        });
        if (rebuilt) {
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          console.log(`Rebuilt the Stocktaking search index: ${rebuilt.entries} published entries in ${seconds} s.`);
        }
      } finally {
        await handle.close();
      }
    },
  },
  seed: {
    summary: "load the reference and Measuring data; --synthetic N adds N demo Stocktaking entries",
    usage:
      "wsis seed [--synthetic N]\n\nMigrates, then loads the reference data: Action Lines and facilitators, SDGs and targets, the\nWSIS–SDG matrix, stakeholder types and countries; and the Measuring data: the ten WSIS targets, the\nindicators and their published figures. Idempotent: running it twice changes nothing.\n\n--synthetic N   also publish N realistic synthetic Stocktaking entries in the six languages\n                (for demos and benchmarks; external ids synthetic-000001…, so running it again\n                changes nothing).",
    run: async (args) => {
      const { values } = parseArgs({ args, options: { synthetic: { type: "string" } }, allowPositionals: true });
      const count = values.synthetic === undefined ? 0 : Number(values.synthetic);
      if (!Number.isInteger(count) || count < 0 || count > 1_000_000) {
        process.stderr.write("--synthetic takes a whole number from 0 to 1000000\n");
        process.exitCode = 2;
        return;
      }
      await withMigratedDatabase(async (handle) => {
        const result = await seedReference(handle.db, { force: true });
        console.log(`Reference data loaded (version ${result.version}).`);
        await seedMeasuring(handle.db, { force: true });
        console.log(`Measuring data loaded (version ${MEASURING_DATA_VERSION}).`);
        if (count > 0) {
          const tally = await loadSyntheticEntries(handle, count);
          console.log(
            `Synthetic entries: ${tally.created} created, ${tally.updated} updated, ${tally.unchanged} unchanged.`,
          );
        }
      });
    },
  },
};

const USER_USAGE = `wsis user create --email EMAIL [--name NAME] [--role ROLE …] [--password-stdin [--replace-password]]

Creates an account with a confirmed address and the given roles (${ROLES.join(", ")}), or adds the roles
to an existing account (its name is kept). The first administrator is made this way:

  npm run wsis -- user create --email admin@example.org --name "Secretariat" --role admin

With --password-stdin the password is read from standard input. Without it, a new account gets a
password-reset link by mail (to the outbox in DATA_DIR/outbox when SMTP_URL is unset). An existing
account's password is replaced only with --replace-password as well; the command says what it changed.`;

/** A refused password in words: the message the sign-up form shows, in English. */
function passwordRefusal(rule: NonNullable<ReturnType<typeof passwordProblem>>): string {
  const en = i18nFor("en");
  switch (rule) {
    case "too_short":
      return en.t("form.password.too_short", { min: PASSWORD_MIN });
    case "too_long":
      return en.t("form.password.too_long", { max: PASSWORD_MAX });
    case "common":
      return en.t("form.password.common");
    case "contains_email":
      return "The password must not contain the account's email address.";
  }
}

COMMANDS.user = {
  summary: "create an account from the command line (e.g. the first administrator)",
  usage: USER_USAGE,
  run: async (args) => {
    const { values, positionals } = parseArgs({
      args,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string", multiple: true },
        "password-stdin": { type: "boolean" },
        "replace-password": { type: "boolean" },
      },
      allowPositionals: true,
    });
    if (positionals[0] !== "create" || !values.email) {
      process.stderr.write(`Usage: ${USER_USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    const roles = (values.role ?? []) as string[];
    const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
    if (unknown.length > 0) {
      process.stderr.write(`Unknown role: ${unknown.join(", ")} (roles: ${ROLES.join(", ")})\n`);
      process.exitCode = 2;
      return;
    }
    if (values["replace-password"] && !values["password-stdin"]) {
      process.stderr.write("--replace-password needs the new password on standard input (--password-stdin).\n");
      process.exitCode = 2;
      return;
    }
    const password = values["password-stdin"] ? await readStdin() : undefined;
    const config = loadConfig();
    const logger = createLogger("warn");
    const handle = connect(config);
    const mailer = mailerFor(config, handle.db, logger);
    try {
      await migrateToLatest(handle.db);
      await seedReference(handle.db);
      const clock = () => new Date();
      const accounts = createAccountService({ db: handle.db, mailer, config, clock });
      if (password !== undefined) {
        const problem = passwordProblem(password, { email: values.email });
        if (problem) {
          process.stderr.write(`The password was refused: ${passwordRefusal(problem)} Nothing was changed.\n`);
          process.exitCode = 2;
          return;
        }
      }
      const roleService = createRoleService({ db: handle.db, clock, validScope: async () => true });
      const email = values.email.toLowerCase();
      const result = await roleService.createFromCommandLine({
        email: values.email,
        displayName: values.name ?? values.email.split("@")[0] ?? values.email,
        roles: roles as Role[],
        password,
        replacePassword: values["replace-password"] === true,
      });
      if (result.refused === "password_exists") {
        process.stderr.write(
          `${email} already has an account; nothing was changed. Its password is replaced only with --replace-password.\n`,
        );
        process.exitCode = 2;
        return;
      }
      if (result.created) {
        console.log(`Created ${email} (${result.id}) with roles: ${roles.join(", ") || "none"}`);
      } else {
        const changes = [
          result.rolesAdded.length > 0 ? `roles added: ${result.rolesAdded.join(", ")}` : "no role added",
          ...(result.rolesHeld.length > 0 ? [`already held: ${result.rolesHeld.join(", ")}`] : []),
          result.passwordReplaced
            ? "password replaced (its sessions and links sent before are ended)"
            : "password unchanged",
          ...(values.name && values.name !== result.displayName ? [`name kept as "${result.displayName}"`] : []),
        ];
        console.log(`Updated ${email} (${result.id}), an existing account: ${changes.join("; ")}.`);
      }
      if (password === undefined && result.created) {
        await accounts.requestPasswordReset(values.email.toLowerCase(), { ip: null, requestId: "cli" });
        // A reset request queues its mail after the answer (the same work for any address): wait for it here.
        await settled();
        await mailer.deliverDue();
        console.log(
          config.smtpUrl
            ? "A link to set the password was sent by mail."
            : `A link to set the password was written to ${outboxDir(config)}.`,
        );
      }
    } finally {
      await mailer.stop();
      await handle.close();
    }
  },
};

const IMPORT_USAGE = `wsis import stocktaking FILE.csv [--dry-run] [--all-or-nothing] [--encoding NAME]

Loads WSIS Stocktaking entries from a CSV file (a header row, RFC 4180 quoting), as published.
Columns: ${Object.keys(IMPORT_COLUMNS).join(", ")}.
An export of ITU's registry can be loaded once its columns are renamed to these (Project → title,
Organisation → organization, Country → countries, Category → action_lines).

external_id is required and makes the import idempotent: the same file twice changes nothing, and a
changed row becomes a new published version. Lists are separated by semicolons:
  countries     ISO codes (KE, KEN) or names as UN M49 or ITU write them, case and punctuation aside:
                "Kenya; KOREA (REP. OF); IRAN (ISLAMIC REPUBLIC OF)"; INTERNATIONAL, REGIONAL or GLOBAL
                sets the entry's scope instead
  action_lines  codes or names as ITU writes them: "C5; C7.e-health", "C7. ICT APPLICATIONS: E-GOVERNMENT"
  sdgs, targets numbers: "4; 9", "4.4; 9.c"

Every problem is reported once per row and column, in words, with the value that failed and what
would be accepted ("line 77, countries: 'Ltd., THAILAND' is not a country …"); bytes that are not
UTF-8 by line and column. A refused row is not loaded; the good rows load together, in one transaction
(fix the refused rows and run the same file again: the loaded ones come out unchanged). The summary
counts the rows loaded, refused and unchanged. The exit code is 1 when a row or the header was refused.

--dry-run         read and check the file, compare it with the registry, print the report; load nothing
--all-or-nothing  load nothing at all while any row is refused
--encoding NAME   the file's encoding when it is not UTF-8: windows-1252 (or latin1), iso-8859-15, …`;

COMMANDS.reindex = {
  summary: "rebuild the Stocktaking search index from the published versions",
  usage:
    "wsis reindex stocktaking\n\nRebuilds the public projection and the search index of every published Stocktaking entry from its\npublished version, 500 entries to a transaction. Needed after a Node upgrade that changes how Chinese\ntext is split into words, or to give an index written by an older release the current layout. Safe to\nrun while the platform serves.",
  run: async (args) => {
    if (!firstWordIs(args, "stocktaking", "wsis reindex stocktaking")) return;
    await withMigratedDatabase(async (handle) => {
      const started = Date.now();
      const { entries } = await reindexStocktaking({
        db: handle.db,
        search: createStocktakingSearch(handle.db, handle.dialect),
      });
      console.log(`Reindexed ${entries} published entries in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    });
  },
};

COMMANDS.erase = {
  summary: "erase registrations' passport details a set time after their event",
  usage:
    "wsis erase passports\n\nDeletes the passport details (number, expiry, date of birth) of every registration whose event ended\nmore than PASSPORT_RETENTION_DAYS days ago (default 30), writing one audit row per registration\n(registration.passport.erase). The server does the same every hour; safe to run while it serves.",
  run: async (args) => {
    if (!firstWordIs(args, "passports", "wsis erase passports")) return;
    await withMigratedDatabase(async (handle, config) => {
      const erased = await eraseExpiredPassports(handle.db, new Date(), config.passportRetentionDays);
      console.log(
        `Erased the passport details of ${erased.length} registrations (events ended more than ${config.passportRetentionDays} days ago).`,
      );
    });
  },
};

COMMANDS.import = {
  summary: "load data from a file (stocktaking entries, indicator observations from CSV)",
  usage: `${IMPORT_USAGE}\n\n${INDICATORS_IMPORT_USAGE}`,
  run: async (args) => {
    // wsis import indicators FILE.csv: the Measuring module's own command.
    if (args.find((a) => !a.startsWith("-")) === "indicators") return importIndicators(args);
    let parsed: ReturnType<typeof parseImportArgs>;
    try {
      parsed = parseImportArgs(args);
    } catch (error) {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\nUsage: ${IMPORT_USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    const { file, dryRun, allOrNothing, encoding } = parsed;
    await withMigratedDatabase(async (handle) => {
      await seedReference(handle.db);
      let report: Awaited<ReturnType<typeof importStocktaking>>;
      try {
        report = await importStocktaking(
          { db: handle.db, search: createStocktakingSearch(handle.db, handle.dialect), clock: () => new Date() },
          readFileSync(file),
          { dryRun, allOrNothing, encoding },
        );
      } catch (error) {
        // Where the file stops being CSV (a quote never closed), no row can be trusted: nothing is read.
        if (!(error instanceof CsvSyntaxError)) throw error;
        const field = error.column ?? (error.field === undefined ? "row" : `field ${error.field}`);
        process.stderr.write(`${formatProblem({ line: error.line, field, message: error.problem })}\n`);
        console.log("The file is not CSV from that line on, so no row was read and nothing was loaded.");
        process.exitCode = 1;
        return;
      }
      for (const p of report.problems) process.stderr.write(`${formatProblem(p)}\n`);
      console.log(summarize(report));
      if (report.problems.length > 0) process.exitCode = 1;
    });
  },
};

/** `stocktaking FILE [--dry-run] [--all-or-nothing] [--encoding NAME]`; throws with what is wrong. */
function parseImportArgs(args: string[]): { file: string; dryRun: boolean; allOrNothing: boolean; encoding: string } {
  const { values, positionals } = parseArgs({
    args,
    options: {
      "dry-run": { type: "boolean" },
      "all-or-nothing": { type: "boolean" },
      encoding: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  const [kind, file, ...more] = positionals;
  if (kind !== "stocktaking" || !file || more.length > 0)
    throw new Error("Give one file: wsis import stocktaking FILE.csv");
  const encoding = values.encoding ?? "utf-8";
  encodingName(encoding);
  return { file, dryRun: values["dry-run"] ?? false, allOrNothing: values["all-or-nothing"] ?? false, encoding };
}

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  const list = Object.entries(COMMANDS)
    .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
    .join("\n");
  return `Usage: wsis <command> [--help]\n\nCommands:\n${list}\n\n${ENVIRONMENT}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(mainHelp());
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`Unknown command: ${name}\n\n${mainHelp()}`);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: { help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: false,
  });
  if (values.help) {
    process.stdout.write(`Usage: ${command.usage}\n\n${ENVIRONMENT}\n`);
    return 0;
  }
  await command.run(rest);
  return 0; // serve keeps the process alive through its open server
}

main(process.argv.slice(2)).then(
  (code) => {
    // A command that set its own exit code (a usage error, a refused value) keeps it.
    process.exitCode ??= code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 78; // EX_CONFIG
    } else {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
