import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { insertPerson, signedUp, signedUpWithRoles } from "../../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../../test/support/app.ts";
import type { Visitor } from "../../../../test/support/browser-like.ts";
import { testDialects } from "../../../../test/support/databases.ts";
import { newId, timestamp } from "../../../db/ids.ts";
import { deriveKey } from "../../../platform/auth/secrets.ts";
import { localDate, localTime, zonedTimeToUtc } from "../../../platform/time.ts";
import { draftEdition, dstEdition } from "../../forum/forum.fixtures.ts";
import { loadEdition } from "../../forum/forum.seed.ts";
import { newNonce, signedCode } from "../codes.ts";
import { insertCategory, insertRegistration } from "../registration.fixtures.ts";
import type { ForumRegistrationTable } from "../registration.table.ts";

const SLUG = "dst-test-2025";
const PAGE = `/forum/${SLUG}/checkin`;
const ZONE = "Europe/Zurich";

/** The text of the page's outcome message, tags and entities removed. */
function outcomeOf(html: string): string {
  const match = /<p id="checkin-outcome"[^>]*>([\s\S]*?)<\/p>/.exec(html);
  return (match?.[1] ?? "").replace(/<[^>]+>/g, "").replace(/&#39;|&#x27;/g, "'");
}

for (const dialect of await testDialects()) {
  describe(`Check-in at the venue [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let staff: Visitor;
    let eventId: string;
    let otherEventId: string;
    let speakers: string;
    let key: Buffer;

    const code = (r: Pick<ForumRegistrationTable, "badgeNonce">) => signedCode(key, "badge", r.badgeNonce ?? "");
    const checkIn = async (typed: string, who: Visitor = staff) => {
      const res = await who.post(PAGE, { code: typed });
      const html = await res.text();
      return { status: res.status, html, message: outcomeOf(html) };
    };
    const registered = async (name: string, fields: Partial<ForumRegistrationTable> = {}) =>
      insertRegistration(t.handle.db, {
        eventId,
        userId: await insertPerson(t.handle.db, name),
        preferredName: name,
        categoryId: speakers,
        ...fields,
      });
    const arrivals = async (registrationId: string) =>
      t.handle.db.selectFrom("forumCheckin").selectAll().where("registrationId", "=", registrationId).execute();

    /** Sets the test clock to a wall-clock time in the event's zone. */
    const clockAt = (date: string, time: string) =>
      t.clock.advance(zonedTimeToUtc(date, time, ZONE).getTime() - t.clock.now().getTime());

    before(async () => {
      t = await buildTestApp(dialect);
      // Arrivals are recorded on the event's days (issue 17): the tests happen on its first morning.
      clockAt("2025-10-24", "10:00");
      await loadEdition(t.handle.db, dstEdition());
      await loadEdition(t.handle.db, {
        ...draftEdition(),
        slug: "other-test-2026",
        title: { en: "Other Test Forum 2026" },
        status: "published",
      });
      const db = t.handle.db;
      const id = async (slug: string) =>
        (await db.selectFrom("forumEvent").select("id").where("slug", "=", slug).executeTakeFirstOrThrow()).id;
      eventId = await id(SLUG);
      otherEventId = await id("other-test-2026");
      speakers = (await insertCategory(db, eventId, { code: "speaker", name: "Speaker", colour: "#b03060" })).id;
      await insertCategory(db, eventId, { code: "press", name: "Press", colour: "#207020", position: 1 });
      key = deriveKey(t.config.sessionSecret, "registration-badge");
      staff = await signedUpWithRoles(t, "accreditation@example.org", [{ role: "accreditation" }]);
    });
    after(() => t?.close());

    test("only accreditation staff and administrators check people in; anonymous people are sent to sign in", async () => {
      const anonymous = await t.request(PAGE);
      assert.equal(anonymous.status, 303);
      assert.match(anonymous.headers.get("location") ?? "", /^\/account\/signin/);
      const participant = await signedUp(t, "participant@example.org");
      const organizer = await signedUpWithRoles(t, "organizer@example.org", [{ role: "organizer" }]);
      const admin = await signedUpWithRoles(t, "admin@example.org", [{ role: "admin" }]);
      assert.equal((await participant.get(PAGE)).status, 403);
      assert.equal((await organizer.get(PAGE)).status, 403);
      assert.equal((await admin.get(PAGE)).status, 200);
      const page = await staff.get(PAGE);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /<label for="code">Badge code<\/label>/);
      assert.match(html, /<script src="\/static\/js\/checkin.js" defer=""><\/script>/);
      // A participant's POST changes nothing, even with a valid code.
      const r = await registered("Refused Poster");
      assert.equal((await participant.post(PAGE, { code: code(r) })).status, 403);
      assert.equal((await arrivals(r.id)).length, 0);
      // The counts page is for organisers as well, not for participants.
      assert.equal((await organizer.get(`${PAGE}/counts`)).status, 200);
      assert.equal((await participant.get(`${PAGE}/counts`)).status, 403);
      const anonymousCounts = await t.request(`${PAGE}/counts`);
      assert.equal(anonymousCounts.status, 303);
      // An unknown edition is a 404 for staff, after the access check.
      assert.equal((await staff.get("/forum/no-such-forum/checkin")).status, 404);
    });

    test("a valid badge checks the person in once, shows name, organisation, category and photo, and is audited", async () => {
      const r = await registered("Nomvula Dlamini-Ōkubo", { organizationName: "Ministère du Numérique" });
      await t.handle.db
        .insertInto("forumRegistrationPhoto")
        .values({
          registrationId: r.id,
          contentType: "image/png",
          bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
          createdAt: timestamp(),
        })
        .execute();
      // Typed as people do: lower case, no hyphens, spaces.
      const typed = code(r).toLowerCase().replaceAll("-", " ");
      const { status, html, message } = await checkIn(typed);
      assert.equal(status, 200);
      const rows = await arrivals(r.id);
      assert.equal(rows.length, 1);
      const row = rows[0];
      assert.ok(row);
      assert.equal(row.day, localDate(t.clock.now(), ZONE));
      assert.equal(row.eventId, eventId);
      assert.equal(message, `Nomvula Dlamini-Ōkubo is checked in, at ${localTime(row.at, ZONE)}.`);
      assert.match(html, /Ministère du Numérique/);
      assert.match(html, /Speaker/);
      assert.match(html, new RegExp(`<img[^>]+src="/forum/registrations/${r.id}/photo"`));
      assert.match(html, /alt="Photo of Nomvula Dlamini-Ōkubo"/);
      // The code field is empty again, ready for the next person.
      assert.match(html, /<input id="code" name="code" type="text"[^>]*value=""/);
      const audit = await t.handle.db
        .selectFrom("auditEvent")
        .selectAll()
        .where("action", "=", "registration.checkin")
        .where("objectId", "=", r.id)
        .execute();
      assert.equal(audit.length, 1);

      // The same badge again the same day: refused, saying when the person arrived.
      const again = await checkIn(code(r));
      assert.equal(again.status, 409);
      assert.equal(again.message, `Nomvula Dlamini-Ōkubo was already checked in today, at ${localTime(row.at, ZONE)}.`);
      assert.equal((await arrivals(r.id)).length, 1);

      // The next day (in the event's zone) the person checks in again.
      t.clock.advance(24 * 3600_000);
      const tomorrow = await checkIn(code(r));
      assert.equal(tomorrow.status, 200, tomorrow.message);
      const both = await arrivals(r.id);
      assert.equal(both.length, 2);
      assert.notEqual(both[0]?.day, both[1]?.day);
      t.clock.advance(-24 * 3600_000);
    });

    test("check-in opens CHECKIN_OPENS_DAYS_BEFORE (1) day before the first day and closes after the last", async () => {
      const r = await registered("Early Bird");
      try {
        // Seven months early: refused with the opening date, nothing recorded.
        clockAt("2025-03-20", "09:00");
        const early = await checkIn(code(r));
        assert.equal(early.status, 409);
        assert.equal(
          early.message,
          "Check-in for this edition has not opened: it opens on October 23, 2025. Nothing was recorded.",
        );
        assert.equal((await arrivals(r.id)).length, 0);
        // The page says so before any code is typed.
        const before = await (await staff.get(PAGE)).text();
        assert.match(
          before,
          /Check-in for this edition opens on October 23, 2025: codes typed before then are not recorded\./,
        );
        // Late on the evening two days before (Zurich): still not open, though it is already the 23rd in UTC+14.
        clockAt("2025-10-22", "23:30");
        assert.equal((await checkIn(code(r))).status, 409);
        // The day before: the desk is open.
        clockAt("2025-10-23", "00:05");
        assert.doesNotMatch(await (await staff.get(PAGE)).text(), /opens on|closed after/);
        assert.equal((await checkIn(code(r))).status, 200);
        // The last day, late: open; the day after: closed.
        clockAt("2025-10-27", "23:50");
        assert.equal((await checkIn(code(r))).status, 200);
        clockAt("2025-10-28", "00:10");
        const late = await checkIn(code(r));
        assert.equal(late.status, 409);
        assert.equal(
          late.message,
          "Check-in for this edition closed after its last day, October 27, 2025. Nothing was recorded.",
        );
        assert.match(await (await staff.get(PAGE)).text(), /closed after its last day, October 27, 2025\./);
        const arabic = await staff.post(`${PAGE}?lang=ar`, { code: code(r) });
        assert.match(outcomeOf(await arabic.text()), /أُغلق تسجيل الوصول/);
        await staff.get(`${PAGE}?lang=en`);
        assert.equal((await arrivals(r.id)).length, 2);
      } finally {
        clockAt("2025-10-24", "10:00");
      }
    });

    test("the number of days before is configurable (CHECKIN_OPENS_DAYS_BEFORE)", async () => {
      const other = await buildTestApp(dialect, { CHECKIN_OPENS_DAYS_BEFORE: "3" });
      try {
        assert.equal(other.config.checkinOpensDaysBefore, 3);
        other.clock.advance(zonedTimeToUtc("2025-10-21", "08:00", ZONE).getTime() - other.clock.now().getTime());
        await loadEdition(other.handle.db, dstEdition());
        const id = (
          await other.handle.db.selectFrom("forumEvent").select("id").where("slug", "=", SLUG).executeTakeFirstOrThrow()
        ).id;
        const r = await insertRegistration(other.handle.db, {
          eventId: id,
          userId: await insertPerson(other.handle.db, "Three Days"),
        });
        const desk = await signedUpWithRoles(other, "desk@example.org", [{ role: "accreditation" }]);
        assert.equal((await desk.post(PAGE, { code: code(r) })).status, 200);
        other.clock.advance(-24 * 3600_000);
        const r2 = await insertRegistration(other.handle.db, {
          eventId: id,
          userId: await insertPerson(other.handle.db, "Four Days"),
        });
        assert.equal((await desk.post(PAGE, { code: code(r2) })).status, 409);
      } finally {
        await other.close();
      }
    });

    test("two check-ins of one badge at the same moment record one arrival", async () => {
      const r = await registered("Concurrent Arrival");
      const results = await Promise.all([checkIn(code(r)), checkIn(code(r)), checkIn(code(r))]);
      assert.deepEqual(results.map((x) => x.status).sort(), [200, 409, 409]);
      assert.equal((await arrivals(r.id)).length, 1);
    });

    test("each refusal says why", async () => {
      const valid = await registered("Valid Holder");
      // Nothing typed: the field says so.
      const empty = await checkIn("   ");
      assert.equal(empty.status, 400);
      assert.equal(empty.message, "Type the badge code.");
      assert.match(empty.html, /aria-invalid="true"/);

      // One character changed: the signature fails; what was typed is kept to be corrected.
      const good = code(valid);
      const altered = `${good.slice(0, 3)}${good[3] === "A" ? "B" : "A"}${good.slice(4)}`;
      const bad = await checkIn(altered);
      assert.equal(bad.status, 400);
      assert.match(bad.message, /not a valid badge code/);
      assert.match(bad.html, new RegExp(`value="${altered}"`));
      // A letter's code is not a badge's.
      assert.match(
        (
          await checkIn(
            signedCode(deriveKey(t.config.sessionSecret, "registration-letter"), "letter", valid.letterNonce ?? ""),
          )
        ).message,
        /not a valid badge code/,
      );
      // Garbage.
      assert.match((await checkIn("hello")).message, /not a valid badge code/);

      // Correctly signed but carried by no registration: a badge replaced since.
      const revoked = await checkIn(signedCode(key, "badge", newNonce()));
      assert.equal(revoked.status, 409);
      assert.match(revoked.message, /no longer valid: a newer badge was issued/);

      // Cancelled and rejected registrations, and one still waiting.
      const cancelled = await registered("Cancelled Holder", { state: "cancelled", badgeNonce: newNonce() });
      assert.equal(
        (await checkIn(code(cancelled))).message,
        "This registration was cancelled: the badge does not give entry.",
      );
      const rejected = await registered("Rejected Holder", { state: "rejected", badgeNonce: newNonce() });
      assert.equal(
        (await checkIn(code(rejected))).message,
        "This registration was rejected: the badge does not give entry.",
      );
      const waiting = await registered("Waiting Holder", { state: "waitlisted", badgeNonce: newNonce() });
      assert.equal((await checkIn(code(waiting))).message, "This registration is not approved for on-site attendance.");

      // A badge of another edition.
      const other = await insertRegistration(t.handle.db, {
        eventId: otherEventId,
        userId: await insertPerson(t.handle.db, "Other Edition"),
        preferredName: "Other Edition",
      });
      const wrong = await checkIn(code(other));
      assert.equal(wrong.status, 409);
      assert.equal(wrong.message, "This badge is for another event: Other Test Forum 2026.");
      assert.match(wrong.html, /Other Edition/);

      for (const r of [cancelled, rejected, waiting, other]) assert.equal((await arrivals(r.id)).length, 0);
      // None of the refusals is an arrival in the audit trail.
      const audited = await t.handle.db
        .selectFrom("auditEvent")
        .select("objectId")
        .where("action", "=", "registration.checkin")
        .execute();
      for (const r of [cancelled, rejected, waiting, other]) {
        assert.ok(!audited.some((a) => a.objectId === r.id));
      }
    });

    test("a re-issued badge revokes the old code", async () => {
      const r = await registered("Reissued Holder");
      const old = code(r);
      const nonce = newNonce();
      await t.handle.db.updateTable("forumRegistration").set({ badgeNonce: nonce }).where("id", "=", r.id).execute();
      assert.match((await checkIn(old)).message, /no longer valid/);
      assert.equal((await checkIn(code({ badgeNonce: nonce }))).status, 200);
    });

    test("live counts by category and day, for organisers and staff", async () => {
      const db = t.handle.db;
      // The third day of the event, so the first day's arrivals are earlier ones.
      clockAt("2025-10-26", "10:00");
      await db.deleteFrom("forumCheckin").execute();
      const press = await db
        .selectFrom("forumParticipantCategory")
        .select("id")
        .where("code", "=", "press")
        .executeTakeFirstOrThrow();
      const a = await registered("Count One");
      const b = await registered("Count Two");
      const c = await registered("Count Three", { categoryId: press.id });
      await registered("Count None", { categoryId: null });
      for (const r of [a, b, c]) assert.equal((await checkIn(code(r))).status, 200);
      const today = localDate(t.clock.now(), ZONE);
      // An arrival on a day of the event, recorded earlier.
      await db
        .insertInto("forumCheckin")
        .values({
          id: newId(),
          registrationId: a.id,
          eventId,
          day: "2025-10-24",
          at: "2025-10-24T07:00:00.000Z",
          byUserId: null,
        })
        .execute();

      const organizer = await signedUpWithRoles(t, "organizer2@example.org", [{ role: "organizer" }]);
      const res = await organizer.get(`${PAGE}/counts`);
      assert.equal(res.status, 200);
      const html = await res.text();
      const rowOf = (label: string) => {
        const match = new RegExp(`<tr><th scope="row">(?:<svg[\\s\\S]*?</svg>)? ?${label}</th>([\\s\\S]*?)</tr>`).exec(
          html,
        );
        assert.ok(match, `a row for ${label}`);
        return [...(match[1] ?? "").matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
      };
      const days = [...html.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
      // Category, Approved on site, then each day: the event's four days and today.
      assert.equal(days[0], "Category");
      assert.equal(days[1], "Approved on site");
      const columns = days.slice(2);
      assert.ok(columns.length >= 4);
      const todayIndex = columns.findIndex((d) => /\(today\)/.test(d ?? ""));
      assert.ok(todayIndex >= 0, `today (${today}) is a column: ${columns.join(" | ")}`);
      const firstDayIndex = 0;

      const speakerRow = rowOf("Speaker");
      const pressRow = rowOf("Press");
      const totalRow = /<tfoot><tr><th scope="row">Total<\/th>([\s\S]*?)<\/tr>/.exec(html);
      assert.ok(totalRow);
      const total = [...(totalRow[1] ?? "").matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
      const speakersApproved = Number(
        (
          await db
            .selectFrom("forumRegistration")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("eventId", "=", eventId)
            .where("categoryId", "=", speakers)
            .where("state", "=", "approved")
            .executeTakeFirstOrThrow()
        ).n,
      );
      assert.equal(speakerRow[0], String(speakersApproved));
      assert.equal(speakerRow[1 + todayIndex], "2");
      assert.equal(speakerRow[1 + firstDayIndex], "1");
      assert.equal(pressRow[0], "1");
      assert.equal(pressRow[1 + todayIndex], "1");
      assert.equal(total[1 + todayIndex], "3");
      assert.equal(total[1 + firstDayIndex], "1");
      assert.match(html, /No category/);

      // The check-in page shows the same counts to staff.
      const page = await (await staff.get(PAGE)).text();
      assert.match(page, /Arrivals by category/);
      assert.match(page, /data-refresh-url="\/forum\/dst-test-2025\/checkin\/counts"/);
      clockAt("2025-10-24", "10:00");
    });
  });
}
