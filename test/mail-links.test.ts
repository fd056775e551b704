import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import sharp from "sharp";
import { dstEdition } from "../src/modules/forum/forum.fixtures.ts";
import { loadEdition } from "../src/modules/forum/forum.seed.ts";
import { insertCategory, setRegistrationSettings } from "../src/modules/registration/registration.fixtures.ts";
import { mailLink } from "../src/platform/mail/links.ts";
import { localDate } from "../src/platform/time.ts";
import { PASSWORD, signedUp, signedUpWithRoles } from "./support/accounts.ts";
import { buildTestApp, type TestApp } from "./support/app.ts";
import { linkIn, Visitor } from "./support/browser-like.ts";
import { testDialects } from "./support/databases.ts";

// Issue 17: every link in every mail lands on a page its recipient can use, in the mail's language. Each template
// of each module is produced here by the flow that sends it; each link is then opened as the recipient opens it
// (signed in as them where the mail goes to an account) and must end, after at most a few redirects, on a 200 page
// in the mail's language.

const SLUG = "mail-links-2099";
const BASE = "http://localhost:3000";

/** Every template the platform mails, by module: the test fails when one is never produced (or a new one appears). */
const TEMPLATES = [
  "verify",
  "existing",
  "reset",
  "emailChange",
  "emailChangeNotice",
  "emailChanged",
  "passwordChanged",
  "signinAttempts",
  "entryPublished",
  "entryRejected",
  "entryChangesRequested",
  "entryUpdateCall",
  "membershipRequested",
  "membershipApproved",
  "membershipRejected",
  "proposalSubmitted",
  "proposalAccepted",
  "proposalScheduled",
  "proposalDeclined",
  "proposalChangesRequested",
  "registration.submitted",
  "registration.acknowledged",
  "registration.approved",
  "registration.rejected",
  "registration.waitlisted",
  "registration.cancelled",
  "registration.confirmed",
  "registration.movedUp",
];

test("mailLink: lang goes last, replaces one already there, keeps a fragment", () => {
  assert.equal(mailLink(`${BASE}/account/verify?token=abc`, "ar"), `${BASE}/account/verify?token=abc&lang=ar`);
  assert.equal(mailLink(`${BASE}/forum/proposals/1`, "zh"), `${BASE}/forum/proposals/1?lang=zh`);
  assert.equal(mailLink(`${BASE}/x?lang=fr`, "ru"), `${BASE}/x?lang=ru`);
  assert.equal(mailLink(`${BASE}/x?lang=fr&a=1#top`, "es"), `${BASE}/x?a=1&lang=es#top`);
  assert.equal(mailLink(`${BASE}/`, "xx"), `${BASE}/?lang=en`);
});

const entryForm = (title: string, changes: Record<string, string> = {}) => {
  const body = new URLSearchParams({
    title,
    summary: "Satellite and fibre links for rural schools.",
    description: "",
    organizationName: "Sahel Digital Alliance",
    stakeholderTypeCode: "civil-society",
    scope: "regional",
    projectStatus: "ongoing",
    language: "fr",
    intent: "submit",
    ...changes,
  });
  body.append("countries", "ML");
  body.append("actionLines", "C2");
  return body;
};

for (const dialect of await testDialects()) {
  describe(`mail links [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    /** Who opens each address's mail: the person signed in, or (no account behind it yet) a fresh browser. */
    const recipients = new Map<string, Visitor>();
    const db = () => t.handle.db;
    const userId = async (email: string) =>
      (await db().selectFrom("userAccount").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;
    const speaks = (email: string, locale: string) =>
      db().updateTable("userAccount").set({ preferredLocale: locale }).where("email", "=", email).execute();
    const person = async (email: string, locale: string, roles: { role: string }[] = []) => {
      const v = roles.length ? await signedUpWithRoles(t, email, roles) : await signedUp(t, email, "Mail Reader");
      await speaks(email, locale);
      recipients.set(email, v);
      return v;
    };
    const postBody = (v: Visitor, path: string, body: URLSearchParams | FormData) =>
      t.request(path, {
        method: "POST",
        body: body instanceof URLSearchParams ? body.toString() : body,
        headers: {
          ...v.headers,
          ...(body instanceof URLSearchParams ? { "content-type": "application/x-www-form-urlencoded" } : {}),
          origin: BASE,
          cookie: [...v.cookies].map(([k, val]) => `${k}=${val}`).join("; "),
        },
      });
    /** After each step, the mail it sent is read (set by the test). */
    let afterStep = async () => {};
    const ok = async (res: Response | Promise<Response>, status = 303) => {
      const r = await res;
      assert.equal(r.status, status, (await r.clone().text()).slice(0, 600));
      await afterStep();
      return r;
    };

    before(async () => {
      t = await buildTestApp(dialect);
    });
    after(() => t?.close());

    test("every template's links open a usable page, as its recipient, in the mail's language", async () => {
      // Each mail is read as it arrives, while what it is about is as it was then (a changes-requested entry
      // not yet resubmitted or published).
      const seen = new Set<string>();
      const templates = new Set<string>();
      let links = 0;
      const readNew = async () => {
        const sent = await t.mail();
        const rows = await db().selectFrom("mailMessage").select(["id", "template", "locale"]).execute();
        for (const mail of sent) {
          if (seen.has(mail.file)) continue;
          seen.add(mail.file);
          const row = rows.find((r) => mail.file.endsWith(`-${r.id}.eml`));
          assert.ok(row, `the queue row of ${mail.file}`);
          templates.add(row.template);
          const visitor = recipients.get(mail.to);
          assert.ok(visitor, `a recipient for ${mail.to} (${row.template})`);
          for (const url of mail.text.match(/https?:\/\/[^\s)"'<>]+/g) ?? []) {
            links++;
            await opens(visitor, url, row.locale, `${row.template} to ${mail.to}: ${url}`);
          }
        }
      };
      afterStep = readNew;
      const moderator = await person("moderator@example.org", "en", [{ role: "moderator" }]);
      const organizer = await person("organizer@example.org", "en", [{ role: "organizer" }]);
      const accreditation = await person("accreditation@example.org", "en", [{ role: "accreditation" }]);

      // Accounts: a sign-up in Arabic (verify), the same address again (existing), a reset, a change of address
      // (emailChange to the new one, emailChangeNotice and then emailChanged to the old), a new password, and
      // 50 wrong passwords (signinAttempts).
      const arabic = new Visitor(t);
      recipients.set("layla@example.org", new Visitor(t));
      await ok(
        arabic.post("/account/signup", {
          displayName: "Layla Haddad",
          email: "layla@example.org",
          password: PASSWORD,
          preferredLocale: "ar",
        }),
        200,
      );
      await ok(
        new Visitor(t).post("/account/signup", {
          displayName: "Someone",
          email: "layla@example.org",
          password: "another long password",
          preferredLocale: "en",
        }),
        200,
      );
      await ok(new Visitor(t).post("/account/forgot", { email: "layla@example.org" }), 200);
      const ru = await person("olga@example.org", "ru");
      recipients.set("olga.new@example.org", ru);
      await ok(ru.post("/account/email", { newEmail: "olga.new@example.org", currentPassword: PASSWORD }), 200);
      const change = (await t.mail()).find((m) => m.to === "olga.new@example.org");
      assert.ok(change, "a confirmation mail to the new address");
      const token = new URL(linkIn(change.text, "/account/email/confirm"), BASE).searchParams.get("token") ?? "";
      // The old address no longer opens the account: whoever reads it there is signed out.
      recipients.set("olga@example.org", new Visitor(t));
      await ok(ru.post("/account/email/confirm", { token }), 200);
      const es = await person("lucia@example.org", "es");
      await ok(es.post("/account/password", { currentPassword: PASSWORD, newPassword: "a fresh long password" }));
      for (let i = 0; i < 50; i++)
        await new Visitor(t).post("/account/signin", { email: "lucia@example.org", password: `wrong ${i}` });
      await readNew();

      // Stocktaking, to a French owner: changes asked, rejected, published, then a call for updates.
      const fr = await person("amadou@example.org", "fr");
      const made = await ok(postBody(fr, "/stocktaking/new", entryForm("Écoles rurales connectées")));
      assert.equal(made.headers.get("location"), "/stocktaking/mine?done=submitted");
      const entryId = (
        await db()
          .selectFrom("stocktakingEntry")
          .select("id")
          .where("title", "=", "Écoles rurales connectées")
          .executeTakeFirstOrThrow()
      ).id;
      const resubmit = () =>
        ok(postBody(fr, `/stocktaking/entries/${entryId}/submit`, new URLSearchParams({ confirmDuplicate: "yes" })));
      await ok(moderator.post(`/stocktaking/moderation/${entryId}/request-changes`, { message: "Ajoutez les pays." }));
      await resubmit();
      await ok(moderator.post(`/stocktaking/moderation/${entryId}/reject`, { message: "Hors sujet." }));
      await ok(postBody(fr, `/stocktaking/entries/${entryId}/edit`, entryForm("Écoles rurales connectées")));
      await ok(moderator.post(`/stocktaking/moderation/${entryId}/publish`, {}));
      await ok(moderator.post("/stocktaking/moderation/updates", { before: "2999-01-01" }));

      // Organisations: a Spanish focal point is asked (membershipRequested); a Chinese member approved, a Russian
      // one not.
      const focal = await person("focal@example.org", "es");
      const created = await ok(
        focal.post("/organizations/new", {
          name: "Red Digital",
          stakeholderTypeCode: "civil-society",
          countryCode: "AR",
          website: "",
        }),
      );
      const orgId = /\/organizations\/([0-9a-f-]{36})/.exec(created.headers.get("location") ?? "")?.[1] ?? "";
      const zh = await person("wei@example.org", "zh");
      const ru2 = await person("ivan@example.org", "ru");
      await ok(zh.post(`/organizations/${orgId}/join`, {}));
      await ok(ru2.post(`/organizations/${orgId}/join`, {}));
      await ok(focal.post(`/organizations/${orgId}/members/${await userId("wei@example.org")}/approve`, {}));
      await ok(focal.post(`/organizations/${orgId}/members/${await userId("ivan@example.org")}/reject`, {}));

      // Forum proposals, to a Chinese proposer: changes asked, then accepted; another declined.
      const eventId = (
        await loadEdition(db(), {
          ...dstEdition(),
          slug: SLUG,
          startsOn: "2099-10-24",
          endsOn: "2099-10-27",
          sessions: [],
        })
      ).eventId;
      const today = localDate(t.clock.now(), "Europe/Zurich");
      await ok(
        organizer.post(`/forum/${SLUG}/call/manage`, { opensOn: today, closesOn: "2099-01-01", criteria: "Relevance" }),
      );
      const propose = async (title: string) => {
        const res = await ok(
          zh.post(`/forum/${SLUG}/proposals/new`, {
            title,
            format: "workshop",
            description: "What it is about.",
            actionLines: "C5",
            organizations: "Digital Rights Lab",
            speaker1Name: "Grace Mwangi",
            remoteParticipation: "yes",
            intent: "save",
          }),
        );
        const id = /\/forum\/proposals\/([0-9a-f-]{36})/.exec(res.headers.get("location") ?? "")?.[1] ?? "";
        await ok(zh.post(`/forum/proposals/${id}/submit`, {}));
        return id;
      };
      const first = await propose("Open networks");
      await ok(
        organizer.post(`/forum/proposals/${first}/decision`, {
          decision: "request-changes",
          message: "Shorter, please.",
        }),
      );
      await ok(zh.post(`/forum/proposals/${first}/submit`, {}));
      await ok(organizer.post(`/forum/proposals/${first}/decision`, { decision: "accept", message: "" }));
      // Scheduled (a room and a time) and published: the proposer is told where, with the session's public page.
      const { sessionId } = await db()
        .selectFrom("forumProposal")
        .select("sessionId")
        .where("id", "=", first)
        .executeTakeFirstOrThrow();
      const room = await db()
        .selectFrom("forumRoom")
        .select("id")
        .where("eventId", "=", eventId)
        .executeTakeFirstOrThrow();
      await ok(
        organizer.post(`/forum/${SLUG}/organize/sessions/${sessionId}`, {
          title: "Open networks",
          description: "What it is about.",
          typeCode: "workshop",
          trackId: "",
          hostPartnerId: "",
          roomId: room.id,
          day: "2099-10-25",
          start: "9:30",
          end: "10:30",
          remoteUrl: "",
          recordingUrl: "",
          actionLines: "C5",
        }),
      );
      await ok(organizer.post(`/forum/${SLUG}/organize/publish`, {}));
      const second = await propose("Closed networks");
      await ok(
        organizer.post(`/forum/proposals/${second}/decision`, { decision: "decline", message: "Out of scope." }),
      );

      // Registration, to Arabic, French and Russian delegates: submitted, then approved, rejected, waitlisted; a
      // cancellation that moves the waitlisted person up.
      await setRegistrationSettings(db(), eventId, { onsiteCapacity: 1 });
      const photo = new Uint8Array(
        await sharp({ create: { width: 300, height: 400, channels: 3, background: "#8899aa" } })
          .jpeg()
          .toBuffer(),
      );
      const register = async (
        email: string,
        locale: string,
        attendance = "onsite",
        extra: Record<string, string> = {},
        existing?: Visitor,
      ) => {
        const v = existing ?? (await person(email, locale));
        const body = new FormData();
        for (const [k, value] of Object.entries({
          attendance,
          passportName: "AMINA WANJIRU OKELLO",
          preferredName: "Amina",
          organizationName: "Kenya ICT Authority",
          stakeholderTypeCode: "government",
          countryCode: "KE",
          nationalityCode: "KE",
          interestWhy: "To present our strategy.",
          interestContribution: "A talk.",
          consent: "yes",
          ...extra,
        }))
          body.append(k, value);
        body.append("photo", new File([photo as Uint8Array<ArrayBuffer>], "me.jpg", { type: "image/jpeg" }));
        await ok(postBody(v, `/forum/${SLUG}/register`, body));
        return (
          await db()
            .selectFrom("forumRegistration")
            .select("id")
            .where("userId", "=", await userId(email))
            .executeTakeFirstOrThrow()
        ).id;
      };
      const decide = (id: string, decision: string) =>
        ok(accreditation.post(`/forum/${SLUG}/accreditation/${id}/decision`, { decision, reason: "Seen." }));
      const a = await register("nour@example.org", "ar");
      const b = await register("claire@example.org", "fr");
      const c = await register("pavel@example.org", "ru");
      // Online: confirmed at once.
      await register("mei@example.org", "zh", "virtual");
      await decide(a, "approve");
      await decide(b, "reject");
      await decide(c, "approve");
      const nour = recipients.get("nour@example.org") as Visitor;
      await ok(nour.post(`/forum/registrations/${a}/cancel`, { confirm: "yes" }));

      // Through a verified organisation, in a category its focal point may not accredit alone: acknowledged.
      const focal2 = await person("focal2@example.org", "fr");
      const made2 = await ok(
        focal2.post("/organizations/new", {
          name: "Delegation of Kenya",
          stakeholderTypeCode: "government",
          countryCode: "KE",
          website: "",
        }),
      );
      const org2 = /\/organizations\/([0-9a-f-]{36})/.exec(made2.headers.get("location") ?? "")?.[1] ?? "";
      const delegate = await person("amani@example.org", "es");
      await ok(delegate.post(`/organizations/${org2}/join`, {}));
      await ok(focal2.post(`/organizations/${org2}/members/${await userId("amani@example.org")}/approve`, {}));
      await db()
        .updateTable("organizationMembership")
        .set({ decidedAt: new Date(Date.now() - 30 * 24 * 3600_000).toISOString() })
        .where("organizationId", "=", org2)
        .execute();
      await ok(moderator.post(`/organizations/${org2}/verification`, { decision: "verify", note: "Checked." }));
      const category = await insertCategory(db(), eventId, { code: "participant", position: 1 });
      const viaFocal = await register(
        "amani@example.org",
        "es",
        "onsite",
        { organizationId: org2, categoryId: category.id },
        delegate,
      );
      await ok(
        focal2.post(`/forum/${SLUG}/accreditation/${viaFocal}/decision`, { decision: "acknowledge", reason: "" }),
      );

      await readNew();
      assert.deepEqual(
        [...templates].filter((x) => !TEMPLATES.includes(x)),
        [],
        "a template this test does not know of: add its flow",
      );
      assert.deepEqual(
        TEMPLATES.filter((x) => !templates.has(x)),
        [],
        "every template was produced",
      );
      assert.ok(links >= TEMPLATES.length, `${links} links opened`);
    });

    /** Opens a mail's link as its recipient, following the platform's own redirects. */
    async function opens(visitor: Visitor, url: string, locale: string, what: string) {
      assert.ok(url.startsWith(`${BASE}/`), `${what}: a link to the platform`);
      assert.match(url, new RegExp(`[?&]lang=${locale}(&|#|$)`), `${what}: carries the mail's language`);
      let path = url.slice(BASE.length);
      for (let hop = 0; hop < 4; hop++) {
        const res = await visitor.get(path);
        if (res.status >= 300 && res.status < 400) {
          const location = res.headers.get("location") ?? "";
          assert.ok(location.startsWith("/") || location.startsWith(BASE), `${what}: redirected off the platform`);
          assert.ok(!location.includes("/account/signin"), `${what}: the recipient is sent to sign in`);
          path = location.startsWith(BASE) ? location.slice(BASE.length) : location;
          continue;
        }
        const html = await res.text();
        assert.equal(res.status, 200, `${what}: ${res.status} ${html.slice(0, 300)}`);
        assert.match(html, new RegExp(`<html[^>]* lang="${locale}"`), `${what}: the page is in the mail's language`);
        return;
      }
      assert.fail(`${what}: too many redirects`);
    }
  });
}
