import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { crc32, deflateSync } from "node:zlib";
import { insertPerson, signedUp, signedUpWithRoles } from "../../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../../test/support/app.ts";
import type { Visitor } from "../../../../test/support/browser-like.ts";
import { testDialects } from "../../../../test/support/databases.ts";
import { timestamp } from "../../../db/ids.ts";
import { deriveKey } from "../../../platform/auth/secrets.ts";
import { dstEdition } from "../../forum/forum.fixtures.ts";
import { loadEdition } from "../../forum/forum.seed.ts";
import { signedCode } from "../codes.ts";
import { insertCategory, insertRegistration } from "../registration.fixtures.ts";
import type { ForumRegistrationTable } from "../registration.table.ts";

const SLUG = "dst-test-2025";
const PAGE = `/forum/${SLUG}/badges`;

/** A real PNG of w × h pixels of one colour, written by hand (chunks with their CRCs). */
function png(w: number, h: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) rows.set([40, 120, 200], y * (w * 3 + 1) + 1 + x * 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** What poppler's pdftotext (an independent reader) finds in the PDF, and how many images pdfimages lists. */
function readPdf(bytes: Uint8Array): { text: string; images: number; pages: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "wsis-badge-test-"));
  try {
    const file = path.join(dir, "badge.pdf");
    writeFileSync(file, bytes);
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    const list = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" }).trim().split("\n");
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    return { text, images: Math.max(0, list.length - 2), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const dialect of await testDialects()) {
  describe(`Badges [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let staff: Visitor;
    let eventId: string;
    let speakers: string;
    let press: string;
    let key: Buffer;
    let nomvula: ForumRegistrationTable;
    let li: ForumRegistrationTable;
    let webp: ForumRegistrationTable;
    let cancelled: ForumRegistrationTable;
    let virtual: ForumRegistrationTable;

    const code = (r: Pick<ForumRegistrationTable, "badgeNonce">) => signedCode(key, "badge", r.badgeNonce ?? "");
    const registered = async (name: string, fields: Partial<ForumRegistrationTable> = {}) =>
      insertRegistration(t.handle.db, {
        eventId,
        userId: await insertPerson(t.handle.db, name),
        preferredName: name,
        categoryId: speakers,
        ...fields,
      });
    const photo = (registrationId: string, contentType: string, bytes: Uint8Array) =>
      t.handle.db
        .insertInto("forumRegistrationPhoto")
        .values({ registrationId, contentType, bytes, createdAt: timestamp() })
        .execute();
    const pdfOf = async (res: Response) => {
      assert.equal(res.status, 200, res.status === 200 ? "" : (await res.clone().text()).slice(0, 500));
      assert.equal(res.headers.get("content-type"), "application/pdf");
      return readPdf(new Uint8Array(await res.arrayBuffer()));
    };

    before(async () => {
      t = await buildTestApp(dialect);
      // The edition's first morning in Geneva: check-in (used to show a revoked badge) is open on its days only.
      t.clock.advance(Date.parse("2025-10-24T08:00:00Z") - t.clock.now().getTime());
      await loadEdition(t.handle.db, dstEdition());
      const db = t.handle.db;
      eventId = (await db.selectFrom("forumEvent").select("id").where("slug", "=", SLUG).executeTakeFirstOrThrow()).id;
      speakers = (await insertCategory(db, eventId, { code: "speaker", name: "Speaker", colour: "#b03060" })).id;
      press = (await insertCategory(db, eventId, { code: "press", name: "Press", colour: "#f0e060", position: 1 })).id;
      key = deriveKey(t.config.sessionSecret, "registration-badge");
      staff = await signedUpWithRoles(t, "accreditation@example.org", [{ role: "accreditation" }]);
      nomvula = await registered("Nomvula Dlamini", { organizationName: "South African Digital Office" });
      await photo(nomvula.id, "image/png", png(30, 40));
      li = await registered("李明", { organizationName: "中国信息通信研究院", categoryId: press });
      webp = await registered("Webp Person");
      await photo(webp.id, "image/webp", new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]));
      cancelled = await registered("Cancelled Person", { state: "cancelled" });
      virtual = await registered("Virtual Person", { attendance: "virtual", state: "confirmed" });
    });
    after(() => t?.close());

    test("only accreditation staff and administrators see and print badges", async () => {
      const participant = await signedUp(t, "participant@example.org");
      const organizer = await signedUpWithRoles(t, "organizer@example.org", [{ role: "organizer" }]);
      const admin = await signedUpWithRoles(t, "admin@example.org", [{ role: "admin" }]);
      for (const path of [PAGE, `/forum/registrations/${nomvula.id}/badge.pdf`]) {
        const anonymous = await t.request(path);
        assert.equal(anonymous.status, 303, path);
        assert.match(anonymous.headers.get("location") ?? "", /^\/account\/signin/);
        assert.equal((await participant.get(path)).status, 403, path);
        assert.equal((await organizer.get(path)).status, 403, path);
        assert.equal((await admin.get(path)).status, 200, path);
      }
      // Not even the badge's own holder prints it: the desk does.
      assert.equal((await participant.post(PAGE, { id: nomvula.id, print: "chosen" })).status, 403);
      const before = nomvula.badgeNonce;
      assert.equal((await participant.post(`/forum/registrations/${nomvula.id}/badge/reissue`, {})).status, 403);
      const row = await t.handle.db
        .selectFrom("forumRegistration")
        .select("badgeNonce")
        .where("id", "=", nomvula.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.badgeNonce, before);
    });

    test("the list holds approved on-site registrations only, filtered by category and name", async () => {
      const html = await (await staff.get(PAGE)).text();
      for (const name of ["Nomvula Dlamini", "李明", "Webp Person"]) assert.match(html, new RegExp(name));
      assert.doesNotMatch(html, /Cancelled Person|Virtual Person/);
      assert.match(html, /WebP \(cannot be printed/);
      const pressOnly = await (await staff.get(`${PAGE}?category=${press}`)).text();
      assert.match(pressOnly, /李明/);
      assert.doesNotMatch(pressOnly, /Nomvula Dlamini/);
      const byName = await (await staff.get(`${PAGE}?q=dlamini`)).text();
      assert.match(byName, /Nomvula Dlamini/);
      assert.doesNotMatch(byName, /李明/);
      // A search for the wildcard finds nothing rather than everyone.
      assert.match(await (await staff.get(`${PAGE}?q=%25`)).text(), /No approved on-site registration matches/);
    });

    test("one badge: a PDF that poppler reads, with the name used, organisation, category, event and code", async () => {
      const { text, images, pages } = await pdfOf(await staff.get(`/forum/registrations/${nomvula.id}/badge.pdf`));
      assert.equal(pages, 1);
      assert.match(text, /Nomvula Dlamini/);
      assert.match(text, /South African Digital Office/);
      assert.match(text, /Speaker/);
      assert.match(text, /Autumn Test Forum 2025/);
      assert.ok(text.includes(code(nomvula)), `the code ${code(nomvula)} in:\n${text}`);
      assert.equal(images, 1, "the PNG photo is embedded");
      // A name in Chinese, and a WebP photo that is replaced by an empty frame.
      const chinese = await pdfOf(await staff.get(`/forum/registrations/${li.id}/badge.pdf`));
      assert.match(chinese.text, /李明/);
      assert.match(chinese.text, /中国信息通信研究院/);
      assert.ok(chinese.text.includes(code(li)));
      const noImage = await pdfOf(await staff.get(`/forum/registrations/${webp.id}/badge.pdf`));
      assert.equal(noImage.images, 0);
      assert.match(noImage.text, /Webp Person/);
      // No badge for a cancelled registration, nor for a virtual one.
      assert.equal((await staff.get(`/forum/registrations/${cancelled.id}/badge.pdf`)).status, 409);
      assert.equal((await staff.get(`/forum/registrations/${virtual.id}/badge.pdf`)).status, 409);
    });

    test("a batch: the chosen badges in one PDF, or every badge shown; choosing none says so", async () => {
      const chosen = await pdfOf(
        await t.request(PAGE, {
          method: "POST",
          body: new URLSearchParams([
            ["id", nomvula.id],
            ["id", li.id],
            ["id", cancelled.id],
            ["category", ""],
            ["q", ""],
            ["print", "chosen"],
          ]).toString(),
          headers: {
            ...staff.headers,
            "content-type": "application/x-www-form-urlencoded",
            origin: "http://localhost:3000",
            cookie: [...staff.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
          },
        }),
      );
      assert.equal(chosen.pages, 1, "two badges on one A4 page");
      assert.match(chosen.text, /Nomvula Dlamini/);
      assert.match(chosen.text, /李明/);
      assert.doesNotMatch(chosen.text, /Webp Person|Cancelled Person/);
      assert.ok(chosen.text.includes(code(nomvula)) && chosen.text.includes(code(li)));

      const all = await pdfOf(await staff.post(PAGE, { category: speakers, q: "", print: "all" }));
      assert.match(all.text, /Nomvula Dlamini/);
      assert.match(all.text, /Webp Person/);
      assert.doesNotMatch(all.text, /李明|Cancelled Person/);

      const none = await staff.post(PAGE, { category: "", q: "dlamini", print: "chosen" });
      assert.equal(none.status, 400);
      const html = await none.text();
      assert.match(html, /Choose at least one person, or print every badge shown/);
      // The filter typed is kept.
      assert.match(html, /name="q" type="text" value="dlamini"/);
    });

    test("re-issuing a badge gives a new code, revokes the old one at check-in, and is audited", async () => {
      const r = await registered("Reissue Person");
      const old = code(r);
      const res = await staff.post(`/forum/registrations/${r.id}/badge/reissue`, {});
      assert.equal(res.status, 303);
      assert.equal(res.headers.get("location"), `${PAGE}?reissued=${r.id}`);
      const notice = await (await staff.get(res.headers.get("location") ?? "")).text();
      assert.match(notice, /A new badge was issued for Reissue Person: the old one no longer works/);
      const row = await t.handle.db
        .selectFrom("forumRegistration")
        .select(["badgeNonce", "version"])
        .where("id", "=", r.id)
        .executeTakeFirstOrThrow();
      assert.notEqual(row.badgeNonce, r.badgeNonce);
      assert.equal(row.version, r.version + 1);
      const fresh = code(row);
      const pdf = await pdfOf(await staff.get(`/forum/registrations/${r.id}/badge.pdf`));
      assert.ok(pdf.text.includes(fresh));
      assert.ok(!pdf.text.includes(old));
      const audit = await t.handle.db
        .selectFrom("auditEvent")
        .selectAll()
        .where("action", "=", "registration.badge.reissue")
        .where("objectId", "=", r.id)
        .execute();
      assert.equal(audit.length, 1);
      assert.doesNotMatch(JSON.stringify(audit), new RegExp(`${row.badgeNonce}|${r.badgeNonce}`));
      // At the door: the old badge is refused as revoked, the new one lets the person in.
      const refused = await (await staff.post(`/forum/${SLUG}/checkin`, { code: old })).text();
      assert.match(refused, /This badge is no longer valid/);
      assert.equal((await staff.post(`/forum/${SLUG}/checkin`, { code: fresh })).status, 200);
      // A cancelled registration's badge is not re-issued.
      assert.equal((await staff.post(`/forum/registrations/${cancelled.id}/badge/reissue`, {})).status, 409);
    });
  });
}
