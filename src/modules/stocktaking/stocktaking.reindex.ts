import type { Db } from "../../db/database.ts";
import type { PublicEntryDocument, StocktakingSearch } from "./search/search.ts";

/**
 * Rebuilds the public projection and the search index of every published entry from its published version's
 * snapshot (stocktaking_version), `batch` entries to a transaction. For when the way text is prepared changes (a
 * Node upgrade with a new ICU splits Chinese differently) or an index written by an older release should take
 * the current layout (SQLite keys in publication order, migration 0005). Safe while the platform serves: each
 * entry is replaced in one transaction, and every instance picks the changes up from the change log.
 */
export async function reindexStocktaking(
  deps: { db: Db; search: StocktakingSearch },
  batch = 500,
): Promise<{ entries: number }> {
  const { db, search } = deps;
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
  return { entries };
}
