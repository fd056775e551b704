import type { Db } from "../../db/database.ts";
import type { PublicEntryDocument, StocktakingSearch } from "./search/search.ts";

/** The app_meta key a migration sets when the index must be rebuilt for a new way of preparing text (0015: stems). */
export const REBUILD_KEY = "stocktaking.search.rebuild";

/**
 * Rebuilds the index when a migration has marked it (an upgraded database), and removes the mark: run before the
 * platform serves. An index written before stemming still answers by words alone until then. Null when unmarked.
 */
export async function reindexWhenMarked(deps: {
  db: Db;
  search: StocktakingSearch;
}): Promise<{ entries: number } | null> {
  const marked = await deps.db.selectFrom("appMeta").select("key").where("key", "=", REBUILD_KEY).executeTakeFirst();
  return marked ? reindexStocktaking(deps) : null;
}

/**
 * Rebuilds the public projection and the search index of every published entry from its published version's
 * snapshot (stocktaking_version), `batch` entries to a transaction. For when the way text is prepared changes (a
 * Node upgrade with a new ICU splits Chinese differently; stems, migration 0015) or an index written by an older
 * release should take the current layout (SQLite keys in publication order, migration 0005). Safe while the platform serves: each
 * entry is replaced in one transaction, and every instance picks the changes up from the change log.
 */
export async function reindexStocktaking(
  deps: { db: Db; search: StocktakingSearch },
  batch = 500,
): Promise<{ entries: number }> {
  const { db, search } = deps;
  // A mark set while this runs (a later migration's) stays for the next rebuild.
  const mark = await db.selectFrom("appMeta").select("updatedAt").where("key", "=", REBUILD_KEY).executeTakeFirst();
  let after = "";
  let entries = 0;
  for (;;) {
    const rows = await db
      .selectFrom("stocktakingPublic as p")
      .innerJoin("stocktakingVersion as v", (join) =>
        join.onRef("v.entryId", "=", "p.entryId").onRef("v.version", "=", "p.version"),
      )
      .select(["p.entryId", "v.snapshot"])
      .where("p.entryId", ">", after)
      .orderBy("p.entryId")
      .limit(batch)
      .execute();
    if (rows.length === 0) break;
    await db.transaction().execute(async (trx) => {
      for (const row of rows) await search.index(trx, JSON.parse(row.snapshot) as PublicEntryDocument);
    });
    entries += rows.length;
    after = rows.at(-1)?.entryId ?? after;
    if (rows.length < batch) break;
  }
  if (mark) {
    await db.deleteFrom("appMeta").where("key", "=", REBUILD_KEY).where("updatedAt", "=", mark.updatedAt).execute();
  }
  return { entries };
}
