import { Hono } from "hono";
import { authorize, can } from "../../../platform/auth/policy.ts";
import type { AppContext, AppEnv } from "../../../platform/http/env.ts";
import { errors } from "../../../platform/http/errors.ts";
import { formKeyOf, newFormKey } from "../../../platform/http/form-key.ts";
import { type FieldErrors, FormError, mergeErrors, parseForm, withValues } from "../../../platform/http/forms.ts";
import { requestMeta } from "../../../platform/http/request-meta.ts";
import { LOCALES, type Locale } from "../../../platform/i18n/locale.ts";
import { emptyForm, type FormState } from "../../../platform/views/forms.tsx";
import { pageContext, renderPage } from "../../../platform/views/page.ts";
import { MoveRefused } from "../../../platform/workflow/transitions.ts";
import type { ReferenceService } from "../../../reference/reference.service.ts";
import type { ForumEvent, ForumService } from "../forum.service.ts";
import {
  CallInput,
  ExtendInput,
  LIMITS,
  ProposalInput,
  parseReview,
  parseSpeakers,
  SPEAKER_ROWS,
} from "./proposals.schema.ts";
import { type Decision, EDITABLE, type Proposal, type ProposalService } from "./proposals.service.ts";
import type { ProposalState } from "./proposals.table.ts";
import { CallManagePage, CallPage } from "./views/call-page.tsx";
import { type ProposalChoices, ProposalFormPage } from "./views/proposal-form.tsx";
import { MyProposalsPage, PROPOSAL_STATES, ProposalPage, ReviewQueuePage } from "./views/proposal-pages.tsx";

const ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const SLUG = "[a-z0-9][a-z0-9-]{0,79}";
const LIST_FIELDS = ["actionLines", "sdgs"];
const DECISIONS: Record<string, Decision> = {
  accept: "accept",
  decline: "decline",
  "request-changes": "requestChanges",
};

/** A form's values: single fields as strings, the checkbox lists as arrays. */
async function formBody(c: AppContext) {
  const body = await c.req.parseBody({ all: true });
  const values: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    const items = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
    if (LIST_FIELDS.includes(key)) lists[key] = items;
    else values[key] = items[0] ?? "";
  }
  return { values, lists };
}

/** The whole proposal form, or a FormError naming every field that is wrong (speakers included). */
function parseProposal(values: Record<string, string>, lists: Record<string, string[]>): ProposalInput {
  const { speakers, errors: speakerErrors } = parseSpeakers(values);
  let fields: Omit<ProposalInput, "speakers"> | undefined;
  let fieldErrors: FieldErrors = {};
  try {
    fields = parseForm(ProposalInput, { ...values, ...lists } as never);
  } catch (error) {
    if (!(error instanceof FormError)) throw error;
    fieldErrors = error.errors;
  }
  const speakerLimits = Object.fromEntries(
    Object.entries(speakerErrors)
      .filter(([, key]) => key === "form.tooLong.max")
      .map(([field]) => [field, { max: LIMITS.speakerField }]),
  );
  const all = mergeErrors(fieldErrors, withValues(speakerErrors as FieldErrors, speakerLimits));
  if (!fields || Object.keys(all).length > 0) throw new FormError(all);
  return { ...fields, speakers };
}

function formFromProposal(p: Proposal): FormState {
  const values: Record<string, string> = {
    title: p.title,
    format: p.format,
    description: p.description,
    organizations: p.organizations.join("\n"),
    roomSize: p.roomSize === null ? "" : String(p.roomSize),
    remoteParticipation: p.remoteParticipation ? "yes" : "no",
    organizerMessage: p.state === "changes_requested" ? (p.organizerMessage ?? "") : "",
  };
  p.speakers.slice(0, SPEAKER_ROWS).forEach((s, k) => {
    values[`speaker${k + 1}Name`] = s.name;
    values[`speaker${k + 1}Organization`] = s.organization;
    values[`speaker${k + 1}Role`] = s.role;
  });
  return { values, lists: { actionLines: p.actionLines, sdgs: p.sdgs.map(String) }, errors: {} };
}

/** The Open Consultation Process: the call, proposals, the committee's reviews and the organiser's decisions. */
export function proposalPages(deps: { proposals: ProposalService; forum: ForumService; reference: ReferenceService }) {
  const { proposals, forum, reference } = deps;

  async function eventOf(c: AppContext): Promise<ForumEvent> {
    const event = await forum.event(c.req.param("slug") ?? "", c.get("i18n").locale);
    if (!event) throw errors.notFound("No published Forum edition here");
    return event;
  }

  async function eventById(c: AppContext, id: string): Promise<ForumEvent> {
    const event = await forum.event(id, c.get("i18n").locale);
    if (!event) throw errors.notFound("No published Forum edition here");
    return event;
  }

  async function choices(c: AppContext, event: ForumEvent): Promise<ProposalChoices> {
    const i18n = c.get("i18n");
    const [vocabularies, lines, sdgs] = await Promise.all([
      forum.vocabularies(event, i18n.locale),
      reference.actionLines(i18n.locale),
      reference.sdgs(i18n.locale),
    ]);
    return {
      formats: vocabularies.types.map((t) => ({ value: t.code, label: t.name })),
      actionLines: lines
        .filter((l) => l.kind === "line")
        .map((l) => ({ value: l.code, label: `${i18n.ltr(l.code)} ${l.title}` })),
      sdgs: sdgs.map((g) => ({ value: String(g.number), label: `${g.number}. ${g.shortTitle}` })),
    };
  }

  async function names(c: AppContext, event: ForumEvent) {
    const i18n = c.get("i18n");
    const [vocabularies, lines, sdgs] = await Promise.all([
      forum.vocabularies(event, i18n.locale),
      reference.actionLines(i18n.locale),
      reference.sdgs(i18n.locale),
    ]);
    return {
      format: (code: string) => vocabularies.types.find((t) => t.code === code)?.name ?? code,
      actionLine: (code: string) => `${i18n.ltr(code)} ${lines.find((l) => l.code === code)?.title ?? ""}`,
      sdg: (n: number) => `${n}. ${sdgs.find((g) => g.number === n)?.shortTitle ?? ""}`,
    };
  }

  /** Saves (creating when new), then submits when asked; a rejected form keeps what was typed. */
  async function saveProposal(c: AppContext, event: ForumEvent, id: string | null, title: string, canSubmit: boolean) {
    const { values, lists } = await formBody(c);
    const actor = c.get("actor");
    const meta = requestMeta(c);
    try {
      const input = parseProposal(values, lists);
      let proposalId = id;
      if (!proposalId) {
        const made = await proposals.create(actor, event.id, input, meta, formKeyOf(values));
        // The same form sent again (a double click, a retry): the proposal its first sending made, nothing more.
        if (!made.created) return c.redirect(`/forum/proposals/${made.id}`, 303);
        proposalId = made.id;
      } else await proposals.save(actor, proposalId, input, meta);
      if (values.intent === "submit") await proposals.submit(actor, proposalId, meta);
      return c.redirect(
        `/forum/proposals/${proposalId}?done=${values.intent === "submit" ? "submitted" : "saved"}`,
        303,
      );
    } catch (error) {
      if (!(error instanceof FormError)) throw error;
      return renderPage(
        c,
        <ProposalFormPage
          ctx={pageContext(c)}
          form={{ values, lists, errors: error.errors }}
          choices={await choices(c, event)}
          action={id ? `/forum/proposals/${id}/edit` : `/forum/${event.slug}/proposals/new`}
          title={title}
          eventTitle={event.title}
          canSubmit={canSubmit}
        />,
        400,
      );
    }
  }

  async function showProposal(
    c: AppContext,
    id: string,
    forms: { review?: FormState; decision?: FormState } = {},
    status: 200 | 400 = 200,
  ) {
    const view = await proposals.proposal(c.get("actor"), id);
    const event = await eventById(c, view.event.id);
    const i18n = c.get("i18n");
    const done = c.req.query("done");
    const reviewValues: Record<string, string> = { comment: view.myReview?.comment ?? "" };
    view.myReview?.scores.forEach((s, i) => {
      reviewValues[`score${i}`] = String(s);
    });
    const notices: Record<string, string> = {
      saved: i18n.t("forumProposals.done.saved"),
      submitted: i18n.t("forumProposals.done.submitted"),
      withdrawn: i18n.t("forumProposals.done.withdrawn"),
      reviewed: i18n.t("forumProposals.done.reviewed"),
      decided: i18n.t("forumProposals.done.decided"),
    };
    return renderPage(
      c,
      <ProposalPage
        ctx={pageContext(c)}
        view={view}
        names={await names(c, event)}
        reviewForm={forms.review ?? emptyForm(reviewValues)}
        decisionForm={forms.decision ?? emptyForm()}
        notice={done ? notices[done] : undefined}
      />,
      status,
    );
  }

  async function showManage(c: AppContext, event: ForumEvent, form?: FormState, extendForm?: FormState) {
    const call = await proposals.callOf(event.id);
    const tz = event.timeZone;
    const day = (iso: string, end = false) =>
      new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" }).format(
        new Date(Date.parse(iso) - (end ? 60_000 : 0)),
      );
    const current = call
      ? emptyForm({
          opensOn: day(call.opensAt),
          closesOn: day(call.closesAt, true),
          criteria: call.criteria.join("\n"),
          ...Object.fromEntries(
            Object.entries(call.criteriaTranslations).map(([locale, list]) => [`criteria_${locale}`, list.join("\n")]),
          ),
        })
      : emptyForm();
    return renderPage(
      c,
      <CallManagePage
        ctx={pageContext(c)}
        event={event}
        call={call}
        form={form ?? current}
        extendForm={extendForm ?? emptyForm(call?.extendedTo ? { extendedTo: day(call.extendedTo, true) } : {})}
      />,
      form?.errors && Object.keys(form.errors).length > 0 ? 400 : extendForm ? 400 : 200,
    );
  }

  return (
    new Hono<AppEnv>()
      // Before any /forum/:slug route: "proposals" is not an edition.
      .get("/forum/proposals/mine", async (c) => {
        const rows = await proposals.mine(c.get("actor"));
        return renderPage(c, <MyProposalsPage ctx={pageContext(c)} rows={rows} />);
      })
      .get(`/forum/proposals/:id{${ID}}`, (c) => showProposal(c, c.req.param("id")))
      .get(`/forum/proposals/:id{${ID}}/edit`, async (c) => {
        const view = await proposals.proposal(c.get("actor"), c.req.param("id"));
        if (!view.isProposer) throw errors.notAllowed("forum.proposal.edit");
        if (!EDITABLE.includes(view.proposal.state)) throw new MoveRefused("edit", view.proposal.state);
        const event = await eventById(c, view.event.id);
        return renderPage(
          c,
          <ProposalFormPage
            ctx={pageContext(c)}
            form={formFromProposal(view.proposal)}
            choices={await choices(c, event)}
            action={`/forum/proposals/${view.proposal.id}/edit`}
            title={c.get("i18n").t("forumProposals.edit.title")}
            eventTitle={event.title}
            canSubmit={view.proposal.state === "changes_requested" || view.call.phase === "open"}
          />,
        );
      })
      .post(`/forum/proposals/:id{${ID}}/edit`, async (c) => {
        const view = await proposals.proposal(c.get("actor"), c.req.param("id"));
        if (!view.isProposer) throw errors.notAllowed("forum.proposal.edit");
        const event = await eventById(c, view.event.id);
        const canSubmit = view.proposal.state === "changes_requested" || view.call.phase === "open";
        return saveProposal(c, event, view.proposal.id, c.get("i18n").t("forumProposals.edit.title"), canSubmit);
      })
      .post(`/forum/proposals/:id{${ID}}/submit`, async (c) => {
        await proposals.submit(c.get("actor"), c.req.param("id"), requestMeta(c));
        return c.redirect(`/forum/proposals/${c.req.param("id")}?done=submitted`, 303);
      })
      .post(`/forum/proposals/:id{${ID}}/withdraw`, async (c) => {
        await proposals.withdraw(c.get("actor"), c.req.param("id"), requestMeta(c));
        return c.redirect(`/forum/proposals/${c.req.param("id")}?done=withdrawn`, 303);
      })
      .post(`/forum/proposals/:id{${ID}}/review`, async (c) => {
        const id = c.req.param("id");
        authorize(c.get("actor"), "forum.reviewProposals");
        const view = await proposals.proposal(c.get("actor"), id);
        const { values } = await formBody(c);
        const review = parseReview(values, view.call.criteria.length);
        try {
          if (Object.keys(review.errors).length > 0) {
            const limit: Record<string, { max: number }> = review.errors.comment
              ? { comment: { max: LIMITS.comment } }
              : {};
            throw new FormError(withValues(review.errors as FieldErrors, limit));
          }
          await proposals.review(c.get("actor"), id, review, requestMeta(c));
        } catch (error) {
          if (!(error instanceof FormError)) throw error;
          return showProposal(c, id, { review: { values, errors: error.errors } }, 400);
        }
        return c.redirect(`/forum/proposals/${id}?done=reviewed`, 303);
      })
      .post(`/forum/proposals/:id{${ID}}/decision`, async (c) => {
        const id = c.req.param("id");
        authorize(c.get("actor"), "forum.organize");
        const { values } = await formBody(c);
        const decision = DECISIONS[values.decision ?? ""];
        if (!decision) throw errors.invalidInput("decision", "accept, decline or request-changes");
        const message = values.message ?? "";
        try {
          if (message.length > LIMITS.message) {
            throw new FormError(withValues({ message: "form.tooLong.max" }, { message: { max: LIMITS.message } }));
          }
          await proposals.decide(c.get("actor"), id, decision, message, requestMeta(c));
        } catch (error) {
          if (!(error instanceof FormError)) throw error;
          return showProposal(c, id, { decision: { values, errors: error.errors } }, 400);
        }
        return c.redirect(`/forum/proposals/${id}?done=decided`, 303);
      })
      .get(`/forum/:slug{${SLUG}}/call`, async (c) => {
        const event = await eventOf(c);
        const actor = c.get("actor");
        return renderPage(
          c,
          <CallPage
            ctx={pageContext(c)}
            event={event}
            call={await proposals.callOf(event.id)}
            canOrganize={!!actor && can(actor, "forum.organize")}
            canReview={!!actor && can(actor, "forum.reviewProposals")}
          />,
        );
      })
      .get(`/forum/:slug{${SLUG}}/call/manage`, async (c) => {
        authorize(c.get("actor"), "forum.organize");
        return showManage(c, await eventOf(c));
      })
      .post(`/forum/:slug{${SLUG}}/call/manage`, async (c) => {
        authorize(c.get("actor"), "forum.organize");
        const event = await eventOf(c);
        const { values } = await formBody(c);
        try {
          // The criteria in other languages, one per line, in the order of those given (optional).
          const translations: Partial<Record<Locale, string[]>> = {};
          const problems: FieldErrors = {};
          for (const locale of LOCALES) {
            const lines = (values[`criteria_${locale}`] ?? "")
              .split(/\r?\n/)
              .map((l) => l.normalize("NFC").trim())
              .filter(Boolean);
            if (lines.some((l) => l.length > LIMITS.criterion)) problems[`criteria_${locale}`] = "form.tooLong";
            translations[locale] = lines;
          }
          if (Object.keys(problems).length > 0) throw new FormError(problems);
          const input = { ...parseForm(CallInput, values), translations };
          await proposals.openCall(c.get("actor"), event, input, requestMeta(c));
        } catch (error) {
          if (!(error instanceof FormError)) throw error;
          return showManage(c, event, { values, errors: error.errors });
        }
        return c.redirect(`/forum/${event.slug}/call`, 303);
      })
      .post(`/forum/:slug{${SLUG}}/call/extend`, async (c) => {
        authorize(c.get("actor"), "forum.organize");
        const event = await eventOf(c);
        const { values } = await formBody(c);
        try {
          const { extendedTo } = parseForm(ExtendInput, values);
          await proposals.extendCall(c.get("actor"), event, extendedTo, requestMeta(c));
        } catch (error) {
          if (!(error instanceof FormError)) throw error;
          return showManage(c, event, undefined, { values, errors: error.errors });
        }
        return c.redirect(`/forum/${event.slug}/call`, 303);
      })
      .get(`/forum/:slug{${SLUG}}/proposals/new`, async (c) => {
        authorize(c.get("actor"), "forum.propose");
        const event = await eventOf(c);
        const call = await proposals.callOf(event.id);
        if (!call) throw errors.notFound("No call for proposals for this edition");
        return renderPage(
          c,
          <ProposalFormPage
            ctx={pageContext(c)}
            form={emptyForm({ remoteParticipation: "no", formKey: newFormKey() })}
            choices={await choices(c, event)}
            action={`/forum/${event.slug}/proposals/new`}
            title={c.get("i18n").t("forumProposals.new.title")}
            eventTitle={event.title}
            canSubmit={call.phase === "open"}
          />,
        );
      })
      .post(`/forum/:slug{${SLUG}}/proposals/new`, async (c) => {
        authorize(c.get("actor"), "forum.propose");
        const event = await eventOf(c);
        const call = await proposals.callOf(event.id);
        if (!call) throw errors.notFound("No call for proposals for this edition");
        return saveProposal(c, event, null, c.get("i18n").t("forumProposals.new.title"), call.phase === "open");
      })
      .get(`/forum/:slug{${SLUG}}/proposals/review`, async (c) => {
        authorize(c.get("actor"), "forum.reviewProposals");
        const event = await eventOf(c);
        const requested = c.req.query("state") ?? "submitted";
        const state = PROPOSAL_STATES.includes(requested as ProposalState) ? (requested as ProposalState) : "submitted";
        const rows = await proposals.queue(c.get("actor"), event.id, state);
        const n = await names(c, event);
        return renderPage(
          c,
          <ReviewQueuePage
            ctx={pageContext(c)}
            slug={event.slug}
            eventTitle={event.title}
            rows={rows}
            state={state}
            formatName={n.format}
            ignored={state === requested ? [] : ["state"]}
          />,
        );
      })
  );
}
