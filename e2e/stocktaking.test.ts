/// <reference lib="dom" />
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { signedUp, signedUpWithRoles } from "../test/support/accounts.ts";
import { type Browser, browserSkip, launchBrowser } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { expectAxeClean, signIn, signOut } from "./support/session.ts";

const skip = browserSkip();

const OWNER = "owner@example.org";
const MODERATOR = "moderator@example.org";

/** Another published entry with the same accented word, in another country: what the facet must filter out. */
const OTHER_TITLE = "Inclusion numérique à Abidjan";

/** One entry per run, each in its own country, so a facet narrows the shared word to this run's entry. */
const RUNS = [
  {
    javaScript: true,
    title: "Éducation numérique à Kaolack",
    word: "education",
    summary: "Des tablettes et une formation numérique pour les enseignants de 40 écoles de Kaolack.",
    organization: "Réseau Éducation Sénégal",
    country: { code: "SN", name: "Senegal" },
    actionLine: "C7.e-learning",
    sdg: "4",
  },
  {
    javaScript: false,
    title: "Santé numérique à Ségou",
    word: "sante",
    summary: "Des dossiers médicaux numériques pour les centres de santé de la région de Ségou.",
    organization: "Ségou Santé Connectée",
    country: { code: "ML", name: "Mali" },
    actionLine: "C7.e-health",
    sdg: "3",
  },
] as const;

/** The titles in the result list, in order. */
async function resultTitles(page: Page) {
  return (await page.locator("ol.results h3 a").allTextContents()).map((t) => t.trim());
}

describe("stocktaking in Chromium: submit, moderate, find, filter, open; axe clean", { skip }, () => {
  let server: RunningServer;
  let withJs: Browser;
  let withoutJs: Browser;
  before(async () => {
    server = await startServer();
    await signedUp(server.app, OWNER, "Awa Ndiaye");
    const moderator = await signedUpWithRoles(server.app, MODERATOR, [{ role: "moderator" }]);

    // The entry the facet filters out, published before the browsers start.
    const other = await signedUp(server.app, "other@example.org", "Kouadio Yao");
    const created = await other.post("/stocktaking/new", {
      title: OTHER_TITLE,
      summary: "Des points d’accès numérique publics dans les quartiers d’Abidjan.",
      organizationName: "Abidjan Connecté",
      stakeholderTypeCode: "government",
      scope: "national",
      projectStatus: "completed",
      language: "fr",
      countries: "CI",
      actionLines: "C3",
      sdgs: "10",
      intent: "submit",
    });
    assert.equal(created.status, 303, await created.clone().text());
    const { id } = await server.app.handle.db
      .selectFrom("stocktakingEntry")
      .select("id")
      .where("title", "=", OTHER_TITLE)
      .executeTakeFirstOrThrow();
    assert.equal((await moderator.post(`/stocktaking/moderation/${id}/publish`, {})).status, 303);

    withJs = await launchBrowser({ javaScript: true });
    withoutJs = await launchBrowser({ javaScript: false });
  });
  after(async () => {
    await withJs?.close();
    await withoutJs?.close();
    await server?.close();
  });

  for (const run of RUNS) {
    test(`JavaScript ${run.javaScript ? "on" : "off"}: ${run.title}`, async () => {
      const browser = run.javaScript ? withJs : withoutJs;
      const page = await browser.context.newPage();
      try {
        // The owner fills the form, first forgetting the title.
        await signIn(page, server.url, OWNER);
        await page.goto(`${server.url}/stocktaking/new`);
        assert.equal((await page.locator("h1").textContent())?.trim(), "Submit a project");
        await expectAxeClean(page, withJs, "entry form");

        await page.fill("#summary", run.summary);
        await page.fill("#organizationName", run.organization);
        await page.selectOption("#stakeholderTypeCode", "civil-society");
        // The countries are checkboxes; with JavaScript a box filters them as one types.
        if (run.javaScript) {
          await page.fill("#countries-filter", run.country.name.slice(0, 4));
          assert.equal(await page.isVisible('label[for="countries-AF"]'), false, "the filter hides the others");
        } else {
          assert.equal(await page.isVisible("#countries-filter"), false, "no filter box without script");
        }
        await page.check(`#countries-${run.country.code}`);
        await page.selectOption("#scope", "national");
        await page.check(`input[name="actionLines"][value="${run.actionLine}"]`);
        await page.check(`input[name="sdgs"][value="${run.sdg}"]`);
        await page.selectOption("#projectStatus", "ongoing");
        await page.selectOption("#language", "fr");
        const submit = page.getByRole("button", { name: "Submit for review" });
        await Promise.all([page.waitForNavigation(), submit.click()]);
        assert.match(page.url(), /\/stocktaking\/new$/);
        assert.equal(await page.locator('.error-summary a[href="#title"]').count(), 1, "the missing title is named");
        assert.equal(await page.getAttribute("#title", "aria-invalid"), "true");
        assert.equal(await page.inputValue("#organizationName"), run.organization, "what was typed stays");
        assert.deepEqual(
          await page
            .locator('input[name="countries"]:checked')
            .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value)),
          [run.country.code],
        );
        assert.ok(await page.isChecked(`input[name="actionLines"][value="${run.actionLine}"]`));
        assert.ok(await page.isChecked(`input[name="sdgs"][value="${run.sdg}"]`));
        await expectAxeClean(page, withJs, "entry form with an error");

        await page.fill("#title", run.title);
        await Promise.all([page.waitForURL(/\/stocktaking\/mine\?done=submitted$/), submit.click()]);
        const row = page.locator("table.data-table tbody tr", { hasText: run.title });
        assert.equal(await row.count(), 1, "my entries lists it");
        assert.equal((await row.locator(".state").textContent())?.trim(), "Waiting for review");
        await expectAxeClean(page, withJs, "my entries");
        await signOut(page, server.url);

        // The moderator finds it in the queue, reviews and publishes it.
        await signIn(page, server.url, MODERATOR);
        await page.goto(`${server.url}/stocktaking/moderation`);
        await expectAxeClean(page, withJs, "moderation queue");
        await Promise.all([
          page.waitForURL(/\/stocktaking\/moderation\/[0-9a-f-]{36}$/),
          page.getByRole("link", { name: run.title, exact: true }).click(),
        ]);
        const id = /\/stocktaking\/moderation\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
        assert.ok(id);
        assert.equal((await page.locator("h1").textContent())?.trim(), run.title);
        await expectAxeClean(page, withJs, "review page");
        // "Ask for changes" without a message: the review page again, the field named and focusable (issue 17).
        await Promise.all([
          page.waitForURL(new RegExp(`/stocktaking/moderation/${id}/request-changes$`)),
          page.getByRole("button", { name: "Ask for changes", exact: true }).click(),
        ]);
        assert.match((await page.locator(".error-summary").textContent()) ?? "", /Enter this information/);
        assert.equal(await page.locator("#changes-message[aria-invalid=true]").count(), 1);
        await expectAxeClean(page, withJs, "review page, refused decision");
        await Promise.all([
          page.waitForURL(/\/stocktaking\/moderation\?state=submitted&done=publish$/),
          page.getByRole("button", { name: "Publish", exact: true }).click(),
        ]);
        assert.equal(await page.getByRole("link", { name: run.title, exact: true }).count(), 0, "left the queue");
        await signOut(page, server.url);

        // Anyone finds it by a word typed without its accent.
        await page.goto(`${server.url}/stocktaking?lang=en`);
        await page.fill("#q", run.word);
        await Promise.all([
          page.waitForURL(new RegExp(`/stocktaking\\?q=${run.word}&sort=relevance$`)),
          page.getByRole("button", { name: "Search", exact: true }).click(),
        ]);
        assert.deepEqual(await resultTitles(page), [run.title], `"${run.word}" finds the entry`);

        // A word all the entries share, then a facet narrows the list to this entry's country.
        await page.fill("#q", "numerique");
        await Promise.all([
          page.waitForURL(/\/stocktaking\?q=numerique&sort=relevance$/),
          page.getByRole("button", { name: "Search", exact: true }).click(),
        ]);
        const found = await resultTitles(page);
        assert.ok(found.includes(run.title), `"numerique" finds the entry: ${found}`);
        assert.ok(found.includes(OTHER_TITLE), `"numerique" finds the other entry: ${found}`);
        await expectAxeClean(page, withJs, "search results");

        const countryFacet = page.locator(".facets .facet", { has: page.getByRole("heading", { name: "Country" }) });
        await Promise.all([
          page.waitForURL(new RegExp(`[?&]country=${run.country.code}(&|$)`)),
          countryFacet.getByRole("link", { name: run.country.name, exact: true }).click(),
        ]);
        const filtered = await resultTitles(page);
        assert.ok(filtered.length < found.length, `narrowed: ${filtered} from ${found}`);
        assert.ok(filtered.includes(run.title), `still shows the entry: ${filtered}`);
        assert.ok(!filtered.includes(OTHER_TITLE), "the other country's entry is filtered out");
        assert.equal(
          await page.getByRole("link", { name: `Remove filter: ${run.country.name}`, exact: true }).count(),
          1,
          "the filter in use is shown, with a way to remove it",
        );
        assert.equal(await countryFacet.locator('a[aria-current="true"]').textContent(), run.country.name);
        await expectAxeClean(page, withJs, "filtered search results");

        // Open it: its title, and structured data for search engines.
        await Promise.all([
          page.waitForURL(`${server.url}/stocktaking/entries/${id}`),
          page.locator("ol.results").getByRole("link", { name: run.title, exact: true }).click(),
        ]);
        assert.equal((await page.locator("h1").textContent())?.trim(), run.title);
        const jsonLd = page.locator('script[type="application/ld+json"]');
        assert.equal(await jsonLd.count(), 1, "one JSON-LD block");
        const data = JSON.parse((await jsonLd.textContent()) ?? "");
        assert.equal(data["@type"], "Project");
        assert.equal(data.name, run.title);
        await expectAxeClean(page, withJs, "entry page");

        // Right to left, in Arabic: the search page and the entry page.
        for (const path of [`/stocktaking?q=${run.word}`, `/stocktaking/entries/${id}`]) {
          const url = `${server.url}${path}${path.includes("?") ? "&" : "?"}lang=ar`;
          const res = await page.goto(url);
          assert.equal(res?.status(), 200, url);
          assert.equal(await page.getAttribute("html", "lang"), "ar");
          assert.equal(await page.getAttribute("html", "dir"), "rtl");
          assert.ok(((await page.locator("main").textContent()) ?? "").includes(run.title), url);
          await expectAxeClean(page, withJs, `Arabic ${path}`);
        }
      } finally {
        await page.close();
      }
    });
  }
});
