import type { Db } from "../../../db/database.ts";
import { newId, timestamp } from "../../../db/ids.ts";
import { zonedTimeToUtc } from "../../../platform/time.ts";
import { WSIS_FORUM_2027 } from "../data/wsis-forum-2027.ts";
import * as forumRepo from "../forum.repository.ts";
import * as repo from "./proposals.repository.ts";

/** The demo call's review criteria, in the order reviewers score them. */
export const DEMO_CRITERIA = [
  "Relevance to the WSIS Action Lines and the SDGs",
  "Diversity of speakers (region, gender, stakeholder group)",
  "Interactivity and concrete outcomes",
];

/**
 * The demo's call for session proposals for the next edition: open from the day it is loaded until 31 March 2027,
 * Geneva time. Added once; a call an organiser already opened or changed is left as it is. Returns whether it was
 * added.
 */
export async function loadProposalCallDemo(db: Db, now: Date = new Date()): Promise<boolean> {
  const event = await forumRepo.findPublishedEvent(db, WSIS_FORUM_2027.slug);
  if (!event) return false;
  if (await repo.findCallOfEvent(db, event.id)) return false;
  const closesAt = zonedTimeToUtc("2027-04-01", "00:00", event.timeZone).toISOString();
  if (now.toISOString() >= closesAt) return false;
  const at = timestamp(now);
  await repo.insertCall(db, {
    id: newId(now.getTime()),
    eventId: event.id,
    opensAt: at,
    closesAt,
    extendedTo: null,
    criteria: JSON.stringify(DEMO_CRITERIA),
    createdAt: at,
    updatedAt: at,
  });
  return true;
}
