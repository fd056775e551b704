import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { PASSWORD, signedUp } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import { linkIn, Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { people, recipient } from "./accounts.service.ts";

for (const dialect of await testDialects()) {
  describe(`accounts [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t?.close());

    test("sign up, confirm the address from the mail, sign in, sign out", async () => {
      const v = new Visitor(t);
      const form = await v.get("/account/signup");
      assert.match(await form.text(), /<input id="email" name="email" type="email"/);
      const sent = await v.post("/account/signup", {
        displayName: "Li Wei 李伟",
        email: "Li.Wei@Example.org",
        password: PASSWORD,
        preferredLocale: "zh",
      });
      assert.equal(sent.status, 200);
      assert.match(await sent.text(), /li\.wei@example\.org/);

      // Not confirmed yet: signing in is refused, and a new link is sent.
      const early = await v.post("/account/signin", { email: "li.wei@example.org", password: PASSWORD });
      assert.equal(early.status, 400);

      const mails = (await t.mail()).filter((m) => m.to === "li.wei@example.org");
      assert.equal(mails.length, 2, "the first link and the one sent on the early sign-in");
      // The address is not confirmed yet: the mail carries nothing the person typed, their name included.
      assert.doesNotMatch(mails[0]?.text ?? "", /李伟/);
      assert.match(mails[0]?.text ?? "", /^您好：/);
      const first = linkIn(mails[0]?.text ?? "", "/account/verify");
      const latest = linkIn(mails[1]?.text ?? "", "/account/verify");
      const page = await v.get(latest);
      assert.equal(page.status, 200);
      const tokenOf = (link: string) => new URL(link, "http://x").searchParams.get("token") ?? "";
      // The newer link replaced the older one.
      assert.equal((await v.post("/account/verify", { token: tokenOf(first) })).status, 400);
      assert.equal((await v.post("/account/verify", { token: tokenOf(latest) })).status, 200);
      assert.equal((await v.post("/account/verify", { token: tokenOf(latest) })).status, 400, "a link works once");

      const signin = await v.post("/account/signin", { email: "LI.WEI@example.org", password: PASSWORD });
      assert.equal(signin.status, 303);
      assert.equal(signin.headers.get("location"), "/account");
      assert.ok(v.cookies.get("wsis_session"), "a session cookie");
      assert.match(
        signin.headers.getSetCookie().join("\n"),
        /wsis_session=[\w-]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax/,
      );
      const account = await v.get("/account");
      assert.equal(account.status, 200);
      assert.match(await account.text(), /<html lang="zh"/, "pages follow the preferred language after sign-in");

      const cookie = v.cookies.get("wsis_session") ?? "";
      const out = await v.post("/account/signout", {});
      assert.equal(out.status, 303);
      const after = await t.request("/account", { headers: { cookie: `wsis_session=${cookie}` } });
      assert.equal(after.status, 303, "the signed-out session's cookie no longer works");
      assert.match(after.headers.get("location") ?? "", /^\/account\/signin\?next=%2Faccount/);
    });

    test("a rejected sign-up says which field is wrong and keeps what was typed, except the password", async () => {
      const v = new Visitor(t);
      for (const [password, message] of [
        ["short", /at least 10 characters/],
        ["1234567890", /one of the most commonly used/],
        ["qwertyuiop", /one of the most commonly used/],
        ["my-name-is-rosa-maria", /must not contain your email address/],
      ] as const) {
        const res = await v.post("/account/signup", {
          displayName: "Rosa María",
          email: "rosa-maria@example.org",
          password,
          preferredLocale: "es",
        });
        assert.equal(res.status, 400, password);
        const body = await res.text();
        assert.match(body, message, password);
        assert.match(body, /<a href="#password">/, "the error summary links to the field");
        assert.match(body, /value="Rosa María"/);
        assert.match(body, /value="rosa-maria@example.org"/);
        assert.doesNotMatch(body, new RegExp(`value="${password}"`), "the password is not written back");
      }
      const badEmail = await v.post("/account/signup", { displayName: "", email: "not-an-email", password: "x" });
      const body = await badEmail.text();
      assert.match(body, /<a href="#email">[^<]*right format/);
      assert.match(body, /<a href="#displayName">/);
      assert.match(body, /<a href="#password">[^<]*at least 10 characters/, "every wrong field is named at once");
      assert.match(body, /aria-invalid="true"/);
    });

    test("errors are said in the person's language", async () => {
      const v = new Visitor(t);
      const res = await v.post("/account/signup?lang=fr", { displayName: "Jean", email: "x", password: "x" });
      assert.equal(res.status, 400);
      assert.match(await res.text(), /<html lang="fr"/);
    });

    test("signing up with a taken address gives the same answer and tells the owner by mail", async () => {
      await signedUp(t, "owner@example.org", "Owner");
      const before = (await t.mail()).length;
      const v = new Visitor(t);
      const res = await v.post("/account/signup", {
        displayName: "Someone else",
        email: "owner@example.org",
        password: "another long password 42",
        preferredLocale: "en",
      });
      assert.equal(res.status, 200);
      assert.match(await res.text(), /Check your email/);
      const mails = await t.mail();
      assert.equal(mails.length, before + 1);
      assert.match(mails.at(-1)?.subject ?? "", /tried to create an account/);
      const count = await t.handle.db
        .selectFrom("userAccount")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("email", "=", "owner@example.org")
        .executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 1);
    });

    test("a wrong password and an unknown address get the same answer", async () => {
      await signedUp(t, "known@example.org");
      const v = new Visitor(t);
      const wrong = await v.post("/account/signin", { email: "known@example.org", password: "not the password" });
      const unknown = await v.post("/account/signin", { email: "nobody@example.org", password: "not the password" });
      assert.equal(wrong.status, 400);
      assert.equal(unknown.status, 400);
      const strip = (s: string) => s.replace(/value="[^"]*"/g, "");
      assert.equal(strip(await wrong.text()), strip(await unknown.text()));
    });

    test("password reset: the link works once, expires, and signs the account out everywhere", async () => {
      const v = await signedUp(t, "reset@example.org");
      const other = new Visitor(t);
      await other.post("/account/signin", { email: "reset@example.org", password: PASSWORD });
      assert.equal((await other.get("/account")).status, 200);

      const anon = new Visitor(t);
      const asked = await anon.post("/account/forgot", { email: "reset@example.org" });
      assert.equal(asked.status, 200);
      const unknown = await anon.post("/account/forgot", { email: "ghost@example.org" });
      assert.equal(
        (await unknown.text()).replace(/ghost@example\.org/g, "X"),
        (await asked.text()).replace(/reset@example\.org/g, "X"),
      );
      const mail = (await t.mail()).filter((m) => m.to === "reset@example.org" && /Reset/.test(m.subject)).at(-1);
      const link = linkIn(mail?.text ?? "", "/account/reset");
      const token = new URL(link, "http://x").searchParams.get("token") ?? "";
      assert.equal((await anon.get(link)).status, 200);

      const weak = await anon.post("/account/reset", { token, password: "password123" });
      assert.equal(weak.status, 400);
      assert.match(await weak.text(), /commonly used/);
      const done = await anon.post("/account/reset", { token, password: "a brand new long password" });
      assert.equal(done.status, 200);
      assert.equal((await anon.post("/account/reset", { token, password: "yet another long password" })).status, 400);
      assert.equal((await anon.get(link)).status, 400, "a used link shows as not working");

      assert.equal((await v.get("/account")).status, 303, "signed out everywhere");
      assert.equal((await other.get("/account")).status, 303);
      const back = await anon.post("/account/signin", {
        email: "reset@example.org",
        password: "a brand new long password",
      });
      assert.equal(back.status, 303);

      // A link older than an hour no longer works.
      await anon.post("/account/forgot", { email: "reset@example.org" });
      const late = (await t.mail()).filter((m) => /Reset/.test(m.subject) && m.to === "reset@example.org").at(-1);
      const lateToken = new URL(linkIn(late?.text ?? "", "/account/reset"), "http://x").searchParams.get("token") ?? "";
      t.clock.advance(61 * 60_000);
      const expired = await anon.post("/account/reset", { token: lateToken, password: "too late long password" });
      assert.equal(expired.status, 400);
      assert.match(await expired.text(), /does not work any more/);
    });

    test("change the password: the current one is checked, other sessions end", async () => {
      const v = await signedUp(t, "change@example.org");
      const other = new Visitor(t);
      await other.post("/account/signin", { email: "change@example.org", password: PASSWORD });
      const wrong = await v.post("/account/password", {
        currentPassword: "nope",
        newPassword: "a fresh long password",
      });
      assert.equal(wrong.status, 400);
      assert.match(await wrong.text(), /<a href="#currentPassword">/);
      const ok = await v.post("/account/password", { currentPassword: PASSWORD, newPassword: "a fresh long password" });
      assert.equal(ok.status, 303);
      assert.equal((await v.get("/account")).status, 200, "this session stays");
      assert.equal((await other.get("/account")).status, 303, "the other one ends");
    });

    test("change the email: confirmed from the new address, the old one is told", async () => {
      const v = await signedUp(t, "old@example.org");
      const res = await v.post("/account/email", { newEmail: "New@Example.org", currentPassword: PASSWORD });
      assert.equal(res.status, 200);
      const mails = await t.mail();
      const toNew = mails.filter((m) => m.to === "new@example.org").at(-1);
      const notice = mails.filter((m) => m.to === "old@example.org").at(-1);
      assert.match(notice?.subject ?? "", /change of your email address was requested/);
      const link = linkIn(toNew?.text ?? "", "/account/email/confirm");
      const token = new URL(link, "http://x").searchParams.get("token") ?? "";
      assert.equal((await v.post("/account/email/confirm", { token })).status, 200);
      const again = new Visitor(t);
      assert.equal((await again.post("/account/signin", { email: "new@example.org", password: PASSWORD })).status, 303);
      assert.equal((await again.post("/account/signin", { email: "old@example.org", password: PASSWORD })).status, 400);
    });

    test("sessions are listed and can be ended by their owner only", async () => {
      const v = await signedUp(t, "sessions@example.org");
      const phone = new Visitor(t, { "user-agent": "Phone browser" });
      await phone.post("/account/signin", { email: "sessions@example.org", password: PASSWORD });
      const list = await (await v.get("/account/sessions")).text();
      assert.match(list, /Phone browser/);
      const ids = [...list.matchAll(/name="sessionId" value="([^"]+)"/g)].map((m) => m[1] ?? "");
      assert.equal(ids.length, 1, "every session but this one has a sign-out button");
      const intruder = await signedUp(t, "intruder@example.org");
      const refused = await intruder.post("/account/sessions/revoke", { sessionId: ids[0] ?? "" });
      assert.equal(refused.status, 404);
      assert.equal((await v.post("/account/sessions/revoke", { sessionId: ids[0] ?? "" })).status, 303);
      assert.equal((await phone.get("/account")).status, 303);
    });

    test("the profile keeps a passport name in Latin letters and the preferred language", async () => {
      const v = await signedUp(t, "profile@example.org");
      const bad = await v.post("/account/profile", {
        displayName: "Алексей",
        passportName: "Алексей Иванов",
        preferredLocale: "ru",
        countryCode: "RU",
      });
      assert.equal(bad.status, 400);
      const body = await bad.text();
      assert.match(body, /<a href="#passportName">/);
      assert.match(body, /value="Алексей Иванов"/, "what was typed stays");
      const ok = await v.post("/account/profile", {
        displayName: "Алексей",
        passportName: "Aleksei Ivanov",
        preferredLocale: "ru",
        countryCode: "RU",
        stakeholderTypeCode: "academia",
      });
      assert.equal(ok.status, 303);
      const page = await v.get("/account/profile?saved=1");
      const html = await page.text();
      assert.match(html, /<html lang="ru"/);
      assert.match(html, /value="Aleksei Ivanov"/);
      assert.match(html, /<option value="RU" selected="">Российская Федерация<\/option>/, "the UN M49 name in Russian");
    });

    test("sign-in is rate limited per account, and the limit lifts when the window passes", async () => {
      await signedUp(t, "limited@example.org");
      const v = new Visitor(t, { "x-forwarded-for": "203.0.113.9" });
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        statuses.push(
          (await v.post("/account/signin", { email: "limited@example.org", password: "wrong password!" })).status,
        );
      }
      assert.deepEqual(statuses.slice(0, 9), Array(9).fill(400));
      assert.equal(statuses.at(-1), 429);
      const page = await v.post("/account/signin", { email: "limited@example.org", password: PASSWORD });
      assert.equal(page.status, 429, "even the right password waits");
      assert.match(await page.text(), /Too many attempts/);
      t.clock.advance(15 * 60_000);
      assert.equal((await v.post("/account/signin", { email: "limited@example.org", password: PASSWORD })).status, 303);
    });

    test("download everything held, then delete the account; its cookie stops working", async () => {
      const v = await signedUp(t, "leaving@example.org", "Leaving Person");
      const download = await v.get("/account/data.json");
      assert.equal(download.status, 200);
      assert.match(download.headers.get("content-disposition") ?? "", /attachment/);
      const data = (await download.json()) as Record<string, unknown> & { account: Record<string, unknown> };
      assert.equal(data.account.email, "leaving@example.org");
      assert.equal("passwordHash" in data.account, false);
      assert.ok(Array.isArray(data.sessions) && Array.isArray(data.mail) && Array.isArray(data.audit));

      const cookie = v.cookies.get("wsis_session") ?? "";
      const refused = await v.post("/account/delete", { currentPassword: "wrong", confirm: "yes" });
      assert.equal(refused.status, 400);
      const unconfirmed = await v.post("/account/delete", { currentPassword: PASSWORD });
      assert.match(await unconfirmed.text(), /<a href="#confirm">/);
      const done = await v.post("/account/delete", { currentPassword: PASSWORD, confirm: "yes" });
      assert.equal(done.status, 200);
      assert.match(await done.text(), /Your account is deleted/);
      const gone = await t.request("/account", { headers: { cookie: `wsis_session=${cookie}` } });
      assert.equal(gone.status, 303);
      const left = await t.handle.db
        .selectFrom("userAccount")
        .select("id")
        .where("email", "=", "leaving@example.org")
        .execute();
      assert.equal(left.length, 0);
      const trail = await t.handle.db
        .selectFrom("auditEvent")
        .selectAll()
        .where("action", "=", "account.delete")
        .execute();
      assert.equal(trail.length, 1);
      assert.doesNotMatch(JSON.stringify(trail), /leaving@example\.org|Leaving Person/);
    });

    test("other modules learn who to write to through recipient() and people(), never the table", async () => {
      await signedUp(t, "recipient.one@example.org", "Nadia Rahman نادية");
      await signedUp(t, "recipient.two@example.org", "Pierre Dubois");
      const ids = await t.handle.db
        .selectFrom("userAccount")
        .select(["id", "email"])
        .where("email", "like", "recipient.%")
        .orderBy("email")
        .execute();
      const [one, two] = ids;
      assert.ok(one && two);
      const person = await recipient(t.handle.db, one.id);
      assert.deepEqual(person, {
        id: one.id,
        email: "recipient.one@example.org",
        displayName: "Nadia Rahman نادية",
        preferredLocale: "en",
      });
      assert.equal(await recipient(t.handle.db, "no-such-id"), undefined);
      const found = await people(t.handle.db, [two.id, one.id, two.id, "gone"]);
      assert.deepEqual([...found.keys()].sort(), [one.id, two.id].sort());
      assert.equal(found.get(two.id)?.displayName, "Pierre Dubois");
      assert.equal((await people(t.handle.db, [])).size, 0);
    });
  });
}
