import type { DbHandle } from "./db/database.ts";
import { loadForumDemo, loadNextEditionDemo } from "./modules/forum/forum.seed.ts";
import { loadProposalCallDemo } from "./modules/forum/proposals/proposals.seed.ts";
import { loadRegistrationDemo } from "./modules/registration/registration.seed.ts";
import { createStocktakingSearch } from "./modules/stocktaking/search/search.ts";
import { loadPublished } from "./modules/stocktaking/stocktaking.import.ts";
import { EntryInput } from "./modules/stocktaking/stocktaking.schema.ts";
import type { Logger } from "./platform/log/logger.ts";

// Demo content, in one place for `wsis serve --demo` (npm start) and `wsis seed --synthetic N`.

/** Demo content for `serve --demo`: this many synthetic Stocktaking entries, loaded once into an empty registry. */
export const DEMO_ENTRIES = 600;

/**
 * Publishes the first `count` synthetic Stocktaking entries in the six languages (external ids synthetic-000001…,
 * so loading them again changes nothing), and says how many were new, changed and unchanged.
 */
export async function loadSyntheticEntries(handle: DbHandle, count: number) {
  // Loaded only when asked for: its word lists are a third of the bundle, and a server never needs them otherwise.
  const { syntheticEntries } = await import("./modules/stocktaking/synthetic.ts");
  const deps = { db: handle.db, search: createStocktakingSearch(handle.db, handle.dialect), clock: () => new Date() };
  const entries = function* () {
    for (const { externalId, publishedAt, ...entry } of syntheticEntries(count)) {
      yield { externalId, publishedAt, input: EntryInput.parse(entry) };
    }
  };
  return loadPublished(deps, entries());
}

/**
 * The demo: the Forum's demo edition and the next one, an open call for session proposals, participant categories
 * (each loaded by key and skipped when unchanged, so cheap on every start), and DEMO_ENTRIES synthetic Stocktaking
 * entries on a first start, when the registry is empty.
 */
export async function loadDemo(handle: DbHandle, logger: Logger): Promise<void> {
  const forum = await loadForumDemo(handle.db);
  if (forum.applied) logger.info("demo forum edition loaded", { sessions: forum.sessions, changed: forum.changed });
  await loadNextEditionDemo(handle.db);
  if (await loadProposalCallDemo(handle.db)) logger.info("demo call for session proposals opened");
  const categories = await loadRegistrationDemo(handle.db);
  if (categories > 0) logger.info("demo participant categories loaded", { categories });
  const existing = await handle.db.selectFrom("stocktakingEntry").select("id").limit(1).execute();
  if (existing.length > 0) return;
  await loadSyntheticEntries(handle, DEMO_ENTRIES);
  logger.info("demo content loaded", { stocktakingEntries: DEMO_ENTRIES });
}
