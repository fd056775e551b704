import { randomBytes } from "node:crypto";
import type { Db } from "../../db/database.ts";

export interface FormKeyTable {
  userId: string;
  purpose: string;
  key: string;
  objectId: string;
  createdAt: string;
}

export interface FormKeyTables {
  formKey: FormKeyTable;
}

/** The hidden field a create form carries its one-time key in. */
export const FORM_KEY_FIELD = "formKey";

/** A new one-time key for a create form (128 random bits). */
export function newFormKey(): string {
  return randomBytes(16).toString("base64url");
}

/** The key a form sent, when it looks like one; anything else is no key (the form still works, unprotected). */
export function formKeyOf(values: Record<string, string>): string | undefined {
  const value = values[FORM_KEY_FIELD];
  return value && /^[A-Za-z0-9_-]{16,64}$/.test(value) ? value : undefined;
}

export interface Once {
  key: string | undefined;
  purpose: string;
  userId: string;
  now: string;
}

function findCreated(db: Db, once: Once & { key: string }) {
  return db
    .selectFrom("formKey")
    .select("objectId")
    .where("userId", "=", once.userId)
    .where("purpose", "=", once.purpose)
    .where("key", "=", once.key)
    .executeTakeFirst();
}

/**
 * Runs a create in a transaction and records the form's key with the created id in that same transaction, so one
 * key makes one thing: a key already recorded returns what it made, without running `create`. Two requests racing
 * with the same key both create, but only one can record the key (the primary key): the other's transaction
 * fails and rolls back its create, and the id the first recorded is returned.
 */
export async function createOnce(
  db: Db,
  once: Once,
  create: (trx: Db) => Promise<string>,
): Promise<{ id: string; created: boolean }> {
  const { key } = once;
  if (!key) return { id: await db.transaction().execute(create), created: true };
  const found = await findCreated(db, { ...once, key });
  if (found) return { id: found.objectId, created: false };
  try {
    const id = await db.transaction().execute(async (trx) => {
      const objectId = await create(trx);
      await trx
        .insertInto("formKey")
        .values({ userId: once.userId, purpose: once.purpose, key, objectId, createdAt: once.now })
        .execute();
      return objectId;
    });
    return { id, created: true };
  } catch (error) {
    const raced = await findCreated(db, { ...once, key });
    if (raced) return { id: raced.objectId, created: false };
    throw error;
  }
}

/** Keys older than `before` are no longer needed (a retry comes within seconds); housekeeping removes them. */
export async function pruneFormKeys(db: Db, before: Date): Promise<void> {
  await db.deleteFrom("formKey").where("createdAt", "<", before.toISOString()).execute();
}
