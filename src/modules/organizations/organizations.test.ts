import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import { signedUp, signedUpWithRoles } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { SESSION_GRACE_MS } from "../accounts/accounts.sessions.ts";
import { insertMembershipUnlessExists, transitionMembership } from "./organizations.repository.ts";

for (const dialect of await testDialects()) {
  describe(`organizations [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t?.close());
    // Sign-ups are limited per address and an in-process request has none: a new hour, a new allowance.
    beforeEach(() => t.clock.advance(61 * 60_000));

    const userId = async (email: string) =>
      (await t.handle.db.selectFrom("userAccount").select("id").where("email", "=", email).executeTakeFirstOrThrow())
        .id;

    const membership = (organizationId: string, user: string) =>
      t.handle.db
        .selectFrom("organizationMembership")
        .selectAll()
        .where("organizationId", "=", organizationId)
        .where("userId", "=", user)
        .executeTakeFirst();

    const auditOf = (action: string, objectId: string) =>
      t.handle.db
        .selectFrom("auditEvent")
        .selectAll()
        .where("action", "=", action)
        .where("objectId", "=", objectId)
        .orderBy("at")
        .orderBy("id")
        .execute();

    /** Creates an organisation through the form and returns its id. */
    async function created(v: Visitor, name: string, fields: Record<string, string> = {}) {
      const res = await v.post("/organizations/new", {
        name,
        stakeholderTypeCode: "civil-society",
        countryCode: "CH",
        website: "",
        ...fields,
      });
      assert.equal(res.status, 303, await res.clone().text());
      const location = res.headers.get("location") ?? "";
      const match = /^\/organizations\/([0-9a-f-]{36})\?done=created$/.exec(location);
      assert.ok(match?.[1], location);
      return match[1];
    }

    /** An organisation with a founder (its focal point) and one person who asked to join. */
    async function withRequest(prefix: string, orgName: string) {
      const founder = await signedUp(t, `${prefix}-founder@example.org`, "Founder Person");
      const id = await created(founder, orgName);
      const requester = await signedUp(t, `${prefix}-requester@example.org`, "Kwame Mensah");
      assert.equal((await requester.post(`/organizations/${id}/join`, {})).status, 303);
      return { founder, requester, id, requesterId: await userId(`${prefix}-requester@example.org`) };
    }

    test("create an organization: its creator becomes its focal point, and the decision is audited", async () => {
      const anonymous = await new Visitor(t).get("/organizations/new");
      assert.equal(anonymous.status, 303);
      assert.equal(anonymous.headers.get("location"), "/account/signin?next=%2Forganizations%2Fnew");

      const v = await signedUp(t, "creator@example.org", "Creator Person");
      const form = await v.get("/organizations/new");
      assert.equal(form.status, 200);
      const html = await form.text();
      assert.match(html, /<option value="civil-society">Civil society<\/option>/);
      assert.match(html, /<option value="CH">Switzerland<\/option>/);

      const res = await v.post("/organizations/new", {
        name: "  Digital   Bridges \n Initiative ",
        stakeholderTypeCode: "civil-society",
        countryCode: "KE",
        website: "https://digital-bridges.example.org",
      });
      assert.equal(res.status, 303);
      const id = /\/organizations\/([^?]+)/.exec(res.headers.get("location") ?? "")?.[1] ?? "";
      const row = await t.handle.db.selectFrom("organization").selectAll().where("id", "=", id).executeTakeFirst();
      assert.equal(row?.name, "Digital Bridges Initiative", "spaces are tidied");
      assert.equal(row?.countryCode, "KE");
      assert.equal(row?.website, "https://digital-bridges.example.org");

      const creatorId = await userId("creator@example.org");
      const own = await membership(id, creatorId);
      assert.equal(own?.status, "approved");
      assert.equal(own?.isFocalPoint, 1);
      const trail = await auditOf("organization.create", id);
      assert.equal(trail.length, 1);
      assert.equal(trail[0]?.actorId, creatorId);
      assert.match(trail[0]?.after ?? "", /Digital Bridges Initiative/);

      const page = await v.get(`/organizations/${id}?done=created`);
      const body = await page.text();
      assert.match(body, /<h1 dir="auto">Digital Bridges Initiative<\/h1>/);
      assert.match(body, /You are its focal point/);
      assert.match(body, /<dd>Kenya<\/dd>/);
      assert.match(body, /href="https:\/\/digital-bridges\.example\.org"/);
      assert.match(body, /Creator Person/, "a focal point sees the members");

      const french = await new Visitor(t).get(`/organizations/${id}?lang=fr`);
      assert.match(await french.text(), /<dd>Kenya<\/dd>[\s\S]*Société civile|Société civile[\s\S]*<dd>Kenya<\/dd>/);
    });

    test("a rejected form names each wrong field and keeps what was typed", async () => {
      const v = await signedUp(t, "typo@example.org");
      const res = await v.post("/organizations/new", {
        name: "",
        stakeholderTypeCode: "aliens",
        countryCode: "ZZ",
        website: "javascript:alert(1)",
      });
      assert.equal(res.status, 400);
      const body = await res.text();
      for (const field of ["name", "stakeholderTypeCode", "countryCode", "website"]) {
        assert.match(body, new RegExp(`<a href="#${field}">`), field);
      }
      assert.match(body, /value="javascript:alert\(1\)"/, "what was typed stays");
      assert.match(body, /starting with https:\/\//);

      const kept = await v.post("/organizations/new", {
        name: "Kept Name",
        stakeholderTypeCode: "academia",
        countryCode: "FR",
        // Not a web address (issue 17: "www.example.org" alone is now completed with https:// and accepted).
        website: "no web address",
      });
      assert.equal(kept.status, 400);
      const html = await kept.text();
      assert.match(html, /value="Kept Name"/);
      assert.match(html, /<option value="academia" selected="">Academia<\/option>/);
      assert.match(html, /<option value="FR" selected="">France<\/option>/);
      assert.doesNotMatch(html, /<a href="#name">/);
      const count = await t.handle.db.selectFrom("organization").select("id").where("name", "=", "Kept Name").execute();
      assert.equal(count.length, 0);
    });

    test("a name already taken, in any case, is refused with a field error", async () => {
      const v = await signedUp(t, "dup@example.org");
      await created(v, "Open Spectrum Alliance");
      await created(v, "Фонд Развития");
      for (const name of ["open spectrum alliance", "OPEN  SPECTRUM ALLIANCE ", "ФОНД РАЗВИТИЯ"]) {
        const res = await v.post("/organizations/new", { name, stakeholderTypeCode: "academia", countryCode: "FR" });
        assert.equal(res.status, 400, name);
        const body = await res.text();
        assert.match(body, /<a href="#name">[^<]*exists already/, name);
        assert.match(body, /aria-invalid="true"/);
      }
      const rows = await t.handle.db
        .selectFrom("organization")
        .select("name")
        .where("name", "in", ["Open Spectrum Alliance", "Фонд Развития"])
        .execute();
      assert.equal(rows.length, 2, "no second row");
      const trail = await t.handle.db
        .selectFrom("auditEvent")
        .select("id")
        .where("action", "=", "organization.create")
        .where("actorId", "=", await userId("dup@example.org"))
        .execute();
      assert.equal(trail.length, 2, "refusals write nothing");
    });

    test("a name carries no link: it goes into mail to focal points and members", async () => {
      const v = await signedUp(t, "linky@example.org");
      for (const name of [
        "Ministry — re-validate at https://evil.example",
        "Visit www.evil.example",
        "ops@evil.example",
      ]) {
        const res = await v.post("/organizations/new", { name, stakeholderTypeCode: "academia", countryCode: "FR" });
        assert.equal(res.status, 400, name);
        assert.match(await res.text(), /<a href="#name">[^<]*without web or email addresses/, name);
      }
      await created(v, "Amazon.com Digital Skills Initiative");
    });

    test("ask to join; a focal point approves: the person is told by mail, and it is audited", async () => {
      const { founder, requester, id, requesterId } = await withRequest("approve", "Approve Org");
      const pending = await membership(id, requesterId);
      assert.equal(pending?.status, "pending");
      assert.equal(pending?.isFocalPoint, 0);
      assert.equal((await auditOf("organization.membership_request", id)).length, 1);

      const toFocal = (await t.mail()).filter((m) => m.to === "approve-founder@example.org").at(-1);
      assert.equal(toFocal?.subject, "Kwame Mensah asks to join Approve Org");
      assert.match(toFocal?.text ?? "", /Hello Founder Person,/);
      assert.ok(toFocal?.text.includes(`http://localhost:3000/organizations/${id}`), toFocal?.text);

      const waiting = await (await requester.get(`/organizations/${id}`)).text();
      assert.match(waiting, /You asked to join on/);
      assert.doesNotMatch(waiting, /\/approve"/, "a requester sees no approve button");

      const page = await (await founder.get(`/organizations/${id}`)).text();
      assert.match(page, /<h2 id="requests">Requests to join<\/h2>/);
      assert.ok(page.includes(`action="/organizations/${id}/members/${requesterId}/approve"`));
      assert.match(page, /approve-requester@example\.org/);

      // Mail goes out in the recipient's language, whoever decides.
      await t.handle.db
        .updateTable("userAccount")
        .set({ preferredLocale: "es" })
        .where("id", "=", requesterId)
        .execute();
      const approved = await founder.post(`/organizations/${id}/members/${requesterId}/approve`, {});
      assert.equal(approved.status, 303);
      assert.equal(approved.headers.get("location"), `/organizations/${id}?done=approved`);
      const row = await membership(id, requesterId);
      assert.equal(row?.status, "approved");
      assert.equal(row?.decidedBy, await userId("approve-founder@example.org"));
      assert.ok(row?.decidedAt);

      const trail = await auditOf("organization.membership_approve", id);
      assert.equal(trail.length, 1);
      assert.equal(trail[0]?.actorId, await userId("approve-founder@example.org"));
      assert.deepEqual(JSON.parse(trail[0]?.after ?? "null"), { state: "approved", userId: requesterId });

      const queued = await t.handle.db
        .selectFrom("mailMessage")
        .select(["template", "locale"])
        .where("toAddress", "=", "approve-requester@example.org")
        .where("template", "=", "membershipApproved")
        .execute();
      assert.deepEqual(queued, [{ template: "membershipApproved", locale: "es" }]);
      const told = (await t.mail()).filter((m) => m.to === "approve-requester@example.org").at(-1);
      assert.match(told?.subject ?? "", /Approve Org/);
      assert.match(told?.text ?? "", /^Hola, Kwame Mensah:/, "the greeting is in Spanish");

      const member = await (await requester.get(`/organizations/${id}`)).text();
      assert.match(member, /You are a member of this organization/);
      const mine = await (await requester.get("/organizations")).text();
      assert.match(mine, /Your organizations[\s\S]*Approve Org<\/a> <span class="muted">\(Member\)/);

      const again = await founder.post(`/organizations/${id}/members/${requesterId}/approve`, {});
      assert.equal(again.status, 400);
      assert.match(await again.text(), /<a href="#request-[^"]+">Kwame Mensah: This request was already decided/);
      assert.equal((await auditOf("organization.membership_approve", id)).length, 1);
    });

    test("a focal point rejects; the person is told and may ask again", async () => {
      const { founder, requester, id, requesterId } = await withRequest("reject", "Reject Org");
      const res = await founder.post(`/organizations/${id}/members/${requesterId}/reject`, {});
      assert.equal(res.status, 303);
      assert.equal((await membership(id, requesterId))?.status, "rejected");
      assert.equal((await auditOf("organization.membership_reject", id)).length, 1);
      const told = (await t.mail()).filter((m) => m.to === "reject-requester@example.org").at(-1);
      assert.equal(told?.subject, "Your request to join Reject Org was not approved");

      const page = await (await requester.get(`/organizations/${id}`)).text();
      assert.match(page, /was not approved/);
      assert.match(page, /Ask again/);
      assert.equal((await requester.post(`/organizations/${id}/join`, {})).status, 303);
      assert.equal((await membership(id, requesterId))?.status, "pending");
      assert.equal((await auditOf("organization.membership_request", id)).length, 2);
    });

    test("a member who is not a focal point, and an anonymous person, cannot decide", async () => {
      const { founder, requester, id, requesterId } = await withRequest("refuse", "Refuse Org");
      await founder.post(`/organizations/${id}/members/${requesterId}/approve`, {});
      const other = await signedUp(t, "refuse-other@example.org", "Other Person");
      await other.post(`/organizations/${id}/join`, {});
      const otherId = await userId("refuse-other@example.org");

      const asMember = await requester.post(`/organizations/${id}/members/${otherId}/approve`, {});
      assert.equal(asMember.status, 403);
      assert.equal((await requester.post(`/organizations/${id}/members/${otherId}/reject`, {})).status, 403);
      const notAppointed = await requester.post(`/organizations/${id}/members/${requesterId}/focal-point`, {
        value: "1",
      });
      assert.equal(notAppointed.status, 403);

      const anonymous = new Visitor(t);
      const res = await anonymous.post(`/organizations/${id}/members/${otherId}/approve`, {});
      assert.equal(res.status, 303);
      assert.equal(res.headers.get("location"), `/account/signin?next=${encodeURIComponent(`/organizations/${id}`)}`);

      assert.equal((await membership(id, otherId))?.status, "pending", "nothing changed");
      assert.equal((await membership(id, requesterId))?.isFocalPoint, 0);
      const page = await (await requester.get(`/organizations/${id}`)).text();
      assert.doesNotMatch(page, /Requests to join/, "members do not see requests");
      assert.doesNotMatch(page, /refuse-other@example\.org/);
      const publicPage = await (await anonymous.get(`/organizations/${id}`)).text();
      assert.match(publicPage, /Sign in to ask to join this organization/);
      assert.doesNotMatch(publicPage, /@example\.org/, "no addresses in public");
    });

    test("moderators and administrators decide; only focal points and administrators appoint", async () => {
      const { id, requesterId } = await withRequest("staff", "Staff Org");
      const moderator = await signedUpWithRoles(t, "staff-moderator@example.org", [{ role: "moderator" }]);
      const page = await (await moderator.get(`/organizations/${id}`)).text();
      assert.match(page, /Requests to join/);
      assert.doesNotMatch(page, /focal-point"/, "a moderator has no appoint buttons");
      assert.equal((await moderator.post(`/organizations/${id}/members/${requesterId}/approve`, {})).status, 303);
      assert.equal((await membership(id, requesterId))?.status, "approved");
      const trail = await auditOf("organization.membership_approve", id);
      assert.equal(trail[0]?.actorId, await userId("staff-moderator@example.org"));
      const refused = await moderator.post(`/organizations/${id}/members/${requesterId}/focal-point`, { value: "1" });
      assert.equal(refused.status, 403);

      const admin = await signedUpWithRoles(t, "staff-admin@example.org", [{ role: "admin" }]);
      const appointed = await admin.post(`/organizations/${id}/members/${requesterId}/focal-point`, { value: "1" });
      assert.equal(appointed.status, 303);
      assert.equal((await membership(id, requesterId))?.isFocalPoint, 1);

      const late = await signedUp(t, "staff-late@example.org", "Late Person");
      await late.post(`/organizations/${id}/join`, {});
      const lateId = await userId("staff-late@example.org");
      assert.equal((await admin.post(`/organizations/${id}/members/${lateId}/reject`, {})).status, 303);
      assert.equal((await membership(id, lateId))?.status, "rejected");
    });

    test("appoint a focal point; the last focal point cannot be removed", async () => {
      const { founder, requester, id, requesterId } = await withRequest("focal", "Focal Org");
      const founderId = await userId("focal-founder@example.org");
      await founder.post(`/organizations/${id}/members/${requesterId}/approve`, {});

      const appoint = await founder.post(`/organizations/${id}/members/${requesterId}/focal-point`, { value: "1" });
      assert.equal(appoint.status, 303);
      assert.equal(appoint.headers.get("location"), `/organizations/${id}?done=appointed`);
      assert.equal((await membership(id, requesterId))?.isFocalPoint, 1);
      const appointed = await auditOf("organization.focal_point_appoint", id);
      assert.equal(appointed.length, 1);
      assert.deepEqual(JSON.parse(appointed[0]?.after ?? "null"), { userId: requesterId, isFocalPoint: true });
      const now = await (await requester.get(`/organizations/${id}`)).text();
      assert.match(now, /You are a focal point of this organization/);
      assert.match(now, /<h2 id="members">Members<\/h2>/, "the new focal point sees the members at once");

      const bad = await founder.post(`/organizations/${id}/members/${requesterId}/focal-point`, { value: "maybe" });
      assert.equal(bad.status, 400);

      // The founder steps down; the new focal point, now the only one, cannot.
      assert.equal(
        (await founder.post(`/organizations/${id}/members/${founderId}/focal-point`, { value: "0" })).status,
        303,
      );
      assert.equal((await membership(id, founderId))?.isFocalPoint, 0);
      assert.equal((await auditOf("organization.focal_point_remove", id)).length, 1);
      const last = await requester.post(`/organizations/${id}/members/${requesterId}/focal-point`, { value: "0" });
      assert.equal(last.status, 400);
      const body = await last.text();
      assert.match(body, /<a href="#member-[^"]+">Kwame Mensah: An organization needs at least one focal point/);
      assert.ok(body.includes(`id="member-${requesterId}"`), "the summary links to the button");
      assert.equal((await membership(id, requesterId))?.isFocalPoint, 1);
      assert.equal((await auditOf("organization.focal_point_remove", id)).length, 1);

      const leave = await requester.post(`/organizations/${id}/leave`, {});
      assert.equal(leave.status, 400);
      assert.match(await leave.text(), /<a href="#leave">[^<]*only focal point/);
      assert.ok(await membership(id, requesterId), "the last focal point stays");

      assert.equal((await founder.get(`/organizations/${id}`)).status, 200);
      assert.equal(
        (await founder.post(`/organizations/${id}/members/${requesterId}/focal-point`, { value: "0" })).status,
        403,
        "no longer a focal point: no longer allowed",
      );
    });

    test("leave an organization, and withdraw a request", async () => {
      const { founder, requester, id, requesterId } = await withRequest("leave", "Leave Org");
      // Withdrawing a waiting request.
      const withdrawn = await requester.post(`/organizations/${id}/leave`, {});
      assert.equal(withdrawn.status, 303);
      assert.equal(await membership(id, requesterId), undefined);

      await requester.post(`/organizations/${id}/join`, {});
      await founder.post(`/organizations/${id}/members/${requesterId}/approve`, {});
      const left = await requester.post(`/organizations/${id}/leave`, {});
      assert.equal(left.status, 303);
      assert.equal(left.headers.get("location"), `/organizations/${id}?done=left`);
      assert.equal(await membership(id, requesterId), undefined);
      const trail = await auditOf("organization.leave", id);
      assert.equal(trail.length, 2);
      assert.ok(trail.every((row) => row.actorId === requesterId));
      assert.deepEqual(
        trail.map((row) => JSON.parse(row.before ?? "null")),
        [
          { userId: requesterId, status: "pending", isFocalPoint: false },
          { userId: requesterId, status: "approved", isFocalPoint: false },
        ],
      );
      const page = await (await requester.get(`/organizations/${id}?done=left`)).text();
      assert.match(page, /You are no longer a member/);
      assert.match(page, />Ask to join</);
      assert.equal((await requester.post(`/organizations/${id}/leave`, {})).status, 404, "not a member any more");
    });

    test("the public list searches by name, a page at a time", async () => {
      const now = new Date().toISOString();
      const rows = [
        ...Array.from({ length: 23 }, (_, i) => `Search Hub ${String(i + 1).padStart(2, "0")}`),
        "100% Connected",
        "1000 Connected Schools",
        "Cyber_Lab",
        "CyberXLab",
      ].map((name, i) => ({
        id: `00000000-0000-7000-8000-${String(i).padStart(12, "0")}`,
        name,
        stakeholderTypeCode: "academia",
        countryCode: "JP",
        website: null,
        createdAt: now,
        updatedAt: now,
      }));
      await t.handle.db.insertInto("organization").values(rows).execute();

      const v = new Visitor(t);
      const first = await v.get("/organizations?q=search+hub");
      assert.equal(first.status, 200);
      const page1 = await first.text();
      assert.match(page1, /23 organizations/);
      assert.equal([...page1.matchAll(/>Search Hub \d\d</g)].length, 20);
      assert.match(page1, /<td>Academia<\/td>\s*<td>Japan<\/td>/);
      assert.match(page1, /href="\/organizations\?q=search\+hub&amp;page=2" rel="next"/);
      assert.doesNotMatch(page1, /Your organizations/, "anonymous readers have none");

      const page2 = await (await v.get("/organizations?q=search+hub&page=2")).text();
      assert.equal([...page2.matchAll(/>Search Hub \d\d</g)].length, 3);
      assert.match(page2, />Search Hub 23</);
      assert.match(page2, /rel="prev"/);
      assert.doesNotMatch(page2, /rel="next"/);

      const percent = await (await v.get(`/organizations?q=${encodeURIComponent("100%")}`)).text();
      assert.match(percent, />100% Connected</);
      assert.doesNotMatch(percent, /1000 Connected Schools/, "% is a character, not a wildcard");
      const underscore = await (await v.get("/organizations?q=cyber_")).text();
      assert.match(underscore, />Cyber_Lab</);
      assert.doesNotMatch(underscore, /CyberXLab/, "_ is a character, not a wildcard");

      const none = await (await v.get("/organizations?q=nothing+like+this")).text();
      assert.match(none, /No organization found/);
      const odd = await v.get("/organizations?page=-3&q=");
      assert.equal(odd.status, 200, "a strange page number shows the first page");

      const japanese = await (await v.get("/organizations?q=search+hub&lang=zh")).text();
      assert.match(japanese, /<td>日本<\/td>/, "countries are named in the reader's language");
      // The name column holds organisations' names: 名称 in Chinese, Название in Russian, not a person's name.
      assert.match(japanese, /<th scope="col">名称<\/th>/);
      assert.doesNotMatch(japanese, /姓名/);
      const russian = await (await v.get("/organizations?q=search+hub&lang=ru")).text();
      assert.match(russian, /<th scope="col">Название<\/th>/);
      assert.doesNotMatch(russian, />Имя</);
    });

    test("a change of focal-point status reissues the session; leaving clears the profile's organization", async () => {
      const { founder, requester, id, requesterId } = await withRequest("privilege", "Privilege Forum");
      assert.equal((await founder.post(`/organizations/${id}/members/${requesterId}/approve`, {})).status, 303);
      const saved = await requester.post("/account/profile", {
        displayName: "Kwame Mensah",
        passportName: "",
        organizationId: id,
        preferredLocale: "en",
      });
      assert.equal(saved.status, 303, await saved.clone().text());
      const before = requester.cookies.get("wsis_session");
      assert.equal(
        (await founder.post(`/organizations/${id}/members/${requesterId}/focal-point`, { value: "1" })).status,
        303,
      );
      assert.equal((await requester.get("/account")).status, 200);
      const after = requester.cookies.get("wsis_session");
      assert.ok(after && after !== before, "a new session after the privilege change");
      // The old cookie works for a short grace period (requests already in flight), then no more.
      t.clock.advance(SESSION_GRACE_MS + 1000);
      const old = await t.request("/account", { headers: { cookie: `wsis_session=${before}` } });
      assert.equal(old.status, 303, "the old session cookie no longer works");

      assert.equal((await requester.post(`/organizations/${id}/leave`, {})).status, 303);
      const account = await t.handle.db
        .selectFrom("userAccount")
        .select("organizationId")
        .where("id", "=", requesterId)
        .executeTakeFirstOrThrow();
      assert.equal(account.organizationId, null);
    });

    test("the data download lists the person's memberships and requests; the account page, their focal points", async () => {
      const { founder, requester, id } = await withRequest("download", "Download Alliance");
      const other = await created(founder, "Download Second Alliance");
      const mine = await founder.get("/account/data.json");
      assert.equal(mine.status, 200);
      const data = (await mine.json()) as { memberships: { id: string; name: string; status: string }[] };
      assert.deepEqual(
        data.memberships.map((m) => [m.id, m.name, m.status]).sort(),
        [
          [id, "Download Alliance", "approved"],
          [other, "Download Second Alliance", "approved"],
        ].sort(),
      );
      const asked = (await (await requester.get("/account/data.json")).json()) as typeof data;
      assert.deepEqual(
        asked.memberships.map((m) => [m.id, m.status]),
        [[id, "pending"]],
      );
      const home = await (await founder.get("/account?lang=en")).text();
      assert.match(home, /Focal point of Download Alliance/);
      assert.match(home, /Focal point of Download Second Alliance/);
      assert.doesNotMatch(await (await requester.get("/account?lang=en")).text(), /Focal point of/);
    });

    test("a focal point sees members and requests each by name; focal points are mailed a new request", async () => {
      const founder = await signedUp(t, "order-founder@example.org", "Mbali Founder");
      const id = await created(founder, "Order Collective");
      const joined: [string, string][] = [];
      for (const name of ["Zhang Wei", "Amina Diallo", "Pedro Alvares", "Kwame Mensah"]) {
        const email = `order-${name.split(" ")[0]?.toLowerCase()}@example.org`;
        const person = await signedUp(t, email, name);
        assert.equal((await person.post(`/organizations/${id}/join`, {})).status, 303);
        joined.push([name, await userId(email)]);
      }
      for (const [name, user] of joined) {
        if (name === "Zhang Wei" || name === "Amina Diallo") {
          assert.equal((await founder.post(`/organizations/${id}/members/${user}/approve`, {})).status, 303);
        }
      }
      const html = await (await founder.get(`/organizations/${id}?lang=en`)).text();
      const at = (name: string) => {
        assert.ok(html.includes(name), name);
        return html.indexOf(name);
      };
      // Requests come first on the page (Kwame, Pedro), then members (Amina, Mbali, Zhang): each list by name.
      assert.ok(at("Kwame Mensah") < at("Pedro Alvares"), "requests by name");
      assert.ok(at("Amina Diallo") < at("Mbali Founder") && at("Mbali Founder") < at("Zhang Wei"), "members by name");
      const mailed = await t.handle.db
        .selectFrom("mailMessage")
        .select("toAddress")
        .where("template", "=", "membershipRequested")
        .where("toAddress", "=", "order-founder@example.org")
        .execute();
      assert.equal(mailed.length, 4, "the focal point is told of each request");
    });

    test("two decisions sent together on one request: one is made, the other is told it was decided", async () => {
      const { founder, id, requesterId } = await withRequest("race", "Race Org");
      const moderator = await signedUpWithRoles(t, "race-moderator@example.org", [{ role: "moderator" }]);
      const answers = await Promise.all([
        founder.post(`/organizations/${id}/members/${requesterId}/approve`, {}),
        moderator.post(`/organizations/${id}/members/${requesterId}/reject`, {}),
      ]);
      assert.deepEqual(answers.map((r) => r.status).sort(), [303, 400]);
      const refused = answers.find((r) => r.status === 400);
      assert.match((await refused?.text()) ?? "", /This request was already decided/);
      const decided = [
        ...(await auditOf("organization.membership_approve", id)),
        ...(await auditOf("organization.membership_reject", id)),
      ];
      assert.equal(decided.length, 1, "one decision audited");
      const row = await membership(id, requesterId);
      assert.equal(row?.status, decided[0]?.action === "organization.membership_approve" ? "approved" : "rejected");
      const mails = await t.handle.db
        .selectFrom("mailMessage")
        .select("template")
        .where("toAddress", "=", "race-requester@example.org")
        .execute();
      assert.equal(mails.filter((m) => m.template !== "verify").length, 1, "the person is told once");

      const twice = await signedUp(t, "race-twice@example.org", "Twice Person");
      const joins = await Promise.all([
        twice.post(`/organizations/${id}/join`, {}),
        twice.post(`/organizations/${id}/join`, {}),
      ]);
      assert.deepEqual(
        joins.map((r) => r.status),
        [303, 303],
      );
      assert.equal((await membership(id, await userId("race-twice@example.org")))?.status, "pending");
      const asked = await auditOf("organization.membership_request", id);
      assert.equal(asked.filter((a) => a.actorId !== requesterId).length, 1, "one request made");
    });

    test("a membership's compare-and-set: a move made by someone else first is refused, and so is a second first request", async () => {
      const { id, requesterId } = await withRequest("cas", "Compare Org");
      const decided = { status: "approved" as const, decidedAt: "2027-01-01T00:00:00.000Z", decidedBy: null };
      assert.equal(await transitionMembership(t.handle.db, id, requesterId, ["pending"], decided), true);
      assert.equal(await transitionMembership(t.handle.db, id, requesterId, ["pending"], decided), false);
      assert.equal(await transitionMembership(t.handle.db, id, requesterId, [], decided), false);
      const first = {
        organizationId: id,
        userId: requesterId,
        status: "pending" as const,
        isFocalPoint: 0,
        requestedAt: "2027-01-01T00:00:00.000Z",
        decidedAt: null,
        decidedBy: null,
      };
      assert.equal(await insertMembershipUnlessExists(t.handle.db, first), false, "a row exists already");
      assert.equal((await membership(id, requesterId))?.status, "approved");
    });

    test("an unknown organization is a 404 page", async () => {
      const res = await t.request("/organizations/00000000-0000-7000-8000-ffffffffffff");
      assert.equal(res.status, 404);
      assert.match(await res.text(), /Page not found/);
      const v = await signedUp(t, "lost@example.org");
      assert.equal((await v.post("/organizations/no-such-id/join", {})).status, 404);
    });
  });
}
