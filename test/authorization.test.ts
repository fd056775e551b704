import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { dstEdition } from "../src/modules/forum/forum.fixtures.ts";
import { loadEdition } from "../src/modules/forum/forum.seed.ts";
import { insertRegistration } from "../src/modules/registration/registration.fixtures.ts";
import { insertPerson, signedUp, signedUpWithRoles } from "./support/accounts.ts";
import { buildTestApp, type TestApp } from "./support/app.ts";
import { Visitor } from "./support/browser-like.ts";
import { testDialects } from "./support/databases.ts";

/**
 * The authorization matrix: every route that needs a signed-in person or a role, tried anonymously and as each
 * role, with the status each must get. "signin" is a 303 to the sign-in page; 303 alone is a successful form.
 */
const WHO = [
  "anonymous",
  "participant",
  "focalPoint",
  "moderator",
  "facilitator",
  "expert",
  "reviewer",
  "organizer",
  "accreditation",
  "admin",
] as const;
type Who = (typeof WHO)[number];
/** "allowed": any answer but a refusal (401, 403, the sign-in page) or a 404 (which would mean a wrong fixture). */
type Expected = number | "signin" | "allowed";

interface World {
  t: TestApp;
  /** The owner of the Stocktaking entries tried (none of the identities tried). */
  owner: Visitor;
  /** A session of the test edition's programme. */
  sessionId: string;
  as: Record<Who, Visitor>;
  organizationId: string;
  founder: Visitor;
  targetId: string;
  fresh: number;
}

interface Route {
  method: "GET" | "POST";
  /** The path, made fresh for each try where the route changes state (a new request to decide, …). */
  path: (w: World, who: Who) => Promise<string> | string;
  /** The form sent; a function where each try needs its own (a name that must be unique, …). */
  body?: Record<string, string> | ((w: World, who: Who) => Record<string, string>);
  expect: Record<Who, Expected>;
}

const signedIn = (ok: Expected): Record<Who, Expected> => ({
  anonymous: "signin",
  participant: ok,
  focalPoint: ok,
  moderator: ok,
  facilitator: ok,
  expert: ok,
  reviewer: ok,
  organizer: ok,
  accreditation: ok,
  admin: ok,
});
const only = (ok: Expected, allowed: Who[]): Record<Who, Expected> =>
  Object.fromEntries(WHO.map((w) => [w, w === "anonymous" ? "signin" : allowed.includes(w) ? ok : 403])) as Record<
    Who,
    Expected
  >;

/** As `only`, for routes that answer 404 to those who may not see what they hold (it is not said to exist). */
const hidden = (ok: Expected, allowed: Who[]): Record<Who, Expected> =>
  Object.fromEntries(WHO.map((w) => [w, w === "anonymous" ? "signin" : allowed.includes(w) ? ok : 404])) as Record<
    Who,
    Expected
  >;

async function userId(t: TestApp, email: string) {
  return (await t.handle.db.selectFrom("userAccount").select("id").where("email", "=", email).executeTakeFirstOrThrow())
    .id;
}

/** Someone new (written straight into the tables) who asked to join the organization, or was let in. */
async function member(w: World, status: "pending" | "approved") {
  const id = await insertPerson(w.t.handle.db, `Requester ${++w.fresh}`);
  await w.t.handle.db
    .insertInto("organizationMembership")
    .values({
      organizationId: w.organizationId,
      userId: id,
      status,
      isFocalPoint: 0,
      requestedAt: "2020-01-01T00:00:00.000Z",
      decidedAt: status === "approved" ? "2020-01-02T00:00:00.000Z" : null,
      decidedBy: null,
    })
    .execute();
  return id;
}

/** Each decision needs a request of its own. */
const pendingRequester = (w: World) => member(w, "pending");
const approvedMember = (w: World) => member(w, "approved");

async function waitingMailWithError(w: World) {
  const id = `00000000-0000-7000-8000-${String(++w.fresh).padStart(12, "0")}`;
  await w.t.mailer.enqueue(w.t.handle.db, {
    to: "x@example.org",
    template: "test",
    locale: "en",
    subject: "s",
    text: "t",
  });
  const row = await w.t.handle.db
    .selectFrom("mailMessage")
    .select("id")
    .orderBy("createdAt", "desc")
    .executeTakeFirstOrThrow();
  await w.t.handle.db
    .updateTable("mailMessage")
    .set({ id, lastError: "connection refused", attempts: 1, nextAttemptAt: "2999-01-01T00:00:00.000Z" })
    .where("id", "=", row.id)
    .execute();
  return id;
}

/** The test edition's call for proposals, open from 2000 to 2998, with one criterion. */
async function openCall(w: World) {
  const db = w.t.handle.db;
  const event = await db
    .selectFrom("forumEvent")
    .select("id")
    .where("slug", "=", "dst-test-2025")
    .executeTakeFirstOrThrow();
  const existing = await db
    .selectFrom("forumProposalCall")
    .select("id")
    .where("eventId", "=", event.id)
    .executeTakeFirst();
  if (existing) return existing.id;
  const id = `00000000-0000-7000-8001-${String(++w.fresh).padStart(12, "0")}`;
  await db
    .insertInto("forumProposalCall")
    .values({
      id,
      eventId: event.id,
      opensAt: "2000-01-01T00:00:00.000Z",
      closesAt: "2998-01-01T00:00:00.000Z",
      extendedTo: null,
      criteria: JSON.stringify(["Relevance"]),
      createdAt: "2000-01-01T00:00:00.000Z",
      updatedAt: "2000-01-01T00:00:00.000Z",
    })
    .execute();
  return id;
}

/** A path tried once the call exists. */
const withCall = (path: string) => async (w: World) => {
  await openCall(w);
  return path;
};

/** A submitted proposal by the target person (none of the roles tried): each try needs one of its own. */
async function submittedProposal(w: World) {
  const callId = await openCall(w);
  const id = `00000000-0000-7000-8002-${String(++w.fresh).padStart(12, "0")}`;
  const at = new Date().toISOString();
  await w.t.handle.db
    .insertInto("forumProposal")
    .values({
      id,
      callId,
      proposerId: w.targetId,
      title: "Matrix proposal",
      format: "workshop",
      description: "A proposal.",
      actionLines: "[]",
      sdgs: "[]",
      organizations: "[]",
      speakers: "[]",
      roomSize: null,
      remoteParticipation: 0,
      state: "submitted",
      organizerMessage: null,
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      decidedAt: null,
      sessionId: null,
    })
    .execute();
  return id;
}

/** An approved on-site registration (with a badge) of someone new for the test edition: one per try. */
async function approvedRegistration(w: World) {
  const db = w.t.handle.db;
  const userId = `00000000-0000-7000-8003-${String(++w.fresh).padStart(12, "0")}`;
  const at = new Date().toISOString();
  await db
    .insertInto("userAccount")
    .values({
      id: userId,
      email: `badge${w.fresh}@example.org`,
      emailVerifiedAt: at,
      passwordHash: "x",
      displayName: "Badge Holder",
      passportName: null,
      organizationId: null,
      stakeholderTypeCode: null,
      countryCode: null,
      preferredLocale: "en",
      privilegeVersion: 1,
      createdAt: at,
      updatedAt: at,
    })
    .execute();
  const event = await db
    .selectFrom("forumEvent")
    .select("id")
    .where("slug", "=", "dst-test-2025")
    .executeTakeFirstOrThrow();
  return (await insertRegistration(db, { eventId: event.id, userId })).id;
}

/** A fresh person's on-site request for the test edition, routed to the secretariat: each try needs its own. */
async function submittedRegistration(w: World) {
  const event = await w.t.handle.db
    .selectFrom("forumEvent")
    .select("id")
    .where("slug", "=", "dst-test-2025")
    .executeTakeFirstOrThrow();
  const row = await insertRegistration(w.t.handle.db, {
    eventId: event.id,
    userId: await insertPerson(w.t.handle.db, `Registrant ${++w.fresh}`),
    state: "submitted",
  });
  return row.id;
}

/** An entry by the owner (none of the roles tried), saved as a draft or sent for review: one per try. */
async function entry(w: World, intent: "save" | "submit") {
  const res = await w.owner.post("/stocktaking/new", {
    title: `Matrix entry ${++w.fresh}`,
    summary: "Satellite links for rural schools.",
    description: "The programme connects schools.",
    organizationName: "Matrix Org",
    stakeholderTypeCode: "civil-society",
    scope: "regional",
    projectStatus: "ongoing",
    startDate: "2022-03-01",
    endDate: "",
    website: "",
    contactName: "Owner",
    contactEmail: "owner@example.org",
    language: "en",
    countries: "ML",
    actionLines: "C2",
    sdgs: "4",
    intent,
  });
  assert.equal(res.status, 303, (await res.text()).slice(0, 500));
  const row = await w.t.handle.db
    .selectFrom("stocktakingEntry")
    .select("id")
    .where("title", "=", `Matrix entry ${w.fresh}`)
    .executeTakeFirstOrThrow();
  return row.id;
}

const ENTRY_FORM = {
  title: "Matrix entry edited",
  summary: "Satellite links for rural schools.",
  description: "The programme connects schools.",
  organizationName: "Matrix Org",
  stakeholderTypeCode: "civil-society",
  scope: "regional",
  projectStatus: "ongoing",
  startDate: "2022-03-01",
  contactName: "Owner",
  contactEmail: "owner@example.org",
  language: "en",
  countries: "ML",
  actionLines: "C2",
  sdgs: "4",
  intent: "save",
};

/** The id of a row of the test edition's programme (its first session, room …). */
async function firstOf(w: World, table: "forumSession" | "forumRoom" | "forumTrack") {
  return (await w.t.handle.db.selectFrom(table).select("id").limit(1).executeTakeFirstOrThrow()).id;
}

const ROUTES: Record<string, Route> = {
  "GET /account": { method: "GET", path: () => "/account", expect: signedIn(200) },
  "GET /account/profile": { method: "GET", path: () => "/account/profile", expect: signedIn(200) },
  "GET /account/email": { method: "GET", path: () => "/account/email", expect: signedIn(200) },
  "GET /account/password": { method: "GET", path: () => "/account/password", expect: signedIn(200) },
  "GET /account/sessions": { method: "GET", path: () => "/account/sessions", expect: signedIn(200) },
  "GET /account/data": { method: "GET", path: () => "/account/data", expect: signedIn(200) },
  "GET /account/data.json": { method: "GET", path: () => "/account/data.json", expect: signedIn(200) },
  "POST /account/sessions/revoke-others": {
    method: "POST",
    path: () => "/account/sessions/revoke-others",
    expect: signedIn(303),
  },
  "GET /organizations/new": { method: "GET", path: () => "/organizations/new", expect: signedIn(200) },
  "POST /organizations/:id/members/:userId/approve": {
    method: "POST",
    path: async (w) => `/organizations/${w.organizationId}/members/${await pendingRequester(w)}/approve`,
    expect: only(303, ["focalPoint", "moderator", "admin"]),
  },
  "POST /organizations/:id/members/:userId/reject": {
    method: "POST",
    path: async (w) => `/organizations/${w.organizationId}/members/${await pendingRequester(w)}/reject`,
    expect: only(303, ["focalPoint", "moderator", "admin"]),
  },
  "POST /organizations/:id/members/:userId/focal-point": {
    method: "POST",
    path: async (w) => `/organizations/${w.organizationId}/members/${await approvedMember(w)}/focal-point`,
    body: { value: "1" },
    expect: only(303, ["focalPoint", "admin"]),
  },
  "POST /organizations/:id/verification": {
    method: "POST",
    // Unverified again before each try, so every allowed try verifies it.
    path: async (w) => {
      await w.t.handle.db
        .updateTable("organization")
        .set({ verifiedAt: null, verifiedBy: null })
        .where("id", "=", w.organizationId)
        .execute();
      return `/organizations/${w.organizationId}/verification`;
    },
    body: { decision: "verify", note: "Checked with the organization." },
    expect: only(303, ["moderator", "admin"]),
  },
  "GET /admin": {
    method: "GET",
    path: () => "/admin",
    expect: only(200, ["moderator", "reviewer", "organizer", "accreditation", "admin"]),
  },
  "GET /admin/people": { method: "GET", path: () => "/admin/people?q=example", expect: only(200, ["admin"]) },
  "GET /admin/people/:id": { method: "GET", path: (w) => `/admin/people/${w.targetId}`, expect: only(200, ["admin"]) },
  "POST /admin/people/:id/roles": {
    method: "POST",
    path: (w) => `/admin/people/${w.targetId}/roles`,
    body: { role: "moderator" },
    expect: only(303, ["admin"]),
  },
  "POST /admin/people/:id/roles/remove": {
    method: "POST",
    path: (w) => `/admin/people/${w.targetId}/roles/remove`,
    body: { role: "moderator", scope: "" },
    expect: only(303, ["admin"]),
  },
  "GET /admin/audit": { method: "GET", path: () => "/admin/audit", expect: only(200, ["admin"]) },
  "GET /admin/mail": { method: "GET", path: () => "/admin/mail", expect: only(200, ["admin"]) },
  "POST /admin/mail/:id/retry": {
    method: "POST",
    path: async (w) => `/admin/mail/${await waitingMailWithError(w)}/retry`,
    expect: only(303, ["admin"]),
  },
  "GET /forum/agenda": { method: "GET", path: () => "/forum/agenda", expect: signedIn(200) },
  "POST /forum/agenda/feed": { method: "POST", path: () => "/forum/agenda/feed", expect: signedIn(200) },
  "GET /forum/:slug/organize": {
    method: "GET",
    path: () => "/forum/dst-test-2025/organize",
    expect: only(200, ["organizer", "admin"]),
  },
  "GET /forum/:slug/organize/sessions/new": {
    method: "GET",
    path: () => "/forum/dst-test-2025/organize/sessions/new",
    expect: only(200, ["organizer", "admin"]),
  },
  "POST /forum/:slug/organize/sessions/new": {
    method: "POST",
    path: () => "/forum/dst-test-2025/organize/sessions/new",
    body: { title: "Matrix session", typeCode: "workshop", day: "2025-10-27", start: "08:00", end: "08:30" },
    expect: only(303, ["organizer", "admin"]),
  },
  "POST /forum/:slug/organize/publish": {
    method: "POST",
    path: () => "/forum/dst-test-2025/organize/publish",
    expect: only(303, ["organizer", "admin"]),
  },
  "GET /forum/:slug/organize/:kind (rooms)": {
    method: "GET",
    path: () => "/forum/dst-test-2025/organize/rooms",
    expect: only(200, ["organizer", "admin"]),
  },
  "GET /forum/:slug/organize/:kind/new (partners)": {
    method: "GET",
    path: () => "/forum/dst-test-2025/organize/partners/new",
    expect: only(200, ["organizer", "admin"]),
  },
  "POST /forum/:slug/organize/:kind/new (rooms)": {
    method: "POST",
    path: () => "/forum/dst-test-2025/organize/rooms/new",
    body: (_w, who) => ({ name: `Matrix room of ${who}`, capacity: "12" }),
    expect: only(303, ["organizer", "admin"]),
  },
  "GET /forum/proposals/mine": { method: "GET", path: () => "/forum/proposals/mine", expect: signedIn(200) },
  "GET /forum/:slug/call/manage": {
    method: "GET",
    path: () => "/forum/dst-test-2025/call/manage",
    expect: only(200, ["organizer", "admin"]),
  },
  "POST /forum/:slug/call/extend": {
    method: "POST",
    path: withCall("/forum/dst-test-2025/call/extend"),
    body: { extendedTo: "2999-01-01" },
    expect: only(303, ["organizer", "admin"]),
  },
  "GET /forum/:slug/proposals/new": {
    method: "GET",
    path: withCall("/forum/dst-test-2025/proposals/new"),
    expect: signedIn(200),
  },
  "POST /forum/:slug/proposals/new": {
    method: "POST",
    path: withCall("/forum/dst-test-2025/proposals/new"),
    body: {
      title: "Matrix proposal",
      format: "workshop",
      description: "A proposal.",
      actionLines: "C5",
      remoteParticipation: "no",
    },
    expect: signedIn(303),
  },
  "GET /forum/:slug/proposals/review": {
    method: "GET",
    path: () => "/forum/dst-test-2025/proposals/review",
    expect: only(200, ["reviewer", "organizer", "admin"]),
  },
  "GET /forum/proposals/:id": {
    method: "GET",
    path: async (w) => `/forum/proposals/${await submittedProposal(w)}`,
    expect: only(200, ["reviewer", "organizer", "admin"]),
  },
  "POST /forum/proposals/:id/review": {
    method: "POST",
    path: async (w) => `/forum/proposals/${await submittedProposal(w)}/review`,
    body: { score0: "4", comment: "Fine" },
    expect: only(303, ["reviewer", "organizer", "admin"]),
  },
  "POST /forum/proposals/:id/decision": {
    method: "POST",
    path: async (w) => `/forum/proposals/${await submittedProposal(w)}/decision`,
    body: { decision: "accept" },
    expect: only(303, ["organizer", "admin"]),
  },
  // Registration: the form before its POST, which registers each visitor (virtually: the test edition is past).
  "GET /forum/:slug/register": { method: "GET", path: () => "/forum/matrix-2099/register", expect: signedIn(200) },
  "POST /forum/:slug/register": {
    method: "POST",
    path: () => "/forum/matrix-2099/register",
    body: {
      attendance: "virtual",
      passportName: "MATRIX PERSON",
      preferredName: "Matrix",
      organizationName: "Matrix Org",
      stakeholderTypeCode: "academia",
      countryCode: "KE",
      nationalityCode: "KE",
      consent: "yes",
    },
    expect: signedIn(303),
  },
  "GET /forum/registrations/mine": { method: "GET", path: () => "/forum/registrations/mine", expect: signedIn(200) },
  // Someone else's registration: nobody but its owner sees or cancels it.
  "GET /forum/registrations/:id": {
    method: "GET",
    path: async (w) => `/forum/registrations/${await submittedRegistration(w)}`,
    expect: signedIn(404),
  },
  "GET /forum/registrations/:id/cancel": {
    method: "GET",
    path: async (w) => `/forum/registrations/${await submittedRegistration(w)}/cancel`,
    expect: signedIn(404),
  },
  // Asked first (no confirm field): someone else's registration is not found, as on its page.
  "POST /forum/registrations/:id/cancel": {
    method: "POST",
    path: async (w) => `/forum/registrations/${await submittedRegistration(w)}/cancel`,
    expect: signedIn(404),
  },
  "GET /forum/:slug/accreditation": {
    method: "GET",
    path: () => "/forum/dst-test-2025/accreditation",
    expect: only(200, ["focalPoint", "moderator", "accreditation", "admin"]),
  },
  "GET /forum/:slug/accreditation/:id": {
    method: "GET",
    path: async (w) => `/forum/dst-test-2025/accreditation/${await submittedRegistration(w)}`,
    expect: only(200, ["moderator", "accreditation", "admin"]),
  },
  "POST /forum/:slug/accreditation/:id/decision": {
    method: "POST",
    path: async (w) => `/forum/dst-test-2025/accreditation/${await submittedRegistration(w)}/decision`,
    body: { decision: "approve", reason: "" },
    expect: only(303, ["moderator", "accreditation", "admin"]),
  },
  "GET /forum/:slug/registrations": {
    method: "GET",
    path: () => "/forum/dst-test-2025/registrations",
    expect: only(200, ["moderator", "organizer", "accreditation", "admin"]),
  },
  "GET /forum/:slug/registrations.csv": {
    method: "GET",
    path: () => "/forum/dst-test-2025/registrations.csv",
    expect: only(200, ["moderator", "organizer", "accreditation", "admin"]),
  },
  "GET /forum/:slug/registrations/settings": {
    method: "GET",
    path: () => "/forum/dst-test-2025/registrations/settings",
    expect: only(200, ["organizer", "admin"]),
  },
  "POST /forum/:slug/registrations/settings": {
    method: "POST",
    path: () => "/forum/dst-test-2025/registrations/settings",
    body: { closesOn: "", closesAt: "", onsiteCapacity: "" },
    expect: only(303, ["organizer", "admin"]),
  },
  // Only the proposer (here someone else) withdraws: every role is refused.
  "POST /forum/proposals/:id/withdraw": {
    method: "POST",
    path: async (w) => `/forum/proposals/${await submittedProposal(w)}/withdraw`,
    expect: only(303, []),
  },
  // Check-in and badges: accreditation staff and administrators; the counts also for organisers and moderators.
  "GET /forum/:slug/checkin": {
    method: "GET",
    path: () => "/forum/dst-test-2025/checkin",
    expect: only(200, ["accreditation", "admin"]),
  },
  // An empty code passes the access check and is then refused as bad input.
  "POST /forum/:slug/checkin": {
    method: "POST",
    path: () => "/forum/dst-test-2025/checkin",
    body: { code: "" },
    expect: only(400, ["accreditation", "admin"]),
  },
  "GET /forum/:slug/checkin/counts": {
    method: "GET",
    path: () => "/forum/dst-test-2025/checkin/counts",
    expect: only(200, ["moderator", "organizer", "accreditation", "admin"]),
  },
  "GET /forum/:slug/badges": {
    method: "GET",
    path: () => "/forum/dst-test-2025/badges",
    expect: only(200, ["accreditation", "admin"]),
  },
  // Nobody chosen: past the access check, the list says so.
  "POST /forum/:slug/badges": {
    method: "POST",
    path: () => "/forum/dst-test-2025/badges",
    body: { print: "chosen" },
    expect: only(400, ["accreditation", "admin"]),
  },
  "GET /forum/registrations/:id/badge.pdf": {
    method: "GET",
    path: async (w) => `/forum/registrations/${await approvedRegistration(w)}/badge.pdf`,
    expect: only(200, ["accreditation", "admin"]),
  },
  "POST /forum/registrations/:id/badge/reissue": {
    method: "POST",
    path: async (w) => `/forum/registrations/${await approvedRegistration(w)}/badge/reissue`,
    expect: only(303, ["accreditation", "admin"]),
  },
  // Stocktaking: someone else's entries, edited and moderated by staff only (policy stocktaking.edit, .moderate).
  "GET /stocktaking/new": { method: "GET", path: () => "/stocktaking/new", expect: signedIn(200) },
  "POST /stocktaking/new": {
    method: "POST",
    path: () => "/stocktaking/new",
    body: (w, who) => ({ ...ENTRY_FORM, title: `Entry of ${who} ${++w.fresh}` }),
    expect: signedIn(303),
  },
  "GET /stocktaking/mine": { method: "GET", path: () => "/stocktaking/mine", expect: signedIn(200) },
  "GET /stocktaking/entries/:id/edit": {
    method: "GET",
    path: async (w) => `/stocktaking/entries/${await entry(w, "save")}/edit`,
    expect: only(200, ["moderator", "admin"]),
  },
  "POST /stocktaking/entries/:id/edit": {
    method: "POST",
    path: async (w) => `/stocktaking/entries/${await entry(w, "save")}/edit`,
    body: ENTRY_FORM,
    expect: only(303, ["moderator", "admin"]),
  },
  "POST /stocktaking/entries/:id/submit": {
    method: "POST",
    path: async (w) => `/stocktaking/entries/${await entry(w, "save")}/submit`,
    expect: only("allowed", ["moderator", "admin"]),
  },
  "GET /stocktaking/moderation": {
    method: "GET",
    path: () => "/stocktaking/moderation",
    expect: only(200, ["moderator", "admin"]),
  },
  "GET /stocktaking/moderation/updates": {
    method: "GET",
    path: () => "/stocktaking/moderation/updates",
    expect: only(200, ["moderator", "admin"]),
  },
  "POST /stocktaking/moderation/updates": {
    method: "POST",
    path: () => "/stocktaking/moderation/updates",
    expect: only("allowed", ["moderator", "admin"]),
  },
  "GET /stocktaking/moderation/:id": {
    method: "GET",
    path: async (w) => `/stocktaking/moderation/${await entry(w, "submit")}`,
    expect: only(200, ["moderator", "admin"]),
  },
  "GET /stocktaking/moderation/:id/versions/:version": {
    method: "GET",
    path: async (w) => {
      const id = await entry(w, "submit");
      assert.equal((await w.as.admin.post(`/stocktaking/moderation/${id}/publish`, {})).status, 303);
      return `/stocktaking/moderation/${id}/versions/1`;
    },
    expect: only(200, ["moderator", "admin"]),
  },
  "POST /stocktaking/moderation/:id/:decision": {
    method: "POST",
    path: async (w) => `/stocktaking/moderation/${await entry(w, "submit")}/publish`,
    expect: only(303, ["moderator", "admin"]),
  },
  // The account's forms, sent empty: past the access check each is refused as incomplete (400).
  "POST /account/profile": { method: "POST", path: () => "/account/profile", expect: signedIn("allowed") },
  "POST /account/email": { method: "POST", path: () => "/account/email", expect: signedIn(400) },
  "POST /account/password": { method: "POST", path: () => "/account/password", expect: signedIn(400) },
  "POST /account/delete": { method: "POST", path: () => "/account/delete", expect: signedIn(400) },
  "POST /account/sessions/revoke": { method: "POST", path: () => "/account/sessions/revoke", expect: signedIn(400) },
  "POST /organizations/new": {
    method: "POST",
    path: () => "/organizations/new",
    body: (w, who) => ({
      name: `Org of ${who} ${++w.fresh}`,
      stakeholderTypeCode: "academia",
      countryCode: "KE",
      website: "",
    }),
    expect: signedIn(303),
  },
  "POST /organizations/:id/join": {
    method: "POST",
    path: (w) => `/organizations/${w.organizationId}/join`,
    expect: signedIn("allowed"),
  },
  "POST /organizations/:id/leave": {
    method: "POST",
    path: (w) => `/organizations/${w.organizationId}/leave`,
    expect: signedIn("allowed"),
  },
  "POST /forum/agenda/add": {
    method: "POST",
    path: () => "/forum/agenda/add",
    body: (w) => ({ sessionId: w.sessionId }),
    expect: signedIn(303),
  },
  "POST /forum/agenda/remove": {
    method: "POST",
    path: () => "/forum/agenda/remove",
    body: (w) => ({ sessionId: w.sessionId }),
    expect: signedIn(303),
  },
  "GET /forum/:slug/organize/:kind": {
    method: "GET",
    path: () => "/forum/dst-test-2025/organize/tracks",
    expect: only(200, ["organizer", "admin"]),
  },
  "GET /forum/:slug/organize/:kind/new": {
    method: "GET",
    path: () => "/forum/dst-test-2025/organize/tracks/new",
    expect: only(200, ["organizer", "admin"]),
  },
  "POST /forum/:slug/organize/:kind/new": {
    method: "POST",
    path: () => "/forum/dst-test-2025/organize/tracks/new",
    body: {},
    expect: only("allowed", ["organizer", "admin"]),
  },
  "GET /forum/:slug/organize/:kind/:id": {
    method: "GET",
    path: async (w) => `/forum/dst-test-2025/organize/rooms/${await firstOf(w, "forumRoom")}`,
    expect: only(200, ["organizer", "admin"]),
  },
  "POST /forum/:slug/organize/:kind/:id": {
    method: "POST",
    path: async (w) => `/forum/dst-test-2025/organize/rooms/${await firstOf(w, "forumRoom")}`,
    body: {},
    expect: only("allowed", ["organizer", "admin"]),
  },
  "POST /forum/:slug/organize/:kind/:id/delete": {
    method: "POST",
    path: async (w) => `/forum/dst-test-2025/organize/tracks/${await firstOf(w, "forumTrack")}/delete`,
    body: {},
    expect: only("allowed", ["organizer", "admin"]),
  },
  "GET /forum/:slug/organize/sessions/:id": {
    method: "GET",
    path: async (w) => `/forum/dst-test-2025/organize/sessions/${await firstOf(w, "forumSession")}`,
    expect: only(200, ["organizer", "admin"]),
  },
  "POST /forum/:slug/organize/sessions/:id": {
    method: "POST",
    path: async (w) => `/forum/dst-test-2025/organize/sessions/${await firstOf(w, "forumSession")}`,
    body: {},
    expect: only("allowed", ["organizer", "admin"]),
  },
  "POST /forum/:slug/organize/sessions/:id/publish": {
    method: "POST",
    path: async (w) => `/forum/dst-test-2025/organize/sessions/${await firstOf(w, "forumSession")}/publish`,
    expect: only("allowed", ["organizer", "admin"]),
  },
  "POST /forum/:slug/organize/sessions/:id/unpublish": {
    method: "POST",
    path: async (w) => `/forum/dst-test-2025/organize/sessions/${await firstOf(w, "forumSession")}/unpublish`,
    expect: only("allowed", ["organizer", "admin"]),
  },
  "POST /forum/:slug/call/manage": {
    method: "POST",
    path: () => "/forum/dst-test-2025/call/manage",
    body: {},
    expect: only("allowed", ["organizer", "admin"]),
  },
  "POST /forum/:slug/registrations/categories": {
    method: "POST",
    path: () => "/forum/dst-test-2025/registrations/categories",
    body: {},
    expect: only("allowed", ["organizer", "admin"]),
  },
  // Only the proposer (here someone else) edits or submits a proposal.
  "GET /forum/proposals/:id/edit": {
    method: "GET",
    path: async (w) => `/forum/proposals/${await submittedProposal(w)}/edit`,
    expect: only(403, []),
  },
  "POST /forum/proposals/:id/edit": {
    method: "POST",
    path: async (w) => `/forum/proposals/${await submittedProposal(w)}/edit`,
    expect: only(403, []),
  },
  "POST /forum/proposals/:id/submit": {
    method: "POST",
    path: async (w) => `/forum/proposals/${await submittedProposal(w)}/submit`,
    expect: only(403, []),
  },
  // Someone else's photo: their owner (not tried) and accreditation staff.
  "GET /forum/registrations/:id/photo": {
    method: "GET",
    path: async (w) => {
      const id = await approvedRegistration(w);
      await w.t.handle.db
        .insertInto("forumRegistrationPhoto")
        .values({
          registrationId: id,
          contentType: "image/jpeg",
          bytes: new Uint8Array([0xff, 0xd8, 0xff]),
          createdAt: "2025-01-01T00:00:00.000Z",
        })
        .execute();
      return `/forum/registrations/${id}/photo`;
    },
    expect: hidden("allowed", ["moderator", "accreditation", "admin"]),
  },
  "GET /forum/registrations/:id/letter.pdf": {
    method: "GET",
    path: async (w) => `/forum/registrations/${await approvedRegistration(w)}/letter.pdf`,
    expect: only(200, ["accreditation", "admin"]),
  },
};

/**
 * Routes anyone may use, signed in or not: public pages and open data, the sign-in and sign-up forms, links
 * carrying their own token (the token is the authorization), signing out, the health check and /verify.
 */
const PUBLIC = new Set([
  "GET /",
  "GET /healthz",
  "GET /favicon.ico",
  "GET /privacy",
  "GET /terms",
  "GET /contact",
  "GET /matrix",
  "GET /measuring",
  "GET /measuring/indicators/:code",
  "GET /measuring/indicators/:code/chart.svg",
  "GET /measuring/indicators/:code/chart.png",
  "GET /embed/measuring/indicators/:code",
  "GET /sdgs",
  "GET /sdgs/:number",
  "GET /action-lines",
  "GET /action-lines/:code",
  "GET /organizations",
  "GET /organizations/:id",
  "GET /stocktaking",
  "GET /stocktaking/entries/:id",
  "GET /stocktaking/statistics",
  "GET /stocktaking/statistics.csv",
  "GET /forum",
  "GET /forum/:slug/call",
  "GET /forum/:slug/partners",
  "GET /forum/:slug/programme",
  "GET /forum/:slug/programme.ics",
  "GET /forum/:slug/sessions/:id",
  "GET /forum/:slug/sessions/:file",
  "GET /forum/:slug/speakers",
  "GET /forum/:slug/speakers/:id",
  "GET /forum/agenda/:file",
  "GET /verify",
  "GET /verify/:code",
  "GET /account/signin",
  "POST /account/signin",
  "GET /account/signup",
  "POST /account/signup",
  "POST /account/signout",
  "GET /account/verify",
  "POST /account/verify",
  "GET /account/forgot",
  "POST /account/forgot",
  "GET /account/reset",
  "POST /account/reset",
  "GET /account/email/confirm",
  "POST /account/email/confirm",
  "GET /api/openapi.json",
]);

/** "GET /forum/:slug{[a-z0-9]…}/register" → "GET /forum/:slug/register": the pattern of each parameter dropped. */
function routeKey(method: string, path: string) {
  return `${method} ${path
    .split("/")
    .map((segment) => segment.replace(/^(:\w+)\{.*\}$/, "$1"))
    .join("/")}`;
}

for (const dialect of await testDialects()) {
  describe(`the authorization matrix [${dialect.name}]`, { skip: dialect.skip }, () => {
    let w: World;
    before(async () => {
      const t = await buildTestApp(dialect);
      await loadEdition(t.handle.db, dstEdition());
      // An edition still to come, for registering (the 2025 one is over and refuses registrations).
      await loadEdition(t.handle.db, {
        ...dstEdition(),
        slug: "matrix-2099",
        title: { en: "Matrix Forum 2099" },
        startsOn: "2099-10-24",
        endsOn: "2099-10-27",
        sessions: [],
      });
      const founder = await signedUp(t, "focal@example.org", "Focal Point");
      const created = await founder.post("/organizations/new", {
        name: "Matrix Org",
        stakeholderTypeCode: "academia",
        countryCode: "KE",
        website: "",
      });
      const organizationId = /\/organizations\/([0-9a-f-]{36})/.exec(created.headers.get("location") ?? "")?.[1];
      assert.ok(organizationId);
      await signedUp(t, "target@example.org", "Target Person");
      w = {
        t,
        owner: await signedUp(t, "owner@example.org", "Entry Owner"),
        sessionId: (await t.handle.db.selectFrom("forumSession").select("id").limit(1).executeTakeFirstOrThrow()).id,
        founder,
        organizationId,
        targetId: await userId(t, "target@example.org"),
        fresh: 0,
        as: {
          anonymous: new Visitor(t),
          participant: await signedUp(t, "participant@example.org"),
          focalPoint: founder,
          moderator: await signedUpWithRoles(t, "moderator@example.org", [{ role: "moderator" }]),
          facilitator: await signedUpWithRoles(t, "facilitator@example.org", [{ role: "facilitator", scope: "C5" }]),
          expert: await signedUpWithRoles(t, "expert@example.org", [{ role: "expert", scope: "1" }]),
          reviewer: await signedUpWithRoles(t, "reviewer@example.org", [{ role: "reviewer" }]),
          organizer: await signedUpWithRoles(t, "organizer@example.org", [{ role: "organizer" }]),
          accreditation: await signedUpWithRoles(t, "accreditation@example.org", [{ role: "accreditation" }]),
          admin: await signedUpWithRoles(t, "admin@example.org", [{ role: "admin" }]),
        },
      };
    });
    after(() => w?.t.close());

    // Every route the app registers is in the matrix or public; the whole of /api/ is open data.
    test("every route the app registers is in the matrix or in the public list", () => {
      const registered = new Set(
        w.t.app.routes.filter((r) => r.method !== "ALL").map((r) => routeKey(r.method, r.path)),
      );
      // A route tried with more than one fixture has its key followed by " (what)".
      const inMatrix = new Set(Object.keys(ROUTES).map((k) => k.replace(/ \(.*\)$/, "")));
      const missing = [...registered].filter((k) => !inMatrix.has(k) && !PUBLIC.has(k) && !/^GET \/api\//.test(k));
      assert.deepEqual(missing, [], "routes in neither the matrix nor the public list");
      const stale = [...inMatrix, ...PUBLIC].filter((k) => !registered.has(k));
      assert.deepEqual(stale, [], "listed routes the app no longer registers");
    });

    for (const [name, route] of Object.entries(ROUTES)) {
      test(name, async () => {
        const got: Record<string, Expected> = {};
        for (const who of WHO) {
          const path = await route.path(w, who);
          const visitor = w.as[who];
          const body = typeof route.body === "function" ? route.body(w, who) : (route.body ?? {});
          const res = route.method === "GET" ? await visitor.get(path) : await visitor.post(path, body);
          const location = res.headers.get("location") ?? "";
          const refused = res.status === 401 || res.status === 403 || res.status === 404;
          got[who] =
            res.status === 303 && location.startsWith("/account/signin")
              ? "signin"
              : route.expect[who] === "allowed" && !refused && res.status < 500
                ? "allowed"
                : res.status;
        }
        assert.deepEqual(got, route.expect);
      });
    }
  });
}
