import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { signedUp, signedUpWithRoles } from "../../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../../test/support/app.ts";
import { Visitor } from "../../../../test/support/browser-like.ts";
import { testDialects } from "../../../../test/support/databases.ts";
import { deriveKey, seal } from "../../../platform/auth/secrets.ts";
import { dstEdition } from "../../forum/forum.fixtures.ts";
import { loadEdition } from "../../forum/forum.seed.ts";
import { newNonce, signedCode } from "../codes.ts";
import { insertRegistration } from "../registration.fixtures.ts";
import type { ForumRegistrationTable } from "../registration.table.ts";
import { eraseExpiredPassports } from "./letter.erase.ts";

/** The text of a PDF as Debian's poppler reads it: an independent check of what the letter says. */
function pdfToText(bytes: Uint8Array): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: bytes }).toString("utf8");
}

/** The fonts a PDF embeds, as poppler lists them. */
function pdfFonts(bytes: Uint8Array): string {
  return execFileSync("pdffonts", ["-"], { input: bytes }).toString("utf8");
}

/** The outcome part of the verification page, without the form (which repeats what was typed). */
function outcome(html: string): string {
  return (
    /<section class="verify-result[^"]*" aria-labelledby="verify-outcome">[\s\S]*?<\/section>/.exec(html)?.[0] ?? ""
  );
}

for (const dialect of await testDialects()) {
  describe(`Registration letters and their verification [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let eventId: string;
    let owner: Visitor;
    let ownerId: string;
    let stranger: Visitor;
    let staff: Visitor;
    let letterKey: Buffer;

    const userId = async (email: string) =>
      (await t.handle.db.selectFrom("userAccount").select("id").where("email", "=", email).executeTakeFirstOrThrow())
        .id;
    const register = (fields: Partial<ForumRegistrationTable> = {}) =>
      insertRegistration(t.handle.db, { eventId, userId: ownerId, ...fields });
    /** The printed code; a visa letter's binds its passport number. */
    const codeOf = (reg: ForumRegistrationTable, passportNumber = "") =>
      signedCode(letterKey, "letter", reg.letterNonce ?? "", passportNumber);
    const withPassport = async (reg: ForumRegistrationTable, number: string, bornOn = "1984-02-29") => {
      const passportKey = deriveKey(t.config.sessionSecret, "registration-passport");
      await t.handle.db
        .insertInto("forumRegistrationPassport")
        .values({
          registrationId: reg.id,
          sealed: seal(passportKey, JSON.stringify({ number, expiresOn: "2031-04-30", bornOn })),
          createdAt: new Date().toISOString(),
        })
        .execute();
    };
    const letter = async (v: Visitor, reg: ForumRegistrationTable, lang = "en") => {
      const res = await v.get(`/forum/registrations/${reg.id}/letter.pdf?lang=${lang}`);
      assert.equal(res.status, 200, `letter of ${reg.id}`);
      assert.equal(res.headers.get("content-type"), "application/pdf");
      return new Uint8Array(await res.arrayBuffer());
    };

    before(async () => {
      t = await buildTestApp(dialect);
      await loadEdition(t.handle.db, dstEdition());
      eventId = (
        await t.handle.db
          .selectFrom("forumEvent")
          .select("id")
          .where("slug", "=", "dst-test-2025")
          .executeTakeFirstOrThrow()
      ).id;
      owner = await signedUp(t, "owner@example.org");
      ownerId = await userId("owner@example.org");
      stranger = await signedUp(t, "stranger@example.org");
      staff = await signedUpWithRoles(t, "accreditation@example.org", [{ role: "accreditation" }]);
      letterKey = deriveKey(t.config.sessionSecret, "registration-letter");
    });
    after(() => t?.close());

    test("the letter is for its owner and accreditation staff, and only once approved or confirmed", async () => {
      // Registrations are one per person and event: each case below belongs to a different person.
      const person = async (email: string) => ({ v: await signedUp(t, email), id: await userId(email) });
      const approved = await register();
      await letter(owner, approved);
      assert.equal((await stranger.get(`/forum/registrations/${approved.id}/letter.pdf`)).status, 403);
      const anonymous = await t.request(`/forum/registrations/${approved.id}/letter.pdf`);
      assert.equal(anonymous.status, 303);
      assert.match(anonymous.headers.get("location") ?? "", /^\/account\/signin/);
      await letter(staff, approved);
      const trail = await t.handle.db
        .selectFrom("auditEvent")
        .select(["action", "actorId"])
        .where("objectId", "=", approved.id)
        .execute();
      assert.deepEqual(
        trail.map((a) => a.action),
        ["registration.letter.view"],
        "staff reading a letter is audited, the owner is not",
      );

      const virtual = await person("virtual@example.org");
      await letter(virtual.v, await register({ userId: virtual.id, attendance: "virtual", state: "confirmed" }));

      for (const [i, state] of (
        ["submitted", "acknowledged", "waitlisted", "rejected", "cancelled"] as const
      ).entries()) {
        const p = await person(`state-${i}@example.org`);
        const reg = await register({ userId: p.id, state, letterNonce: state === "cancelled" ? newNonce() : null });
        assert.equal((await p.v.get(`/forum/registrations/${reg.id}/letter.pdf`)).status, 404, state);
        assert.equal((await staff.get(`/forum/registrations/${reg.id}/letter.pdf`)).status, 404, `staff, ${state}`);
      }
      assert.equal((await owner.get(`/forum/registrations/${crypto.randomUUID()}/letter.pdf`)).status, 404);
      assert.equal((await owner.get("/forum/registrations/not-an-id/letter.pdf")).status, 404);
    });

    test("pdftotext finds the name, the registration id and the verification code; passport only for a visa", async () => {
      const p = await signedUp(t, "jose@example.org");
      const passportKey = deriveKey(t.config.sessionSecret, "registration-passport");
      const reg = await register({
        userId: await userId("jose@example.org"),
        passportName: "JOSÉ MARÍA GARCÍA LÓPEZ",
        nationalityCode: "ES",
        needsVisa: 1,
      });
      await t.handle.db
        .insertInto("forumRegistrationPassport")
        .values({
          registrationId: reg.id,
          sealed: seal(
            passportKey,
            JSON.stringify({ number: "XK4471902", expiresOn: "2031-04-30", bornOn: "1984-02-29" }),
          ),
          createdAt: new Date().toISOString(),
        })
        .execute();
      const bytes = await letter(p, reg);
      assert.ok(bytes.length < 60_000, `a letter of ${bytes.length} bytes stays small (fonts are subset)`);
      const text = pdfToText(bytes);
      assert.match(text, /JOSÉ MARÍA GARCÍA LÓPEZ/);
      assert.ok(text.includes(reg.reference), "the registration number");
      assert.ok(!text.includes(reg.id), "not the raw id");
      assert.ok(text.includes(codeOf(reg, "XK4471902")), "the verification code, bound to the passport number");
      assert.match(text, /Autumn Test Forum 2025/);
      assert.match(text, /Geneva/);
      assert.match(text, /Spain/, "nationality as a country name");
      assert.match(text, /On site/);
      assert.match(text, /visa/);
      assert.match(text, /XK4471902/, "a visa letter gives the passport number");
      assert.match(text, /February 29, 1984|29 February 1984/, "and the date of birth");
      assert.doesNotMatch(text, /2031/, "never the passport's expiry");

      // In French, with the English beside it.
      const fr = pdfToText(await letter(p, reg, "fr"));
      assert.match(fr, /Confirmation d’inscription/);
      assert.match(fr, /Confirmation of registration/);
      assert.match(fr, /Espagne/);

      // Without a visa letter, no passport detail at all.
      const q = await signedUp(t, "novisa@example.org");
      const plain = await register({ userId: await userId("novisa@example.org"), needsVisa: 0 });
      await t.handle.db
        .insertInto("forumRegistrationPassport")
        .values({
          registrationId: plain.id,
          sealed: seal(
            passportKey,
            JSON.stringify({ number: "ZZ0000001", expiresOn: "2031-04-30", bornOn: "1990-01-01" }),
          ),
          createdAt: new Date().toISOString(),
        })
        .execute();
      const noVisa = pdfToText(await letter(q, plain));
      assert.doesNotMatch(noVisa, /ZZ0000001|1990|Passport number/);
    });

    test("a virtual registration's confirmation is of online participation: no passport data, no visa wording", async () => {
      const p = await signedUp(t, "online@example.org");
      // Even a registration that (before the rule) asked for a visa letter online and has passport details kept.
      const reg = await register({
        userId: await userId("online@example.org"),
        attendance: "virtual",
        state: "confirmed",
        needsVisa: 1,
      });
      await withPassport(reg, "OV7654321", "1979-06-01");
      for (const lang of ["en", "fr"]) {
        const text = pdfToText(await letter(p, reg, lang));
        assert.match(text, /Confirmation of online participation/);
        assert.doesNotMatch(text, /[Vv]isa|OV7654321|1979|Passport number|Date of birth/, lang);
        assert.ok(text.includes(codeOf(reg)), "the code, bound to no passport");
      }
      assert.match(
        pdfToText(await letter(p, reg, "fr")),
        /Confirmation de participation en ligne/,
        "in the reader's language too",
      );
    });

    test("Arabic and Chinese names are embedded with their own fonts and read back", async () => {
      const zh = await signedUp(t, "wang@example.org");
      const zhReg = await register({
        userId: await userId("wang@example.org"),
        passportName: "王小明",
        nationalityCode: "CN",
      });
      const zhBytes = await letter(zh, zhReg, "zh");
      const zhText = pdfToText(zhBytes);
      assert.match(zhText, /王小明/);
      assert.match(zhText, /注册确认函/);
      assert.ok(zhText.includes(codeOf(zhReg)));
      assert.match(pdfFonts(zhBytes), /NotoSansSC/);

      const ar = await signedUp(t, "amina@example.org");
      const arReg = await register({
        userId: await userId("amina@example.org"),
        passportName: "محمد عبد الله",
        nationalityCode: "EG",
      });
      for (const lang of ["ar", "en"]) {
        const bytes = await letter(ar, arReg, lang);
        assert.match(pdfFonts(bytes), /NotoSansArabic/);
        const text = pdfToText(bytes);
        // Noto Sans Arabic draws dots as marks on shared letter skeletons, so glyphs alone cannot say ح from ج;
        // each run carries its letters as /ActualText, and poppler reads the name as typed (its bidi marks aside).
        const plain = text.replace(/[\u200e\u200f\u202a-\u202e]/g, "");
        assert.ok(plain.split("\n").includes("محمد عبد الله"), plain);
        assert.ok(text.includes(arReg.reference) && text.includes(codeOf(arReg)));
      }
    });

    test("the verification page confirms a valid letter with its name, event, dates and status only", async () => {
      await signedUp(t, "valid@example.org");
      const reg = await register({ userId: await userId("valid@example.org"), passportName: "AMINA WANJIRU OKELLO" });
      const v = new Visitor(t);
      const res = await v.get(`/verify/${codeOf(reg)}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("cache-control"), "no-store");
      const html = await res.text();
      const code = codeOf(reg);
      assert.ok(!JSON.stringify(t.logs).includes(code.slice(0, 11)), "the code is not in the request log");
      assert.match(outcome(html), /This letter is valid/);
      assert.match(outcome(html), /AMINA WANJIRU OKELLO/);
      assert.match(outcome(html), /Autumn Test Forum 2025/);
      assert.match(outcome(html), /October 24, 2025 to October 27, 2025/);
      assert.match(outcome(html), /Registration approved: attendance on site/);
      assert.match(outcome(html), /Kenya/, "the nationality, to compare with the passport");
      assert.match(outcome(html), /Date of issue/);
      for (const secret of [">KE<", "valid@example.org", "Amina Okello", reg.id, "government", "Geneva"]) {
        assert.ok(!html.includes(secret), `the page does not show ${secret}`);
      }
      // Typed by hand: lower case, spaces instead of hyphens; and in Arabic.
      const typed = codeOf(reg).toLowerCase().replaceAll("-", " ");
      const byForm = await v.get(`/verify?code=${encodeURIComponent(typed)}`);
      assert.equal(byForm.status, 200);
      assert.match(outcome(await byForm.text()), /AMINA WANJIRU OKELLO/);
      const arabic = await (await v.get(`/verify/${codeOf(reg)}?lang=ar`)).text();
      assert.match(arabic, /<html lang="ar" dir="rtl">/);
      assert.match(outcome(arabic), /هذه الرسالة صالحة/);
      // A confirmed virtual registration is valid too, with its own status.
      const virtual = await register({
        userId: await userId("stranger@example.org"),
        attendance: "virtual",
        state: "confirmed",
      });
      assert.match(outcome(await (await v.get(`/verify/${codeOf(virtual)}?lang=en`)).text()), /online participation/);
    });

    test("valid and not valid cannot be confused: words, icon and colour differ", async () => {
      await signedUp(t, "looks@example.org");
      const reg = await register({ userId: await userId("looks@example.org") });
      const v = new Visitor(t);
      const valid = outcome(await (await v.get(`/verify/${codeOf(reg)}`)).text());
      const invalid = outcome(await (await v.get("/verify/ABCDE-FGHJK-MNPQR-STVWX")).text());
      assert.match(valid, /class="verify-result verify-result--valid"/);
      assert.match(invalid, /class="verify-result verify-result--invalid"/);
      assert.match(valid, /<svg[^>]*class="verify-result__icon"[^>]*data-icon="valid"/);
      assert.match(invalid, /<svg[^>]*class="verify-result__icon"[^>]*data-icon="invalid"/);
      assert.match(valid, /This letter is valid/);
      assert.match(invalid, /This letter is not valid/);
      assert.doesNotMatch(invalid, /This letter is valid/);
    });

    test("a visa letter's check shows the passport number's last three characters, and its code binds the number", async () => {
      await signedUp(t, "visa-check@example.org");
      const reg = await register({
        userId: await userId("visa-check@example.org"),
        passportName: "KWAME ASANTE",
        nationalityCode: "GH",
        needsVisa: 1,
        decidedAt: "2025-09-02T10:00:00.000Z",
      });
      await withPassport(reg, "G01234567");
      const v = new Visitor(t);
      const html = await (await v.get(`/verify/${codeOf(reg, "G01234567")}`)).text();
      const shown = outcome(html);
      assert.match(shown, /This letter is valid/);
      assert.match(shown, /KWAME ASANTE/);
      assert.match(shown, /Ghana/);
      assert.match(shown, /ending in <code[^>]*>567<\/code>/);
      assert.match(shown, /September 2, 2025/, "the letter's issue date");
      assert.ok(!html.includes("G01234567") && !html.includes("0123456"), "never the whole number");
      // The code without the passport (as a letter printed with another number would carry) is not valid.
      assert.match(outcome(await (await v.get(`/verify/${codeOf(reg)}`)).text()), /This letter is not valid/);
      assert.match(
        outcome(await (await v.get(`/verify/${codeOf(reg, "G01234999")}`)).text()),
        /This letter is not valid/,
      );
      // The letter downloaded prints the code that verifies.
      const owner = await signedUp(t, "visa-check-2@example.org");
      const reg2 = await register({ userId: await userId("visa-check-2@example.org"), needsVisa: 1 });
      await withPassport(reg2, "P99887766");
      const printed = pdfToText(await letter(owner, reg2));
      const code = /[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}/.exec(printed)?.[0] ?? "";
      assert.match(outcome(await (await v.get(`/verify/${code}`)).text()), /ending in <code[^>]*>766<\/code>/);
    });

    test("altered, unknown, cancelled and rejected letters all read 'not valid', alike", async () => {
      const a = await signedUp(t, "revoked@example.org");
      const reg = await register({ userId: await userId("revoked@example.org") });
      const code = codeOf(reg);
      const v = new Visitor(t);
      const altered = code.replace(/^./, (c) => (c === "A" ? "B" : "A"));
      const unknown = signedCode(letterKey, "letter", newNonce());
      const badgeCode = signedCode(
        deriveKey(t.config.sessionSecret, "registration-badge"),
        "badge",
        reg.letterNonce ?? "",
      );
      const outcomes: string[] = [];
      for (const typed of [altered, unknown, badgeCode, "ABC", "0000000000000000000000"]) {
        const res = await v.get(`/verify/${encodeURIComponent(typed)}`);
        assert.equal(res.status, 200, typed);
        outcomes.push(outcome(await res.text()));
      }
      // Still valid until the registration changes.
      assert.match(outcome(await (await v.get(`/verify/${code}`)).text()), /This letter is valid/);
      await t.handle.db.updateTable("forumRegistration").set({ state: "cancelled" }).where("id", "=", reg.id).execute();
      outcomes.push(outcome(await (await v.get(`/verify/${code}`)).text()));
      await t.handle.db.updateTable("forumRegistration").set({ state: "rejected" }).where("id", "=", reg.id).execute();
      const rejected = await v.get(`/verify/${code}`);
      assert.equal(rejected.status, 200);
      outcomes.push(outcome(await rejected.text()));
      assert.match(outcomes[0] ?? "", /This letter is not valid/);
      assert.ok(
        outcomes.every((o) => o === outcomes[0]),
        "every invalid case shows the very same outcome",
      );
      assert.doesNotMatch(outcomes.join(""), /AMINA|Autumn Test Forum/);
      // And its owner can no longer download it.
      assert.equal((await a.get(`/forum/registrations/${reg.id}/letter.pdf`)).status, 404);
    });

    test("the form: empty code refused naming the field; checks are limited per address", async () => {
      const v = new Visitor(t);
      const page = await v.get("/verify");
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<input id="code" name="code" type="text"/);
      const empty = await v.get("/verify?code=");
      assert.equal(empty.status, 400);
      const html = await empty.text();
      assert.match(html, /Verification code: Type the code printed on the letter/);
      assert.match(html, /aria-describedby="code-hint code-error"/);
      const w = new Visitor(t);
      for (let i = 0; i < 60; i++) assert.equal((await w.get("/verify/ABCDE-FGHJK-MNPQR-STVWX")).status, 200);
      assert.equal((await w.get("/verify/ABCDE-FGHJK-MNPQR-STVWX")).status, 429);
      // Another address is not affected.
      assert.equal((await new Visitor(t).get("/verify/ABCDE-FGHJK-MNPQR-STVWX")).status, 200);
    });

    test("passport details are erased a set time after the event, each erasure audited", async () => {
      const db = t.handle.db;
      const passportKey = deriveKey(t.config.sessionSecret, "registration-passport");
      const ids: string[] = [];
      for (const email of ["erase-1@example.org", "erase-2@example.org"]) {
        await signedUp(t, email);
        const reg = await register({ userId: await userId(email), needsVisa: 1 });
        await db
          .insertInto("forumRegistrationPassport")
          .values({
            registrationId: reg.id,
            sealed: seal(passportKey, JSON.stringify({ number: "P1", expiresOn: "2030-01-01", bornOn: "1980-01-01" })),
            createdAt: new Date().toISOString(),
          })
          .execute();
        ids.push(reg.id);
      }
      const kept = async () =>
        (
          await db
            .selectFrom("forumRegistrationPassport")
            .select("registrationId")
            .where("registrationId", "in", ids)
            .execute()
        ).length;
      // The event's last day is 2025-10-27: with 30 days, the details stay through 26 November.
      assert.deepEqual(await eraseExpiredPassports(db, new Date("2025-10-28T12:00:00Z"), 30), []);
      assert.deepEqual(await eraseExpiredPassports(db, new Date("2025-11-26T23:59:00Z"), 30), []);
      assert.equal(await kept(), 2);
      const erased = await eraseExpiredPassports(db, new Date("2025-11-27T00:30:00Z"), 30);
      assert.deepEqual([...erased].filter((id) => ids.includes(id)).sort(), [...ids].sort());
      assert.equal(await kept(), 0);
      const trail = await db
        .selectFrom("auditEvent")
        .select(["action", "actorId", "objectId", "after"])
        .where("action", "=", "registration.passport.erase")
        .where("objectId", "in", ids)
        .execute();
      assert.equal(trail.length, 2);
      assert.ok(trail.every((a) => a.actorId === null && /"retentionDays":30/.test(a.after ?? "")));
      // Again: nothing left to erase, nothing audited twice. The registrations themselves stay.
      assert.deepEqual(await eraseExpiredPassports(db, new Date("2025-12-01T00:00:00Z"), 30), []);
      assert.equal(
        (
          await db
            .selectFrom("auditEvent")
            .select("id")
            .where("action", "=", "registration.passport.erase")
            .where("objectId", "in", ids)
            .execute()
        ).length,
        2,
      );
      assert.equal((await db.selectFrom("forumRegistration").select("id").where("id", "in", ids).execute()).length, 2);
    });
  });
}
