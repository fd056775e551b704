import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { deflateSync } from "node:zlib";
import sharp from "sharp";
import { signedUp, signedUpWithRoles } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import type { Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { dstEdition } from "../forum/forum.fixtures.ts";
import { loadEdition } from "../forum/forum.seed.ts";
import { BADGE_PHOTO, preparePhoto, printablePhoto } from "./photo.ts";
import { insertCategory, insertRegistration } from "./registration.fixtures.ts";

const SLUG = "photo-test-2099";

function crc32(bytes: Buffer) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * The bomb of issue 16: a 1-bit greyscale PNG of 16,000 × 16,000 white pixels, about 32 KB. Written by hand (sharp
 * takes 14 s to make the same file) with every row filtered "none".
 */
function pngBomb(side = 16000) {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter set, no interlace
  const row = Buffer.alloc(1 + Math.ceil(side / 8), 0xff);
  row[0] = 0;
  const raw = Buffer.alloc(row.length * side);
  for (let y = 0; y < side; y++) row.copy(raw, y * row.length);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", ihdr),
      chunk("IDAT", deflateSync(raw, { level: 9 })),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

/** A phone's photo: 4000 × 3000 noise (so it stays about 12 MB as JPEG) with the camera and where it was taken. */
async function phonePhoto() {
  return new Uint8Array(
    await sharp(randomBytes(4000 * 3000 * 3), { raw: { width: 4000, height: 3000, channels: 3 } })
      .jpeg({ quality: 95 })
      .withExif({
        IFD0: { Make: "PhoneMaker", Model: "Phone 1" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "46/1 13/1 12/1", GPSLongitudeRef: "E", GPSLongitude: "6/1 8/1 3/1" },
      })
      .toBuffer(),
  );
}

const form = (changes: Record<string, string> = {}) => ({
  attendance: "onsite",
  passportName: "AMINA WANJIRU OKELLO",
  preferredName: "Amina Okello",
  organizationName: "Kenya ICT Authority",
  stakeholderTypeCode: "government",
  countryCode: "KE",
  nationalityCode: "KE",
  accessibilityNeeds: "Step-free access, please",
  interestWhy: "To present our national e-strategy.",
  consent: "yes",
  ...changes,
});

/** The registration form as a browser sends it: the photo between the passport fields and the later ones. */
async function postRegistration(v: Visitor, fields: Record<string, string>, photo?: Uint8Array, lang = "en") {
  const body = new FormData();
  const entries = Object.entries(fields);
  const at = entries.findIndex(([k]) => k === "accessibilityNeeds");
  for (const [k, value] of entries.slice(0, at)) body.append(k, value);
  if (photo) body.append("photo", new File([photo as Uint8Array<ArrayBuffer>], "IMG_0001.jpg", { type: "image/jpeg" }));
  for (const [k, value] of entries.slice(at)) body.append(k, value);
  // The language the person chose (the cookie the language links set).
  v.cookies.set("lang", lang);
  return v.t.request(`/forum/${SLUG}/register`, {
    method: "POST",
    body,
    headers: {
      ...v.headers,
      origin: "http://localhost:3000",
      cookie: [...v.cookies].map(([k, value]) => `${k}=${value}`).join("; "),
    },
  });
}

let phone: Uint8Array;
let bomb: Uint8Array;
before(async () => {
  phone = await phonePhoto();
  bomb = pngBomb();
});

describe("badge photos (photo.ts)", () => {
  test("the 16,000 × 16,000 PNG is refused from its header; a phone photo becomes a small JPEG without EXIF", async () => {
    assert.ok(bomb.length < 64 * 1024, `the bomb is ${bomb.length} bytes`);
    assert.deepEqual(await preparePhoto(bomb), { ok: false, error: "registration.error.photoDimensions" });
    assert.equal(await printablePhoto({ contentType: "image/png", bytes: bomb }), null, "never handed to pdf-lib");
    assert.ok(phone.length > 11 * 1024 * 1024, `the phone photo is ${phone.length} bytes`);
    assert.match(Buffer.from(phone).toString("latin1"), /PhoneMaker/);
    const prepared = await preparePhoto(phone);
    assert.ok(prepared.ok);
    const meta = await sharp(prepared.bytes).metadata();
    assert.equal(meta.format, "jpeg");
    assert.deepEqual([meta.width, meta.height], [BADGE_PHOTO.width, BADGE_PHOTO.height]);
    assert.equal(meta.exif, undefined, "no EXIF (GPS position) kept");
    assert.doesNotMatch(Buffer.from(prepared.bytes).toString("latin1"), /PhoneMaker|GPS/);
  });

  test("a photo 8,000 pixels wide is refused though it has fewer than 24 megapixels", async () => {
    const wide = await sharp({ create: { width: 8000, height: 100, channels: 3, background: "#808080" } })
      .png()
      .toBuffer();
    assert.deepEqual(await preparePhoto(new Uint8Array(wide)), {
      ok: false,
      error: "registration.error.photoDimensions",
    });
  });
});

for (const dialect of await testDialects()) {
  describe(`badge photos through the registration form [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let eventId: string;
    let category: string;
    let people = 0;
    const db = () => t.handle.db;
    const person = async () => {
      const email = `photo${++people}@example.org`;
      return { email, v: await signedUp(t, email, "Photo Person") };
    };
    const registrationOf = (email: string) =>
      db()
        .selectFrom("forumRegistration as r")
        .innerJoin("userAccount as u", "u.id", "r.userId")
        .select("r.id")
        .where("u.email", "=", email)
        .executeTakeFirst();

    before(async () => {
      t = await buildTestApp(dialect);
      await loadEdition(db(), {
        ...dstEdition(),
        slug: SLUG,
        title: { en: "Photo Test Forum 2099" },
        startsOn: "2099-10-24",
        endsOn: "2099-10-27",
        sessions: [],
      });
      eventId = (await db().selectFrom("forumEvent").select("id").where("slug", "=", SLUG).executeTakeFirstOrThrow())
        .id;
      category = (await insertCategory(db(), eventId, { code: "participant", position: 1 })).id;
    });
    after(() => t?.close());

    test("a 12 MB phone photo is accepted and stored at the badge's size, without its EXIF and GPS position", async () => {
      const { email, v } = await person();
      const res = await postRegistration(v, form({ categoryId: category }), phone);
      assert.equal(res.status, 303, (await res.text()).slice(0, 2000));
      const row = await registrationOf(email);
      assert.ok(row);
      const stored = await db()
        .selectFrom("forumRegistrationPhoto")
        .select(["contentType", "bytes"])
        .where("registrationId", "=", row.id)
        .executeTakeFirstOrThrow();
      assert.equal(stored.contentType, "image/jpeg");
      assert.ok(stored.bytes.length < 300 * 1024, `stored ${stored.bytes.length} bytes`);
      const meta = await sharp(stored.bytes).metadata();
      assert.deepEqual([meta.width, meta.height], [BADGE_PHOTO.width, BADGE_PHOTO.height]);
      assert.equal(meta.exif, undefined);
      assert.doesNotMatch(Buffer.from(stored.bytes).toString("latin1"), /PhoneMaker|GPS/);
    });

    test("the PNG bomb is refused on the form, naming the photo, in the person's language, with what they typed", async () => {
      const { email, v } = await person();
      const res = await postRegistration(v, form({ categoryId: category }), bomb, "fr");
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /Photo pour votre badge/);
      assert.match(html, /La photo compte trop de pixels/);
      assert.match(html, /Step-free access, please/, "a field after the photo kept");
      assert.match(html, /value="Amina Okello"/);
      assert.match(html, /Se déconnecter/, "still signed in");
      assert.equal(await registrationOf(email), undefined);
    });

    test("a photo over the body limit (30 MB) brings the form back (413) with every typed field, signed in", async () => {
      const { email, v } = await person();
      const huge = new Uint8Array(30 * 1024 * 1024);
      huge.set([0xff, 0xd8, 0xff]);
      const res = await postRegistration(v, form({ categoryId: category }), huge, "es");
      assert.equal(res.status, 413);
      const html = await res.text();
      assert.match(html, /La foto es demasiado grande\. Elija una de hasta 20 MB/);
      assert.match(html, /Step-free access, please/, "a field sent after the photo kept");
      assert.match(html, /value="Amina Okello"/, "a field sent before the photo kept");
      assert.match(html, /To present our national e-strategy\./);
      assert.match(html, /Cerrar sesión/, "still signed in");
      assert.equal(await registrationOf(email), undefined, "nothing registered without the photo");
    });

    test("any other form over the body limit: a 413 page in the reader's language, still signed in", async () => {
      const { v } = await person();
      v.cookies.set("lang", "fr");
      const res = await v.post("/account/profile", { displayName: "x".repeat(2 * 1024 * 1024) });
      assert.equal(res.status, 413);
      const html = await res.text();
      assert.match(html, /Les données envoyées sont trop volumineuses/);
      assert.match(html, /Se déconnecter/);
    });

    test("a badge whose stored photo is a bomb prints its empty frame; a stored PNG prints re-encoded", async () => {
      const staff = await signedUpWithRoles(t, `staff${++people}@example.org`, [{ role: "accreditation" }]);
      const print = async (bytes: Uint8Array, contentType: string) => {
        const { id: userId } = await db()
          .selectFrom("userAccount")
          .select("id")
          .where("email", "=", (await person()).email)
          .executeTakeFirstOrThrow();
        const reg = await insertRegistration(db(), { eventId, userId });
        await db()
          .insertInto("forumRegistrationPhoto")
          .values({ registrationId: reg.id, contentType, bytes, createdAt: new Date().toISOString() })
          .execute();
        const res = await staff.get(`/forum/registrations/${reg.id}/badge.pdf`);
        assert.equal(res.status, 200);
        return Buffer.from(await res.arrayBuffer()).toString("latin1");
      };
      const withBomb = await print(bomb, "image/png");
      assert.doesNotMatch(withBomb, /\/Subtype\s*\/Image/, "no image embedded");
      const png = await sharp({ create: { width: 1200, height: 1600, channels: 3, background: "#336699" } })
        .png()
        .toBuffer();
      const withPng = await print(new Uint8Array(png), "image/png");
      assert.match(withPng, /\/DCTDecode/, "embedded as the JPEG sharp made");
    });
  });
}
