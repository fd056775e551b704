import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { signedUp, signedUpWithRoles } from "../../../test/support/accounts.ts";
import { buildTestApp } from "../../../test/support/app.ts";
import type { Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { dstEdition } from "../forum/forum.fixtures.ts";
import { loadEdition } from "../forum/forum.seed.ts";
import { insertCategory } from "./registration.fixtures.ts";

// Issue 16 §1: who a focal point's approval accredits. Verification gives focal points their power; automatic
// accreditation needs a verified organisation whose stakeholder type the category admits, a member of long enough
// standing, and a focal point who did not approve that member the same day; the secretariat samples the rest.

const SLUG = "rules-test-2099";
const DAY = 24 * 60 * 60 * 1000;

const form = (changes: Record<string, string> = {}) => ({
  attendance: "onsite",
  passportName: "SELF ACCREDITED",
  preferredName: "Self",
  organizationName: "Ministry",
  stakeholderTypeCode: "government",
  countryCode: "KE",
  nationalityCode: "KE",
  interestWhy: "To attend.",
  consent: "yes",
  ...changes,
});

async function world(env: Record<string, string>, dialect: Awaited<ReturnType<typeof testDialects>>[number]) {
  const t = await buildTestApp(dialect, env);
  await loadEdition(t.handle.db, {
    ...dstEdition(),
    slug: SLUG,
    title: { en: "Rules Test Forum 2099" },
    startsOn: "2099-10-24",
    endsOn: "2099-10-27",
    sessions: [],
  });
  const eventId = (
    await t.handle.db.selectFrom("forumEvent").select("id").where("slug", "=", SLUG).executeTakeFirstOrThrow()
  ).id;
  const government = (
    await insertCategory(t.handle.db, eventId, {
      code: "government",
      autoAccredited: 1,
      admittedStakeholderTypes: JSON.stringify(["government"]),
      position: 1,
    })
  ).id;
  const international = (
    await insertCategory(t.handle.db, eventId, {
      code: "international",
      autoAccredited: 1,
      admittedStakeholderTypes: JSON.stringify(["international-organization"]),
      position: 2,
    })
  ).id;
  const moderator = await signedUpWithRoles(t, "secretariat@example.org", [{ role: "moderator" }]);
  return { t, eventId, government, international, moderator };
}

type World = Awaited<ReturnType<typeof world>>;
let people = 0;

/** An organisation created by a focal point, with a member they approved; verified by the secretariat or not. */
async function organisation(w: World, options: { verified: boolean; joinedDaysAgo?: number }) {
  const { t } = w;
  const n = ++people;
  const focal = await signedUp(t, `focal${n}@example.org`, "Focal Point");
  const created = await focal.post("/organizations/new", {
    name: `Ministry of Foreign Affairs ${n}`,
    stakeholderTypeCode: "government",
    countryCode: "KE",
    website: "",
  });
  const organizationId = /\/organizations\/([0-9a-f-]{36})/.exec(created.headers.get("location") ?? "")?.[1] ?? "";
  assert.ok(organizationId);
  const memberEmail = `member${n}@example.org`;
  const member = await signedUp(t, memberEmail, "Second Account");
  assert.equal((await member.post(`/organizations/${organizationId}/join`, {})).status, 303);
  const memberId = (
    await t.handle.db.selectFrom("userAccount").select("id").where("email", "=", memberEmail).executeTakeFirstOrThrow()
  ).id;
  assert.equal((await focal.post(`/organizations/${organizationId}/members/${memberId}/approve`, {})).status, 303);
  if (options.joinedDaysAgo) {
    await t.handle.db
      .updateTable("organizationMembership")
      .set({ decidedAt: new Date(w.t.clock.now().getTime() - options.joinedDaysAgo * DAY).toISOString() })
      .where("organizationId", "=", organizationId)
      .where("userId", "=", memberId)
      .execute();
  }
  if (options.verified) {
    const res = await w.moderator.post(`/organizations/${organizationId}/verification`, {
      decision: "verify",
      note: "Checked with the mission.",
    });
    assert.equal(res.status, 303);
  }
  return { focal, member, memberEmail, memberId, organizationId };
}

async function register(w: World, v: Visitor, fields: Record<string, string>) {
  const res = await v.post(`/forum/${SLUG}/register`, form(fields));
  assert.equal(res.status, 303, (await res.text()).slice(0, 2000));
  const id = /registrations\/([0-9a-f-]{36})/.exec(res.headers.get("location") ?? "")?.[1] ?? "";
  return w.t.handle.db.selectFrom("forumRegistration").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

const decide = (v: Visitor, id: string, decision: string, reason = "") =>
  v.post(`/forum/${SLUG}/accreditation/${id}/decision`, { decision, reason });

const auditOf = (w: World, id: string, action: string) =>
  w.t.handle.db
    .selectFrom("auditEvent")
    .selectAll()
    .where("objectId", "=", id)
    .where("action", "=", action)
    .executeTakeFirstOrThrow();

for (const dialect of await testDialects()) {
  describe(`Accreditation by focal points [${dialect.name}]`, { skip: dialect.skip }, () => {
    let w: World;
    before(async () => {
      w = await world({}, dialect);
    });
    after(() => w?.t.close());
    const state = async (id: string) =>
      (await w.t.handle.db.selectFrom("forumRegistration").selectAll().where("id", "=", id).executeTakeFirstOrThrow())
        .state;

    test("a focal point of an unverified organisation cannot decide: the request goes to the secretariat", async () => {
      const o = await organisation(w, { verified: false, joinedDaysAgo: 30 });
      const row = await register(w, o.member, { organizationId: o.organizationId, categoryId: w.government });
      assert.equal(row.route, "secretariat");
      assert.equal((await o.focal.get(`/forum/${SLUG}/accreditation/${row.id}`)).status, 403);
      assert.equal((await decide(o.focal, row.id, "approve")).status, 403);
      assert.equal(await state(row.id), "submitted");
      assert.match(await (await w.moderator.get(`/forum/${SLUG}/accreditation`)).text(), new RegExp(row.id));
      // The focal point's queue says why the request is not in it, rather than showing an unexplained empty list.
      const queue = await o.focal.get(`/forum/${SLUG}/accreditation`);
      assert.equal(queue.status, 200);
      const html = await queue.text();
      assert.doesNotMatch(html, new RegExp(row.id));
      assert.match(
        html,
        /Not verified by the secretariat yet: Ministry of Foreign Affairs \d+\. Until it verifies them/,
      );
      const verified = await organisation(w, { verified: true, joinedDaysAgo: 30 });
      assert.doesNotMatch(await (await verified.focal.get(`/forum/${SLUG}/accreditation`)).text(), /Not verified/);
    });

    test("withdrawn verification takes the focal point's power away from requests already made", async () => {
      const o = await organisation(w, { verified: true, joinedDaysAgo: 30 });
      const row = await register(w, o.member, { organizationId: o.organizationId, categoryId: w.government });
      assert.equal(row.route, "focal_point");
      const withdrawn = await w.moderator.post(`/organizations/${o.organizationId}/verification`, {
        decision: "withdraw",
        note: "Not a ministry.",
      });
      assert.equal(withdrawn.status, 303);
      assert.equal((await decide(o.focal, row.id, "approve")).status, 403);
      assert.match(await (await w.moderator.get(`/forum/${SLUG}/accreditation`)).text(), new RegExp(row.id));
      assert.equal(await state(row.id), "submitted");
    });

    test("automatic only when the category admits the organisation's stakeholder type", async () => {
      const o = await organisation(w, { verified: true, joinedDaysAgo: 30 });
      const row = await register(w, o.member, { organizationId: o.organizationId, categoryId: w.international });
      assert.equal(row.route, "focal_point");
      const page = await (await o.focal.get(`/forum/${SLUG}/accreditation/${row.id}`)).text();
      assert.doesNotMatch(page, /value="approve"/);
      assert.match(page, /value="acknowledge"/);
      assert.match(page, /The secretariat decides this request/);
      assert.equal((await decide(o.focal, row.id, "approve")).status, 403);
      assert.equal((await decide(o.focal, row.id, "acknowledge")).status, 303);
      assert.equal(await state(row.id), "acknowledged");
      assert.match(await (await w.moderator.get(`/forum/${SLUG}/accreditation`)).text(), new RegExp(row.id));
    });

    test("a verified organisation's focal point accredits a member of long standing; the secretariat can sample it", async () => {
      const o = await organisation(w, { verified: true, joinedDaysAgo: 30 });
      const row = await register(w, o.member, { organizationId: o.organizationId, categoryId: w.government });
      assert.equal(row.route, "focal_point");
      assert.equal((await decide(o.focal, row.id, "approve")).status, 303);
      const decided = await w.t.handle.db
        .selectFrom("forumRegistration")
        .selectAll()
        .where("id", "=", row.id)
        .executeTakeFirstOrThrow();
      assert.equal(decided.state, "approved");
      assert.equal(decided.decidedAs, "focal_point");
      const sample = await (await w.moderator.get(`/forum/${SLUG}/accreditation?state=focal-point`)).text();
      assert.match(sample, new RegExp(`/accreditation/${row.id}"`));
      assert.match(sample, /Decided by/);
      // A secretariat decision is not in that list.
      const other = await organisation(w, { verified: false });
      const bySecretariat = await register(w, other.member, {
        organizationId: other.organizationId,
        categoryId: w.government,
      });
      assert.equal((await decide(w.moderator, bySecretariat.id, "approve")).status, 303);
      const again = await (await w.moderator.get(`/forum/${SLUG}/accreditation?state=focal-point`)).text();
      assert.doesNotMatch(again, new RegExp(bySecretariat.id));
      // Focal points do not see the sampling list.
      assert.doesNotMatch(
        await (await o.focal.get(`/forum/${SLUG}/accreditation?state=focal-point`)).text(),
        new RegExp(row.id),
      );
      // The registrations CSV says which way each decision went, for sampling offline too.
      const csv = await (await w.moderator.get(`/forum/${SLUG}/registrations.csv`)).text();
      const [head = "", ...lines] = csv
        .replace(/^\uFEFF/, "")
        .trim()
        .split(/\r?\n/);
      const column = head.split(",").indexOf("decided_as");
      assert.ok(column > 0, head);
      const cell = (id: string) => lines.find((l) => l.includes(id))?.split(",")[column];
      assert.equal(cell(row.id), "focal_point");
      assert.equal(cell(bySecretariat.id), "secretariat");
    });

    test("not automatic for a member who joined within the configured days: the secretariat decides", async () => {
      assert.equal(w.t.config.focalPointMinMembershipDays, 7);
      const o = await organisation(w, { verified: true, joinedDaysAgo: 3 });
      const row = await register(w, o.member, { organizationId: o.organizationId, categoryId: w.government });
      assert.equal((await decide(o.focal, row.id, "approve")).status, 403);
      assert.equal((await decide(o.focal, row.id, "acknowledge")).status, 303);
      assert.equal(await state(row.id), "acknowledged");
      assert.equal((await decide(w.moderator, row.id, "approve")).status, 303);
      const trail = await auditOf(w, row.id, "registration.approve");
      assert.match(trail.after ?? "", /"as":"secretariat"/);
      assert.match(trail.after ?? "", /"endorsedBy":"[0-9a-f-]{36}"/, "the approval names the endorsing focal point");
    });
  });

  describe(`Accreditation by focal points, no waiting days [${dialect.name}]`, { skip: dialect.skip }, () => {
    let w: World;
    before(async () => {
      w = await world({ FOCAL_POINT_MIN_MEMBERSHIP_DAYS: "0" }, dialect);
    });
    after(() => w?.t.close());

    test("a focal point cannot approve a person they approved into the organisation the same day", async () => {
      const o = await organisation(w, { verified: true });
      const row = await register(w, o.member, { organizationId: o.organizationId, categoryId: w.government });
      assert.equal(row.route, "focal_point");
      assert.equal((await decide(o.focal, row.id, "approve")).status, 403);
      assert.equal((await decide(o.focal, row.id, "acknowledge")).status, 303);
      const endorsement = await auditOf(w, row.id, "registration.acknowledge");
      const focalId = endorsement.actorId ?? "";
      assert.match(endorsement.after ?? "", new RegExp(`"membershipApprovedBy":"${focalId}"`));
      assert.match(endorsement.after ?? "", new RegExp(`"person":"${o.memberId}"`));
      assert.match(endorsement.after ?? "", /"notAutomatic":"same_day_membership"/);
      assert.equal((await decide(w.moderator, row.id, "approve")).status, 303);
      const approval = await auditOf(w, row.id, "registration.approve");
      assert.match(approval.after ?? "", new RegExp(`"endorsedBy":"${focalId}"`));
      assert.notEqual(approval.actorId, focalId);
    });

    test("approved the day before, the focal point's approval accredits", async () => {
      const o = await organisation(w, { verified: true, joinedDaysAgo: 1 });
      const row = await register(w, o.member, { organizationId: o.organizationId, categoryId: w.government });
      assert.equal((await decide(o.focal, row.id, "approve")).status, 303);
    });

    test("never automatic for an account that joined after the request was made", async () => {
      const o = await organisation(w, { verified: true, joinedDaysAgo: 1 });
      const row = await register(w, o.member, { organizationId: o.organizationId, categoryId: w.government });
      await w.t.handle.db
        .updateTable("organizationMembership")
        .set({ decidedAt: new Date(new Date(row.createdAt).getTime() + 60_000).toISOString(), decidedBy: null })
        .where("organizationId", "=", o.organizationId)
        .where("userId", "=", o.memberId)
        .execute();
      assert.equal((await decide(o.focal, row.id, "approve")).status, 403);
    });
  });
}
