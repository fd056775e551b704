import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { signedUp, signedUpWithRoles } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import type { Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { deriveKey } from "../../platform/auth/secrets.ts";
import { dstEdition } from "../forum/forum.fixtures.ts";
import { loadEdition } from "../forum/forum.seed.ts";
import { signedCode } from "./codes.ts";

// Issue 17: cancelling is asked first, says what it does, and a person who cancelled may register again — a new
// request with its own reference, reviewed again, the old one kept cancelled with its letter void.

const SLUG = "wsis-again-2099";
const REFERENCE = /^AGAIN99-[23456789ABCDEFGHJKMNPQRSTWXYZ]{5}$/;

const form = (changes: Record<string, string> = {}) => ({
  attendance: "virtual",
  passportName: "AMINA WANJIRU OKELLO",
  preferredName: "Amina Okello",
  organizationName: "Kenya ICT Authority",
  stakeholderTypeCode: "government",
  countryCode: "KE",
  nationalityCode: "KE",
  interestWhy: "To present our national e-strategy.",
  interestContribution: "A talk.",
  consent: "yes",
  ...changes,
});

for (const dialect of await testDialects()) {
  describe(`Cancelling a registration and registering again [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let eventId: string;
    let staff: Visitor;
    let people = 0;
    const db = () => t.handle.db;
    const registrationsOf = async (email: string) =>
      db()
        .selectFrom("forumRegistration as r")
        .innerJoin("userAccount as u", "u.id", "r.userId")
        .selectAll("r")
        .where("u.email", "=", email)
        .where("r.eventId", "=", eventId)
        .orderBy("r.createdAt")
        .orderBy("r.id")
        .execute();
    const letterCode = (nonce: string | null) =>
      signedCode(deriveKey(t.config.sessionSecret, "registration-letter"), "letter", nonce ?? "");
    const verdict = async (code: string) => {
      const html = await (await staff.get(`/verify/${code}?lang=en`)).text();
      return /This letter is valid/.test(html) ? "valid" : /This letter is not valid/.test(html) ? "not valid" : html;
    };

    before(async () => {
      t = await buildTestApp(dialect);
      await loadEdition(db(), {
        ...dstEdition(),
        slug: SLUG,
        title: { en: "Again Forum 2099" },
        startsOn: "2099-10-24",
        endsOn: "2099-10-27",
        sessions: [],
      });
      eventId = (await db().selectFrom("forumEvent").select("id").where("slug", "=", SLUG).executeTakeFirstOrThrow())
        .id;
      staff = await signedUpWithRoles(t, "staff@example.org", [{ role: "accreditation" }]);
    });
    after(() => t?.close());

    test("a registration gets a short reference, shown on its pages and in its mail", async () => {
      const email = `person${++people}@example.org`;
      const v = await signedUp(t, email);
      assert.equal((await v.post(`/forum/${SLUG}/register`, form())).status, 303);
      const [row] = await registrationsOf(email);
      assert.ok(row);
      assert.match(row.reference, REFERENCE);
      const page = await (await v.get(`/forum/registrations/${row.id}`)).text();
      assert.match(page, new RegExp(`<code>${row.reference}</code>`));
      assert.doesNotMatch(page, new RegExp(`<code>${row.id}</code>`));
      assert.match(await (await v.get("/forum/registrations/mine")).text(), new RegExp(row.reference));
      const mail = (await t.mail()).filter((m) => m.to === email && /Registration confirmed/.test(m.subject));
      assert.match(mail[0]?.text ?? "", new RegExp(`Your registration number: ${row.reference}`));
    });

    test("cancelling asks first, says the letter stops being valid; without the confirmation nothing changes", async () => {
      const email = `person${++people}@example.org`;
      const v = await signedUp(t, email);
      assert.equal((await v.post(`/forum/${SLUG}/register`, form())).status, 303);
      const [row] = await registrationsOf(email);
      assert.ok(row && row.state === "confirmed");
      const code = letterCode(row.letterNonce);
      assert.equal(await verdict(code), "valid");

      // The registration page links to the confirmation step; it holds no one-click cancel form.
      const page = await (await v.get(`/forum/registrations/${row.id}`)).text();
      assert.match(page, new RegExp(`href="/forum/registrations/${row.id}/cancel"`));
      assert.doesNotMatch(page, new RegExp(`action="/forum/registrations/${row.id}/cancel"`));
      // An old page's form (no confirm field) is sent to the confirmation step.
      const bare = await v.post(`/forum/registrations/${row.id}/cancel`, {});
      assert.equal(bare.status, 303);
      assert.equal(bare.headers.get("location"), `/forum/registrations/${row.id}/cancel`);
      assert.equal((await registrationsOf(email))[0]?.state, "confirmed");

      const confirm = await v.get(`/forum/registrations/${row.id}/cancel`);
      assert.equal(confirm.status, 200);
      const html = await confirm.text();
      assert.match(html, /Cancel your registration for Again Forum 2099\?/);
      assert.match(html, /e-confirmation letter stops being valid/);
      assert.match(html, /new request with a new reference|with a new reference/);
      assert.match(html, /name="confirm" value="yes"/);
      assert.match(html, new RegExp(`<a href="/forum/registrations/${row.id}">No, keep my registration</a>`));
      const arabic = await (await v.get(`/forum/registrations/${row.id}/cancel?lang=ar`)).text();
      assert.match(arabic, /هل تريد إلغاء تسجيلك/);
      assert.match(arabic, /\u2066AGAIN99-/);

      const done = await v.post(`/forum/registrations/${row.id}/cancel`, { confirm: "yes" });
      assert.equal(done.status, 303);
      assert.equal((await registrationsOf(email))[0]?.state, "cancelled");
      assert.equal(await verdict(code), "not valid");
      // Nothing left to cancel: the confirmation page leads back to the registration.
      const later = await v.get(`/forum/registrations/${row.id}/cancel`);
      assert.equal(later.status, 303);
      assert.equal((await v.post(`/forum/registrations/${row.id}/cancel`, { confirm: "yes" })).status, 409);
    });

    test("a cancelled person registers again: a new request, new reference, reviewed again; the old one kept and void", async () => {
      const email = `person${++people}@example.org`;
      const v = await signedUp(t, email);
      assert.equal((await v.post(`/forum/${SLUG}/register`, form())).status, 303);
      const [first] = await registrationsOf(email);
      assert.ok(first);
      const oldCode = letterCode(first.letterNonce);
      assert.equal((await v.post(`/forum/registrations/${first.id}/cancel`, { confirm: "yes" })).status, 303);
      // The cancelled registration offers a new one; the form says it is a new request.
      assert.match(await (await v.get(`/forum/registrations/${first.id}`)).text(), /Register again/);
      const again = await v.get(`/forum/${SLUG}/register`);
      assert.equal(again.status, 200);
      assert.match(await again.text(), new RegExp(`You cancelled your registration ${first.reference}`));

      // This time on site: it goes to review, as any new request does.
      const res = await v.post(`/forum/${SLUG}/register`, form({ attendance: "onsite" }));
      assert.equal(res.status, 303);
      const rows = await registrationsOf(email);
      assert.equal(rows.length, 2);
      const [old, fresh] = rows;
      assert.ok(old && fresh);
      assert.equal(res.headers.get("location"), `/forum/registrations/${fresh.id}?done=registered`);
      assert.equal(old.id, first.id);
      assert.equal(old.state, "cancelled");
      assert.equal(fresh.state, "submitted");
      assert.equal(fresh.letterNonce, null);
      assert.notEqual(fresh.reference, old.reference);
      assert.match(fresh.reference, REFERENCE);
      assert.equal(await verdict(oldCode), "not valid");
      const audit = await db()
        .selectFrom("auditEvent")
        .select("after")
        .where("action", "=", "registration.create")
        .where("objectId", "=", fresh.id)
        .executeTakeFirstOrThrow();
      assert.equal(JSON.parse(audit.after ?? "{}").previous, old.id);
      // The staff queue has the new request; both are in the person's list.
      assert.match(await (await staff.get(`/forum/${SLUG}/accreditation`)).text(), new RegExp(fresh.id));
      const mine = await (await v.get("/forum/registrations/mine")).text();
      assert.match(mine, new RegExp(old.reference));
      assert.match(mine, new RegExp(fresh.reference));
      // The old page no longer offers another registration; registering again now leads to the new one.
      assert.doesNotMatch(await (await v.get(`/forum/registrations/${old.id}`)).text(), /Register again/);
      const twice = await v.get(`/forum/${SLUG}/register`);
      assert.equal(twice.headers.get("location"), `/forum/registrations/${fresh.id}?done=already`);
      const retry = await v.post(`/forum/${SLUG}/register`, form());
      assert.equal(retry.headers.get("location"), `/forum/registrations/${fresh.id}?done=already`);
      assert.equal((await registrationsOf(email)).length, 2);
    });

    test("two registrations at once after a cancellation make one new registration", async () => {
      const email = `person${++people}@example.org`;
      const v = await signedUp(t, email);
      assert.equal((await v.post(`/forum/${SLUG}/register`, form())).status, 303);
      const [first] = await registrationsOf(email);
      assert.ok(first);
      assert.equal((await v.post(`/forum/registrations/${first.id}/cancel`, { confirm: "yes" })).status, 303);
      const answers = await Promise.all([1, 2, 3].map(() => v.post(`/forum/${SLUG}/register`, form())));
      for (const a of answers) assert.equal(a.status, 303);
      const rows = await registrationsOf(email);
      assert.equal(rows.length, 2);
      assert.equal(rows.filter((r) => r.state !== "cancelled").length, 1);
    });
  });
}
