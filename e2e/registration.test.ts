/// <reference lib="dom" />
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { deflateSync } from "node:zlib";
import type { Page } from "playwright-core";
import { dstEdition } from "../src/modules/forum/forum.fixtures.ts";
import { loadEdition } from "../src/modules/forum/forum.seed.ts";
import { insertCategory } from "../src/modules/registration/registration.fixtures.ts";
import { PASSWORD, signedUp, signedUpWithRoles } from "../test/support/accounts.ts";
import { type Browser, browserSkip, launchBrowser } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { expectAxeClean } from "./support/session.ts";

const skip = browserSkip();
const SLUG = "reg-e2e-2099";
const EVENT = "Registration Browser Forum 2099";
const FOCAL = "focal@example.org";
const DESK = "desk@example.org";
const ORGANISATION = "Kenya ICT Authority";
/** A signed badge or letter code as printed: Crockford base32 in four groups of five. */
const CODE = /\b[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}\b/;

/** What poppler's pdftotext, a reader independent of the platform, finds in a PDF. */
function pdfText(bytes: Uint8Array): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: bytes }).toString("utf8");
}

/** A real 8×8 PNG (a photo for the badge), built here so the test carries no binary file. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const size = 8;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows = Buffer.concat(
    Array.from({ length: size }, (_, y) =>
      Buffer.from([0, ...Array.from({ length: size }, (_, x) => [40 + x * 20, 90, 60 + y * 20]).flat()]),
    ),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** What has the keyboard focus, as a CSS-ish description for messages and matching. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? { id: el.id, tag: el.tagName.toLowerCase(), text: (el.textContent ?? "").trim() } : null;
  });

/**
 * Presses Tab until the element `selector` finds has the focus, as a keyboard user moves through a page; fails
 * when it is not reached (not focusable, or a trap stops the way).
 */
async function tabTo(page: Page, selector: string, max = 120) {
  const target = page.locator(selector).first();
  assert.equal(await target.count(), 1, `${selector} is on the page`);
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Tab never reached ${selector}; the focus is on ${JSON.stringify(await focused(page))}`);
}

/** Tabs to a field, empties it and types. */
async function typeInto(page: Page, selector: string, text: string) {
  await tabTo(page, selector);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}

/** Tabs to a closed select and chooses by typing the start of an option's label, as the keyboard allows. */
async function choose(page: Page, selector: string, label: string, value: string) {
  await tabTo(page, selector);
  await page.keyboard.type(label);
  assert.equal(await page.inputValue(selector), value, `${selector} chosen by typing "${label}"`);
}

/**
 * The order in which this Chromium's date fields take the day, month and year: it follows the browser's own
 * locale, not the page's, so it is asked once from a bare date field.
 */
async function dateOrder(browser: Browser): Promise<"dmy" | "mdy"> {
  const page = await browser.context.newPage();
  try {
    await page.setContent('<input type="date" id="d" aria-label="day">');
    await page.focus("#d");
    await page.keyboard.type("01022000");
    return (await page.inputValue("#d")) === "2000-01-02" ? "mdy" : "dmy";
  } finally {
    await page.close();
  }
}

/** Tabs to a date field and types the day, month and year in the order the browser takes them. */
async function typeDate(page: Page, selector: string, isoDay: string, order: "dmy" | "mdy") {
  await tabTo(page, selector);
  const [y, m, d] = isoDay.split("-");
  await page.keyboard.type(order === "dmy" ? `${d}${m}${y}` : `${m}${d}${y}`);
  assert.equal(await page.inputValue(selector), isoDay, `${selector} typed`);
}

/** Presses a key that submits a form or follows a link, and waits for the page it leads to. */
async function pressAndLoad(page: Page, key: "Enter" | "Space" = "Enter") {
  await Promise.all([page.waitForNavigation(), page.keyboard.press(key)]);
}

async function signIn(page: Page, url: string, email: string) {
  await page.context().clearCookies();
  await page.goto(`${url}/account/signin?lang=en`);
  await typeInto(page, "#email", email);
  await typeInto(page, "#password", PASSWORD);
  await Promise.all([page.waitForURL(/\/account$/), page.keyboard.press("Enter")]);
}

/**
 * The chain, keyboard only: a member of an organisation registers on site in its automatically accredited
 * category with a photo and a visa letter request (first forgetting the passport name: the summary names it and
 * nothing typed is lost but the photo, which the page asks for again), its focal point approves from the queue, the
 * person downloads the e-confirmation letter, whose code the public verification page finds valid, and
 * accreditation staff download the badge and check the person in with the code printed on it, twice. axe on every
 * page on the way, with JavaScript on and off, and the form once in Arabic.
 */
describe("Registration to check-in in Chromium: register, approve, letter, verify, badge, check in; keyboard only, axe clean", {
  skip,
}, () => {
  let server: RunningServer;
  let withJs: Browser;
  let withoutJs: Browser;
  let organizationId: string;
  let delegationId: string;
  let order: "dmy" | "mdy";
  const png = tinyPng();

  before(async () => {
    server = await startServer();
    const t = server.app;
    const db = t.handle.db;
    // The day before the edition opens (in Geneva), so registration is open and the badge desk too (issue 17:
    // check-in records arrivals on the event's days and CHECKIN_OPENS_DAYS_BEFORE, 1, before).
    t.clock.advance(Date.parse("2099-10-23T08:00:00Z") - t.clock.now().getTime());
    // An edition far enough ahead that on-site registration is open whenever the test runs.
    await loadEdition(db, {
      ...dstEdition(),
      slug: SLUG,
      title: { en: EVENT },
      startsOn: "2099-10-24",
      endsOn: "2099-10-27",
      sessions: [],
    });
    const eventId = (await db.selectFrom("forumEvent").select("id").where("slug", "=", SLUG).executeTakeFirstOrThrow())
      .id;
    delegationId = (
      await insertCategory(db, eventId, {
        code: "delegation",
        name: "Delegation",
        colour: "#1f5fa8",
        autoAccredited: 1,
        admittedStakeholderTypes: JSON.stringify(["government"]),
        position: 1,
      })
    ).id;
    await insertCategory(db, eventId, { code: "participant", name: "Participant", colour: "#b03060", position: 2 });

    // An organisation: its founder is its focal point, and approves its members.
    const focal = await signedUp(t, FOCAL, "Wanjiku Focal");
    const created = await focal.post("/organizations/new", {
      name: ORGANISATION,
      stakeholderTypeCode: "government",
      countryCode: "KE",
      website: "",
    });
    organizationId = /\/organizations\/([0-9a-f-]{36})/.exec(created.headers.get("location") ?? "")?.[1] ?? "";
    assert.ok(organizationId, "the organisation was created");
    for (const email of ["amina.js@example.org", "amina.plain@example.org"]) {
      const member = await signedUp(t, email, "Amina Okello");
      assert.equal((await member.post(`/organizations/${organizationId}/join`, {})).status, 303);
      const memberId = (
        await db.selectFrom("userAccount").select("id").where("email", "=", email).executeTakeFirstOrThrow()
      ).id;
      const approved = await focal.post(`/organizations/${organizationId}/members/${memberId}/approve`, {});
      assert.equal(approved.status, 303);
      // Members of long standing (issue 16: a focal point's approval accredits only a member who joined at least
      // FOCAL_POINT_MIN_MEMBERSHIP_DAYS before asking, and not one they approved the same day).
      await db
        .updateTable("organizationMembership")
        .set({ decidedAt: new Date(Date.now() - 30 * 24 * 60 * 60 * 1000).toISOString() })
        .where("organizationId", "=", organizationId)
        .where("userId", "=", memberId)
        .execute();
    }
    // The secretariat has verified the organisation: only then do its focal points decide accreditation.
    const secretariat = await signedUpWithRoles(t, "secretariat@example.org", [{ role: "moderator" }]);
    const verified = await secretariat.post(`/organizations/${organizationId}/verification`, {
      decision: "verify",
      note: "Confirmed with the ICT Authority.",
    });
    assert.equal(verified.status, 303);
    await signedUpWithRoles(t, DESK, [{ role: "accreditation" }]);
    withJs = await launchBrowser({ javaScript: true });
    withoutJs = await launchBrowser({ javaScript: false });
    order = await dateOrder(withJs);
  });
  after(async () => {
    await withJs?.close();
    await withoutJs?.close();
    await server?.close();
  });

  for (const javaScript of [true, false]) {
    test(`JavaScript ${javaScript ? "on" : "off"}`, async () => {
      const browser = javaScript ? withJs : withoutJs;
      const email = javaScript ? "amina.js@example.org" : "amina.plain@example.org";
      const passportName = javaScript ? "AMINA WANJIRU OKELLO" : "AMINA NJERI OKELLO";
      const url = server.url;
      const page = await browser.context.newPage();
      try {
        // The participant opens the form; in Arabic first, right to left.
        await signIn(page, url, email);
        await page.goto(`${url}/forum/${SLUG}/register?lang=ar`);
        assert.equal(await page.getAttribute("html", "dir"), "rtl");
        assert.equal(await page.getAttribute("html", "lang"), "ar");
        await expectAxeClean(page, withJs, "Arabic registration form");
        await page.goto(`${url}/forum/${SLUG}/register?lang=en`);
        assert.equal((await page.locator("h1").textContent())?.trim(), `Register: ${EVENT}`);
        await expectAxeClean(page, withJs, "registration form");

        // On site, under the organisation, in the automatically accredited category, with a visa letter; the
        // passport name is forgotten.
        await tabTo(page, "#attendance-0");
        await page.keyboard.press("Space");
        assert.equal(await page.isChecked("#attendance-0"), true, "on site chosen with Space");
        await typeInto(page, "#organizationName", ORGANISATION);
        await choose(page, "#organizationId", ORGANISATION, organizationId);
        await choose(page, "#stakeholderTypeCode", "Gov", "government");
        await choose(page, "#countryCode", "Kenya", "KE");
        await choose(page, "#nationalityCode", "Kenya", "KE");
        await choose(page, "#categoryId", "Delegation", delegationId);
        await tabTo(page, "#needsVisa");
        await page.keyboard.press("Space");
        assert.equal(await page.isChecked("#needsVisa"), true, "visa letter asked for with Space");
        await typeInto(page, "#passportNumber", "AK1234567");
        await typeDate(page, "#passportExpiresOn", "2101-03-31", order);
        await typeDate(page, "#bornOn", "1988-05-14", order);
        await page.setInputFiles("#photo", { name: "amina.png", mimeType: "image/png", buffer: png });
        await typeInto(page, "#interestWhy", "To present our national e-strategy.");
        await tabTo(page, "#consent");
        await page.keyboard.press("Space");
        await tabTo(page, 'main form button[type="submit"]');
        await pressAndLoad(page);

        // The error summary names the field; everything typed is kept; the photo must be chosen again.
        const summary = page.locator(".error-summary");
        assert.match((await summary.textContent()) ?? "", /Name as in your passport/);
        assert.equal(await summary.locator('a[href="#passportName"]').count(), 1, "the summary links to the field");
        assert.equal(await page.getAttribute("#passportName", "aria-invalid"), "true");
        assert.equal(await page.inputValue("#organizationName"), ORGANISATION);
        assert.equal(await page.inputValue("#organizationId"), organizationId);
        assert.equal(await page.inputValue("#categoryId"), delegationId);
        assert.equal(await page.inputValue("#nationalityCode"), "KE");
        assert.equal(await page.isChecked("#attendance-0"), true);
        assert.equal(await page.isChecked("#needsVisa"), true);
        assert.equal(await page.inputValue("#passportNumber"), "AK1234567");
        assert.equal(await page.inputValue("#passportExpiresOn"), "2101-03-31");
        assert.equal(await page.inputValue("#bornOn"), "1988-05-14");
        assert.equal(await page.inputValue("#interestWhy"), "To present our national e-strategy.");
        assert.equal(await page.isChecked("#consent"), true);
        assert.match((await page.locator("#photo-again").textContent()) ?? "", /choose it again/);
        await expectAxeClean(page, withJs, "registration form with an error");

        // Corrected, the photo chosen again, and sent.
        await typeInto(page, "#passportName", passportName);
        await page.setInputFiles("#photo", { name: "amina.png", mimeType: "image/png", buffer: png });
        await tabTo(page, 'main form button[type="submit"]');
        await pressAndLoad(page);
        assert.match(page.url(), /\/forum\/registrations\/[0-9a-f-]{36}\?done=registered$/);
        const registrationId = /registrations\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
        assert.match((await page.locator("main").textContent()) ?? "", /Submitted/);
        await expectAxeClean(page, withJs, "registration page, submitted");

        // The focal point approves from the accreditation queue.
        await signIn(page, url, FOCAL);
        await page.goto(`${url}/forum/${SLUG}/accreditation?lang=en`);
        await expectAxeClean(page, withJs, "accreditation queue");
        await tabTo(page, `main a[href$="/accreditation/${registrationId}"]`);
        await pressAndLoad(page);
        assert.equal((await page.locator("h1").textContent())?.trim(), passportName);
        assert.equal(await page.locator("#passport-title").count(), 0, "no passport details for a focal point");
        await expectAxeClean(page, withJs, "accreditation request");
        await tabTo(page, 'main button[name="decision"][value="approve"]');
        await pressAndLoad(page);
        assert.match(page.url(), /\?done=decided$/);
        const decided = await server.app.handle.db
          .selectFrom("forumRegistration")
          .select(["state", "route"])
          .where("id", "=", registrationId)
          .executeTakeFirstOrThrow();
        assert.deepEqual(decided, { state: "approved", route: "focal_point" }, "approved by the focal point");
        assert.match((await page.locator("main").textContent()) ?? "", /Approved/);
        await expectAxeClean(page, withJs, "accreditation request, approved");

        // The participant sees "approved" and downloads the letter.
        await signIn(page, url, email);
        await page.goto(`${url}/forum/registrations/mine?lang=en`);
        assert.match((await page.locator("main table").textContent()) ?? "", /Approved/);
        await expectAxeClean(page, withJs, "my registrations");
        await tabTo(page, `main a[href="/forum/registrations/${registrationId}"]`);
        await pressAndLoad(page);
        assert.match((await page.locator("main").textContent()) ?? "", /You are accredited to attend on site/);
        await expectAxeClean(page, withJs, "registration page, approved");
        const letterLink = page.getByRole("link", { name: "Download the e-confirmation letter (PDF)" });
        const letterHref = (await letterLink.getAttribute("href")) ?? "";
        assert.equal(letterHref, `/forum/registrations/${registrationId}/letter.pdf`);
        // Followed with Enter, the letter opens in the browser's PDF viewer (it is sent inline); the viewer keeps the
        // bytes to itself, so they are fetched again with the same cookies for pdftotext.
        await tabTo(page, `main a[href="${letterHref}"]`);
        const [opened] = await Promise.all([
          page.waitForResponse((r) => r.url() === `${url}${letterHref}`),
          page.keyboard.press("Enter"),
        ]);
        assert.equal(opened.status(), 200);
        assert.match(opened.headers()["content-type"] ?? "", /^application\/pdf/);
        const letter = await page.request.get(`${url}${letterHref}`);
        assert.equal(letter.status(), 200);
        assert.match(letter.headers()["content-type"] ?? "", /^application\/pdf/);
        const letterText = pdfText(await letter.body());
        assert.ok(letterText.includes(passportName), "the letter names the person as in the passport");
        const reference = (
          await server.app.handle.db
            .selectFrom("forumRegistration")
            .select("reference")
            .where("id", "=", registrationId)
            .executeTakeFirstOrThrow()
        ).reference;
        assert.ok(letterText.includes(reference), "the letter carries the registration number");
        assert.ok(!letterText.includes(registrationId), "not the raw id");
        const letterCode = CODE.exec(letterText)?.[0];
        assert.ok(letterCode, "the letter carries its verification code");

        // Anyone (signed out) opens the verification address and sees the letter valid.
        await page.context().clearCookies();
        await page.goto(`${url}/verify/${letterCode}?lang=en`);
        assert.equal((await page.locator("#verify-outcome").textContent())?.trim(), "This letter is valid");
        assert.match((await page.locator("main .facts").textContent()) ?? "", new RegExp(passportName));
        await expectAxeClean(page, withJs, "verification page");

        // Accreditation staff print the person's badge and read its code.
        await signIn(page, url, DESK);
        await page.goto(`${url}/forum/${SLUG}/badges?lang=en`);
        await expectAxeClean(page, withJs, "badges page");
        const badgeHref = `/forum/registrations/${registrationId}/badge.pdf`;
        await tabTo(page, `main a[href="${badgeHref}"]`);
        const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
        assert.match(download.suggestedFilename(), /^badge-.+\.pdf$/);
        const badgeBytes = readFileSync(await download.path());
        assert.equal(badgeBytes.subarray(0, 5).toString("latin1"), "%PDF-");
        const badgeText = pdfText(badgeBytes);
        assert.ok(badgeText.includes("Amina Okello"), "the badge names the person by the name they use");
        assert.ok(badgeText.includes("Delegation"), "the badge names the category");
        const badgeCode = CODE.exec(badgeText)?.[0];
        assert.ok(badgeCode, "the badge carries its code");
        assert.notEqual(badgeCode, letterCode);

        // ... and check the person in with the typed code: checked in, then already checked in today.
        for (const round of ["first", "again"] as const) {
          await page.goto(`${url}/forum/${SLUG}/checkin?lang=en`);
          await expectAxeClean(page, withJs, "check-in page");
          await typeInto(page, "#code", badgeCode);
          await pressAndLoad(page);
          const outcome = (await page.locator("#checkin-outcome").textContent()) ?? "";
          if (round === "first") {
            assert.match(outcome, /Amina Okello is checked in, at \d\d:\d\d/);
            assert.equal(await page.locator(".checkin-result--ok").count(), 1);
            assert.equal(await page.inputValue("#code"), "", "the field is empty for the next person");
            await expectAxeClean(page, withJs, "checked in");
          } else {
            assert.match(outcome, /Amina Okello was already checked in today, at \d\d:\d\d/);
            assert.equal(await page.locator(".checkin-result--refused").count(), 1);
            await expectAxeClean(page, withJs, "already checked in");
          }
        }

        // The participant cancels: a confirmation step first, saying the letter stops being valid (in Arabic too),
        // then the registration is cancelled, its letter no longer verifies, and registering again is offered.
        await signIn(page, url, email);
        await page.goto(`${url}/forum/registrations/${registrationId}?lang=en`);
        assert.match((await page.locator("main .facts").textContent()) ?? "", new RegExp(reference));
        await tabTo(page, `main a[href="/forum/registrations/${registrationId}/cancel"]`);
        await pressAndLoad(page);
        assert.equal(new URL(page.url()).pathname, `/forum/registrations/${registrationId}/cancel`);
        assert.equal((await page.locator("h1").textContent())?.trim(), `Cancel your registration for ${EVENT}?`);
        const effects = (await page.locator("main ul").textContent()) ?? "";
        assert.match(effects, /e-confirmation letter stops being valid/);
        assert.match(effects, /badge no longer admits you/);
        assert.match(effects, /new request with a new reference/);
        await expectAxeClean(page, withJs, "cancellation confirmation");
        await page.goto(`${url}/forum/registrations/${registrationId}/cancel?lang=ar`);
        assert.equal(await page.getAttribute("html", "dir"), "rtl");
        assert.match((await page.locator("h1").textContent()) ?? "", /هل تريد إلغاء تسجيلك/);
        await expectAxeClean(page, withJs, "cancellation confirmation in Arabic");
        // "Keep" goes back and changes nothing.
        await page.goto(`${url}/forum/registrations/${registrationId}/cancel?lang=en`);
        await tabTo(page, `main a[href="/forum/registrations/${registrationId}"]`);
        await pressAndLoad(page);
        assert.match((await page.locator("main").textContent()) ?? "", /You are accredited to attend on site/);
        await page.goto(`${url}/forum/registrations/${registrationId}/cancel?lang=en`);
        await tabTo(page, 'main button[type="submit"]');
        await pressAndLoad(page);
        assert.match(page.url(), /\?done=cancelled$/);
        assert.match((await page.locator("main").textContent()) ?? "", /This registration was cancelled/);
        assert.equal(await page.getByRole("link", { name: "Register again" }).count(), 1);
        await expectAxeClean(page, withJs, "registration page, cancelled");
        await page.context().clearCookies();
        await page.goto(`${url}/verify/${letterCode}?lang=en`);
        assert.equal((await page.locator("#verify-outcome").textContent())?.trim(), "This letter is not valid");
      } finally {
        await page.close();
      }
    });
  }
});
