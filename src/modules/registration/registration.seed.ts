import type { Db } from "../../db/database.ts";
import { newId } from "../../db/ids.ts";
import { WSIS_FORUM_2027, WSIS_FORUM_2027_CATEGORIES } from "../forum/data/wsis-forum-2027.ts";
import * as repo from "./registration.repository.ts";

/**
 * The demo's participant categories for the next edition (loaded by the Forum demo), added once: an edition whose
 * organisers have already set categories is left as they made it. Returns how many were added.
 */
export async function loadRegistrationDemo(db: Db): Promise<number> {
  const event = await repo.findEvent(db, WSIS_FORUM_2027.slug);
  if (!event) return 0;
  if ((await repo.findCategories(db, event.id)).length > 0) return 0;
  await db.transaction().execute(async (trx) => {
    for (const [position, category] of WSIS_FORUM_2027_CATEGORIES.entries()) {
      await repo.insertCategory(trx, {
        id: newId(),
        eventId: event.id,
        code: category.code,
        name: category.name.en,
        nameTranslations: JSON.stringify(category.name),
        colour: category.colour,
        autoAccredited: category.autoAccredited ? 1 : 0,
        position,
      });
    }
  });
  return WSIS_FORUM_2027_CATEGORIES.length;
}
