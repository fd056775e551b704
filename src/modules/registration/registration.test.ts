import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import sharp from "sharp";
import { signedUp, signedUpWithRoles } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import type { Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { dstEdition } from "../forum/forum.fixtures.ts";
import { loadEdition } from "../forum/forum.seed.ts";
import { insertCategory, setRegistrationSettings } from "./registration.fixtures.ts";

const SLUG = "reg-test-2099";
/** A real photo: since issue 16 every photo is decoded and stored re-encoded, so a few bytes that start like a JPEG no longer pass. */
const JPEG = new Uint8Array(
  await sharp({ create: { width: 300, height: 400, channels: 3, background: "#8899aa" } })
    .jpeg()
    .toBuffer(),
);

/** A valid registration form, with these changes (formFields where a test names its own `form`). */
const form = (changes: Record<string, string> = {}) => ({
  attendance: "onsite",
  passportName: "AMINA WANJIRU OKELLO",
  preferredName: "Amina Okello",
  organizationName: "Kenya ICT Authority",
  stakeholderTypeCode: "government",
  countryCode: "KE",
  nationalityCode: "KE",
  interestWhy: "To present our national e-strategy.",
  interestContribution: "A talk in the session on digital inclusion.",
  consent: "yes",
  ...changes,
});
const formFields = form;

/** A multipart POST as a browser sends the registration form, optionally with a photo. */
async function postMultipart(
  v: Visitor,
  path: string,
  fields: Record<string, string>,
  photo?: { bytes: Uint8Array; type: string; name: string },
) {
  const body = new FormData();
  for (const [k, value] of Object.entries(fields)) body.append(k, value);
  if (photo) body.append("photo", new File([photo.bytes as Uint8Array<ArrayBuffer>], photo.name, { type: photo.type }));
  const res = await v.t.request(path, {
    method: "POST",
    body,
    headers: {
      ...v.headers,
      origin: "http://localhost:3000",
      cookie: [...v.cookies].map(([k, value]) => `${k}=${value}`).join("; "),
    },
  });
  return res;
}

for (const dialect of await testDialects()) {
  describe(`Registration and accreditation [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let eventId: string;
    let moderator: Visitor;
    let accreditation: Visitor;
    let organizer: Visitor;
    let autoCategory: string;
    let delegateCategory: string;
    let people = 0;

    const db = () => t.handle.db;
    const registrationOf = async (email: string) =>
      db()
        .selectFrom("forumRegistration as r")
        .innerJoin("userAccount as u", "u.id", "r.userId")
        .selectAll("r")
        .where("u.email", "=", email)
        .where("r.eventId", "=", eventId)
        .executeTakeFirstOrThrow();
    const mailTo = async (email: string) => (await t.mail()).filter((m) => m.to === email);
    const setEvent = (fields: { accreditationClosesAt?: string | null; onsiteCapacity?: number | null }) =>
      setRegistrationSettings(db(), eventId, fields);

    /** A new person registered through the form; returns them, their email and their registration. */
    async function registered(changes: Record<string, string> = {}, name = "Person") {
      const email = `person${++people}@example.org`;
      const v = await signedUp(t, email, name);
      const res = await postMultipart(v, `/forum/${SLUG}/register`, form(changes));
      assert.equal(res.status, 303, (await res.text()).slice(0, 3000));
      return { v, email, row: await registrationOf(email) };
    }

    /**
     * An organisation whose founder is its focal point, and a member approved by them; verified by the secretariat,
     * the member's approval a month old (issue 16: only then may a focal point's approval accredit on its own).
     */
    async function organisationWithMember() {
      const n = ++people;
      const focal = await signedUp(t, `focal${n}@example.org`, "Focal Point");
      const created = await focal.post("/organizations/new", {
        name: `Delegation ${n}`,
        stakeholderTypeCode: "government",
        countryCode: "KE",
        website: "",
      });
      const organizationId = /\/organizations\/([0-9a-f-]{36})/.exec(created.headers.get("location") ?? "")?.[1];
      assert.ok(organizationId);
      const memberEmail = `member${n}@example.org`;
      const member = await signedUp(t, memberEmail, "Member");
      assert.equal((await member.post(`/organizations/${organizationId}/join`, {})).status, 303);
      const memberId = (
        await db().selectFrom("userAccount").select("id").where("email", "=", memberEmail).executeTakeFirstOrThrow()
      ).id;
      assert.equal((await focal.post(`/organizations/${organizationId}/members/${memberId}/approve`, {})).status, 303);
      await db()
        .updateTable("organizationMembership")
        .set({ decidedAt: new Date(Date.now() - 30 * 24 * 60 * 60 * 1000).toISOString() })
        .where("organizationId", "=", organizationId)
        .where("userId", "=", memberId)
        .execute();
      const verified = await moderator.post(`/organizations/${organizationId}/verification`, {
        decision: "verify",
        note: "Checked.",
      });
      assert.equal(verified.status, 303);
      return { focal, member, memberEmail, organizationId };
    }

    const decide = (v: Visitor, id: string, decision: string, reason = "") =>
      v.post(`/forum/${SLUG}/accreditation/${id}/decision`, { decision, reason });

    before(async () => {
      t = await buildTestApp(dialect);
      await loadEdition(t.handle.db, {
        ...dstEdition(),
        slug: SLUG,
        title: { en: "Registration Test Forum 2099" },
        startsOn: "2099-10-24",
        endsOn: "2099-10-27",
        sessions: [],
      });
      eventId = (await db().selectFrom("forumEvent").select("id").where("slug", "=", SLUG).executeTakeFirstOrThrow())
        .id;
      autoCategory = (
        await insertCategory(db(), eventId, {
          code: "delegation",
          autoAccredited: 1,
          admittedStakeholderTypes: JSON.stringify(["government"]),
          position: 1,
        })
      ).id;
      delegateCategory = (await insertCategory(db(), eventId, { code: "participant", position: 2 })).id;
      moderator = await signedUpWithRoles(t, "moderator@example.org", [{ role: "moderator" }]);
      accreditation = await signedUpWithRoles(t, "accreditation@example.org", [{ role: "accreditation" }]);
      organizer = await signedUpWithRoles(t, "organizer@example.org", [{ role: "organizer" }]);
    });
    after(() => t?.close());

    test("virtual registration is confirmed at once, with a letter nonce and a mail", async () => {
      const { v, email, row } = await registered({ attendance: "virtual", categoryId: delegateCategory });
      assert.equal(row.state, "confirmed");
      assert.equal(row.route, null);
      assert.ok(row.letterNonce);
      assert.equal(row.badgeNonce, null);
      const mail = await mailTo(email);
      assert.ok(mail.some((m) => /Registration confirmed: Registration Test Forum 2099/.test(m.subject)));
      const page = await (await v.get(`/forum/registrations/${row.id}`)).text();
      assert.match(page, /Confirmed/);
      assert.match(page, new RegExp(`/forum/registrations/${row.id}/letter.pdf`));
      const mine = await (await v.get("/forum/registrations/mine")).text();
      assert.match(mine, new RegExp(`/forum/registrations/${row.id}"`));
      // The register page now leads to the existing registration.
      const again = await v.get(`/forum/${SLUG}/register`);
      assert.equal(again.status, 303);
      assert.equal(again.headers.get("location"), `/forum/registrations/${row.id}?done=already`);
      // Someone else never sees it.
      const other = await signedUp(t, `other${++people}@example.org`);
      assert.equal((await other.get(`/forum/registrations/${row.id}`)).status, 404);
    });

    test("on site without a focal point: to the secretariat, who approves; nonces set, mail sent, audited", async () => {
      const { v, email, row } = await registered({ categoryId: delegateCategory });
      assert.equal(row.state, "submitted");
      assert.equal(row.route, "secretariat");
      assert.equal(row.letterNonce, null);
      assert.ok((await mailTo(email)).some((m) => /Registration received/.test(m.subject)));
      // The person cannot decide, nor see the queue.
      assert.equal((await v.get(`/forum/${SLUG}/accreditation`)).status, 403);
      assert.equal((await decide(v, row.id, "approve")).status, 403);
      const queue = await (await moderator.get(`/forum/${SLUG}/accreditation`)).text();
      assert.match(queue, new RegExp(`/accreditation/${row.id}"`));
      const request = await (await moderator.get(`/forum/${SLUG}/accreditation/${row.id}`)).text();
      assert.match(request, /To present our national e-strategy\./);
      assert.equal((await decide(moderator, row.id, "approve")).status, 303);
      const approved = await registrationOf(email);
      assert.equal(approved.state, "approved");
      assert.ok(approved.letterNonce && approved.badgeNonce);
      assert.ok((await mailTo(email)).some((m) => /Accreditation approved/.test(m.subject)));
      const audit = await db()
        .selectFrom("auditEvent")
        .selectAll()
        .where("action", "=", "registration.approve")
        .where("objectId", "=", row.id)
        .executeTakeFirst();
      assert.ok(audit);
      assert.match(await (await v.get(`/forum/registrations/${row.id}`)).text(), /Approved/);
      // A decision already made cannot be made again.
      assert.equal((await decide(moderator, row.id, "approve")).status, 409);
    });

    test("focal point of a verified organisation, in an automatically accredited category, approves: final", async () => {
      const { focal, member, memberEmail, organizationId } = await organisationWithMember();
      const res = await postMultipart(
        member,
        `/forum/${SLUG}/register`,
        form({ organizationId, categoryId: autoCategory }),
      );
      assert.equal(res.status, 303);
      const row = await registrationOf(memberEmail);
      assert.equal(row.route, "focal_point");
      assert.equal(row.organizationId, organizationId);
      const queue = await (await focal.get(`/forum/${SLUG}/accreditation`)).text();
      assert.match(queue, new RegExp(`/accreditation/${row.id}"`));
      // Not in the secretariat's queue while the focal point decides.
      assert.doesNotMatch(await (await moderator.get(`/forum/${SLUG}/accreditation`)).text(), new RegExp(row.id));
      const page = await (await focal.get(`/forum/${SLUG}/accreditation/${row.id}`)).text();
      assert.match(page, /value="approve"/);
      assert.doesNotMatch(page, /value="waitlist"/);
      assert.equal((await decide(focal, row.id, "approve")).status, 303);
      assert.equal((await registrationOf(memberEmail)).state, "approved");
    });

    test("focal point of another category acknowledges; then the secretariat decides", async () => {
      const { focal, member, memberEmail, organizationId } = await organisationWithMember();
      await postMultipart(member, `/forum/${SLUG}/register`, form({ organizationId, categoryId: delegateCategory }));
      const row = await registrationOf(memberEmail);
      assert.equal(row.route, "focal_point");
      assert.equal((await decide(focal, row.id, "approve")).status, 403, "a focal point cannot approve here");
      assert.equal((await decide(focal, row.id, "acknowledge")).status, 303);
      assert.equal((await registrationOf(memberEmail)).state, "acknowledged");
      assert.ok((await mailTo(memberEmail)).some((m) => /Request acknowledged/.test(m.subject)));
      assert.match(await (await moderator.get(`/forum/${SLUG}/accreditation`)).text(), new RegExp(row.id));
      assert.equal((await decide(focal, row.id, "approve")).status, 403);
      // Another organisation's focal point sees nothing of it.
      const stranger = await organisationWithMember();
      assert.equal((await stranger.focal.get(`/forum/${SLUG}/accreditation/${row.id}`)).status, 403);
      assert.equal((await decide(moderator, row.id, "approve")).status, 303);
      assert.equal((await registrationOf(memberEmail)).state, "approved");
    });

    test("a rejection needs a reason, which the person reads on their page and in the mail", async () => {
      const { v, email, row } = await registered({ categoryId: delegateCategory });
      const missing = await decide(moderator, row.id, "reject", "  ");
      assert.equal(missing.status, 400);
      assert.match(await missing.text(), /Give the reason for the rejection/);
      assert.equal((await decide(moderator, row.id, "reject", "Places are kept for delegations.")).status, 303);
      const rejected = await registrationOf(email);
      assert.equal(rejected.state, "rejected");
      assert.equal(rejected.letterNonce, null);
      assert.match(await (await v.get(`/forum/registrations/${row.id}`)).text(), /Places are kept for delegations\./);
      const mail = (await mailTo(email)).find((m) => /not accepted/.test(m.subject));
      assert.ok(mail);
      assert.match(mail.text, /Places are kept for delegations\./);
      // Rejected cannot be cancelled.
      assert.equal((await v.post(`/forum/registrations/${row.id}/cancel`, { confirm: "yes" })).status, 409);
    });

    test("on-site requests close at the deadline, said in the event's zone; virtual stays open", async () => {
      await setEvent({ accreditationClosesAt: "2000-01-01T17:00:00.000Z" });
      try {
        const email = `late${++people}@example.org`;
        const v = await signedUp(t, email);
        const page = await (await v.get(`/forum/${SLUG}/register`)).text();
        assert.match(page, /On-site requests closed on January 1, 2000 at 18:00 \(Central European Standard Time\)/);
        const refused = await postMultipart(v, `/forum/${SLUG}/register`, form({ categoryId: delegateCategory }));
        assert.equal(refused.status, 400);
        assert.match(await refused.text(), /On-site requests are closed/);
        const ok = await postMultipart(
          v,
          `/forum/${SLUG}/register`,
          form({ attendance: "virtual", categoryId: delegateCategory }),
        );
        assert.equal(ok.status, 303);
        assert.equal((await registrationOf(email)).state, "confirmed");
      } finally {
        await setEvent({ accreditationClosesAt: null });
      }
    });

    test("capacity: approvals beyond it waitlist in order; a cancellation moves the first up and tells them", async () => {
      const approvedNow = Number(
        (
          await db()
            .selectFrom("forumRegistration")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("eventId", "=", eventId)
            .where("state", "=", "approved")
            .executeTakeFirstOrThrow()
        ).n,
      );
      await setEvent({ onsiteCapacity: approvedNow + 1 });
      try {
        const a = await registered({ categoryId: delegateCategory });
        const b = await registered({ categoryId: delegateCategory });
        const c = await registered({ categoryId: delegateCategory });
        for (const p of [a, b, c]) assert.equal((await decide(moderator, p.row.id, "approve")).status, 303);
        assert.equal((await registrationOf(a.email)).state, "approved");
        const bRow = await registrationOf(b.email);
        const cRow = await registrationOf(c.email);
        assert.equal(bRow.state, "waitlisted");
        assert.equal(cRow.state, "waitlisted");
        assert.ok((bRow.waitlistPosition ?? 0) < (cRow.waitlistPosition ?? 0));
        assert.equal(bRow.letterNonce, null);
        assert.ok((await mailTo(b.email)).some((m) => /On the waitlist/.test(m.subject)));
        assert.match(await (await b.v.get(`/forum/registrations/${b.row.id}`)).text(), /Your place on the waitlist/);
        // Approving a waitlisted person while still full is refused with a message.
        const full = await decide(moderator, c.row.id, "approve");
        assert.equal(full.status, 400);
        assert.match(await full.text(), /still no free place/);
        // A cancels: B moves up, C stays.
        assert.equal((await a.v.post(`/forum/registrations/${a.row.id}/cancel`, { confirm: "yes" })).status, 303);
        assert.equal((await registrationOf(a.email)).state, "cancelled");
        const moved = await registrationOf(b.email);
        assert.equal(moved.state, "approved");
        assert.ok(moved.letterNonce && moved.badgeNonce);
        assert.equal(moved.waitlistPosition, null);
        assert.ok((await mailTo(b.email)).some((m) => /A place is free for you/.test(m.subject)));
        assert.equal((await registrationOf(c.email)).state, "waitlisted");
        // A waitlisted person may cancel; nobody moves up since no place is free.
        assert.equal((await c.v.post(`/forum/registrations/${c.row.id}/cancel`, { confirm: "yes" })).status, 303);
      } finally {
        await setEvent({ onsiteCapacity: null });
      }
    });

    test("capacity holds under concurrent approvals", async () => {
      const approvedNow = Number(
        (
          await db()
            .selectFrom("forumRegistration")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("eventId", "=", eventId)
            .where("state", "=", "approved")
            .executeTakeFirstOrThrow()
        ).n,
      );
      await setEvent({ onsiteCapacity: approvedNow + 2 });
      try {
        const waiting = [];
        for (let i = 0; i < 6; i++) waiting.push(await registered({ categoryId: delegateCategory }));
        const results = await Promise.all(waiting.map((p) => decide(moderator, p.row.id, "approve")));
        assert.deepEqual(
          results.map((r) => r.status),
          waiting.map(() => 303),
        );
        const rows = await Promise.all(waiting.map((p) => registrationOf(p.email)));
        assert.equal(rows.filter((r) => r.state === "approved").length, 2);
        const positions = rows.filter((r) => r.state === "waitlisted").map((r) => r.waitlistPosition);
        assert.equal(positions.length, 4);
        assert.equal(new Set(positions).size, 4, "distinct waitlist positions");
      } finally {
        await setEvent({ onsiteCapacity: null });
      }
    });

    test("concurrent and repeated submissions make one registration", async () => {
      const email = `twice${++people}@example.org`;
      const v = await signedUp(t, email);
      const results = await Promise.all(
        Array.from({ length: 6 }, () =>
          postMultipart(v, `/forum/${SLUG}/register`, form({ attendance: "virtual", categoryId: delegateCategory })),
        ),
      );
      assert.deepEqual(
        results.map((r) => r.status),
        results.map(() => 303),
      );
      const rows = await db()
        .selectFrom("forumRegistration as r")
        .innerJoin("userAccount as u", "u.id", "r.userId")
        .select("r.id")
        .where("u.email", "=", email)
        .execute();
      assert.equal(rows.length, 1);
      const locations = new Set(results.map((r) => (r.headers.get("location") ?? "").split("?")[0]));
      assert.deepEqual([...locations], [`/forum/registrations/${rows[0]?.id}`]);
      // A retried request later says "already registered".
      const retry = await postMultipart(v, `/forum/${SLUG}/register`, form({ attendance: "virtual" }));
      assert.equal(retry.headers.get("location"), `/forum/registrations/${rows[0]?.id}?done=already`);
    });

    test("passport details: sealed at rest, shown only to accreditation staff, in the person's data download", async () => {
      const { focal, member, memberEmail, organizationId } = await organisationWithMember();
      const res = await postMultipart(
        member,
        `/forum/${SLUG}/register`,
        form({
          organizationId,
          categoryId: delegateCategory,
          needsVisa: "yes",
          passportNumber: "ak 1234567",
          passportExpiresOn: "2101-05-01",
          bornOn: "1985-03-14",
        }),
      );
      assert.equal(res.status, 303, (await res.text()).slice(0, 2000));
      const row = await registrationOf(memberEmail);
      assert.equal(row.needsVisa, 1);
      const stored = await db()
        .selectFrom("forumRegistrationPassport")
        .select("sealed")
        .where("registrationId", "=", row.id)
        .executeTakeFirstOrThrow();
      assert.doesNotMatch(stored.sealed, /AK1234567|1985-03-14/);
      const path = `/forum/${SLUG}/accreditation/${row.id}`;
      assert.match(await (await accreditation.get(path)).text(), /AK1234567/);
      const admin = await signedUpWithRoles(t, `admin${++people}@example.org`, [{ role: "admin" }]);
      assert.match(await (await admin.get(path)).text(), /AK1234567/);
      for (const [who, v] of [
        ["moderator", moderator],
        ["focal point", focal],
      ] as const) {
        const res = await v.get(path);
        assert.equal(res.status, 200, who);
        const html = await res.text();
        assert.doesNotMatch(html, /AK1234567|1985-03-14|2101-05-01/, who);
      }
      assert.equal((await organizer.get(path)).status, 403);
      const csvRes = await organizer.get(`/forum/${SLUG}/registrations.csv`);
      const bytes = new Uint8Array(await csvRes.clone().arrayBuffer());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "starts with the UTF-8 byte-order mark");
      const csv = await csvRes.text();
      assert.doesNotMatch(csv, /AK1234567|1985-03-14/);
      const data = await (await member.get("/account/data.json")).text();
      assert.match(data, /AK1234567/);
      assert.match(data, /1985-03-14/);
    });

    test("bad input: each field named, nothing typed lost, the photo asked again", async () => {
      const email = `bad${++people}@example.org`;
      const v = await signedUp(t, email);
      const path = `/forum/${SLUG}/register`;
      const cases: [Record<string, string>, RegExp, { bytes: Uint8Array; type: string; name: string }?][] = [
        [
          { needsVisa: "yes", passportNumber: "X1234567", passportExpiresOn: "2101-01-01", bornOn: "2098-01-01" },
          /Date of birth: The date of birth cannot be in the future/,
        ],
        [
          { needsVisa: "yes", passportNumber: "X1234567", passportExpiresOn: "2099-10-26", bornOn: "1990-01-01" },
          /Passport expiry date: This passport expires before the end of the event/,
        ],
        [{ consent: "" }, /Agree to the privacy notice/],
        [{ passportName: "   " }, /Name as in your passport: Enter this information/],
        [
          {},
          /This file is not a JPEG or PNG image/,
          { bytes: new TextEncoder().encode("%PDF-1.4 not an image"), type: "image/jpeg", name: "me.jpg" },
        ],
        [
          {},
          /This file is not a JPEG or PNG image/,
          {
            // A WebP photo: a real image, but one a printed badge cannot carry.
            bytes: new Uint8Array([
              0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20,
            ]),
            type: "image/webp",
            name: "me.webp",
          },
        ],
        [
          {},
          /The photo is too large/,
          {
            // Over LIMITS.photo (20 MB) but within the form's body limit: refused by the service, not the guard.
            bytes: new Uint8Array(20.5 * 1024 * 1024).fill(1, 3).fill(0xff, 0, 1).fill(0xd8, 1, 2).fill(0xff, 2, 3),
            type: "image/jpeg",
            name: "big.jpg",
          },
        ],
      ];
      for (const [changes, message, photo] of cases) {
        const res = await postMultipart(
          v,
          path,
          form({ categoryId: delegateCategory, accessibilityNeeds: "Step-free access, please", ...changes }),
          photo,
        );
        assert.equal(res.status, 400, String(message));
        const html = await res.text();
        assert.match(html, message);
        assert.match(html, /Step-free access, please/, "typed text kept");
        assert.match(html, /value="Amina Okello"/, "typed text kept");
        if (photo) assert.match(html, /choose it again/);
      }
      // The visa fields are not checked when no visa letter is asked for.
      const ok = await postMultipart(
        v,
        path,
        form({ categoryId: delegateCategory, passportNumber: "??", bornOn: "2098-01-01" }),
        { bytes: JPEG, type: "application/octet-stream", name: "me" },
      );
      assert.equal(ok.status, 303);
      const row = await registrationOf(email);
      assert.equal(row.needsVisa, 0);
      const noPassport = await db()
        .selectFrom("forumRegistrationPassport")
        .select("registrationId")
        .where("registrationId", "=", row.id)
        .executeTakeFirst();
      assert.equal(noPassport, undefined);
      const photo = await v.get(`/forum/registrations/${row.id}/photo`);
      assert.equal(photo.headers.get("content-type"), "image/jpeg", "the type the bytes say");
      // Stored as the badge's size, re-encoded (photo.test.ts tests what is kept and dropped).
      const stored = await sharp(new Uint8Array(await photo.arrayBuffer())).metadata();
      assert.deepEqual([stored.format, stored.width, stored.height], ["jpeg", 480, 640]);
    });

    test("visa fields are asked and accepted only on site: a virtual request for a visa letter is refused", async () => {
      const email = `online-visa${++people}@example.org`;
      const v = await signedUp(t, email);
      const form = await (await v.get(`/forum/${SLUG}/register`)).text();
      assert.match(form, /I need a visa letter \(on site only\)/);
      const refused = await postMultipart(
        v,
        `/forum/${SLUG}/register`,
        formFields({
          attendance: "virtual",
          categoryId: delegateCategory,
          needsVisa: "yes",
          passportNumber: "AK1234567",
          passportExpiresOn: "2101-05-01",
          bornOn: "1985-03-14",
        }),
      );
      assert.equal(refused.status, 400);
      const html = await refused.text();
      assert.match(html, /I need a visa letter: A visa letter is only for attending on site/);
      assert.match(html, /value="AK1234567"/, "what was typed is kept");
      assert.equal(
        (
          await db()
            .selectFrom("forumRegistration as r")
            .innerJoin("userAccount as u", "u.id", "r.userId")
            .select("r.id")
            .where("u.email", "=", email)
            .execute()
        ).length,
        0,
      );
    });

    test("names in any script are stored exactly (NFC, trimmed)", async () => {
      for (const [passportName, preferredName] of [
        ["محمد بن راشد", "محمد"],
        ["王小明", "小明"],
        ["Иванова Мария Сергеевна", "Мария"],
        ["O'Brien-Ní Dhúill", "Se\u0301verine d'Arc"],
      ] as const) {
        const { row } = await registered({
          attendance: "virtual",
          categoryId: delegateCategory,
          passportName: `  ${passportName} `,
          preferredName,
        });
        assert.equal(row.passportName, passportName);
        assert.equal(row.preferredName, preferredName.normalize("NFC"));
      }
    });

    test("organisers: list with filters, counts, CSV without passport data; settings and categories", async () => {
      const participant = await signedUp(t, `nosy${++people}@example.org`);
      assert.equal((await participant.get(`/forum/${SLUG}/registrations`)).status, 403);
      assert.equal((await participant.get(`/forum/${SLUG}/registrations.csv`)).status, 403);
      const { row } = await registered({
        attendance: "virtual",
        categoryId: delegateCategory,
        countryCode: "BR",
        stakeholderTypeCode: "academia",
        passportName: "JOÃO CSV-TEST",
      });
      const page = await (
        await organizer.get(`/forum/${SLUG}/registrations?region=americas&attendance=virtual`)
      ).text();
      assert.match(page, /JOÃO CSV-TEST/);
      assert.doesNotMatch(page, /AMINA WANJIRU OKELLO/, "filtered out: not in the Americas");
      assert.match(page, /By stakeholder type/);
      assert.match(page, /<th scope="row">Americas<\/th><td>[1-9]/);
      const csvRes = await organizer.get(`/forum/${SLUG}/registrations.csv?stakeholderType=academia`);
      assert.equal(csvRes.status, 200);
      assert.match(csvRes.headers.get("content-type") ?? "", /^text\/csv/);
      const csv = await csvRes.text();
      const [header, ...lines] = csv.trim().split("\r\n");
      assert.match(header ?? "", /^reference,id,registered_at,attendance,state/);
      assert.doesNotMatch(header ?? "", /passport_number|born/);
      assert.ok(lines.some((l) => l.startsWith(`${row.reference},${row.id},`) && l.includes("americas")));
      assert.ok(lines.every((l) => l.includes("academia")));
      // Settings: only organisers (and administrators) change them; a bad capacity is named.
      assert.equal((await moderator.get(`/forum/${SLUG}/registrations/settings`)).status, 403);
      const bad = await organizer.post(`/forum/${SLUG}/registrations/settings`, { onsiteCapacity: "-3" });
      assert.equal(bad.status, 400);
      assert.match(await bad.text(), /On-site capacity: Enter a whole number/);
      const saved = await organizer.post(`/forum/${SLUG}/registrations/settings`, {
        closesOn: "2099-09-30",
        closesAt: "18:00",
        onsiteCapacity: "250",
      });
      assert.equal(saved.status, 303);
      const event = await db()
        .selectFrom("forumRegistrationSettings")
        .select(["accreditationClosesAt", "onsiteCapacity"])
        .where("eventId", "=", eventId)
        .executeTakeFirstOrThrow();
      assert.equal(event.accreditationClosesAt, "2099-09-30T16:00:00.000Z", "18:00 in Geneva summer time");
      assert.equal(event.onsiteCapacity, 250);
      const settings = await (await organizer.get(`/forum/${SLUG}/registrations/settings`)).text();
      assert.match(settings, /value="18:00"/);
      await setEvent({ accreditationClosesAt: null, onsiteCapacity: null });
      const category = await organizer.post(`/forum/${SLUG}/registrations/categories`, {
        code: "press",
        name: "Press",
        colour: "#AA3300",
        autoAccredited: "yes",
        admittedStakeholderTypes: "international-organization",
      });
      assert.equal(category.status, 303);
      const press = await db()
        .selectFrom("forumParticipantCategory")
        .selectAll()
        .where("eventId", "=", eventId)
        .where("code", "=", "press")
        .executeTakeFirstOrThrow();
      assert.equal(press.colour, "#aa3300");
      assert.equal(press.autoAccredited, 1);
      assert.equal(press.admittedStakeholderTypes, '["international-organization"]');
      const unknownType = await organizer.post(`/forum/${SLUG}/registrations/categories`, {
        code: "press",
        name: "Press",
        colour: "#AA3300",
        admittedStakeholderTypes: "aliens",
      });
      assert.equal(unknownType.status, 400);
      assert.match(await unknownType.text(), /Stakeholder types its focal points accredit: Choose/);
      const badColour = await organizer.post(`/forum/${SLUG}/registrations/categories`, {
        code: "x",
        name: "X",
        colour: "red",
      });
      assert.equal(badColour.status, 400);
      assert.match(await badColour.text(), /Badge colour: Enter a colour like #1f5fa8/);
    });
  });
}
