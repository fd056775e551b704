import type { Db } from "../../db/database.ts";
import { newId, timestamp } from "../../db/ids.ts";
import { publishedEvent } from "../forum/forum.service.ts";
import { WSIS_FORUM_2027_CATEGORIES, WSIS_FORUM_2027_SETTINGS, WSIS_FORUM_2027_SLUG } from "./data/wsis-forum-2027.ts";
import * as repo from "./registration.repository.ts";

/**
 * The demo's registration set-up for the next edition (loaded by the Forum demo), added once: its deadline and
 * capacity unless the edition has settings already, and its participant categories. An edition whose organisers
 * have already set categories is left as they made it, except that a demo category whose admitted stakeholder types
 * were never set (a database from before migration 0011) gets the data file's. Returns how many categories were
 * added.
 */
export async function loadRegistrationDemo(db: Db, now: Date = new Date()): Promise<number> {
  const event = await publishedEvent(db, WSIS_FORUM_2027_SLUG, "en", now);
  if (!event) return 0;
  await repo.addSettings(db, { eventId: event.id, ...WSIS_FORUM_2027_SETTINGS, updatedAt: timestamp(now) });
  const existing = await repo.findCategories(db, event.id);
  if (existing.length > 0) {
    for (const row of existing.filter((c) => c.admittedStakeholderTypes === null)) {
      const category = WSIS_FORUM_2027_CATEGORIES.find((c) => c.code === row.code);
      if (!category) continue;
      await repo.updateCategory(db, row.id, {
        name: row.name,
        colour: row.colour,
        autoAccredited: row.autoAccredited,
        admittedStakeholderTypes: JSON.stringify(category.admittedStakeholderTypes),
        position: row.position,
      });
    }
    return 0;
  }
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
        admittedStakeholderTypes: JSON.stringify(category.admittedStakeholderTypes),
        position,
      });
    }
  });
  return WSIS_FORUM_2027_CATEGORIES.length;
}
