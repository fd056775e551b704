import { type MigrationResult, Migrator } from "kysely";
import type { Db } from "./database.ts";
import { migrations } from "./migrations/index.ts";

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly results: MigrationResult[],
    override readonly cause: unknown,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

/** Brings the schema to the latest migration. Safe to run on every start and from several instances. */
export async function migrateToLatest(db: Db): Promise<MigrationResult[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: "schema_migration",
    migrationLockTableName: "schema_migration_lock",
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new MigrationError(`Migration ${failed} failed: ${String(error)}`, results, error);
  }
  return results;
}
