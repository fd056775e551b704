/**
 * The workflow kit: what every "draft → submit → review → decide → mail → audit" module shares, as plain
 * functions. Each module keeps its own table, state column, transitions, domain checks, routes and views; the kit
 * checks a move against the module's table, runs the module's compare-and-set, writes the audit row and queues
 * the notice in one transaction, and draws the pieces its pages share.
 *
 * A module using it (WSIS Prizes submissions, say):
 *
 *   // prizes.service.ts
 *   export const TRANSITIONS = defineTransitions<SubmissionState, "submit" | "shortlist">({
 *     submit: { from: ["draft"], to: "submitted" },
 *     shortlist: { from: ["submitted"], to: "shortlisted" },
 *   });
 *   const NOTICES = defineNotices<"shortlisted">({
 *     shortlisted: { subject: "prizes.mail.shortlisted.subject", body: "prizes.mail.shortlisted.body" },
 *   });
 *
 *   async shortlist(actor: Actor | null, id: string, meta: RequestMeta) {
 *     const judge = authorize(actor, "prizes.judge");
 *     await applyMove({ db, mailer }, {
 *       transitions: TRANSITIONS,
 *       move: "shortlist",
 *       read: (trx) => submissionOrThrow(trx, id),
 *       write: (trx, { from, to }) => repo.transition(trx, id, from, { state: to }), // where state in (from)
 *       audit: { ctx: auditContext(judge, meta, clock()), action: "prizes.shortlist", objectType: "prize_submission", objectId: id },
 *       mail: async (trx, { row }) => {
 *         const to = await recipient(trx, row.submitterId); // accounts.service.ts
 *         return to && noticeMail("shortlisted", NOTICES.shortlisted, to, { title: row.title, link }, config.baseUrl);
 *       },
 *     });
 *   }
 *
 * A move the table refuses, or one the compare-and-set finds already made by someone else, throws MoveRefused
 * (409, `state_conflict`) and writes nothing. Review scores (parse, average, spread) are in scores.ts; the views
 * (state label, decision form, queue filter) in views.tsx.
 */
export { applyMove, type Move, type Moving, moveIn } from "./apply-move.ts";
export { defineNotices, type NoticeKeys, type NoticeRecipient, noticeMail } from "./notice-mail.ts";
export { averageScores, parseScores, scoreSpread, validScores } from "./scores.ts";
export { defineTransitions, MoveRefused, type Transition, type Transitions } from "./transitions.ts";
