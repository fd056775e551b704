import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "./config.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { createLogger } from "./platform/log/logger.ts";
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
  NODE_ENV        development (default) | production | test`;

const COMMANDS: Record<string, { summary: string; usage: string; run: (args: string[]) => Promise<void> }> = {
  serve: {
    summary: "migrate the database, load reference data, and serve the platform",
    usage:
      "wsis serve\n\nMigrates to the latest schema, loads the reference data when it changed, then serves HTTP\nuntil SIGTERM or SIGINT, letting requests in flight finish.",
    run: async () => {
      const config = loadConfig();
      await runServer(config, createLogger(config.logLevel));
    },
  },
  migrate: {
    summary: "bring the database schema to the latest migration",
    usage: "wsis migrate\n\nApplies every migration not yet applied. Safe to run again.",
    run: async () => {
      const config = loadConfig();
      const handle = connect(config);
      try {
        const results = await migrateToLatest(handle.db);
        if (results.length === 0) console.log("Database schema is up to date.");
        for (const r of results) console.log(`${r.status === "Success" ? "applied" : r.status}: ${r.migrationName}`);
      } finally {
        await handle.close();
      }
    },
  },
  seed: {
    summary: "load the reference data (Action Lines, SDGs, matrix, countries, …)",
    usage:
      "wsis seed\n\nMigrates, then loads the reference data: Action Lines and facilitators, SDGs and targets, the\nWSIS–SDG matrix, stakeholder types and countries. Idempotent: running it twice changes nothing.",
    run: async () => {
      const config = loadConfig();
      const handle = connect(config);
      try {
        await migrateToLatest(handle.db);
        const result = await seedReference(handle.db, { force: true });
        console.log(`Reference data loaded (version ${result.version}).`);
      } finally {
        await handle.close();
      }
    },
  },
};

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
  const { values, positionals } = parseArgs({
    args: rest,
    options: { help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: false,
  });
  if (values.help) {
    process.stdout.write(`Usage: ${command.usage}\n\n${ENVIRONMENT}\n`);
    return 0;
  }
  await command.run(positionals);
  return 0; // serve keeps the process alive through its open server
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
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
