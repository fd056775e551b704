import type { Db } from "../../../db/database.ts";
import { audit } from "../../../platform/audit/audit.ts";
import { eventsEndedBefore } from "../../forum/forum.service.ts";
import * as repo from "./letter.repository.ts";

/** The day (YYYY-MM-DD, UTC) `days` days before `now`. */
function dayBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Erases the passport details of registrations whose event ended more than `retentionDays` days ago: an event
 * whose last day is D loses them once the UTC date is past D + retentionDays (whole days; the event's own zone
 * moves that by a few hours at most). One audit row per registration, by the system, in the deletion's
 * transaction. Safe to run from several instances at once: a row already gone is neither deleted nor audited
 * twice. Returns the registrations erased.
 */
export async function eraseExpiredPassports(db: Db, now: Date, retentionDays: number): Promise<string[]> {
  // Every event, drafts included: the forum service names those that ended, registration finds their passports.
  const ended = new Map(
    (await eventsEndedBefore(db, dayBefore(now, retentionDays))).map((e) => [e.id, e.endsOn] as const),
  );
  const due: { registrationId: string; eventId: string; endsOn: string | undefined }[] = [];
  for (let i = 0, ids = [...ended.keys()]; i < ids.length; i += 500) {
    for (const row of await repo.findPassportsOfEvents(db, ids.slice(i, i + 500))) {
      due.push({ ...row, endsOn: ended.get(row.eventId) });
    }
  }
  due.sort((a, b) => (a.registrationId < b.registrationId ? -1 : a.registrationId > b.registrationId ? 1 : 0));
  const erased: string[] = [];
  for (const row of due) {
    const done = await db.transaction().execute(async (trx) => {
      if (!(await repo.deletePassport(trx, row.registrationId))) return false;
      await audit(
        trx,
        { actorId: null, ip: null, requestId: null, now },
        {
          action: "registration.passport.erase",
          objectType: "registration",
          objectId: row.registrationId,
          after: { eventId: row.eventId, eventEndedOn: row.endsOn, retentionDays },
        },
      );
      return true;
    });
    if (done) erased.push(row.registrationId);
  }
  return erased;
}
