import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { PASSWORD, signedUp, signedUpWithRoles } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { linkIn, Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { LIMITS } from "./accounts.service.ts";
import { SESSION_GRACE_MS } from "./accounts.sessions.ts";

// Issue 16 §4 (accounts) and the two §5 items that live here, on both databases.

const tokenOf = (link: string) => new URL(link, "http://x").searchParams.get("token") ?? "";

/** Moves the test clock to just after the start of a window of `seconds`, so a test's counts share one window. */
function toWindowStart(t: TestApp, seconds: number, plusMs = 500) {
  const ms = seconds * 1000;
  const now = t.clock.now().getTime();
  t.clock.advance(ms - (now % ms) + plusMs);
}

for (const dialect of await testDialects()) {
  describe(`accounts: links, limits, sessions, mail [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t?.close());

    const signIn = (v: Visitor, email: string, password: string) => v.post("/account/signin", { email, password });

    test("a password reset ends a pending change of address, as it ends sessions", async () => {
      const v = await signedUp(t, "reset-ends@example.org");
      assert.equal(
        (await v.post("/account/email", { newEmail: "thief@example.net", currentPassword: PASSWORD })).status,
        200,
      );
      const change = (await t.mail()).find((m) => m.to === "thief@example.net");
      assert.ok(change, "a confirmation link to the new address");
      const changeLink = linkIn(change.text, "/account/email/confirm");

      const w = new Visitor(t);
      assert.equal((await w.post("/account/forgot", { email: "reset-ends@example.org" })).status, 200);
      const reset = (await t.mail()).filter((m) => m.to === "reset-ends@example.org" && /Reset/.test(m.subject)).at(-1);
      assert.ok(reset);
      const newPassword = "a brand new passphrase 7";
      assert.equal(
        (
          await w.post("/account/reset", {
            token: tokenOf(linkIn(reset.text, "/account/reset")),
            password: newPassword,
          })
        ).status,
        200,
      );
      const confirm = await w.post("/account/email/confirm", { token: tokenOf(changeLink) });
      assert.equal(confirm.status, 400, "the change of address asked for before the reset no longer works");
      const user = await t.handle.db
        .selectFrom("userAccount")
        .select("email")
        .where("email", "in", ["reset-ends@example.org", "thief@example.net"])
        .execute();
      assert.deepEqual(
        user.map((u) => u.email),
        ["reset-ends@example.org"],
      );
    });

    test("a password change ends a pending change of address and an unused reset link", async () => {
      const v = await signedUp(t, "change-ends@example.org");
      await v.post("/account/email", { newEmail: "elsewhere@example.net", currentPassword: PASSWORD });
      await new Visitor(t).post("/account/forgot", { email: "change-ends@example.org" });
      const mails = await t.mail();
      const changeLink = linkIn(
        mails.find((m) => m.to === "elsewhere@example.net")?.text ?? "",
        "/account/email/confirm",
      );
      const resetMail = mails.filter((m) => m.to === "change-ends@example.org" && /Reset/.test(m.subject)).at(-1);
      const resetLink = linkIn(resetMail?.text ?? "", "/account/reset");
      const changed = await v.post("/account/password", {
        currentPassword: PASSWORD,
        newPassword: "another long passphrase 9",
      });
      assert.equal(changed.status, 303);
      assert.equal((await v.post("/account/email/confirm", { token: tokenOf(changeLink) })).status, 400);
      assert.equal(
        (await v.post("/account/reset", { token: tokenOf(resetLink), password: "a third passphrase here" })).status,
        400,
      );
    });

    test("a confirmed change of address ends a reset link mailed to the old address", async () => {
      const v = await signedUp(t, "moving@example.org");
      await new Visitor(t).post("/account/forgot", { email: "moving@example.org" });
      await v.post("/account/email", { newEmail: "moved@example.net", currentPassword: PASSWORD });
      const mails = await t.mail();
      const resetMail = mails.filter((m) => m.to === "moving@example.org" && /Reset/.test(m.subject)).at(-1);
      const changeMail = mails.find((m) => m.to === "moved@example.net");
      assert.ok(resetMail && changeMail);
      const confirmed = await v.post("/account/email/confirm", {
        token: tokenOf(linkIn(changeMail.text, "/account/email/confirm")),
      });
      assert.ok(confirmed.status < 400, `confirmed: ${confirmed.status}`);
      const reset = await new Visitor(t).post("/account/reset", {
        token: tokenOf(linkIn(resetMail.text, "/account/reset")),
        password: "the old mailbox's passphrase",
      });
      assert.equal(reset.status, 400, "the link sent to the old address no longer works");
    });

    test("ten wrong passwords refuse that address for that account only, with Retry-After; the owner gets in from elsewhere", async () => {
      toWindowStart(t, LIMITS.signInFailuresPerPair.windowSeconds);
      await signedUp(t, "pair-limit@example.org");
      const attacker = new Visitor(t);
      for (let i = 0; i < 10; i++)
        assert.equal((await signIn(attacker, "pair-limit@example.org", "wrong!")).status, 400);
      const refused = await signIn(attacker, "pair-limit@example.org", "wrong!");
      assert.equal(refused.status, 429);
      const retryAfter = Number(refused.headers.get("retry-after"));
      assert.ok(
        retryAfter > 0 && retryAfter <= LIMITS.signInFailuresPerPair.windowSeconds,
        `Retry-After ${retryAfter}`,
      );
      assert.equal((await signIn(attacker, "pair-limit@example.org", PASSWORD)).status, 429, "that address waits");
      assert.equal(
        (await signIn(new Visitor(t), "pair-limit@example.org", PASSWORD)).status,
        303,
        "the owner, from another address, signs in",
      );
    });

    test("an IPv6 client is counted by its /64: fresh addresses from one network do not escape the limits", async () => {
      toWindowStart(t, LIMITS.signInFailuresPerPair.windowSeconds);
      await signedUp(t, "ipv6-target@example.org");
      const statuses: number[] = [];
      for (let i = 0; i <= LIMITS.signInFailuresPerPair.max; i++) {
        const v = new Visitor(t, { "x-forwarded-for": `2001:db8:77:1:${(i + 1).toString(16)}::${i + 1}` });
        statuses.push((await signIn(v, "ipv6-target@example.org", "wrong again")).status);
      }
      assert.equal(statuses.at(-1), 429, statuses.join(","));
      const other = new Visitor(t, { "x-forwarded-for": "2001:db8:77:2::1" });
      assert.equal((await signIn(other, "ipv6-target@example.org", PASSWORD)).status, 303, "another /64 signs in");
    });

    test("right passwords from one address never add up: an office signs its delegation in", async () => {
      toWindowStart(t, LIMITS.signInFailuresPerIp.windowSeconds);
      const people = ["office-a@example.org", "office-b@example.org", "office-c@example.org"];
      for (const email of people) await signedUp(t, email);
      const office = { "x-forwarded-for": "198.51.100.20" };
      const statuses: number[] = [];
      for (let round = 0; round < 15; round++) {
        for (const email of people) {
          // Now and then someone mistypes first.
          if (round % 5 === 0) statuses.push((await signIn(new Visitor(t, office), email, "typo typo")).status);
          statuses.push((await signIn(new Visitor(t, office), email, PASSWORD)).status);
        }
      }
      assert.equal(statuses.filter((s) => s === 303).length, 45);
      assert.equal(statuses.filter((s) => s === 429).length, 0);
    });

    test("one office signs its delegation up and asks for reset links from one address, unrefused", async () => {
      toWindowStart(t, 3600);
      const office = { "x-forwarded-for": "198.51.100.30" };
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) {
        const email = `delegate-${i}@ministry.example.org`;
        statuses.push(
          (
            await new Visitor(t, office).post("/account/signup", {
              displayName: `Delegate ${i}`,
              email,
              password: PASSWORD,
              preferredLocale: "en",
            })
          ).status,
        );
        statuses.push((await new Visitor(t, office).post("/account/forgot", { email })).status);
      }
      assert.deepEqual(
        statuses.filter((s) => s !== 200),
        [],
        "40 sign-ups and 40 reset requests from one address in an hour",
      );
    });

    test("past the per-account threshold sign-ins are slowed, not locked; the owner is told once", async () => {
      toWindowStart(t, LIMITS.signInFailuresPerAccount.windowSeconds);
      await signedUp(t, "slowed@example.org");
      const threshold = LIMITS.signInFailuresPerAccount.max;
      const attackers = Array.from({ length: 6 }, () => new Visitor(t));
      for (let i = 0; i < threshold; i++) {
        const status = (await signIn(attackers[i % attackers.length] as Visitor, "slowed@example.org", "guess")).status;
        assert.equal(status, 400, `failure ${i + 1}`);
      }
      toWindowStart(t, LIMITS.signInSlowedSlot.windowSeconds, 100);
      const [a, b] = attackers as [Visitor, Visitor];
      assert.equal((await signIn(a, "slowed@example.org", "guess")).status, 400, "one attempt in the slot");
      const slowed = await signIn(b, "slowed@example.org", "guess");
      assert.equal(slowed.status, 429, "the next waits for the next slot");
      const retryAfter = Number(slowed.headers.get("retry-after"));
      assert.ok(retryAfter >= 1 && retryAfter <= LIMITS.signInSlowedSlot.windowSeconds, `Retry-After ${retryAfter}`);
      // The owner, from an address that has not failed for the account, is not slowed.
      assert.equal((await signIn(new Visitor(t), "slowed@example.org", PASSWORD)).status, 303);
      t.clock.advance(LIMITS.signInSlowedSlot.windowSeconds * 1000);
      assert.equal((await signIn(b, "slowed@example.org", "guess")).status, 400, "a slot later, one more attempt");
      const warnings = (await t.mail()).filter(
        (m) => m.to === "slowed@example.org" && /trying to sign in/.test(m.subject),
      );
      assert.equal(warnings.length, 1, "one mail, not one per failure");
      assert.match(warnings[0]?.text ?? "", /http:\/\/localhost:3000\/account\/forgot/);
    });

    test("every 429 sends Retry-After: sign-up, password reset, letter verification", async () => {
      toWindowStart(t, 3600);
      const resetter = new Visitor(t);
      let reset: Response | undefined;
      for (let i = 0; i <= LIMITS.resetPerAccount.max; i++) {
        reset = await resetter.post("/account/forgot", { email: "retry-after@example.org" });
      }
      assert.equal(reset?.status, 429);
      assert.ok(Number(reset?.headers.get("retry-after")) > 0);

      const signer = new Visitor(t);
      let signup: Response | undefined;
      for (let i = 0; i <= LIMITS.signUpPerAccount.max; i++) {
        signup = await signer.post("/account/signup", {
          displayName: "Repeat",
          email: "repeat-signup@example.org",
          password: PASSWORD,
          preferredLocale: "en",
        });
      }
      assert.equal(signup?.status, 429);
      assert.ok(Number(signup?.headers.get("retry-after")) > 0);

      const checker = new Visitor(t);
      let verify: Response | undefined;
      for (let i = 0; i < 61; i++) verify = await checker.get("/verify/ABCDE-FGHJK-MNPQR-STVWX");
      assert.equal(verify?.status, 429);
      assert.ok(Number(verify?.headers.get("retry-after")) > 0);
      const api = await t.request("/api/v1/events", { headers: { "x-forwarded-for": "192.0.2.99" } });
      assert.equal(api.headers.get("retry-after"), null, "only refusals carry it");
    });

    test("X-Forwarded-For: the address is the right-most one a trusted proxy wrote, not what the client put first", async () => {
      const v = new Visitor(t, { "x-forwarded-for": "6.6.6.6, 203.0.113.50" });
      await signedUp(t, "forwarded@example.org");
      assert.equal((await signIn(v, "forwarded@example.org", PASSWORD)).status, 303);
      const user = await t.handle.db
        .selectFrom("userAccount")
        .select("id")
        .where("email", "=", "forwarded@example.org")
        .executeTakeFirstOrThrow();
      const sessions = await t.handle.db.selectFrom("userSession").select("ip").where("userId", "=", user.id).execute();
      assert.ok(
        sessions.some((s) => s.ip === "203.0.113.50"),
        JSON.stringify(sessions),
      );
      const audit = await t.handle.db
        .selectFrom("auditEvent")
        .select("actorIp")
        .where("actorId", "=", user.id)
        .where("action", "=", "session.create")
        .execute();
      assert.ok(audit.some((a) => a.actorIp === "203.0.113.50"));
      assert.ok(
        audit.every((a) => a.actorIp !== "6.6.6.6"),
        "the client-written entry is never the address",
      );
      // Varying the client-written part does not escape the per-address limits.
      toWindowStart(t, LIMITS.signInFailuresPerPair.windowSeconds);
      let last = 0;
      for (let i = 0; i <= LIMITS.signInFailuresPerPair.max; i++) {
        const faker = new Visitor(t, { "x-forwarded-for": `10.99.0.${i}, 203.0.113.51` });
        last = (await signIn(faker, "forwarded@example.org", "wrong one")).status;
      }
      assert.equal(last, 429);
    });

    test("after a change of privileges the replaced token works for a grace period, then not", async () => {
      const v = await signedUp(t, "grace@example.org");
      const old = v.cookies.get("wsis_session") ?? "";
      const user = await t.handle.db
        .selectFrom("userAccount")
        .select(["id", "privilegeVersion"])
        .where("email", "=", "grace@example.org")
        .executeTakeFirstOrThrow();
      await t.handle.db
        .updateTable("userAccount")
        .set({ privilegeVersion: user.privilegeVersion + 1 })
        .where("id", "=", user.id)
        .execute();
      const withOld = () => t.request("/account", { headers: { cookie: `wsis_session=${old}` } });
      // Requests the browser had in flight with the old token, at the same time.
      const answers = await Promise.all([withOld(), withOld(), withOld()]);
      assert.deepEqual(
        answers.map((r) => r.status),
        [200, 200, 200],
      );
      const issued = answers.flatMap((r) => r.headers.getSetCookie()).filter((c) => c.startsWith("wsis_session="));
      assert.equal(issued.length, 1, "one new token, from the request that replaced it");
      assert.ok(!issued.some((c) => /Max-Age=0/.test(c)), "none of them signs the browser out");
      const fresh = /^wsis_session=([^;]+)/.exec(issued[0] ?? "")?.[1] ?? "";
      assert.notEqual(fresh, old);
      assert.equal((await withOld()).status, 200, "still within the grace period");
      t.clock.advance(SESSION_GRACE_MS + 1000);
      assert.equal((await withOld()).status, 303, "the old token is dead after the grace period");
      const current = await t.request("/account", { headers: { cookie: `wsis_session=${fresh}` } });
      assert.equal(current.status, 200, "the new token works");
    });

    test("signing out with the token in its grace period ends the session", async () => {
      const v = await signedUpWithRoles(t, "grace-out@example.org", []);
      const old = v.cookies.get("wsis_session") ?? "";
      const user = await t.handle.db
        .selectFrom("userAccount")
        .select(["id", "privilegeVersion"])
        .where("email", "=", "grace-out@example.org")
        .executeTakeFirstOrThrow();
      await t.handle.db
        .updateTable("userAccount")
        .set({ privilegeVersion: user.privilegeVersion + 1 })
        .where("id", "=", user.id)
        .execute();
      assert.equal((await v.get("/account")).status, 200);
      const fresh = v.cookies.get("wsis_session") ?? "";
      assert.notEqual(fresh, old);
      await t.request("/account/signout", {
        method: "POST",
        headers: { cookie: `wsis_session=${old}`, origin: "http://localhost:3000" },
      });
      assert.equal((await t.request("/account", { headers: { cookie: `wsis_session=${fresh}` } })).status, 303);
    });

    test("mail to an address not yet verified carries nothing the requester typed; names are one line without links", async () => {
      const v = new Visitor(t);
      const bad = await v.post("/account/signup", {
        displayName: "URGENT: your account expires, re-validate at https://evil.example/login",
        email: "stranger@example.org",
        password: PASSWORD,
        preferredLocale: "en",
      });
      assert.equal(bad.status, 400);
      const html = await bad.text();
      assert.match(html, /<a href="#displayName">/);
      assert.match(html, /on one line, without web or email addresses/);
      for (const displayName of ["Amina\nVisit evil.example", "Amina www.evil.example", "Amina at evil.example"]) {
        const res = await v.post("/account/signup", {
          displayName,
          email: "stranger@example.org",
          password: PASSWORD,
          preferredLocale: "en",
        });
        assert.equal(res.status, 400, displayName);
      }
      const ok = await v.post("/account/signup", {
        displayName: "Call +1 555 0100 now",
        email: "stranger@example.org",
        password: PASSWORD,
        preferredLocale: "en",
      });
      assert.equal(ok.status, 200);
      const verify = (await t.mail()).filter((m) => m.to === "stranger@example.org");
      assert.equal(verify.length, 1);
      assert.doesNotMatch(verify[0]?.text ?? "", /Call|555/, "no name in mail to an unverified address");
      assert.match(verify[0]?.text ?? "", /^Hello,\n/);
      // A second sign-up with the address reaches the (unverified) account's address: no name there either.
      await new Visitor(t).post("/account/signup", {
        displayName: "Someone Else",
        email: "stranger@example.org",
        password: PASSWORD,
        preferredLocale: "en",
      });
      const existing = (await t.mail()).filter((m) => m.to === "stranger@example.org").at(-1);
      assert.match(existing?.subject ?? "", /tried to create an account/);
      assert.doesNotMatch(existing?.text ?? "", /Call|555|Someone Else/);

      // A change of address: the new, unconfirmed address gets no name; the confirmed one is greeted by name.
      const person = await signedUp(t, "named@example.org", "Nadia Haddad");
      await person.post("/account/email", { newEmail: "new-named@example.org", currentPassword: PASSWORD });
      const mails = await t.mail();
      assert.doesNotMatch(mails.find((m) => m.to === "new-named@example.org")?.text ?? "", /Nadia/);
      assert.match(mails.filter((m) => m.to === "named@example.org").at(-1)?.text ?? "", /^Hello Nadia Haddad,/);
      // A name saved before the rule, with a link in it, greets no one by name.
      await t.handle.db
        .updateTable("userAccount")
        .set({ displayName: "Nadia\nURGENT re-validate at https://evil.example" })
        .where("email", "=", "named@example.org")
        .execute();
      await new Visitor(t).post("/account/forgot", { email: "named@example.org" });
      const reset = (await t.mail()).filter((m) => m.to === "named@example.org").at(-1);
      assert.match(reset?.subject ?? "", /Reset/);
      assert.doesNotMatch(reset?.text ?? "", /URGENT|evil/);
    });

    test("signing in again and again to an unconfirmed account does not mail its address again and again", async () => {
      toWindowStart(t, LIMITS.verifyResend.windowSeconds);
      const res = await new Visitor(t).post("/account/signup", {
        displayName: "Not Confirmed",
        email: "not-mine@example.org",
        password: PASSWORD,
        preferredLocale: "en",
      });
      assert.equal(res.status, 200);
      for (let i = 0; i < 12; i++) {
        const signin = await signIn(new Visitor(t), "not-mine@example.org", PASSWORD);
        assert.equal(signin.status, 400, "not confirmed yet");
      }
      const mails = (await t.mail()).filter((m) => m.to === "not-mine@example.org");
      assert.equal(mails.length, 1 + LIMITS.verifyResend.max, "the sign-up's link and a few re-sent");
    });

    test("a signed-in session guessing the current password is stopped (429, Retry-After); changes of address are limited", async () => {
      toWindowStart(t, 3600);
      const v = await signedUp(t, "stolen-session@example.org");
      for (let i = 0; i < LIMITS.currentPasswordFailures.max; i++) {
        const res = await v.post("/account/email", { newEmail: "x@example.net", currentPassword: `guess ${i}` });
        assert.equal(res.status, 400, `guess ${i + 1}`);
      }
      for (const [path, body] of [
        ["/account/email", { newEmail: "x@example.net", currentPassword: "guess again" }],
        ["/account/password", { currentPassword: "guess again", newPassword: "a new passphrase here" }],
        ["/account/delete", { currentPassword: "guess again", confirm: "yes" }],
      ] as const) {
        const refused = await v.post(path, body);
        assert.equal(refused.status, 429, path);
        assert.ok(Number(refused.headers.get("retry-after")) > 0, path);
      }

      const w = await signedUp(t, "mover@example.org");
      const statuses: number[] = [];
      for (let i = 0; i <= LIMITS.emailChangePerAccount.max; i++) {
        statuses.push(
          (await w.post("/account/email", { newEmail: `target-${i}@example.net`, currentPassword: PASSWORD })).status,
        );
      }
      assert.equal(statuses.at(-1), 429);
      const sent = (await t.mail()).filter((m) => /^target-\d+@example\.net$/.test(m.to));
      assert.equal(sent.length, LIMITS.emailChangePerAccount.max);
    });

    test("a reset request answers before anything depends on whether the account exists; the mail follows", async () => {
      await signedUp(t, "forgot-timing@example.org");
      const user = await t.handle.db
        .selectFrom("userAccount")
        .select("id")
        .where("email", "=", "forgot-timing@example.org")
        .executeTakeFirstOrThrow();
      const links = () =>
        t.handle.db
          .selectFrom("userToken")
          .select("tokenHash")
          .where("userId", "=", user.id)
          .where("purpose", "=", "reset_password")
          .execute();
      const known = await new Visitor(t).post("/account/forgot", { email: "forgot-timing@example.org" });
      const unknown = await new Visitor(t).post("/account/forgot", { email: "nobody-here@example.org" });
      assert.equal(known.status, 200);
      assert.equal(unknown.status, 200);
      const strip = (html: string) => html.replace(/[\w.-]+@example\.org/g, "{email}");
      assert.equal(strip(await known.text()), strip(await unknown.text()), "the same page");
      // The lookup and the link come after the answer (in SQLite nothing in between gives way to it; PostgreSQL's
      // own round trips do, so there it may already have run).
      if (dialect.name === "sqlite") assert.equal((await links()).length, 0, "no link made inside the request");
      const mail = (await t.mail()).filter((m) => m.to === "forgot-timing@example.org" && /Reset/.test(m.subject));
      assert.equal(mail.length, 1);
      assert.equal((await links()).length, 1);
    });

    test("the profile refuses an unknown country or stakeholder type, naming the field (§5)", async () => {
      const v = await signedUp(t, "profile-codes@example.org", "Profile Codes");
      const country = await v.post("/account/profile", {
        displayName: "Profile Codes",
        passportName: "",
        preferredLocale: "en",
        countryCode: "ZZ",
        stakeholderTypeCode: "academia",
      });
      assert.equal(country.status, 400);
      const countryHtml = await country.text();
      assert.match(countryHtml, /<a href="#countryCode">/);
      assert.match(countryHtml, /value="Profile Codes"/, "what was typed stays");
      const type = await v.post("/account/profile", {
        displayName: "Profile Codes",
        passportName: "",
        preferredLocale: "en",
        countryCode: "KE",
        stakeholderTypeCode: "no-such-type",
      });
      assert.equal(type.status, 400);
      assert.match(await type.text(), /<a href="#stakeholderTypeCode">/);
      const saved = await t.handle.db
        .selectFrom("userAccount")
        .select(["countryCode", "stakeholderTypeCode"])
        .where("email", "=", "profile-codes@example.org")
        .executeTakeFirstOrThrow();
      assert.deepEqual(saved, { countryCode: null, stakeholderTypeCode: null });
    });

    test("a 10,000-character password is a 400 naming the password field, on sign-in and change of address", async () => {
      const long = "x".repeat(10_000);
      const signin = await new Visitor(t).post("/account/signin", { email: "long@example.org", password: long });
      assert.equal(signin.status, 400);
      assert.match(await signin.text(), /<a href="#password">/);
      const v = await signedUp(t, "long-password@example.org");
      const email = await v.post("/account/email", { newEmail: "other-long@example.org", currentPassword: long });
      assert.equal(email.status, 400);
      assert.match(await email.text(), /<a href="#currentPassword">/);
    });

    test("two accounts confirming a change to one address at once: one gets it, the other's link is invalid", async () => {
      for (let round = 0; round < 6; round++) {
        const target = `contested-${round}@example.net`;
        const links: string[] = [];
        for (const who of ["a", "b"]) {
          const v = await signedUp(t, `contender-${who}-${round}@example.org`);
          await v.post("/account/email", { newEmail: target, currentPassword: PASSWORD });
        }
        for (const m of (await t.mail()).filter((m) => m.to === target).slice(-2)) {
          links.push(tokenOf(linkIn(m.text, "/account/email/confirm")));
        }
        assert.equal(links.length, 2);
        const answers = await Promise.all(
          links.map((token) => new Visitor(t).post("/account/email/confirm", { token })),
        );
        const statuses = answers.map((r) => r.status).sort();
        assert.deepEqual(statuses, [200, 400], `round ${round}`);
        const owners = await t.handle.db.selectFrom("userAccount").select("id").where("email", "=", target).execute();
        assert.equal(owners.length, 1);
      }
    });

    test("five concurrent sign-ups with one email make one account; every answer is the usual one (§5)", async () => {
      // Several rounds: the requests overlap where it matters (between the lookup and the insert) in some of them.
      for (let round = 0; round < 8; round++) {
        const email = `racer-${round}@example.org`;
        const answers = await Promise.all(
          Array.from({ length: 5 }, (_, i) =>
            new Visitor(t).post("/account/signup", {
              displayName: `Racer ${i}`,
              email,
              password: PASSWORD,
              preferredLocale: "en",
            }),
          ),
        );
        assert.deepEqual(
          answers.map((r) => r.status),
          [200, 200, 200, 200, 200],
          `round ${round}`,
        );
        const bodies = await Promise.all(answers.map((r) => r.text()));
        assert.ok(bodies.every((b) => b.includes(email)));
        const accounts = await t.handle.db.selectFrom("userAccount").select("id").where("email", "=", email).execute();
        assert.equal(accounts.length, 1);
      }
    });
  });
}
