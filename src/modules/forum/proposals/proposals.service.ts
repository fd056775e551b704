import type { Config } from "../../../config.ts";
import type { Db } from "../../../db/database.ts";
import { newId, timestamp } from "../../../db/ids.ts";
import { audit, auditContext } from "../../../platform/audit/audit.ts";
import type { PersonalDataSource } from "../../../platform/auth/personal-data.ts";
import { type Actor, authorize, can } from "../../../platform/auth/policy.ts";
import { errors } from "../../../platform/http/errors.ts";
import { createOnce } from "../../../platform/http/form-key.ts";
import { type FieldErrors, FormError } from "../../../platform/http/forms.ts";
import type { RequestMeta } from "../../../platform/http/request-meta.ts";
import { isLocale, type Locale } from "../../../platform/i18n/locale.ts";
import type { Mailer, MailToSend } from "../../../platform/mail/mailer.ts";
import { dayBounds, zonedTimeToUtc } from "../../../platform/time.ts";
import { applyMove } from "../../../platform/workflow/apply-move.ts";
import { averageScores, validScores } from "../../../platform/workflow/scores.ts";
import { defineTransitions, MoveRefused } from "../../../platform/workflow/transitions.ts";
import { people, recipient } from "../../accounts/accounts.service.ts";
import * as forumRepo from "../forum.repository.ts";
import type { ProposalMail } from "./proposals.mail.ts";
import { proposalMail } from "./proposals.mail.ts";
import * as repo from "./proposals.repository.ts";
import type { CallInput, ProposalInput, Speaker } from "./proposals.schema.ts";
import type { ForumProposalCallTable, ForumProposalTable, ProposalState } from "./proposals.table.ts";

/**
 * The proposal state machine, with who may make each move. The proposer saves while the proposal is a draft or
 * changes were asked for, submits (a first submission only while the call is open; a resubmission after the
 * organiser asked for changes at any time, since the organiser asked), and withdraws until a decision. The
 * organiser decides on submitted proposals. Reviewers never change the state: they score submitted proposals.
 */
export type Decision = "accept" | "decline" | "requestChanges";
export const TRANSITIONS = defineTransitions<ProposalState, "submit" | "withdraw" | Decision>({
  submit: { from: ["draft", "changes_requested"], to: "submitted", by: "proposer" },
  withdraw: { from: ["draft", "submitted", "changes_requested"], to: "withdrawn", by: "proposer" },
  accept: { from: ["submitted"], to: "accepted", by: "organizer" },
  decline: { from: ["submitted"], to: "declined", by: "organizer" },
  requestChanges: { from: ["submitted"], to: "changes_requested", by: "organizer" },
});
const DECISION_MAIL = {
  accept: "proposalAccepted",
  decline: "proposalDeclined",
  requestChanges: "proposalChangesRequested",
} as const satisfies Record<Decision, ProposalMail>;

/** The proposer edits in these states; reviewers score in REVIEWABLE. */
export const EDITABLE: ProposalState[] = ["draft", "changes_requested"];
export const REVIEWABLE: ProposalState[] = ["submitted"];

export interface ProposalCall {
  id: string;
  eventId: string;
  opensAt: string;
  closesAt: string;
  extendedTo: string | null;
  /** extendedTo, or closesAt when the call was not extended. */
  deadline: string;
  /** As the organiser gave them; scores follow this order. */
  criteria: string[];
  /** The same criteria in other languages, line for line (criteriaIn picks the reader's). */
  criteriaTranslations: Partial<Record<Locale, string[]>>;
  phase: "upcoming" | "open" | "closed";
}

/** The stored criteria: a JSON list, or {criteria, translations} once an organiser gave them in other languages. */
function parseCriteria(json: string): { criteria: string[]; translations: Partial<Record<Locale, string[]>> } {
  const stored = JSON.parse(json) as string[] | { criteria: string[]; translations?: Record<string, string[]> };
  if (Array.isArray(stored)) return { criteria: stored, translations: {} };
  const translations: Partial<Record<Locale, string[]>> = {};
  for (const [locale, list] of Object.entries(stored.translations ?? {})) {
    if (isLocale(locale) && Array.isArray(list) && list.length === stored.criteria.length) translations[locale] = list;
  }
  return { criteria: stored.criteria, translations };
}

/** The call's criteria in the reader's language when the organiser gave them, else as given. */
export function criteriaIn(call: Pick<ProposalCall, "criteria" | "criteriaTranslations">, locale: Locale): string[] {
  return call.criteriaTranslations[locale] ?? call.criteria;
}

export interface Proposal {
  id: string;
  callId: string;
  proposerId: string;
  title: string;
  format: string;
  description: string;
  actionLines: string[];
  sdgs: number[];
  organizations: string[];
  speakers: Speaker[];
  roomSize: number | null;
  remoteParticipation: boolean;
  state: ProposalState;
  organizerMessage: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  sessionId: string | null;
}

export interface ProposalReview {
  reviewerId: string;
  reviewerName: string;
  scores: number[];
  comment: string;
  updatedAt: string;
}

function toCall(row: ForumProposalCallTable, now: Date): ProposalCall {
  const deadline = row.extendedTo ?? row.closesAt;
  const at = now.toISOString();
  return {
    id: row.id,
    eventId: row.eventId,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    extendedTo: row.extendedTo,
    deadline,
    ...(({ criteria, translations }) => ({ criteria, criteriaTranslations: translations }))(
      parseCriteria(row.criteria),
    ),
    phase: at < row.opensAt ? "upcoming" : at < deadline ? "open" : "closed",
  };
}

function toProposal(row: ForumProposalTable): Proposal {
  return {
    ...row,
    actionLines: JSON.parse(row.actionLines) as string[],
    sdgs: JSON.parse(row.sdgs) as number[],
    organizations: JSON.parse(row.organizations) as string[],
    speakers: JSON.parse(row.speakers) as Speaker[],
    remoteParticipation: row.remoteParticipation === 1,
  };
}

function proposalColumns(input: ProposalInput) {
  return {
    title: input.title,
    format: input.format,
    description: input.description,
    actionLines: JSON.stringify(input.actionLines),
    sdgs: JSON.stringify(input.sdgs),
    organizations: JSON.stringify(input.organizations),
    speakers: JSON.stringify(input.speakers),
    roomSize: input.roomSize,
    remoteParticipation: input.remoteParticipation === "yes" ? 1 : 0,
  };
}

export function createProposalService(deps: { db: Db; mailer: Mailer; config: Config; clock: () => Date }) {
  const { db, mailer, config, clock } = deps;
  const ctx = (actor: Actor, meta: RequestMeta) => auditContext(actor, meta, clock());

  async function proposalOrThrow(trx: Db, id: string) {
    const row = await repo.findProposal(trx, id);
    if (!row) throw errors.notFound("No such proposal");
    return row;
  }

  async function callOrThrow(trx: Db, callId: string) {
    const row = await repo.findCall(trx, callId);
    if (!row) throw errors.notFound("No call for proposals here");
    return toCall(row, clock());
  }

  /** A proposal's reviews with their reviewers' names; a review whose reviewer's account is gone is left out. */
  async function reviewsOf(id: string): Promise<ProposalReview[]> {
    const rows = await repo.findReviews(db, id);
    const reviewers = await people(
      db,
      rows.map((r) => r.reviewerId),
    );
    return rows.flatMap((r) => {
      const reviewer = reviewers.get(r.reviewerId);
      if (!reviewer) return [];
      const scores = JSON.parse(r.scores) as number[];
      return [
        {
          reviewerId: r.reviewerId,
          reviewerName: reviewer.displayName,
          scores,
          comment: r.comment,
          updatedAt: r.updatedAt,
        },
      ];
    });
  }

  /** The proposer, and only the proposer, makes the proposer's moves (an organiser does not edit for them). */
  function asProposer(actor: Actor | null, row: ForumProposalTable): Actor {
    const person = authorize(actor, "forum.propose");
    if (person.userId !== row.proposerId) throw errors.notAllowed("forum.proposal.edit");
    return person;
  }

  async function checkFormat(format: string) {
    const types = await forumRepo.findSessionTypes(db);
    if (!types.some((t) => t.code === format)) throw new FormError({ format: "form.choose" });
  }

  /** The mail to the proposer (none when the account or the event is gone). */
  async function proposerNotice(
    trx: Db,
    row: ForumProposalTable,
    template: ProposalMail,
    message: string,
  ): Promise<MailToSend | undefined> {
    const proposer = await recipient(trx, row.proposerId);
    const call = await repo.findCall(trx, row.callId);
    const event = call ? await repo.findEvent(trx, call.eventId) : undefined;
    if (!proposer || !event) return undefined;
    return proposalMail(
      template,
      proposer,
      { title: row.title, event: event.title, link: `${config.baseUrl}/forum/proposals/${row.id}`, message },
      config.baseUrl,
    );
  }

  /**
   * An accepted proposal becomes a draft session  /**
   * An accepted proposal becomes a draft session: unscheduled (scheduled = 0; a placeholder hour on the first day,
   * no room) and unpublished. It cannot be published until an organiser gives it a time and a room.
   */
  async function draftSession(trx: Db, proposal: Proposal, eventId: string): Promise<string> {
    const event = await repo.findEvent(trx, eventId);
    if (!event) throw errors.notFound("No such event");
    const now = timestamp(clock());
    const id = newId(clock().getTime());
    await forumRepo.insertSession(trx, {
      id,
      eventId,
      externalId: null,
      title: proposal.title,
      description: proposal.description,
      typeCode: proposal.format,
      trackId: null,
      roomId: null,
      startsAt: zonedTimeToUtc(event.startsOn, "09:00", event.timeZone).toISOString(),
      endsAt: zonedTimeToUtc(event.startsOn, "10:00", event.timeZone).toISOString(),
      state: "draft",
      hostPartnerId: null,
      remoteUrl: null,
      recordingUrl: null,
      version: 0,
      changedAt: null,
      createdAt: now,
      updatedAt: now,
      publishedAt: null,
      scheduled: 0,
    });
    const people: { personId: string; role: "speaker" }[] = [];
    for (const speaker of proposal.speakers) {
      const personId = newId(clock().getTime());
      await forumRepo.insertPerson(trx, {
        id: personId,
        externalId: null,
        name: speaker.name,
        organization: speaker.organization || null,
        title: speaker.role || null,
        createdAt: now,
      });
      people.push({ personId, role: "speaker" });
    }
    await forumRepo.replaceSessionLinks(trx, id, { actionLines: proposal.actionLines, sdgs: proposal.sdgs, people });
    return id;
  }

  return {
    /** What the person proposed or wrote here, for their data download. */
    personalData: {
      key: "forumProposals",
      collect: (userId: string) => repo.findPersonalData(db, userId),
    } satisfies PersonalDataSource,

    /** The call of an edition, as everyone may see it; undefined when none was opened. */
    async callOf(eventId: string): Promise<ProposalCall | undefined> {
      const row = await repo.findCallOfEvent(db, eventId);
      return row ? toCall(row, clock()) : undefined;
    },

    /** Opens the call of an edition, or changes its window and criteria. Days are in the event's zone. */
    async openCall(
      actor: Actor | null,
      event: { id: string; timeZone: string },
      input: CallInput & { translations?: Partial<Record<Locale, string[]>> },
      meta: RequestMeta,
    ): Promise<void> {
      const organizer = authorize(actor, "forum.organize");
      const problems: FieldErrors = {};
      for (const [locale, list] of Object.entries(input.translations ?? {})) {
        // Scores are kept by position: a translation has the same criteria, line for line.
        if (list.length > 0 && list.length !== input.criteria.length) {
          problems[`criteria_${locale}`] = "forumProposals.form.criteriaLines";
        }
      }
      if (Object.keys(problems).length > 0) throw new FormError(problems);
      const translations = Object.fromEntries(Object.entries(input.translations ?? {}).filter(([, l]) => l.length > 0));
      const opensAt = dayBounds(input.opensOn, event.timeZone).from;
      const closesAt = dayBounds(input.closesOn, event.timeZone).to;
      const now = timestamp(clock());
      await db.transaction().execute(async (trx) => {
        const existing = await repo.findCallOfEvent(trx, event.id);
        const criteria = JSON.stringify(
          Object.keys(translations).length > 0 ? { criteria: input.criteria, translations } : input.criteria,
        );
        if (existing) {
          await repo.updateCall(trx, existing.id, { opensAt, closesAt, extendedTo: null, criteria, updatedAt: now });
        } else {
          await repo.insertCall(trx, {
            id: newId(clock().getTime()),
            eventId: event.id,
            opensAt,
            closesAt,
            extendedTo: null,
            criteria,
            createdAt: now,
            updatedAt: now,
          });
        }
        await audit(trx, ctx(organizer, meta), {
          action: existing ? "forum.call.update" : "forum.call.open",
          objectType: "forum_event",
          objectId: event.id,
          before: existing ? { opensAt: existing.opensAt, closesAt: existing.closesAt } : undefined,
          after: { opensAt, closesAt, criteria: input.criteria },
        });
      });
    },

    /** Moves the deadline to the end of a later day; the original deadline is kept, and the call page says both. */
    async extendCall(
      actor: Actor | null,
      event: { id: string; timeZone: string },
      extendedToDay: string,
      meta: RequestMeta,
    ): Promise<void> {
      const organizer = authorize(actor, "forum.organize");
      const extendedTo = dayBounds(extendedToDay, event.timeZone).to;
      await db.transaction().execute(async (trx) => {
        const existing = await repo.findCallOfEvent(trx, event.id);
        if (!existing) throw errors.notFound("No call for proposals to extend");
        if (extendedTo <= existing.closesAt)
          throw new FormError({ extendedTo: "forumProposals.form.extendAfterClose" });
        await repo.updateCall(trx, existing.id, { extendedTo, updatedAt: timestamp(clock()) });
        await audit(trx, ctx(organizer, meta), {
          action: "forum.call.extend",
          objectType: "forum_event",
          objectId: event.id,
          before: { deadline: existing.extendedTo ?? existing.closesAt },
          after: { deadline: extendedTo },
        });
      });
    },

    /** Starts a proposal as a draft; it needs a call, which need not be open yet (drafts can be prepared early). */
    /**
     * Creates a draft proposal. With the form's one-time key, a second request with the same key (a double click,
     * a retry) makes nothing and returns the proposal the first made (`created: false`).
     */
    async create(
      actor: Actor | null,
      eventId: string,
      input: ProposalInput,
      meta: RequestMeta,
      formKey?: string,
    ): Promise<{ id: string; created: boolean }> {
      const proposer = authorize(actor, "forum.propose");
      await checkFormat(input.format);
      const call = await repo.findCallOfEvent(db, eventId);
      if (!call) throw errors.notFound("No call for proposals for this edition");
      const now = timestamp(clock());
      const once = { key: formKey, purpose: "forum.proposal", userId: proposer.userId, now };
      return createOnce(db, once, async (trx) => {
        const id = newId(clock().getTime());
        await repo.insertProposal(trx, {
          id,
          callId: call.id,
          proposerId: proposer.userId,
          ...proposalColumns(input),
          state: "draft",
          organizerMessage: null,
          createdAt: now,
          updatedAt: now,
          submittedAt: null,
          decidedAt: null,
          sessionId: null,
        });
        await audit(trx, ctx(proposer, meta), {
          action: "forum.proposal.create",
          objectType: "forum_proposal",
          objectId: id,
        });
        return id;
      });
    },

    async save(actor: Actor | null, id: string, input: ProposalInput, meta: RequestMeta): Promise<void> {
      const row = await proposalOrThrow(db, id);
      const proposer = asProposer(actor, row);
      await checkFormat(input.format);
      await db.transaction().execute(async (trx) => {
        // Saving is no move (the state stays), but the same compare-and-set: only while the proposal is editable.
        if (!(await repo.transition(trx, id, EDITABLE, { ...proposalColumns(input), updatedAt: timestamp(clock()) }))) {
          throw new MoveRefused("save", row.state);
        }
        await audit(trx, ctx(proposer, meta), {
          action: "forum.proposal.save",
          objectType: "forum_proposal",
          objectId: id,
        });
      });
    },

    async submit(actor: Actor | null, id: string, meta: RequestMeta): Promise<void> {
      const row = await proposalOrThrow(db, id);
      const proposer = asProposer(actor, row);
      const call = await callOrThrow(db, row.callId);
      if (row.state === "draft" && call.phase !== "open") throw errors.forbidden("The call for proposals is not open");
      await applyMove(
        { db, mailer },
        {
          transitions: TRANSITIONS,
          move: "submit",
          read: async () => row,
          write: (trx, { from, to }) => {
            const now = timestamp(clock());
            return repo.transition(trx, id, [...from], { state: to, submittedAt: now, updatedAt: now });
          },
          audit: {
            ctx: ctx(proposer, meta),
            action: "forum.proposal.submit",
            objectType: "forum_proposal",
            objectId: id,
          },
          // The proposer is told it arrived, with the link to follow it (a resubmission after changes too).
          mail: (trx) => proposerNotice(trx, row, "proposalSubmitted", ""),
        },
      );
    },

    async withdraw(actor: Actor | null, id: string, meta: RequestMeta): Promise<void> {
      const row = await proposalOrThrow(db, id);
      const proposer = asProposer(actor, row);
      await applyMove(
        { db, mailer },
        {
          transitions: TRANSITIONS,
          move: "withdraw",
          read: async () => row,
          write: (trx, { from, to }) =>
            repo.transition(trx, id, [...from], { state: to, updatedAt: timestamp(clock()) }),
          audit: {
            ctx: ctx(proposer, meta),
            action: "forum.proposal.withdraw",
            objectType: "forum_proposal",
            objectId: id,
          },
        },
      );
    },

    /** A reviewer's scores and comment: one review per reviewer, changed freely until the organiser decides. */
    async review(
      actor: Actor | null,
      id: string,
      review: { scores: number[]; comment: string },
      meta: RequestMeta,
    ): Promise<void> {
      const reviewer = authorize(actor, "forum.reviewProposals");
      const row = await proposalOrThrow(db, id);
      if (row.proposerId === reviewer.userId) throw errors.notAllowed("forum.proposal.reviewOwn");
      if (!REVIEWABLE.includes(row.state)) throw new MoveRefused("review", row.state);
      const call = await callOrThrow(db, row.callId);
      if (!validScores(review.scores, call.criteria.length)) {
        throw new FormError({ score0: "forumProposals.review.scoreNeeded" });
      }
      const now = timestamp(clock());
      await db.transaction().execute(async (trx) => {
        const existing = await repo.findReview(trx, id, reviewer.userId);
        const scores = JSON.stringify(review.scores);
        if (existing) await repo.updateReview(trx, existing.id, { scores, comment: review.comment, updatedAt: now });
        else {
          await repo.insertReview(trx, {
            id: newId(clock().getTime()),
            proposalId: id,
            reviewerId: reviewer.userId,
            scores,
            comment: review.comment,
            createdAt: now,
            updatedAt: now,
          });
        }
        await audit(trx, ctx(reviewer, meta), {
          action: "forum.proposal.review",
          objectType: "forum_proposal",
          objectId: id,
          after: { scores: review.scores },
        });
      });
    },

    /** The organiser's decision, with its audit row, the proposer's mail and (on acceptance) the draft session. */
    async decide(actor: Actor | null, id: string, decision: Decision, message: string, meta: RequestMeta) {
      const organizer = authorize(actor, "forum.organize");
      const text = message.trim();
      if (decision !== "accept" && !text) throw new FormError({ message: "form.required" });
      const row = await proposalOrThrow(db, id);
      const call = await callOrThrow(db, row.callId);
      let sessionId: string | null = null;
      await applyMove(
        { db, mailer },
        {
          transitions: TRANSITIONS,
          move: decision,
          read: async () => row,
          write: (trx, { from, to }) => {
            const now = timestamp(clock());
            return repo.transition(trx, id, [...from], {
              state: to,
              organizerMessage: text || null,
              decidedAt: decision === "requestChanges" ? null : now,
              updatedAt: now,
            });
          },
          effects:
            decision === "accept"
              ? async (trx, { to }) => {
                  const made = await draftSession(trx, toProposal(row), call.eventId);
                  sessionId = made;
                  await repo.transition(trx, id, [to], { sessionId: made });
                  return { sessionId: made };
                }
              : undefined,
          audit: {
            ctx: ctx(organizer, meta),
            action: `forum.proposal.${decision === "requestChanges" ? "request_changes" : decision}`,
            objectType: "forum_proposal",
            objectId: id,
            after: text ? { message: text } : {},
          },
          mail: (trx) => proposerNotice(trx, row, DECISION_MAIL[decision], text),
        },
      );
      return { sessionId };
    },

    /** A proposal for its proposer and the programme committee; reviews for the committee only. */
    async proposal(actor: Actor | null, id: string) {
      const reader = authorize(actor, "forum.propose");
      const row = await proposalOrThrow(db, id);
      const committee = can(reader, "forum.reviewProposals");
      if (row.proposerId !== reader.userId && !committee) throw errors.notAllowed("forum.proposal.view");
      const call = await callOrThrow(db, row.callId);
      const event = await repo.findEvent(db, call.eventId);
      if (!event) throw errors.notFound("No such event");
      const reviews: ProposalReview[] = committee ? await reviewsOf(id) : [];
      return {
        proposal: toProposal(row),
        call,
        event: { id: event.id, slug: event.slug, title: event.title, timeZone: event.timeZone },
        reviews,
        averages: averageScores(call.criteria.length, reviews),
        isProposer: row.proposerId === reader.userId,
        canReview: can(reader, "forum.reviewProposals") && row.proposerId !== reader.userId,
        canDecide: can(reader, "forum.organize"),
        myReview: reviews.find((r) => r.reviewerId === reader.userId),
      };
    },

    async mine(actor: Actor | null) {
      const proposer = authorize(actor, "forum.propose");
      return repo.findProposalsOfProposer(db, proposer.userId);
    },

    /** Proposals of an edition's call in one state, oldest first, for the programme committee. */
    async queue(actor: Actor | null, eventId: string, state: ProposalState) {
      authorize(actor, "forum.reviewProposals");
      const call = await repo.findCallOfEvent(db, eventId);
      if (!call) return [];
      const rows = await repo.findQueue(db, call.id, state);
      const proposers = await people(
        db,
        rows.map((r) => r.proposerId),
      );
      // A proposal whose proposer's account is gone is not listed (as when this was a join on the accounts).
      return rows.flatMap(({ proposerId, ...r }) => {
        const proposer = proposers.get(proposerId);
        return proposer ? [{ ...r, proposerName: proposer.displayName, reviews: Number(r.reviews) }] : [];
      });
    },
  };
}

export type ProposalService = ReturnType<typeof createProposalService>;
