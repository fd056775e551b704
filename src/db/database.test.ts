import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { sql } from "kysely";
import { testDialects } from "../../test/support/databases.ts";
import { openDatabase } from "./database.ts";

const postgres = (await testDialects()).find((d) => d.name === "postgres");

describe("PostgreSQL connections", { skip: postgres?.skip ?? "no PostgreSQL dialect" }, () => {
  test("plan with random_page_cost 1.1, unless the DATABASE_URL sets its own options", async () => {
    assert.ok(postgres);
    const { config, drop } = await postgres.create();
    assert.equal(config.dialect, "postgres");
    const costOf = async (connectionString: string) => {
      const handle = openDatabase({ dialect: "postgres", connectionString });
      try {
        const { rows } = await sql<{ cost: string }>`select current_setting('random_page_cost') as cost`.execute(
          handle.db,
        );
        return rows[0]?.cost;
      } finally {
        await handle.close();
      }
    };
    try {
      assert.equal(await costOf(config.connectionString), "1.1");
      const own = new URL(config.connectionString);
      own.searchParams.set("options", "-c random_page_cost=2");
      assert.equal(await costOf(own.toString()), "2");
    } finally {
      await drop();
    }
  });
});
