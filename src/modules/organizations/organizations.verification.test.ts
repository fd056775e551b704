import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import { signedUp, signedUpWithRoles } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";

// Issue 16 §1: an organisation is unverified until the secretariat verifies it (audited, with a note); its page and
// the lists say which.

for (const dialect of await testDialects()) {
  describe(`organization verification [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t?.close());
    beforeEach(() => t.clock.advance(61 * 60_000));

    const organization = (id: string) =>
      t.handle.db.selectFrom("organization").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

    test("a new organisation is unverified; only the secretariat verifies and withdraws it, with a note, audited", async () => {
      const founder = await signedUp(t, "minister@example.org", "Self Appointed");
      const res = await founder.post("/organizations/new", {
        name: "Ministry of Foreign Affairs of Examplestan",
        stakeholderTypeCode: "government",
        countryCode: "KE",
        website: "",
      });
      assert.equal(res.status, 303);
      const id = /\/organizations\/([0-9a-f-]{36})/.exec(res.headers.get("location") ?? "")?.[1] ?? "";
      assert.equal((await organization(id)).verifiedAt, null, "unverified when created");
      const page = await (await founder.get(`/organizations/${id}`)).text();
      assert.match(page, /verified-tag--no[^>]*>[\s\S]*?Not verified/);
      assert.doesNotMatch(page, /\/verification"/, "no verification form for a focal point");
      const list = await (await founder.get("/organizations?q=Examplestan")).text();
      assert.match(list, /<th scope="col">Verification<\/th>/);
      assert.match(list, /Examplestan[\s\S]*?Not verified/);

      // Neither the founder nor anyone but the secretariat may verify.
      assert.equal(
        (await founder.post(`/organizations/${id}/verification`, { decision: "verify", note: "me" })).status,
        403,
      );
      const moderator = await signedUpWithRoles(t, "secretariat@example.org", [{ role: "moderator" }]);
      const form = await (await moderator.get(`/organizations/${id}`)).text();
      assert.match(form, /action="\/organizations\/[0-9a-f-]{36}\/verification"/);

      // A note is required, named, and a refused form keeps nothing lost.
      const noNote = await moderator.post(`/organizations/${id}/verification`, { decision: "verify", note: "  " });
      assert.equal(noNote.status, 400);
      assert.match(await noNote.text(), /Note: Write a note saying on what grounds/);
      assert.equal((await organization(id)).verifiedAt, null);

      const verified = await moderator.post(`/organizations/${id}/verification`, {
        decision: "verify",
        note: "Confirmed with the permanent mission by telephone.",
      });
      assert.equal(verified.status, 303);
      const row = await organization(id);
      assert.ok(row.verifiedAt);
      assert.ok(row.verifiedBy);
      assert.equal(row.verificationNote, "Confirmed with the permanent mission by telephone.");
      const trail = await t.handle.db
        .selectFrom("auditEvent")
        .selectAll()
        .where("objectId", "=", id)
        .where("action", "in", ["organization.verify", "organization.verification_withdraw"])
        .orderBy("id")
        .execute();
      assert.equal(trail.length, 1);
      assert.equal(trail[0]?.actorId, row.verifiedBy);
      assert.match(trail[0]?.after ?? "", /permanent mission/);
      assert.match(await (await founder.get(`/organizations/${id}`)).text(), /verified-tag--yes[^>]*>[\s\S]*?Verified/);
      assert.match(await (await founder.get("/organizations?q=Examplestan")).text(), /verified-tag--yes/);
      // The note is the secretariat's: not on the public page.
      assert.doesNotMatch(await (await founder.get(`/organizations/${id}`)).text(), /permanent mission/);

      // Verifying twice is refused; withdrawing puts it back, audited with its note.
      assert.equal(
        (await moderator.post(`/organizations/${id}/verification`, { decision: "verify", note: "x" })).status,
        400,
      );
      const withdrawn = await moderator.post(`/organizations/${id}/verification`, {
        decision: "withdraw",
        note: "The mission says it has no such office.",
      });
      assert.equal(withdrawn.status, 303);
      assert.equal((await organization(id)).verifiedAt, null);
      const withdrawal = await t.handle.db
        .selectFrom("auditEvent")
        .selectAll()
        .where("objectId", "=", id)
        .where("action", "=", "organization.verification_withdraw")
        .executeTakeFirstOrThrow();
      assert.match(withdrawal.after ?? "", /no such office/);
    });
  });
}
