import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { dstEdition } from "../src/modules/forum/forum.fixtures.ts";
import { loadEdition } from "../src/modules/forum/forum.seed.ts";
import { PartnerInput } from "../src/modules/forum/organize/organize.schema.ts";
import { ProposalInput } from "../src/modules/forum/proposals/proposals.schema.ts";
import { parsePassport } from "../src/modules/registration/registration.schema.ts";
import { EntryInput } from "../src/modules/stocktaking/stocktaking.schema.ts";
import { completeWebAddress } from "../src/platform/http/web-address.ts";
import { i18nFor } from "../src/platform/i18n/i18n.ts";
import { localDate } from "../src/platform/time.ts";
import { signedUp, signedUpWithRoles } from "./support/accounts.ts";
import { buildTestApp, type TestApp } from "./support/app.ts";
import type { Visitor } from "./support/browser-like.ts";
import { testDialects } from "./support/databases.ts";

// Issue 17, forms: each rule applies wherever the same situation occurs.

test("a website typed without https:// is completed; anything else is left for the schema to judge", () => {
  assert.equal(completeWebAddress("example.org"), "https://example.org");
  assert.equal(completeWebAddress(" www.example.org/a?b=1 "), "https://www.example.org/a?b=1");
  assert.equal(completeWebAddress("//example.org"), "https://example.org");
  assert.equal(completeWebAddress("http://example.org"), "http://example.org");
  assert.equal(completeWebAddress("not a website"), "not a website");
  assert.equal(completeWebAddress(""), "");
  const entry = EntryInput.parse({ title: "t", summary: "s", organizationName: "o", website: "sahel.example.org" });
  assert.equal(entry.website, "https://sahel.example.org");
  assert.equal(PartnerInput.parse({ name: "Acme", website: "acme.example.org" }).website, "https://acme.example.org");
  assert.equal(PartnerInput.parse({ name: "Acme" }).website, null);
});

test("a birth date before 1900 is told the allowed range, not the date format", () => {
  const { errors } = parsePassport(
    { passportNumber: "X1234567", passportExpiresOn: "2031-01-01", bornOn: "1899-12-31" },
    "2026-12-07",
    "2027-07-01",
  );
  assert.equal(errors.bornOn, "registration.form.bornOnRange");
  assert.match(i18nFor("en").t("registration.form.bornOnRange"), /1900/);
  assert.equal(
    parsePassport(
      { passportNumber: "X1234567", passportExpiresOn: "2031-01-01", bornOn: "7/7/1980" },
      "2026-12-07",
      "2027-07-01",
    ).errors.bornOn,
    "form.date",
    "a value that is no date still gets the format",
  );
});

test("a box of lines that has too many says lines, with the limit — never 'Too many are selected'", () => {
  const result = ProposalInput.safeParse({
    title: "t",
    format: "workshop",
    description: "d",
    actionLines: ["C5"],
    organizations: Array.from({ length: 11 }, (_, i) => `Organisation ${i}`).join("\n"),
  });
  assert.equal(result.success, false);
  assert.equal(result.error?.issues[0]?.message, "form.tooManyLines");
  assert.equal(
    i18nFor("en").t("form.tooManyLines", { max: 10 }),
    "Too many lines: enter at most 10, one on each line.",
  );
});

for (const dialect of await testDialects()) {
  describe(`form rules through the pages [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let owner: Visitor;
    before(async () => {
      t = await buildTestApp(dialect);
      owner = await signedUp(t, "forms@example.org", "Form Filler");
    });
    after(() => t?.close());

    const post = (path: string, fields: Record<string, string | string[]>) => {
      const body = new URLSearchParams();
      for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
      return t.request(path, {
        method: "POST",
        body: body.toString(),
        headers: {
          ...owner.headers,
          "content-type": "application/x-www-form-urlencoded",
          origin: "http://localhost:3000",
          cookie: [...owner.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
        },
      });
    };

    test("the entry form says once what submission needs; those fields are not called optional", async () => {
      const html = await (await owner.get("/stocktaking/new?lang=en")).text();
      assert.match(html, /To submit it for review, also fill in the fields marked “needed to submit”/);
      for (const field of ["stakeholderTypeCode", "scope", "projectStatus"]) {
        assert.match(
          html,
          new RegExp(`<label for="${field}">[^<]+<span class="muted"> \\(needed to submit\\)</span>`),
          field,
        );
      }
      assert.match(html, /<legend>WSIS Action Lines<span class="muted"> \(needed to submit\)<\/span><\/legend>/);
      assert.match(html, /<label for="website">[^<]+<span class="muted"> \(optional\)<\/span>/, "others stay optional");
    });

    test("'Too long' says the limit, and a website without https:// is saved completed", async () => {
      const tooLong = await post("/stocktaking/new?lang=fr", {
        title: "T".repeat(201),
        summary: "Résumé.",
        organizationName: "Org",
        language: "fr",
        intent: "save",
      });
      assert.equal(tooLong.status, 400);
      assert.match(await tooLong.text(), /Trop long : saisissez au plus 200 caractères\./);

      const saved = await post("/stocktaking/new", {
        title: "Village libraries online",
        summary: "Connecting libraries.",
        organizationName: "Library Network",
        website: "libraries.example.org",
        language: "en",
        intent: "save",
      });
      assert.equal(saved.status, 303);
      const row = await t.handle.db
        .selectFrom("stocktakingEntry")
        .select("website")
        .where("title", "=", "Village libraries online")
        .executeTakeFirstOrThrow();
      assert.equal(row.website, "https://libraries.example.org");

      const org = await post("/organizations/new", {
        name: "Library Network",
        stakeholderTypeCode: "civil-society",
        countryCode: "SN",
        website: "www.library-network.example.org",
      });
      assert.equal(org.status, 303, (await org.text()).slice(0, 300));
      const stored = await t.handle.db
        .selectFrom("organization")
        .select("website")
        .where("name", "=", "Library Network")
        .executeTakeFirstOrThrow();
      assert.equal(stored.website, "https://www.library-network.example.org");
    });

    test("a proposal's organisations box with too many lines says so, never 'Too many are selected'", async () => {
      await loadEdition(t.handle.db, { ...dstEdition(), slug: "forms-2099", sessions: [] });
      const organizer = await signedUpWithRoles(t, "organizer@example.org", [{ role: "organizer" }]);
      const opened = await organizer.post("/forum/forms-2099/call/manage", {
        opensOn: localDate(t.clock.now(), "Europe/Zurich"),
        closesOn: "2099-01-01",
        criteria: "Relevance",
      });
      assert.equal(opened.status, 303);
      const res = await post("/forum/forms-2099/proposals/new", {
        title: "Lines",
        format: "workshop",
        description: "About.",
        actionLines: "C5",
        organizations: Array.from({ length: 11 }, (_, i) => `Organisation ${i}`).join("\n"),
        intent: "save",
      });
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /Too many lines: enter at most 10, one on each line\./);
      assert.doesNotMatch(html, /Too many are selected/);
    });
  });
}
