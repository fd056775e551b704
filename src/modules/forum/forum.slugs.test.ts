import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { dstEdition } from "./forum.fixtures.ts";
import { EditionDataError, loadEdition } from "./forum.seed.ts";
import { EDITION_SLUG, RESERVED_EDITION_SLUGS } from "./forum.service.ts";

/** An edition with nothing in it but its event, under this slug. */
const edition = (slug: string) => ({ ...dstEdition(), slug, sessions: [], partners: [], people: [] });

for (const dialect of await testDialects()) {
  describe(`Edition slugs cannot shadow other pages [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t.close());

    const eventsNamed = async (slug: string) =>
      (await t.handle.db.selectFrom("forumEvent").select("id").where("slug", "=", slug).execute()).length;

    test("the reserved words are exactly the fixed segments of the routes mounted under /forum/", () => {
      const paths = [...new Set(t.app.routes.map((r) => r.path).filter((p) => p.startsWith("/forum/")))];
      const first = paths.map((p) => p.split("/")[2] ?? "");
      const fixed = [...new Set(first.filter((s) => !s.startsWith(":")))].sort();
      assert.deepEqual(fixed, [...RESERVED_EDITION_SLUGS].sort());
      // Every other route under /forum/ is an edition's page, matching slugs by the pattern the check uses.
      const editions = new Set(first.filter((s) => s.startsWith(":")));
      assert.deepEqual([...editions], [`:slug{${EDITION_SLUG}}`]);
    });

    for (const word of RESERVED_EDITION_SLUGS) {
      test(`"${word}" is refused as an edition's slug, naming the field, and nothing is written`, async () => {
        await assert.rejects(
          () => loadEdition(t.handle.db, edition(word)),
          (e: unknown) =>
            e instanceof EditionDataError && e.message.startsWith(`slug: "${word}" is reserved: /forum/${word} is`),
        );
        assert.equal(await eventsNamed(word), 0);
      });
    }

    test("a slug the routes would not match is refused; an ordinary one loads", async () => {
      for (const slug of ["Agenda", "forum 2027", "-2027", "x".repeat(81), "wsis.2027", ""]) {
        await assert.rejects(
          () => loadEdition(t.handle.db, edition(slug)),
          (e: unknown) => e instanceof EditionDataError && e.message.startsWith(`slug: "${slug}" is not a slug`),
          slug,
        );
      }
      // Words that merely contain a reserved one are editions like any other.
      for (const slug of ["agenda-2027", "registrations2"]) {
        await loadEdition(t.handle.db, edition(slug));
        assert.equal(await eventsNamed(slug), 1);
      }
    });
  });
}
