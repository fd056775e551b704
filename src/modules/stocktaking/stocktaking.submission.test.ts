import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { signedUp } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import type { Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";

// Issue 17: a refused "Submit for review" of a new entry saved a draft each time it was tried, and the duplicate
// check then held those drafts up to their owner as look-alikes.

function entryForm(overrides: Record<string, string | string[]> = {}) {
  const fields: Record<string, string | string[]> = {
    title: "Solar kiosks for village libraries",
    summary: "Solar-powered reading kiosks in 40 village libraries.",
    organizationName: "Kiosk Libraries",
    stakeholderTypeCode: "civil-society",
    scope: "national",
    projectStatus: "ongoing",
    language: "en",
    countries: ["SN"],
    actionLines: ["C3"],
    intent: "submit",
    ...overrides,
  };
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
  return body;
}

for (const dialect of await testDialects()) {
  describe(`stocktaking: a refused submission [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let owner: Visitor;
    before(async () => {
      t = await buildTestApp(dialect);
      owner = await signedUp(t, "kiosk@example.org", "Kiosk Owner");
    });
    after(() => t?.close());

    const post = (path: string, body: URLSearchParams) =>
      t.request(path, {
        method: "POST",
        body: body.toString(),
        headers: {
          ...owner.headers,
          "content-type": "application/x-www-form-urlencoded",
          origin: "http://localhost:3000",
          cookie: [...owner.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
        },
      });
    const entries = () =>
      t.handle.db.selectFrom("stocktakingEntry").select(["id", "state", "title"]).orderBy("createdAt").execute();

    test("an incomplete new entry is shown again as typed, with what submission needs, and saves nothing", async () => {
      const key = "k".repeat(22);
      const incomplete = entryForm({ formKey: key, scope: "", countries: [], description: "Typed by hand." });
      for (let attempt = 1; attempt <= 3; attempt++) {
        const res = await post("/stocktaking/new", incomplete);
        const html = await res.text();
        assert.equal(res.status, 400, `attempt ${attempt}`);
        assert.match(html, /Needed before the entry can be submitted/);
        assert.match(html, /href="#scope"/);
        assert.match(html, /href="#countries"/);
        assert.ok(html.includes('value="Solar kiosks for village libraries"'), "the title typed is kept");
        assert.ok(html.includes("Typed by hand."), "the description typed is kept");
        assert.ok(html.includes(`name="formKey" value="${key}"`), "the same form, with its one-time key");
        assert.deepEqual(await entries(), [], `no draft after attempt ${attempt}`);
      }
      // Completed and sent again with the same key: one entry, submitted, with no look-alike warning.
      const done = await post("/stocktaking/new", entryForm({ formKey: key }));
      assert.equal(done.status, 303);
      assert.equal(done.headers.get("location"), "/stocktaking/mine?done=submitted");
      const rows = await entries();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]?.state, "submitted");
    });

    test("the person's own draft of the same project never blocks their submission as a duplicate", async () => {
      const title = "Mobile clinics for nomadic herders";
      const saved = await post("/stocktaking/new", entryForm({ title, intent: "save", formKey: "a".repeat(22) }));
      assert.equal(saved.status, 303);
      const res = await post("/stocktaking/new", entryForm({ title, formKey: "b".repeat(22) }));
      assert.equal(res.status, 303, (await res.text()).slice(0, 500));
      assert.equal(res.headers.get("location"), "/stocktaking/mine?done=submitted");
      const mine = (await entries()).filter((e) => e.title === title).map((e) => e.state);
      assert.deepEqual(mine.sort(), ["draft", "submitted"]);
    });

    test("an entry the person already sent for review is still shown as a possible duplicate", async () => {
      const res = await post("/stocktaking/new", entryForm({ formKey: "c".repeat(22) }));
      assert.equal(res.status, 200);
      assert.match(await res.text(), /Solar kiosks for village libraries/);
    });
  });
}
