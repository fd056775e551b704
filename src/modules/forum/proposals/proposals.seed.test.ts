import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildTestApp, type TestApp } from "../../../../test/support/app.ts";
import { Visitor } from "../../../../test/support/browser-like.ts";
import { testDialects } from "../../../../test/support/databases.ts";
import { loadNextEditionDemo } from "../forum.seed.ts";
import { DEMO_CRITERIA, loadProposalCallDemo } from "./proposals.seed.ts";

for (const dialect of await testDialects()) {
  describe(`the demo's open call for session proposals [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t?.close());

    test("opened once for the next edition, until 31 March 2027 in Geneva; never reopened or after it closed", async () => {
      const now = new Date("2026-11-30T10:00:00.000Z");
      assert.equal(await loadProposalCallDemo(t.handle.db, now), false, "nothing without the edition");
      await loadNextEditionDemo(t.handle.db, now);
      assert.equal(await loadProposalCallDemo(t.handle.db, new Date("2027-04-01T00:00:00.000Z")), false, "too late");
      assert.equal(await loadProposalCallDemo(t.handle.db, now), true);
      assert.equal(await loadProposalCallDemo(t.handle.db, now), false, "a second start adds nothing");
      const call = await t.handle.db.selectFrom("forumProposalCall").selectAll().executeTakeFirstOrThrow();
      assert.equal(call.closesAt, "2027-03-31T22:00:00.000Z", "midnight in Geneva, summer time");
      assert.deepEqual(JSON.parse(call.criteria), DEMO_CRITERIA);
      const page = await (await new Visitor(t).get("/forum/wsis-forum-2027/call?lang=en")).text();
      assert.match(page, /Relevance to the WSIS Action Lines/);
    });
  });
}
