import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Migrator, sql } from "kysely";
import { testDialects } from "../../../test/support/databases.ts";
import { type DbHandle, openDatabase } from "../../db/database.ts";
import { migrateToLatest } from "../../db/migrate.ts";
import { migrations } from "../../db/migrations/index.ts";

// Migration 0021 on a database whose events hold registration settings as forum_event columns: each event's
// deadline and capacity land in registration's own table (a cleared one stays cleared), the columns go, and going
// back puts them where they were.

for (const dialect of await testDialects()) {
  describe(`Migration 0021 with settings in place [${dialect.name}]`, { skip: dialect.skip }, () => {
    let database: Awaited<ReturnType<typeof dialect.create>> | undefined;
    let handle: DbHandle | undefined;
    before(async () => {
      database = await dialect.create();
      handle = openDatabase(database.config);
    });
    after(async () => {
      await handle?.close();
      await database?.drop();
    });

    test("every event's deadline and capacity carry over to forum_registration_settings, and back", async () => {
      assert.ok(handle);
      const db = handle.db;
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => migrations },
        migrationTableName: "schema_migration",
        migrationLockTableName: "schema_migration_lock",
      });
      assert.equal((await migrator.migrateTo("0020_measuring")).error, undefined);
      const at = "2026-12-01T10:00:00.000Z";
      const events: [string, string | null, number | null][] = [
        ["e1", "2027-06-07T21:59:00.000Z", 3000],
        ["e2", null, 40],
        ["e3", null, null],
      ];
      for (const [id, closes, capacity] of events) {
        await sql`insert into forum_event (id, slug, title, starts_on, ends_on, venue, city, time_zone, status,
          accreditation_closes_at, onsite_capacity, created_at, updated_at)
          values (${id}, ${`forum-${id}`}, 'Forum', '2027-07-05', '2027-07-09', 'CICG', 'Geneva', 'Europe/Zurich',
          'published', ${closes}, ${capacity}, ${at}, ${at})`.execute(db);
      }

      await migrateToLatest(db);

      const rows = await db.selectFrom("forumRegistrationSettings").selectAll().orderBy("eventId").execute();
      assert.deepEqual(
        rows.map((r) => [
          r.eventId,
          r.accreditationClosesAt,
          r.onsiteCapacity === null ? null : Number(r.onsiteCapacity),
        ]),
        events,
      );
      assert.ok(rows.every((r) => r.updatedAt === at));
      const event = await db.selectFrom("forumEvent").selectAll().where("id", "=", "e1").executeTakeFirstOrThrow();
      assert.ok(!("onsiteCapacity" in event) && !("accreditationClosesAt" in event), "the columns are gone");
      // An event's settings go with it.
      await db.deleteFrom("forumEvent").where("id", "=", "e3").execute();
      assert.equal((await db.selectFrom("forumRegistrationSettings").selectAll().execute()).length, 2);

      assert.equal((await migrator.migrateTo("0020_measuring")).error, undefined);
      const back = await sql<{ id: string; accreditationClosesAt: string | null; onsiteCapacity: number | null }>`
        select id, accreditation_closes_at, onsite_capacity from forum_event order by id`.execute(db);
      assert.deepEqual(
        back.rows.map((r) => [
          r.id,
          r.accreditationClosesAt,
          r.onsiteCapacity === null ? null : Number(r.onsiteCapacity),
        ]),
        events.slice(0, 2),
      );
      await migrateToLatest(db);
    });
  });
}
