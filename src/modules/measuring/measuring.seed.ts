import { createHash } from "node:crypto";
import type { Db } from "../../db/database.ts";
import { timestamp } from "../../db/ids.ts";
import { LOCALES } from "../../platform/i18n/locale.ts";
import { INDICATORS } from "./data/indicators.ts";
import { SEED_OBSERVATIONS, SOURCES } from "./data/observations.ts";
import { WSIS_TARGETS } from "./data/wsis-targets.ts";
import * as repo from "./measuring.repository.ts";

const META_KEY = "measuring_data";

/** The version of the seed files: loading is skipped while the database holds this version. */
export const MEASURING_DATA_VERSION = createHash("sha256")
  .update(JSON.stringify([WSIS_TARGETS, INDICATORS, SEED_OBSERVATIONS, SOURCES]))
  .digest("hex")
  .slice(0, 16);

/**
 * Loads the WSIS targets, the indicators and the seeded published figures, in one transaction, when the database
 * does not hold this version yet (or always, with force). Idempotent; imported observations with other keys stay.
 */
export async function seedMeasuring(db: Db, options: { force?: boolean; now?: Date } = {}) {
  if (!options.force && (await repo.metaValue(db, META_KEY)) === MEASURING_DATA_VERSION) return { loaded: false };
  const now = timestamp(options.now ?? new Date());
  await db.transaction().execute(async (trx) => {
    for (const t of WSIS_TARGETS) {
      await repo.upsertTarget(
        trx,
        t.number,
        LOCALES.map((locale) => ({ locale, title: t.title[locale], text: t.text[locale] })),
      );
    }
    for (const [position, i] of INDICATORS.entries()) {
      await repo.upsertIndicator(
        trx,
        {
          code: i.code,
          position,
          unit: i.unit,
          breakdowns: JSON.stringify(i.breakdowns),
          sdmxSeries: JSON.stringify(i.sdmxSeries),
        },
        LOCALES.map((locale) => ({ locale, name: i.name[locale], definition: i.definition[locale] })),
        [
          ...i.wsisTargets.map((n) => ({ kind: "wsis_target", ref: String(n) })),
          ...i.actionLines.map((ref) => ({ kind: "action_line", ref })),
          ...i.sdgTargets.map((ref) => ({ kind: "sdg_target", ref })),
        ],
      );
    }
    for (const o of SEED_OBSERVATIONS) {
      const s = SOURCES[o.source];
      await repo.upsertObservation(
        trx,
        {
          indicator: o.indicator,
          geography: o.geography,
          year: o.year,
          breakdown: o.breakdown,
          value: o.value,
          qualifier: o.qualifier,
          sourcePublisher: s.publisher,
          sourceTitle: s.title,
          sourceUrl: s.url,
          sourceAccessed: s.accessed,
          licence: s.licence,
          note: s.note,
        },
        now,
      );
    }
    await repo.setMetaValue(trx, META_KEY, MEASURING_DATA_VERSION, now);
  });
  return { loaded: true };
}
