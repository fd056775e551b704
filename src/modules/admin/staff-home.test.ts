import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { insertPerson, signedUp, signedUpWithRoles } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import type { Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { newId, timestamp } from "../../db/ids.ts";
import { dstEdition } from "../forum/forum.fixtures.ts";
import { loadEdition } from "../forum/forum.seed.ts";
import { insertRegistration } from "../registration/registration.fixtures.ts";

/** The links of the staff home's tools, in the order shown. */
const toolLinks = (html: string) =>
  [...html.matchAll(/<li class="staff-task[^"]*">\s*<h3>\s*<a href="([^"]+)">/g)].map((m) =>
    m[1]?.replaceAll("&amp;", "&"),
  );

/** The text of the tool whose link is `href`, from its title to the end of its item. */
function tool(html: string, href: string): string {
  const at = html.indexOf(`<a href="${href}">`);
  assert.ok(at >= 0, `a link to ${href}`);
  return html
    .slice(at, html.indexOf("</li>", at))
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}

for (const dialect of await testDialects()) {
  describe(`staff home [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let as: Record<"moderator" | "reviewer" | "organizer" | "accreditation" | "admin" | "participant", Visitor>;
    const slug = "dst-test-2025";

    before(async () => {
      t = await buildTestApp(dialect);
      const db = t.handle.db;
      await loadEdition(db, dstEdition());
      const event = await db.selectFrom("forumEvent").select("id").where("slug", "=", slug).executeTakeFirstOrThrow();
      const at = timestamp();
      const callId = newId();
      await db
        .insertInto("forumProposalCall")
        .values({
          id: callId,
          eventId: event.id,
          opensAt: "2000-01-01T00:00:00.000Z",
          closesAt: "2998-01-01T00:00:00.000Z",
          extendedTo: null,
          criteria: JSON.stringify(["Relevance"]),
          createdAt: at,
          updatedAt: at,
        })
        .execute();
      const proposer = await insertPerson(db, "Pat Proposer");
      for (const [title, state] of [
        ["One", "submitted"],
        ["Two", "submitted"],
        ["Three", "draft"],
      ] as const) {
        await db
          .insertInto("forumProposal")
          .values({
            id: newId(),
            callId,
            proposerId: proposer,
            title,
            format: "workshop",
            description: "A proposal.",
            actionLines: "[]",
            sdgs: "[]",
            organizations: "[]",
            speakers: "[]",
            roomSize: null,
            remoteParticipation: 0,
            state,
            organizerMessage: null,
            createdAt: at,
            updatedAt: at,
            submittedAt: state === "submitted" ? at : null,
            decidedAt: null,
            sessionId: null,
          })
          .execute();
      }
      // Three requests for the secretariat, one already decided.
      for (const state of ["submitted", "submitted", "approved"] as const) {
        await insertRegistration(db, { eventId: event.id, userId: await insertPerson(db, "Reg"), state });
      }
      // One Stocktaking entry waiting for a moderator, one draft.
      for (const state of ["submitted", "draft"] as const) {
        await db
          .insertInto("stocktakingEntry")
          .values({
            id: newId(),
            externalId: null,
            ownerId: proposer,
            state,
            title: `Entry ${state}`,
            summary: "s",
            description: "d",
            organizationName: "Org",
            organizationId: null,
            stakeholderTypeCode: null,
            scope: null,
            projectStatus: null,
            startDate: null,
            endDate: null,
            website: null,
            contactName: null,
            contactEmail: null,
            language: "en",
            countries: "[]",
            actionLines: "[]",
            sdgs: "[]",
            targets: "[]",
            moderationMessage: null,
            publishedVersion: null,
            createdAt: at,
            updatedAt: at,
            submittedAt: state === "submitted" ? at : null,
            publishedAt: null,
          })
          .execute();
      }
      // Two organisations, one verified.
      for (const [name, verified] of [
        ["Unverified Institute", false],
        ["Verified Ministry", true],
      ] as const) {
        await db
          .insertInto("organization")
          .values({
            id: newId(),
            name,
            stakeholderTypeCode: "academia",
            countryCode: "KE",
            website: null,
            createdAt: at,
            updatedAt: at,
            ...(verified ? { verifiedAt: at, verifiedBy: null, verificationNote: "checked" } : {}),
          })
          .execute();
      }
      as = {
        moderator: await signedUpWithRoles(t, "mod@example.org", [{ role: "moderator" }]),
        reviewer: await signedUpWithRoles(t, "rev@example.org", [{ role: "reviewer" }]),
        organizer: await signedUpWithRoles(t, "org@example.org", [{ role: "organizer" }]),
        accreditation: await signedUpWithRoles(t, "acc@example.org", [{ role: "accreditation" }]),
        admin: await signedUpWithRoles(t, "admin@example.org", [{ role: "admin" }]),
        participant: await signedUp(t, "someone@example.org"),
      };
      // A message that failed for good (the sign-ups' mail is sent by now).
      const sent = await db.selectFrom("mailMessage").select("id").executeTakeFirstOrThrow();
      await db
        .updateTable("mailMessage")
        .set({ status: "failed", lastError: "550 no such user" })
        .where("id", "=", sent.id)
        .execute();
    });
    after(() => t?.close());

    test("a moderator sees the moderation queue and organisation verification with their counts", async () => {
      const res = await as.moderator.get("/admin");
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.match(html, /<h1>Staff tools<\/h1>/);
      const links = toolLinks(html);
      assert.deepEqual(links.slice(0, 3), [
        "/stocktaking/moderation",
        "/stocktaking/moderation/updates",
        "/organizations?unverified=1",
      ]);
      assert.match(tool(html, "/stocktaking/moderation"), /To do: 1 entry waits for a decision\./);
      assert.match(tool(html, "/organizations?unverified=1"), /1 organization is not verified yet\./);
      // Moderators decide accreditation requests routed to the secretariat and see the registrations.
      assert.ok(links.includes(`/forum/${slug}/accreditation`));
      assert.match(tool(html, `/forum/${slug}/accreditation`), /2 requests wait for a decision\./);
      for (const href of [`/forum/${slug}/organize`, `/forum/${slug}/proposals/review`, `/forum/${slug}/badges`]) {
        assert.ok(!links.includes(href), `no ${href} for a moderator`);
      }
      assert.ok(!links.includes("/admin/people"), "people and roles are administrators'");

      const unverified = await (await as.moderator.get("/organizations?unverified=1")).text();
      assert.match(unverified, /Unverified Institute/);
      assert.doesNotMatch(unverified, /Verified Ministry/, "the link lists only what needs verifying");
    });

    test("a reviewer sees proposal review only; an organizer the programme, the call and the review", async () => {
      const reviewer = await (await as.reviewer.get("/admin")).text();
      assert.deepEqual(toolLinks(reviewer), [`/forum/${slug}/proposals/review`]);
      assert.match(
        tool(reviewer, `/forum/${slug}/proposals/review`),
        /2 proposals are submitted and wait for review\./,
      );
      assert.match(reviewer, /Autumn Test Forum 2025/);

      const organizer = await (await as.organizer.get("/admin")).text();
      assert.deepEqual(toolLinks(organizer), [
        `/forum/${slug}/organize`,
        `/forum/${slug}/call/manage`,
        `/forum/${slug}/proposals/review`,
        `/forum/${slug}/registrations`,
      ]);
      assert.match(tool(organizer, `/forum/${slug}/organize`), /draft session/);
    });

    test("accreditation staff see accreditation, registrations, badges and check-in", async () => {
      const html = await (await as.accreditation.get("/admin")).text();
      assert.deepEqual(toolLinks(html), [
        `/forum/${slug}/accreditation`,
        `/forum/${slug}/registrations`,
        `/forum/${slug}/badges`,
        `/forum/${slug}/checkin`,
      ]);
      // Every tool linked opens for them.
      for (const href of toolLinks(html)) assert.equal((await as.accreditation.get(href ?? "")).status, 200, href);
    });

    test("an administrator sees every tool, the mail queue's failures counted, and each link opens", async () => {
      const html = await (await as.admin.get("/admin?lang=en")).text();
      const links = toolLinks(html);
      for (const href of ["/admin/people", "/admin/audit", "/admin/mail?status=failed", "/stocktaking/moderation"]) {
        assert.ok(links.includes(href), href);
      }
      assert.match(tool(html, "/admin/mail?status=failed"), /1 message could not be sent\./);
      for (const href of links) assert.equal((await as.admin.get(href ?? "")).status, 200, href);
      const arabic = await (await as.admin.get("/admin?lang=ar")).text();
      assert.match(arabic, /<h1>أدوات الموظفين<\/h1>/);
    });

    test("the header links the staff home for every staff role, and for no one else", async () => {
      for (const who of ["moderator", "reviewer", "organizer", "accreditation", "admin"] as const) {
        const home = await (await as[who].get("/?lang=en")).text();
        assert.match(home, /<a href="\/admin"[^>]*>Staff tools<\/a>/, who);
      }
      const participant = await (await as.participant.get("/")).text();
      assert.doesNotMatch(participant, /href="\/admin"/);
      assert.equal((await as.participant.get("/admin")).status, 403);
    });
  });
}
