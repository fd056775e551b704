import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { signedUp, signedUpWithRoles } from "../../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../../test/support/app.ts";
import { Visitor } from "../../../../test/support/browser-like.ts";
import { testDialects } from "../../../../test/support/databases.ts";
import { LOCALES } from "../../../platform/i18n/locale.ts";
import { localDate } from "../../../platform/time.ts";
import { dstEdition } from "../forum.fixtures.ts";
import { loadEdition } from "../forum.seed.ts";
import { proposalMail } from "./proposals.mail.ts";

const DAY = 24 * 3600_000;
const SLUG = "dst-test-2025";

/** A proposal form as a person fills it in. */
function proposalForm(title: string, changes: Record<string, string> = {}): Record<string, string> {
  return {
    title,
    format: "workshop",
    description: `What ${title} is about, and who takes part.`,
    actionLines: "C5",
    sdgs: "9",
    organizations: "Digital Rights Lab\nUniversity of Nairobi",
    speaker1Name: "Grace Mwangi",
    speaker1Organization: "University of Nairobi",
    speaker1Role: "Professor",
    roomSize: "80",
    remoteParticipation: "yes",
    intent: "save",
    ...changes,
  };
}

const idFrom = (res: Response) => {
  const id = /\/forum\/proposals\/([0-9a-f-]{36})/.exec(res.headers.get("location") ?? "")?.[1];
  assert.ok(id, `a redirect to the proposal, got ${res.status} ${res.headers.get("location")}`);
  return id;
};

describe("the proposer's mail", () => {
  test("each decision is told in the proposer's language, with the title, the message and the link", () => {
    const values = { title: "Réseaux", event: "Forum", link: "http://x/forum/proposals/1", message: "Bienvenue." };
    for (const template of ["proposalAccepted", "proposalDeclined", "proposalChangesRequested"] as const) {
      const english = proposalMail(
        template,
        { email: "a@x", displayName: "A", preferredLocale: "en" },
        values,
        "http://x",
      );
      for (const locale of LOCALES) {
        const mail = proposalMail(
          template,
          { email: "a@x", displayName: "A", preferredLocale: locale },
          values,
          "http://x",
        );
        assert.equal(mail.locale, locale);
        assert.ok(mail.subject.includes("Réseaux"), `${locale} ${template} subject`);
        assert.ok(mail.text.includes("Bienvenue.") && mail.text.includes(values.link), `${locale} ${template} body`);
        if (locale !== "en") assert.notEqual(mail.subject, english.subject, `${locale} ${template} is translated`);
      }
    }
  });
});

for (const dialect of await testDialects()) {
  describe(`Open Consultation Process [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let eventId: string;
    let proposer: Visitor;
    let stranger: Visitor;
    let reviewer: Visitor;
    let reviewer2: Visitor;
    let organizer: Visitor;
    /** A day of the call, counted from the test clock's "now", in the event's zone. */
    const day = (offset: number) => localDate(new Date(t.clock.now().getTime() + offset * DAY), "Europe/Zurich");
    const page = async (v: Visitor, path: string, status = 200) => {
      const res = await v.get(path);
      const html = await res.text();
      assert.equal(res.status, status, `${path}: ${html.slice(0, 400)}`);
      return html;
    };
    const stateOf = async (id: string) =>
      (
        await t.handle.db
          .selectFrom("forumProposal")
          .select(["state", "sessionId"])
          .where("id", "=", id)
          .executeTakeFirstOrThrow()
      ).state;
    const propose = async (title: string, submit = true) => {
      const id = idFrom(await proposer.post(`/forum/${SLUG}/proposals/new`, proposalForm(title)));
      if (submit) assert.equal((await proposer.post(`/forum/proposals/${id}/submit`, {})).status, 303);
      return id;
    };
    const review = (v: Visitor, id: string, scores: number[], comment = "") =>
      v.post(`/forum/proposals/${id}/review`, {
        ...Object.fromEntries(scores.map((s, i) => [`score${i}`, String(s)])),
        comment,
      });
    const decide = (v: Visitor, id: string, decision: string, message = "") =>
      v.post(`/forum/proposals/${id}/decision`, { decision, message });

    before(async () => {
      t = await buildTestApp(dialect);
      // A call runs before its edition (October 2025): a past edition offers no call for proposals.
      t.clock.advance(Date.parse("2025-08-01T08:00:00Z") - t.clock.now().getTime());
      eventId = (await loadEdition(t.handle.db, dstEdition())).eventId;
      proposer = await signedUp(t, "proposer@example.org", "Pat Proposer");
      stranger = await signedUp(t, "stranger@example.org", "Sam Stranger");
      reviewer = await signedUpWithRoles(t, "reviewer@example.org", [{ role: "reviewer" }]);
      reviewer2 = await signedUpWithRoles(t, "reviewer2@example.org", [{ role: "reviewer" }]);
      organizer = await signedUpWithRoles(t, "organizer@example.org", [{ role: "organizer" }]);
    });
    after(() => t?.close());

    test("only an organizer opens a call; the call page shows it, not yet open, in the event's zone", async () => {
      await page(proposer, `/forum/${SLUG}/call`);
      const call = {
        opensOn: day(2),
        closesOn: day(5),
        criteria: "Relevance to the WSIS Action Lines\nDiversity of speakers\nInteractivity",
      };
      for (const v of [proposer, reviewer]) {
        assert.equal((await v.post(`/forum/${SLUG}/call/manage`, call)).status, 403);
        await page(v, `/forum/${SLUG}/call/manage`, 403);
      }
      const bad = await organizer.post(`/forum/${SLUG}/call/manage`, { ...call, closesOn: day(1) });
      assert.equal(bad.status, 400);
      const badHtml = await bad.text();
      assert.match(badHtml, /The deadline must not be before the opening day/);
      assert.ok(badHtml.includes("Relevance to the WSIS Action Lines"), "the criteria typed are kept");
      assert.equal((await organizer.post(`/forum/${SLUG}/call/manage`, call)).status, 303);
      const html = await page(new Visitor(t), `/forum/${SLUG}/call`);
      assert.match(html, /Not open yet/);
      assert.match(html, /Diversity of speakers/);
      assert.match(html, /Europe\/Zurich/);
      // The deadline is the last minute of the last day, Geneva time.
      assert.match(html, /23:59/);
      const trail = await t.handle.db
        .selectFrom("auditEvent")
        .selectAll()
        .where("action", "=", "forum.call.open")
        .execute();
      assert.equal(trail.length, 1);
      assert.equal(trail[0]?.objectId, eventId);
      // The call is linked from /forum and the programme.
      assert.ok((await page(proposer, "/forum")).includes(`/forum/${SLUG}/call`));
      assert.ok((await page(proposer, `/forum/${SLUG}/programme`)).includes(`/forum/${SLUG}/call`));
    });

    test("the call window: a draft cannot be submitted before opening or after closing; an extension reopens it", async () => {
      const early = await propose("Early bird workshop", false);
      assert.equal((await proposer.post(`/forum/proposals/${early}/submit`, {})).status, 403);
      assert.equal(await stateOf(early), "draft");
      t.clock.advance(3 * DAY);
      assert.match(await page(proposer, `/forum/${SLUG}/call`), /Open: proposals are welcome/);
      assert.equal((await proposer.post(`/forum/proposals/${early}/submit`, {})).status, 303);
      assert.equal(await stateOf(early), "submitted");
      const late = await propose("Late workshop", false);
      t.clock.advance(4 * DAY);
      assert.match(await page(proposer, `/forum/${SLUG}/call`), /Closed/);
      assert.equal((await proposer.post(`/forum/proposals/${late}/submit`, {})).status, 403);
      assert.equal(await stateOf(late), "draft");
      // Extending to a day before the deadline is refused, naming the field.
      const wrong = await organizer.post(`/forum/${SLUG}/call/extend`, { extendedTo: day(-5) });
      assert.equal(wrong.status, 400);
      assert.match(await wrong.text(), /Choose a day after the current deadline/);
      assert.equal((await reviewer.post(`/forum/${SLUG}/call/extend`, { extendedTo: day(3) })).status, 403);
      assert.equal((await organizer.post(`/forum/${SLUG}/call/extend`, { extendedTo: day(3) })).status, 303);
      const html = await page(proposer, `/forum/${SLUG}/call`);
      assert.match(html, /Extended from [^<]+ to [^<]+/);
      assert.match(html, /Open: proposals are welcome/);
      assert.equal((await proposer.post(`/forum/proposals/${late}/submit`, {})).status, 303);
      assert.equal(await stateOf(late), "submitted");
      const extended = await t.handle.db
        .selectFrom("auditEvent")
        .selectAll()
        .where("action", "=", "forum.call.extend")
        .execute();
      assert.equal(extended.length, 1);
    });

    test("the life cycle by role: review, ask for changes, resubmit, accept; refusals on every side", async () => {
      const id = await propose("Community networks for the last mile");
      // Only the proposer and the committee see it; only the proposer moves it.
      await page(stranger, `/forum/proposals/${id}`, 403);
      assert.equal((await stranger.post(`/forum/proposals/${id}/withdraw`, {})).status, 403);
      assert.equal((await organizer.post(`/forum/proposals/${id}/withdraw`, {})).status, 403);
      assert.equal((await stranger.post(`/forum/proposals/${id}/edit`, proposalForm("Hijacked"))).status, 403);
      // Only reviewers and organizers score; a proposer may not review their own proposal.
      assert.equal((await review(stranger, id, [5, 5, 5])).status, 403);
      assert.equal((await review(proposer, id, [5, 5, 5])).status, 403);
      const incomplete = await review(reviewer, id, [4, 0, 3], "Good");
      assert.equal(incomplete.status, 400);
      assert.match(await incomplete.text(), /Diversity of speakers: Give a score from 1 to 5/);
      assert.equal((await review(reviewer, id, [4, 2, 3], "Few women speakers")).status, 303);
      assert.equal((await review(reviewer, id, [4, 3, 3], "Better")).status, 303);
      assert.equal((await review(reviewer2, id, [5, 4, 4])).status, 303);
      const download = (await (await reviewer.get("/account/data.json")).json()) as {
        forumProposals: { reviews: { proposalId: string; comment: string }[] };
      };
      assert.deepEqual(
        download.forumProposals.reviews.filter((r) => r.proposalId === id).map((r) => r.comment),
        ["Better"],
        "the reviewer's download carries their review as it stands",
      );
      const reviews = await t.handle.db
        .selectFrom("forumProposalReview")
        .selectAll()
        .where("proposalId", "=", id)
        .execute();
      assert.equal(reviews.length, 2, "one review per reviewer, edited in place");
      const committeeView = await page(reviewer, `/forum/proposals/${id}`);
      assert.match(committeeView, /class="average-score">4\.5</);
      assert.match(committeeView, /class="average-score">3\.5</);
      // The proposer does not see the committee's scores.
      assert.doesNotMatch(await page(proposer, `/forum/proposals/${id}`), /Few women speakers|Better/);
      // Only an organizer decides; asking for changes needs a message.
      assert.equal((await decide(reviewer, id, "accept")).status, 403);
      assert.equal((await decide(proposer, id, "accept")).status, 403);
      const noMessage = await decide(organizer, id, "request-changes");
      assert.equal(noMessage.status, 400);
      assert.match(await noMessage.text(), /Message to the proposer: Enter this information/);
      assert.equal(
        (await decide(organizer, id, "request-changes", "Please add a speaker from the Global South.")).status,
        303,
      );
      assert.equal(await stateOf(id), "changes_requested");
      const asked = (await t.mail()).filter((m) => m.to === "proposer@example.org").at(-1);
      assert.ok(asked);
      assert.match(asked.subject, /Changes requested to your session proposal: Community networks/);
      assert.match(asked.text, /Please add a speaker from the Global South/);
      // Reviews and decisions wait for the resubmission.
      assert.equal((await review(reviewer, id, [5, 5, 5])).status, 409);
      assert.equal((await decide(organizer, id, "accept")).status, 409);
      // The proposer edits and resubmits (the call's deadline does not apply: the organizer asked).
      const edited = await proposer.post(
        `/forum/proposals/${id}/edit`,
        proposalForm("Community networks for the last mile", {
          speaker2Name: "Nanjira Sambuli",
          speaker2Organization: "Independent",
          speaker2Role: "Researcher",
          intent: "submit",
        }),
      );
      assert.equal(edited.status, 303);
      assert.equal(await stateOf(id), "submitted");
      assert.equal((await decide(organizer, id, "accept", "Welcome to the programme.")).status, 303);
      assert.equal(await stateOf(id), "accepted");
      // The organizer goes from the proposal to the draft session, to schedule it.
      const sessionLink = /href="(\/forum\/dst-test-2025\/organize\/sessions\/[0-9a-f-]{36})"/.exec(
        await page(organizer, `/forum/proposals/${id}`),
      )?.[1];
      assert.ok(sessionLink, "a link to the draft session");
      assert.match(await page(organizer, sessionLink), /Community networks for the last mile/);
      const accepted = (await t.mail()).filter((m) => m.to === "proposer@example.org").at(-1);
      assert.ok(accepted);
      assert.match(accepted.subject, /Your session proposal was accepted: Community networks/);
      // After the decision nothing moves any more.
      assert.equal((await proposer.post(`/forum/proposals/${id}/withdraw`, {})).status, 409);
      assert.equal((await proposer.post(`/forum/proposals/${id}/edit`, proposalForm("Changed"))).status, 409);
      assert.equal((await review(reviewer, id, [1, 1, 1])).status, 409);
      assert.equal((await decide(organizer, id, "decline", "No")).status, 409);
      const actions = (
        await t.handle.db.selectFrom("auditEvent").select("action").where("objectId", "=", id).orderBy("id").execute()
      ).map((a) => a.action);
      // Sorted: two moves in one millisecond have ids in no particular order.
      assert.deepEqual(
        actions.sort(),
        [
          "forum.proposal.create",
          "forum.proposal.submit",
          "forum.proposal.review",
          "forum.proposal.review",
          "forum.proposal.review",
          "forum.proposal.request_changes",
          "forum.proposal.save",
          "forum.proposal.submit",
          "forum.proposal.accept",
        ].sort(),
      );
      // "My proposals" lists it with its state.
      const mine = await page(proposer, "/forum/proposals/mine");
      assert.match(mine, /Community networks for the last mile/);
      assert.match(mine, /Accepted/);
    });

    test("the accepted proposal is a draft session with its speakers, and never shows publicly", async () => {
      const id = await propose("Zyxwv secret proposal");
      assert.equal((await decide(organizer, id, "accept")).status, 303);
      const row = await t.handle.db
        .selectFrom("forumProposal")
        .select("sessionId")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      assert.ok(row.sessionId);
      const session = await t.handle.db
        .selectFrom("forumSession")
        .selectAll()
        .where("id", "=", row.sessionId)
        .executeTakeFirstOrThrow();
      assert.equal(session.state, "draft");
      assert.equal(session.typeCode, "workshop");
      assert.equal(session.eventId, eventId);
      const people = await t.handle.db
        .selectFrom("forumSessionPerson as sp")
        .innerJoin("forumPerson as p", "p.id", "sp.personId")
        .select(["p.name", "p.organization", "sp.role"])
        .where("sp.sessionId", "=", row.sessionId)
        .execute();
      assert.deepEqual(people, [{ name: "Grace Mwangi", organization: "University of Nairobi", role: "speaker" }]);
      const lines = await t.handle.db
        .selectFrom("forumSessionActionLine")
        .select("actionLineCode")
        .where("sessionId", "=", row.sessionId)
        .execute();
      assert.deepEqual(lines, [{ actionLineCode: "C5" }]);
      for (const path of [
        `/forum/${SLUG}/programme?day=all`,
        `/forum/${SLUG}/programme?q=Zyxwv`,
        `/api/v1/events/${SLUG}/sessions`,
        `/forum/${SLUG}/programme.ics`,
      ]) {
        const res = await t.request(path);
        assert.equal(res.status, 200, path);
        const body = await res.text();
        assert.ok(!body.includes("Zyxwv secret proposal"), `${path} shows the draft session`);
        assert.ok(!body.includes(row.sessionId), `${path} names the draft session`);
      }
      assert.equal((await t.request(`/forum/${SLUG}/sessions/${row.sessionId}`)).status, 404);
      assert.equal((await t.request(`/forum/${SLUG}/sessions/${row.sessionId}.ics`)).status, 404);

      // The proposer's data download carries the proposal; nobody else's does.
      type Download = { forumProposals: { proposals: { id: string; title: string; state: string }[] } };
      const mine = (await (await proposer.get("/account/data.json")).json()) as Download;
      const kept = mine.forumProposals.proposals.find((p) => p.id === id);
      assert.deepEqual(kept && { title: kept.title, state: kept.state }, {
        title: "Zyxwv secret proposal",
        state: "accepted",
      });
      const theirs = (await (await organizer.get("/account/data.json")).json()) as Download;
      assert.ok(!theirs.forumProposals.proposals.some((p) => p.id === id));
    });

    test("decline and withdraw: the proposer is told of a decline; a withdrawn proposal cannot be decided", async () => {
      const declined = await propose("A session nobody needs");
      assert.equal((await decide(organizer, declined, "decline")).status, 400);
      assert.equal((await decide(organizer, declined, "decline", "Out of scope this year.")).status, 303);
      assert.equal(await stateOf(declined), "declined");
      const mail = (await t.mail()).filter((m) => m.to === "proposer@example.org").at(-1);
      assert.ok(mail);
      assert.match(mail.subject, /was not accepted: A session nobody needs/);
      assert.match(mail.text, /Out of scope this year/);
      const audit = await t.handle.db
        .selectFrom("auditEvent")
        .selectAll()
        .where("objectId", "=", declined)
        .where("action", "=", "forum.proposal.decline")
        .executeTakeFirstOrThrow();
      assert.match(audit.after ?? "", /Out of scope/);

      const withdrawn = await propose("Changed my mind");
      assert.equal((await proposer.post(`/forum/proposals/${withdrawn}/withdraw`, {})).status, 303);
      assert.equal(await stateOf(withdrawn), "withdrawn");
      assert.equal((await decide(organizer, withdrawn, "accept")).status, 409);
      assert.equal((await proposer.post(`/forum/proposals/${withdrawn}/submit`, {})).status, 409);
      assert.equal((await proposer.post(`/forum/proposals/${withdrawn}/withdraw`, {})).status, 409);
    });

    test("the review queue: reviewers and organizers only, filtered by state, oldest first", async () => {
      await page(stranger, `/forum/${SLUG}/proposals/review`, 403);
      const first = await propose("Queue first");
      t.clock.advance(1000);
      const second = await propose("Queue second");
      const html = await page(reviewer, `/forum/${SLUG}/proposals/review`);
      const a = html.indexOf("Queue first");
      const b = html.indexOf("Queue second");
      assert.ok(a > 0 && b > a, "oldest submission first");
      assert.doesNotMatch(html, /A session nobody needs/);
      assert.match(await page(organizer, `/forum/${SLUG}/proposals/review?state=declined`), /A session nobody needs/);
      for (const id of [first, second]) await proposer.post(`/forum/proposals/${id}/withdraw`, {});
      const anonymous = await new Visitor(t).get(`/forum/${SLUG}/proposals/review`);
      assert.equal(anonymous.status, 303);
      assert.match(anonymous.headers.get("location") ?? "", /^\/account\/signin/);
    });

    test("bad input keeps what was typed and names the field", async () => {
      const empty = await proposer.post(
        `/forum/${SLUG}/proposals/new`,
        proposalForm("", { description: "Kept description text" }),
      );
      assert.equal(empty.status, 400);
      let html = await empty.text();
      assert.match(html, /Session title: Enter this information/);
      assert.ok(html.includes("Kept description text"));
      assert.ok(html.includes('value="Grace Mwangi"'));
      const long = "L".repeat(201);
      const tooLong = await proposer.post(`/forum/${SLUG}/proposals/new`, proposalForm(long, { roomSize: "lots" }));
      assert.equal(tooLong.status, 400);
      html = await tooLong.text();
      assert.match(html, /Session title: Too long: enter at most 200 characters\./);
      assert.match(html, /Expected participants \(room size\): Enter a whole number/);
      assert.ok(html.includes(`value="${long}"`));
      assert.ok(html.includes('value="lots"'));
      const nameless = await proposer.post(
        `/forum/${SLUG}/proposals/new`,
        proposalForm("Nameless speaker", { speaker2Organization: "Somewhere" }),
      );
      assert.equal(nameless.status, 400);
      html = await nameless.text();
      assert.match(html, /Speaker 2: Name: Enter this information/);
      assert.ok(html.includes('value="Somewhere"'));
      const badFormat = await proposer.post(`/forum/${SLUG}/proposals/new`, proposalForm("Odd", { format: "picnic" }));
      assert.equal(badFormat.status, 400);
      assert.match(await badFormat.text(), /Format: Choose one of the options/);
      const count = await t.handle.db
        .selectFrom("forumProposal")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("title", "in", ["", long, "Nameless speaker", "Odd"])
        .executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 0);
    });

    test("signed-out visitors are sent to sign in; Arabic call page is right-to-left", async () => {
      const anonymous = new Visitor(t);
      for (const path of ["/forum/proposals/mine", `/forum/${SLUG}/proposals/new`]) {
        const res = await anonymous.get(path);
        assert.equal(res.status, 303, path);
        assert.match(res.headers.get("location") ?? "", /^\/account\/signin/);
      }
      const ar = await page(anonymous, `/forum/${SLUG}/call?lang=ar`);
      assert.match(ar, /dir="rtl"/);
      assert.match(ar, /مُدِّد من/);
    });

    test("the new-proposal form carries a one-time key: five concurrent sendings make one draft", async () => {
      const form = await page(proposer, `/forum/${SLUG}/proposals/new`);
      const key = /name="formKey" value="([\w-]+)"/.exec(form)?.[1];
      assert.ok(key, "the form has a one-time key");
      const count = async () =>
        Number(
          (
            await t.handle.db
              .selectFrom("forumProposal")
              .select((eb) => eb.fn.countAll<number>().as("n"))
              .where("title", "=", "Once only")
              .executeTakeFirstOrThrow()
          ).n,
        );
      const sent = await Promise.all(
        Array.from({ length: 5 }, () =>
          proposer.post(`/forum/${SLUG}/proposals/new`, proposalForm("Once only", { formKey: key })),
        ),
      );
      const ids = new Set(sent.map(idFrom));
      assert.equal(ids.size, 1, "every answer leads to the same proposal");
      assert.equal(await count(), 1);
      // Another person's form, or a form without its key (JavaScript or not, an old page), still creates.
      assert.equal(
        (await stranger.post(`/forum/${SLUG}/proposals/new`, proposalForm("Once only", { formKey: key }))).status,
        303,
      );
      assert.equal((await proposer.post(`/forum/${SLUG}/proposals/new`, proposalForm("Once only"))).status, 303);
      assert.equal(await count(), 3);
    });
  });
}
