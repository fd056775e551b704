import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { signedUpWithRoles } from "../../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../../test/support/app.ts";
import { Visitor } from "../../../../test/support/browser-like.ts";
import { testDialects } from "../../../../test/support/databases.ts";
import { dstEdition } from "../forum.fixtures.ts";
import { loadEdition } from "../forum.seed.ts";

// Issue 17: the call's review criteria can be given in the six languages, line for line; each reader sees theirs.

const SLUG = "dst-test-2025";

for (const dialect of await testDialects()) {
  describe(`Call criteria in the reader's language [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let organizer: Visitor;
    before(async () => {
      t = await buildTestApp(dialect);
      t.clock.advance(Date.parse("2025-08-01T08:00:00Z") - t.clock.now().getTime());
      await loadEdition(t.handle.db, dstEdition());
      organizer = await signedUpWithRoles(t, "organizer@example.org", [{ role: "organizer" }]);
    });
    after(() => t?.close());

    test("criteria per language, the same number of lines; the call page shows the reader's, else those given", async () => {
      const call = {
        opensOn: "2025-08-01",
        closesOn: "2025-08-20",
        criteria: "Relevance\nDiversity of speakers",
        criteria_fr: "Pertinence\nDiversité des intervenants",
        criteria_ar: "الصلة",
      };
      const bad = await organizer.post(`/forum/${SLUG}/call/manage?lang=en`, call);
      assert.equal(bad.status, 400);
      const html = await bad.text();
      assert.match(html, /Give as many lines as there are criteria, in the same order\./);
      assert.match(html, /Pertinence\nDiversité des intervenants<\/textarea>/, "what was typed is kept");
      const ok = await organizer.post(`/forum/${SLUG}/call/manage`, { ...call, criteria_ar: "الصلة\nتنوع المتحدثين" });
      assert.equal(ok.status, 303);
      const page = (lang: string) => new Visitor(t).get(`/forum/${SLUG}/call?lang=${lang}`).then((r) => r.text());
      assert.match(await page("fr"), /Diversité des intervenants/);
      assert.match(await page("ar"), /تنوع المتحدثين/);
      const spanish = await page("es");
      assert.match(spanish, /Diversity of speakers/);
      const manage = await (await organizer.get(`/forum/${SLUG}/call/manage`)).text();
      assert.match(manage, /name="criteria_fr"[^>]*>Pertinence\nDiversité des intervenants<\/textarea>/);
      const stored = await t.handle.db.selectFrom("forumProposalCall").select("criteria").executeTakeFirstOrThrow();
      assert.deepEqual(JSON.parse(stored.criteria).criteria, ["Relevance", "Diversity of speakers"]);
    });
  });
}
