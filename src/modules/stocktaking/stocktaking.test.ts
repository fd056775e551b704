import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { signedUp, signedUpWithRoles } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";

/** A complete entry, as the form sends it; lists are repeated fields. */
function entryForm(overrides: Record<string, string | string[]> = {}) {
  const fields: Record<string, string | string[]> = {
    title: "Connecting rural schools in the Sahel",
    summary: "Satellite and fibre links for 400 rural schools, with teacher training.",
    description: "The programme connects schools.\n\nIt trains teachers in digital skills.",
    organizationName: "Sahel Digital Alliance",
    stakeholderTypeCode: "civil-society",
    scope: "regional",
    projectStatus: "ongoing",
    startDate: "2022-03-01",
    endDate: "",
    website: "https://sahel-digital.example.org",
    contactName: "Awa Traoré",
    contactEmail: "awa@sahel-digital.example.org",
    language: "en",
    countries: ["ML", "NE", "BF"],
    actionLines: ["C2", "C7.e-learning"],
    sdgs: ["4", "9"],
    intent: "save",
    ...overrides,
  };
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
  return body;
}

for (const dialect of await testDialects()) {
  describe(`stocktaking submission and moderation [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let owner: Visitor;
    let other: Visitor;
    let moderator: Visitor;
    before(async () => {
      t = await buildTestApp(dialect);
      owner = await signedUp(t, "owner@example.org", "Owner Person");
      other = await signedUp(t, "other@example.org", "Other Person");
      moderator = await signedUpWithRoles(t, "moderator@example.org", [{ role: "moderator" }]);
    });
    after(() => t?.close());

    const post = (v: Visitor, path: string, body: URLSearchParams) =>
      t.request(path, {
        method: "POST",
        body: body.toString(),
        headers: {
          ...v.headers,
          "content-type": "application/x-www-form-urlencoded",
          origin: "http://localhost:3000",
          cookie: [...v.cookies].map(([k, val]) => `${k}=${val}`).join("; "),
        },
      });

    const stateOf = async (id: string) =>
      (await t.handle.db.selectFrom("stocktakingEntry").select("state").where("id", "=", id).executeTakeFirstOrThrow())
        .state;

    /** Creates an entry as the owner and returns its id; `submit` sends it for review. */
    async function created(overrides: Record<string, string | string[]> = {}, submit = false) {
      const res = await post(
        owner,
        "/stocktaking/new",
        entryForm({ ...overrides, intent: submit ? "submit" : "save" }),
      );
      assert.equal(res.status, 303, await res.clone().text());
      const row = await t.handle.db
        .selectFrom("stocktakingEntry")
        .select("id")
        .orderBy("createdAt", "desc")
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow();
      return row.id;
    }

    test("a stored country UN M49 does not list (TW, from before) is kept when the owner saves the entry", async () => {
      const id = await created();
      await t.handle.db
        .updateTable("stocktakingEntry")
        .set({ countries: JSON.stringify(["ML", "TW"]) })
        .where("id", "=", id)
        .execute();
      const res = await post(owner, `/stocktaking/entries/${id}/edit`, entryForm({ countries: ["ML", "NE"] }));
      assert.equal(res.status, 303, await res.clone().text());
      const row = await t.handle.db
        .selectFrom("stocktakingEntry")
        .select("countries")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(JSON.parse(row.countries), ["ML", "NE", "TW"]);
      // Nobody can choose it anew.
      const refused = await post(owner, "/stocktaking/new", entryForm({ countries: ["TW"] }));
      assert.equal(refused.status, 400);
    });

    test("a draft can be saved half-done; submitting asks for what is missing, naming each field", async () => {
      const half = entryForm({ stakeholderTypeCode: "", scope: "", projectStatus: "", countries: [], actionLines: [] });
      const saved = await post(owner, "/stocktaking/new", half);
      assert.equal(saved.status, 303);
      const mine = await (await owner.get("/stocktaking/mine")).text();
      assert.match(mine, /Connecting rural schools in the Sahel/);
      assert.match(mine, /Draft/);
      const id = (await t.handle.db.selectFrom("stocktakingEntry").select("id").executeTakeFirstOrThrow()).id;
      half.set("intent", "submit");
      const refused = await post(owner, `/stocktaking/entries/${id}/edit`, half);
      assert.equal(refused.status, 400);
      const body = await refused.text();
      for (const field of ["stakeholderTypeCode", "scope", "projectStatus", "countries", "actionLines"]) {
        assert.match(body, new RegExp(`<a href="#${field}">`), field);
      }
      assert.match(body, /value="Connecting rural schools in the Sahel"/, "what was typed stays");
    });

    test("bad input names the field and keeps the rest", async () => {
      const res = await post(
        owner,
        "/stocktaking/new",
        entryForm({
          title: "",
          website: "not a url",
          startDate: "2024-13-40",
          contactEmail: "nope",
          countries: ["XX1"],
        }),
      );
      assert.equal(res.status, 400);
      const body = await res.text();
      for (const field of ["title", "website", "startDate", "contactEmail", "countries"]) {
        assert.match(body, new RegExp(`<a href="#${field}">`), field);
      }
      assert.match(body, /Sahel Digital Alliance/);
      const tooLong = await post(owner, "/stocktaking/new", entryForm({ summary: "x".repeat(601) }));
      assert.match(await tooLong.text(), /<a href="#summary">[^<]*Too long: enter at most 600 characters\./);
    });

    test("submit, publish: the public page shows the published version, never the contact", async () => {
      const id = await created(
        { title: "Telemedicine for island clinics", organizationName: "Pacific Health Link" },
        true,
      );
      assert.equal(await stateOf(id), "submitted");
      assert.equal(
        (await new Visitor(t).get(`/stocktaking/entries/${id}`)).status,
        404,
        "not public before publishing",
      );
      const queue = await (await moderator.get("/stocktaking/moderation")).text();
      assert.match(queue, /Telemedicine for island clinics/);
      const review = await (await moderator.get(`/stocktaking/moderation/${id}`)).text();
      assert.match(review, /awa@sahel-digital\.example\.org/, "moderators see the contact");
      assert.equal((await moderator.post(`/stocktaking/moderation/${id}/publish`, {})).status, 303);
      assert.equal(await stateOf(id), "published");

      const page = await new Visitor(t).get(`/stocktaking/entries/${id}`);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /<h1 dir="auto">Telemedicine for island clinics<\/h1>/);
      assert.match(html, /<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org","@type":"Project"/);
      assert.doesNotMatch(html, /awa@|Awa Traoré/, "the contact is never public");
      assert.match(html, /href="\/action-lines\/C7.e-learning"/);
      assert.match(html, /href="\/sdgs\/4"/);

      const mail = (await t.mail()).filter((m) => m.to === "owner@example.org" && /published/.test(m.subject));
      assert.equal(mail.length, 1);
      const trail = await t.handle.db.selectFrom("auditEvent").selectAll().where("objectId", "=", id).execute();
      assert.deepEqual(trail.map((a) => a.action).sort(), [
        "stocktaking.create",
        "stocktaking.publish",
        "stocktaking.submit",
      ]);

      // The owner's data download carries the entry with its contact; the moderator's, the version they published.
      type Download = {
        stocktaking: { entries: Record<string, unknown>[]; publishedAsModerator: { entryId: string }[] };
      };
      const mine = (await (await owner.get("/account/data.json")).json()) as Download;
      const entry = mine.stocktaking.entries.find((e) => e.id === id);
      assert.equal(entry?.title, "Telemedicine for island clinics");
      assert.equal(entry?.contactEmail, "awa@sahel-digital.example.org");
      const theirs = (await (await moderator.get("/account/data.json")).json()) as Download;
      assert.ok(theirs.stocktaking.publishedAsModerator.some((v) => v.entryId === id));
      assert.ok(!theirs.stocktaking.entries.some((e) => e.id === id), "not the moderator's entry");
    });

    test("an edited published entry stays public as it was until its new version is published", async () => {
      const id = await created({ title: "Open data portal, first version", organizationName: "Data Lab One" }, true);
      await moderator.post(`/stocktaking/moderation/${id}/publish`, {});
      const edit = await post(
        owner,
        `/stocktaking/entries/${id}/edit`,
        entryForm({ title: "Open data portal, second version", organizationName: "Data Lab One", intent: "submit" }),
      );
      assert.equal(edit.status, 303);
      assert.equal(await stateOf(id), "submitted");
      let publicPage = await (await new Visitor(t).get(`/stocktaking/entries/${id}`)).text();
      assert.match(publicPage, /first version/);
      assert.doesNotMatch(publicPage, /second version/);
      await moderator.post(`/stocktaking/moderation/${id}/publish`, {});
      publicPage = await (await new Visitor(t).get(`/stocktaking/entries/${id}`)).text();
      assert.match(publicPage, /second version/);
      assert.match(publicPage, /Version 2/);
      const versions = await t.handle.db
        .selectFrom("stocktakingVersion")
        .select("version")
        .where("entryId", "=", id)
        .execute();
      assert.deepEqual(versions.map((v) => v.version).sort(), [1, 2], "every published version is kept");
      const first = await moderator.get(`/stocktaking/moderation/${id}/versions/1`);
      assert.equal(first.status, 200);
      assert.match(await first.text(), /Open data portal, first version/, "moderators see each version as published");
      assert.equal((await owner.get(`/stocktaking/moderation/${id}/versions/1`)).status, 403);
      assert.equal((await moderator.get(`/stocktaking/moderation/${id}/versions/9`)).status, 404);
    });

    test("changes requested and rejection need a message; the owner is told and can resubmit", async () => {
      const id = await created({ title: "Community radio network", organizationName: "Voices Radio" }, true);
      const noMessage = await moderator.post(`/stocktaking/moderation/${id}/request-changes`, { message: " " });
      assert.equal(noMessage.status, 400);
      assert.equal(await stateOf(id), "submitted");
      await moderator.post(`/stocktaking/moderation/${id}/request-changes`, { message: "Please add the start date." });
      assert.equal(await stateOf(id), "changes_requested");
      const mail = (await t.mail()).filter((m) => /Changes requested/.test(m.subject)).at(-1);
      assert.match(mail?.text ?? "", /Please add the start date\./);
      const editPage = await (await owner.get(`/stocktaking/entries/${id}/edit`)).text();
      assert.match(editPage, /Please add the start date\./);
      const resubmitted = await post(
        owner,
        `/stocktaking/entries/${id}/edit`,
        entryForm({ title: "Community radio network", organizationName: "Voices Radio", intent: "submit" }),
      );
      assert.equal(resubmitted.status, 303);
      await moderator.post(`/stocktaking/moderation/${id}/reject`, { message: "Out of scope." });
      assert.equal(await stateOf(id), "rejected");
    });

    test("every transition: allowed ones move the state, refused ones are 409 and change nothing", async () => {
      // From each state, what a moderator's decisions do. Owners' submit is allowed from draft and changes_requested.
      const decisions = ["publish", "reject", "request-changes"] as const;
      // Distinct titles, so that no entry looks like a duplicate of another.
      let n = 0;
      const unique = (state: string) => ({ title: `Matrix ${state} item${++n}`, organizationName: `Matrix Org ${n}` });
      const setUp: Record<string, () => Promise<string>> = {
        draft: () => created(unique("draft")),
        submitted: () => created(unique("submitted"), true),
        changes_requested: async () => {
          const id = await created(unique("changes"), true);
          await moderator.post(`/stocktaking/moderation/${id}/request-changes`, { message: "m" });
          return id;
        },
        published: async () => {
          const id = await created(unique("published"), true);
          await moderator.post(`/stocktaking/moderation/${id}/publish`, {});
          return id;
        },
        rejected: async () => {
          const id = await created(unique("rejected"), true);
          await moderator.post(`/stocktaking/moderation/${id}/reject`, { message: "m" });
          return id;
        },
      };
      const expected: Record<string, Record<(typeof decisions)[number], string>> = {
        draft: { publish: "409", reject: "409", "request-changes": "409" },
        submitted: { publish: "published", reject: "rejected", "request-changes": "changes_requested" },
        changes_requested: { publish: "409", reject: "409", "request-changes": "409" },
        published: { publish: "409", reject: "409", "request-changes": "409" },
        rejected: { publish: "409", reject: "409", "request-changes": "409" },
      };
      for (const [state, make] of Object.entries(setUp)) {
        for (const decision of decisions) {
          const id = await make();
          assert.equal(await stateOf(id), state);
          const res = await moderator.post(`/stocktaking/moderation/${id}/${decision}`, { message: "Reason." });
          const outcome = res.status === 409 ? "409" : await stateOf(id);
          assert.equal(outcome, expected[state]?.[decision], `${decision} from ${state}`);
          if (res.status === 409) assert.equal(await stateOf(id), state, "a refused transition changes nothing");
        }
        // The owner's submit.
        const id = await make();
        const res = await owner.post(`/stocktaking/entries/${id}/submit`, { confirmDuplicate: "yes" });
        const allowed = state === "draft" || state === "changes_requested";
        assert.equal(res.status, allowed ? 303 : 409, `submit from ${state}`);
        assert.equal(await stateOf(id), allowed ? "submitted" : state);
      }
    });

    test("who may do what: only the owner and moderators edit, only moderators decide", async () => {
      const id = await created({ title: "Roles check entry" }, true);
      const anonymous = new Visitor(t);
      assert.equal((await other.get(`/stocktaking/entries/${id}/edit`)).status, 403);
      assert.equal((await other.post(`/stocktaking/entries/${id}/submit`, {})).status, 403);
      assert.equal((await other.post(`/stocktaking/moderation/${id}/publish`, {})).status, 403);
      assert.equal((await owner.post(`/stocktaking/moderation/${id}/publish`, {})).status, 403, "not one's own either");
      assert.equal((await other.get("/stocktaking/moderation")).status, 403);
      const anon = await anonymous.get("/stocktaking/new");
      assert.equal(anon.status, 303);
      assert.match(anon.headers.get("location") ?? "", /^\/account\/signin/);
      assert.equal((await moderator.get(`/stocktaking/entries/${id}/edit`)).status, 200);
      assert.equal(await stateOf(id), "submitted");
    });

    test("search page, API and CSV show published entries only, with public fields only", async () => {
      const published = await created(
        {
          title: "Éducation numérique pour les écoles rurales",
          organizationName: "Réseau Éducatif",
          language: "fr",
          countries: ["SN"],
        },
        true,
      );
      await moderator.post(`/stocktaking/moderation/${published}/publish`, {});
      await created({ title: "Éducation secret draft", organizationName: "Hidden Org" }, true);

      const page = await new Visitor(t).get("/stocktaking?q=education");
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /Éducation numérique pour les écoles rurales/, "found without the accent");
      assert.doesNotMatch(html, /secret draft/, "unpublished entries are not found");
      assert.match(html, /href="\/stocktaking\?q=education&amp;country=SN"/, "a facet link adds a filter");

      const linePage = await (await new Visitor(t).get("/action-lines/C2")).text();
      assert.match(linePage, /Éducation numérique pour les écoles rurales/, "the Action Line page lists its projects");
      assert.match(linePage, /href="\/stocktaking\?actionLine=C2"/);
      const goalPage = await (await new Visitor(t).get("/sdgs/4")).text();
      assert.match(goalPage, /Éducation numérique pour les écoles rurales/, "the SDG page lists its projects");
      assert.doesNotMatch(goalPage, /secret draft/);

      const empty = await (await new Visitor(t).get("/stocktaking?q=education&country=JP")).text();
      assert.match(empty, /Try removing a filter/);

      const api = await t.request("/api/v1/stocktaking?q=education");
      assert.equal(api.status, 200);
      const json = (await api.json()) as {
        data: Record<string, unknown>[];
        meta: { total: number };
        facets: Record<string, unknown>;
      };
      assert.equal(json.meta.total, 1);
      assert.equal(json.data[0]?.id, published);
      assert.ok(json.facets.country);
      const one = await t.request(`/api/v1/stocktaking/${published}`);
      const entry = ((await one.json()) as { data: Record<string, unknown> }).data;
      assert.equal(entry.title, "Éducation numérique pour les écoles rurales");
      assert.equal(JSON.stringify(entry).includes("awa@"), false, "no contact in the API");
      assert.equal("contactEmail" in entry || "contactName" in entry, false);
      const hidden = await t.handle.db
        .selectFrom("stocktakingEntry")
        .select("id")
        .where("title", "=", "Éducation secret draft")
        .executeTakeFirstOrThrow();
      assert.equal((await t.request(`/api/v1/stocktaking/${hidden.id}`)).status, 404);

      const csv = await t.request("/api/v1/stocktaking.csv?q=education");
      assert.equal(csv.status, 200);
      assert.equal(csv.headers.get("content-type"), "text/csv; charset=utf-8");
      const bytes = new Uint8Array(await csv.clone().arrayBuffer());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "starts with the UTF-8 byte-order mark");
      const lines = (await csv.text()).trimEnd().split("\r\n");
      assert.equal(
        lines[0],
        "id,url,title,summary,organization,stakeholder_type,project_status,start_year,countries,action_lines,sdgs,published_at",
      );
      assert.equal(lines.length, 2);
      assert.match(lines[1] ?? "", /Éducation numérique pour les écoles rurales/);
      assert.doesNotMatch(lines.join("\n"), /awa@|secret draft/);

      for (const bad of ["?sdg=99", "?country=france", "?page=0", `?q=${"x".repeat(201)}`]) {
        const res = await t.request(`/api/v1/stocktaking${bad}`);
        assert.equal(res.status, 400, bad);
        assert.ok(((await res.json()) as { error: { field: string } }).error.field, bad);
        // The page is no dead end (issue 17): it shows the list and says what it changed (test/list-input.test.ts).
        assert.equal((await new Visitor(t).get(`/stocktaking${bad}`)).status, 200, bad);
      }
      for (const typed of ['"unbalanced', "a*b -c:(d) NEAR e AND", "'); drop table x; --", "\\"]) {
        assert.equal((await new Visitor(t).get(`/stocktaking?q=${encodeURIComponent(typed)}`)).status, 200, typed);
      }
    });

    test("the call for updates lists entries not changed since a date and mails their owners", async () => {
      const id = await created({ title: "Solar-powered telecentres", organizationName: "Sun Net" }, true);
      await moderator.post(`/stocktaking/moderation/${id}/publish`, {});
      const none = await (await moderator.get("/stocktaking/moderation/updates?before=2000-01-01")).text();
      assert.doesNotMatch(none, /Solar-powered telecentres/);
      const list = await (await moderator.get("/stocktaking/moderation/updates?before=2999-01-01")).text();
      assert.match(list, /Solar-powered telecentres/);
      const before = (await t.mail()).filter((m) => /up to date/.test(m.subject)).length;
      const sent = await moderator.post("/stocktaking/moderation/updates", { before: "2999-01-01" });
      assert.equal(sent.status, 303);
      assert.match(sent.headers.get("location") ?? "", /mailed=[1-9]/);
      const calls = (await t.mail()).filter((m) => /up to date/.test(m.subject));
      assert.ok(calls.length > before);
      assert.ok(calls.some((m) => m.to === "owner@example.org" && /Solar-powered telecentres/.test(m.text)));
      assert.equal((await owner.get("/stocktaking/moderation/updates")).status, 403);
      assert.equal((await moderator.get("/stocktaking/moderation/updates?before=yesterday")).status, 400);
    });

    test("a submission that looks like an existing entry is flagged before it goes", async () => {
      const first = await created(
        { title: "Digital literacy for rural women", organizationName: "Women Online Kenya" },
        true,
      );
      await moderator.post(`/stocktaking/moderation/${first}/publish`, {});
      const res = await post(
        owner,
        "/stocktaking/new",
        entryForm({
          title: "Digital Literacy for Rural Women!",
          organizationName: "women online kenya",
          intent: "submit",
        }),
      );
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.match(html, /looks like an entry that exists already/);
      assert.match(html, new RegExp(`href="/stocktaking/entries/${first}"`));
      const second = (
        await t.handle.db.selectFrom("stocktakingEntry").select("id").orderBy("id", "desc").executeTakeFirstOrThrow()
      ).id;
      assert.equal(await stateOf(second), "draft", "kept as a draft until the owner decides");
      assert.equal(
        (await owner.post(`/stocktaking/entries/${second}/submit`, { confirmDuplicate: "yes" })).status,
        303,
      );
      assert.equal(await stateOf(second), "submitted");
    });

    test("submitting an incomplete draft directly is a 400 showing its form with what is missing", async () => {
      const id = await created({ title: "Half-done mesh networks", scope: "", countries: [], actionLines: [] });
      const res = await post(owner, `/stocktaking/entries/${id}/submit`, new URLSearchParams());
      assert.equal(res.status, 400);
      const body = await res.text();
      for (const field of ["scope", "countries", "actionLines"]) {
        assert.match(body, new RegExp(`<a href="#${field}">`), field);
      }
      assert.match(body, /value="Half-done mesh networks"/);
      assert.equal(await stateOf(id), "draft");
    });

    test("the new-entry form carries a one-time key: five concurrent sendings make one draft", async () => {
      const form = await (await owner.get("/stocktaking/new")).text();
      const key = /name="formKey" value="([\w-]+)"/.exec(form)?.[1];
      assert.ok(key, "the form has a one-time key");
      const count = async (title: string) =>
        Number(
          (
            await t.handle.db
              .selectFrom("stocktakingEntry")
              .select((eb) => eb.fn.countAll<number>().as("n"))
              .where("title", "=", title)
              .executeTakeFirstOrThrow()
          ).n,
        );
      const sent = await Promise.all(
        Array.from({ length: 5 }, () =>
          post(owner, "/stocktaking/new", entryForm({ title: "Community radio archives", formKey: key })),
        ),
      );
      assert.deepEqual(
        sent.map((r) => r.status),
        [303, 303, 303, 303, 303],
      );
      assert.equal(await count("Community radio archives"), 1);
      const audits = await t.handle.db
        .selectFrom("auditEvent")
        .select("id")
        .where("action", "=", "stocktaking.create")
        .where(
          "objectId",
          "in",
          t.handle.db.selectFrom("stocktakingEntry").select("id").where("title", "=", "Community radio archives"),
        )
        .execute();
      assert.equal(audits.length, 1, "one create, one audit row");
      // A form without a key (an old page) still creates; a rejected form keeps its key for the next try.
      assert.equal(
        (await post(owner, "/stocktaking/new", entryForm({ title: "Community radio archives" }))).status,
        303,
      );
      assert.equal(await count("Community radio archives"), 2);
      const rejected = await post(owner, "/stocktaking/new", entryForm({ title: "", formKey: "k".repeat(22) }));
      assert.equal(rejected.status, 400);
      assert.match(await rejected.text(), new RegExp(`name="formKey" value="${"k".repeat(22)}"`));
    });

    test("the duplicate warning lists published entries and the submitter's own, never others' drafts", async () => {
      const others = await post(
        other,
        "/stocktaking/new",
        entryForm({ title: "Secret plans for fibre in Chad", organizationName: "Chad Fibre Trust" }),
      );
      assert.equal(others.status, 303);
      const othersDraft = (
        await t.handle.db
          .selectFrom("stocktakingEntry")
          .select("id")
          .where("title", "=", "Secret plans for fibre in Chad")
          .executeTakeFirstOrThrow()
      ).id;
      const res = await post(
        owner,
        "/stocktaking/new",
        entryForm({ title: "Secret Plans for Fibre in Chad", organizationName: "chad fibre trust", intent: "submit" }),
      );
      assert.equal(res.status, 303, "no warning: the look-alike is another person's unpublished draft");
      const html = await (await owner.get("/stocktaking/mine")).text();
      assert.doesNotMatch(html, new RegExp(othersDraft));
      // The owner's own earlier draft is a look-alike they may see.
      const again = await post(
        owner,
        "/stocktaking/new",
        entryForm({ title: "Secret plans for fibre in Chad!", organizationName: "Chad Fibre Trust", intent: "submit" }),
      );
      assert.equal(again.status, 200);
      const warning = await again.text();
      assert.match(warning, /looks like an entry that exists already/);
      assert.doesNotMatch(warning, new RegExp(othersDraft));
    });

    test("a huge, negative or unknown page of the moderation queue shows a page that exists, saying so", async () => {
      for (const page of ["99999999999999999999", "-3", "abc", "2"]) {
        const res = await moderator.get(`/stocktaking/moderation?state=draft&page=${page}`);
        assert.equal(res.status, 200, page);
        const html = await res.text();
        assert.ok(html.includes(`There is no page ${page}: showing page 1 of 1.`), page);
      }
      const plain = await (await moderator.get("/stocktaking/moderation?state=draft&page=1")).text();
      assert.doesNotMatch(plain, /There is no page/);
    });
  });
}
