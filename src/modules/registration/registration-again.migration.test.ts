import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Migrator, sql } from "kysely";
import { testDialects } from "../../../test/support/databases.ts";
import { type DbHandle, openDatabase } from "../../db/database.ts";
import { migrateToLatest } from "../../db/migrate.ts";
import { migrations } from "../../db/migrations/index.ts";
import { insertRegistration } from "./registration.fixtures.ts";

// Migration 0017 on a database that already holds registrations: SQLite rebuilds the table (to drop the unique
// pair), and nothing that points at a registration — passport, check-in — may be lost; every registration gets
// a reference.

for (const dialect of await testDialects()) {
  describe(`Migration 0017 with registrations in place [${dialect.name}]`, { skip: dialect.skip }, () => {
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

    test("rows and their passport and check-in survive; each gets a reference; a cancelled person may register anew", async () => {
      assert.ok(handle);
      const db = handle.db;
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => migrations },
        migrationTableName: "schema_migration",
        migrationLockTableName: "schema_migration_lock",
      });
      const { error } = await migrator.migrateTo("0013_session_grace");
      assert.equal(error, undefined);
      // The rows as they were written before 0017 (no reference), in the tables 0009 and 0011 made.
      const at = new Date().toISOString();
      await sql`insert into forum_event (id, slug, title, starts_on, ends_on, venue, city, time_zone, status, created_at, updated_at)
        values ('e1', 'wsis-hle-2025', 'HLE', '2025-07-07', '2025-07-11', 'CICG', 'Geneva', 'Europe/Zurich', 'published', ${at}, ${at})`.execute(
        db,
      );
      for (const u of ["u1", "u2"]) {
        await sql`insert into user_account (id, email, password_hash, display_name, preferred_locale, privilege_version, created_at, updated_at)
          values (${u}, ${`${u}@example.org`}, 'x', ${u}, 'en', 1, ${at}, ${at})`.execute(db);
        await sql`insert into forum_registration (id, event_id, user_id, attendance, state, passport_name, preferred_name,
          organization_name, stakeholder_type_code, country_code, nationality_code, consented_at, created_at, updated_at)
          values (${`r-${u}`}, 'e1', ${u}, 'onsite', 'approved', 'AMINA', 'Amina', 'Org', 'government', 'KE', 'KE', ${at}, ${at}, ${at})`.execute(
          db,
        );
      }
      await sql`insert into forum_registration_passport (registration_id, sealed, created_at) values ('r-u1', 'x.y.z', ${at})`.execute(
        db,
      );
      await sql`insert into forum_checkin (id, registration_id, event_id, day, at) values ('c1', 'r-u1', 'e1', '2025-07-07', ${at})`.execute(
        db,
      );

      await migrateToLatest(db);

      const rows = await db.selectFrom("forumRegistration").selectAll().orderBy("id").execute();
      assert.deepEqual(
        rows.map((r) => [r.id, r.passportName, r.state]),
        [
          ["r-u1", "AMINA", "approved"],
          ["r-u2", "AMINA", "approved"],
        ],
      );
      const references = rows.map((r) => r.reference);
      for (const reference of references) assert.match(reference, /^HLE25-[23456789ABCDEFGHJKMNPQRSTWXYZ]{5}$/);
      assert.equal(new Set(references).size, 2);
      assert.equal((await db.selectFrom("forumRegistrationPassport").selectAll().execute()).length, 1);
      assert.equal((await db.selectFrom("forumCheckin").selectAll().execute()).length, 1);
      // The passport and check-in still belong to the registration: they go when it goes.
      await db.deleteFrom("forumRegistration").where("id", "=", "r-u2").execute();
      await assert.rejects(
        db
          .insertInto("forumCheckin")
          .values({ id: "c2", registrationId: "r-u2", eventId: "e1", day: "2025-07-08", at, byUserId: null })
          .execute(),
      );

      // One registration not cancelled per person and event; a cancelled one leaves room for a new one.
      await assert.rejects(insertRegistration(db, { eventId: "e1", userId: "u1" }));
      await db.updateTable("forumRegistration").set({ state: "cancelled" }).where("id", "=", "r-u1").execute();
      await insertRegistration(db, { eventId: "e1", userId: "u1", state: "submitted" });
      await assert.rejects(insertRegistration(db, { eventId: "e1", userId: "u1", state: "submitted" }));
      // References are unique.
      await assert.rejects(
        insertRegistration(db, { eventId: "e1", userId: "u1", state: "cancelled", reference: references[0] }),
      );
    });
  });
}
