import { randomInt } from "node:crypto";
import { type Kysely, PostgresAdapter, SqliteAdapter, sql } from "kysely";

// Issue 17. A person who cancelled may register again: the old registration stays (cancelled, its letter void) and
// a new one is made, so one person and event have at most one registration that is not cancelled — a partial
// unique index instead of the unique pair of 0009. SQLite cannot drop a table's constraint, so the table is rebuilt
// (foreign keys off meanwhile, so the passport, photo and check-in rows that point at it are kept).
// Each registration gets a short reference people can read out (HLE25-4K7Q2), unique; existing ones get one here.
// Frozen in time: never import application code here (the prefix rule and alphabet are copied).

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";

function prefix(slug: string): string {
  const words = slug.toLowerCase().split("-").filter(Boolean);
  const year = words.filter((w) => /^\d{4}$/.test(w)).at(-1);
  const names = words.filter((w) => w !== "wsis" && /^[a-z]+$/.test(w));
  const letters =
    names.length === 1
      ? (names[0] ?? "").slice(0, 5)
      : names
          .map((w) => w[0])
          .join("")
          .slice(0, 5);
  return `${(letters || "wsis").toUpperCase()}${year ? year.slice(2) : ""}`;
}

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's table types
async function rebuildWithoutPairConstraint(db: Kysely<any>): Promise<void> {
  const row = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'table' and name = 'forum_registration'`.execute(db);
  const ddl = row.rows[0]?.sql ?? "";
  const pair = /,\s*constraint "forum_registration_person_uq" unique \("event_id", "user_id"\)/;
  if (!pair.test(ddl)) {
    // As down() leaves it: the pair is an index, which can simply go.
    await sql`drop index if exists forum_registration_person_uq`.execute(db);
    return;
  }
  const rebuilt = ddl
    .replace(pair, "")
    .replace('CREATE TABLE "forum_registration"', 'CREATE TABLE "forum_registration_new"');
  await sql`pragma foreign_keys = OFF`.execute(db);
  try {
    await sql`begin`.execute(db);
    try {
      await sql.raw(rebuilt).execute(db);
      await sql`insert into forum_registration_new select * from forum_registration`.execute(db);
      await sql`drop table forum_registration`.execute(db);
      await sql`alter table forum_registration_new rename to forum_registration`.execute(db);
      await db.schema
        .createIndex("forum_registration_queue_idx")
        .on("forum_registration")
        .columns(["event_id", "state", "created_at"])
        .execute();
      const broken = await sql`pragma foreign_key_check`.execute(db);
      if (broken.rows.length > 0) throw new Error("0017: foreign keys broken by the rebuild");
      await sql`commit`.execute(db);
    } catch (error) {
      await sql`rollback`.execute(db);
      throw error;
    }
  } finally {
    await sql`pragma foreign_keys = ON`.execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function up(db: Kysely<any>): Promise<void> {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) await rebuildWithoutPairConstraint(db);
  else if (adapter instanceof PostgresAdapter) {
    await sql`alter table forum_registration drop constraint if exists forum_registration_person_uq`.execute(db);
  } else throw new Error("0017_registration_again supports SQLite and PostgreSQL only");
  await db.schema
    .createIndex("forum_registration_person_active_uq")
    .on("forum_registration")
    .columns(["event_id", "user_id"])
    .unique()
    .where(sql.ref("state"), "<>", "cancelled")
    .execute();
  // A person's registrations for an event, the cancelled ones included.
  await db.schema
    .createIndex("forum_registration_person_idx")
    .on("forum_registration")
    .columns(["user_id", "event_id"])
    .execute();

  await db.schema.alterTable("forum_registration").addColumn("reference", "text").execute();
  const rows = await db
    .selectFrom("forum_registration as r")
    .innerJoin("forum_event as e", "e.id", "r.event_id")
    .select(["r.id", "e.slug"])
    .execute();
  const taken = new Set<string>();
  for (const r of rows as { id: string; slug: string }[]) {
    let reference = "";
    do {
      reference = `${prefix(r.slug)}-`;
      for (let i = 0; i < 5; i++) reference += ALPHABET[randomInt(ALPHABET.length)];
    } while (taken.has(reference));
    taken.add(reference);
    await db.updateTable("forum_registration").set({ reference }).where("id", "=", r.id).execute();
  }
  await db.schema
    .createIndex("forum_registration_reference_uq")
    .on("forum_registration")
    .column("reference")
    .unique()
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("forum_registration_reference_uq").execute();
  await db.schema.alterTable("forum_registration").dropColumn("reference").execute();
  await db.schema.dropIndex("forum_registration_person_idx").execute();
  await db.schema.dropIndex("forum_registration_person_active_uq").execute();
  // Going back needs one registration per person and event again: a person who registered anew keeps the newest.
  await sql`delete from forum_registration where state = 'cancelled' and exists (select 1 from forum_registration n where n.event_id = forum_registration.event_id and n.user_id = forum_registration.user_id and n.id <> forum_registration.id)`.execute(
    db,
  );
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table forum_registration add constraint forum_registration_person_uq unique (event_id, user_id)`.execute(
      db,
    );
  } else {
    // SQLite cannot add a table constraint; a unique index holds the same rule.
    await db.schema
      .createIndex("forum_registration_person_uq")
      .on("forum_registration")
      .columns(["event_id", "user_id"])
      .unique()
      .execute();
  }
}
