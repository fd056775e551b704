/// <reference lib="dom" />
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { PASSWORD, signedUpWithRoles } from "../test/support/accounts.ts";
import { axeViolations } from "./support/axe.ts";
import { type Browser, browserSkip, launchBrowser } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const skip = browserSkip();

/**
 * The pages behind sign-in — account, organizations, administration — in English and Arabic, with JavaScript
 * on and off: each renders for an administrator who is also a focal point, and axe finds nothing.
 */
describe("signed-in pages in Chromium, axe clean", { skip }, () => {
  let server: RunningServer;
  let withJs: Browser;
  let withoutJs: Browser;
  let organizationId = "";
  let personId = "";
  before(async () => {
    server = await startServer();
    const admin = await signedUpWithRoles(server.app, "chief@example.org", [{ role: "admin" }]);
    const created = await admin.post("/organizations/new", {
      name: "Digital Inclusion Network",
      stakeholderTypeCode: "civil-society",
      countryCode: "SN",
      website: "https://example.org",
    });
    organizationId = /\/organizations\/([0-9a-f-]{36})/.exec(created.headers.get("location") ?? "")?.[1] ?? "";
    const person = await server.app.handle.db
      .selectFrom("userAccount")
      .select("id")
      .where("email", "=", "chief@example.org")
      .executeTakeFirstOrThrow();
    personId = person.id;
    withJs = await launchBrowser({ javaScript: true });
    withoutJs = await launchBrowser({ javaScript: false });
  });
  after(async () => {
    await withJs?.close();
    await withoutJs?.close();
    await server?.close();
  });

  for (const javaScript of [true, false]) {
    test(`JavaScript ${javaScript ? "on" : "off"}`, async () => {
      const browser = javaScript ? withJs : withoutJs;
      const page = await browser.context.newPage();
      try {
        await page.goto(`${server.url}/account/signin?lang=en`);
        await page.fill("#email", "chief@example.org");
        await page.fill("#password", PASSWORD);
        await page.click('main button[type="submit"]');
        await page.waitForURL(/\/account$/);
        for (const locale of ["en", "ar"]) {
          for (const path of [
            "/account",
            "/account/profile",
            "/account/sessions",
            "/account/data",
            "/organizations",
            "/organizations/new",
            `/organizations/${organizationId}`,
            "/admin",
            "/admin/people?q=chief",
            `/admin/people/${personId}`,
            "/admin/audit",
            "/admin/mail",
          ]) {
            const url = `${server.url}${path}${path.includes("?") ? "&" : "?"}lang=${locale}`;
            const res = await page.goto(url);
            assert.equal(res?.status(), 200, url);
            assert.equal(await page.getAttribute("html", "lang"), locale);
            assert.deepEqual(await axeViolations(page, withJs), [], url);
          }
        }
      } finally {
        await page.close();
      }
    });
  }
});
