import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { signedUp, signedUpWithRoles } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";

const OWN = ["/stocktaking/mine", "/forum/proposals/mine", "/forum/registrations/mine", "/forum/agenda"];

for (const dialect of await testDialects()) {
  describe(`the account page [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t?.close());

    test("links the person's own entries, proposals, registrations and agenda, each of which opens", async () => {
      const person = await signedUp(t, "someone@example.org");
      const html = await (await person.get("/account?lang=en")).text();
      assert.match(html, /<h2>Your entries, proposals, registrations and agenda<\/h2>/);
      for (const href of OWN) {
        assert.match(html, new RegExp(`<a href="${href}">`), href);
        assert.equal((await person.get(href)).status, 200, href);
      }
      assert.doesNotMatch(html, /href="\/admin"/, "no staff home for a participant");
    });

    test("links the staff home for a staff role", async () => {
      const reviewer = await signedUpWithRoles(t, "reviewer@example.org", [{ role: "reviewer" }]);
      const html = await (await reviewer.get("/account?lang=en")).text();
      assert.match(html, /<li><a href="\/admin">Staff tools<\/a><\/li>/);
    });
  });
}
