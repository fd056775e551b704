import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { deflateSync } from "node:zlib";
import sharp from "sharp";

// Badge photos from upload to badge (issue 16 §3): the 16,000 × 16,000 1-bit PNG and a 12 MB phone photo
// (4000 × 3000 noise with EXIF and a GPS position), each in a process of its own so its peak RSS is its own.
// Each case registers on site through the form (multipart POST), then prints the badge as accreditation staff
// while /healthz is asked every 50 ms in the same process; the slowest /healthz answer is how long the event loop
// was held. A photo the form refuses is written straight into forum_registration_photo, as one stored earlier.
//
//   node --import tsx bench/photo.bench.ts [root …]
//
// Each root is a checkout of the platform (default: this one); give an older one to compare, e.g. from
// `git archive <commit> | tar -x -C /tmp/before` with node_modules linked in. Results: bench/results/photo.json.

const HERE = path.resolve(import.meta.dirname, "..");

function crc32(bytes: Buffer) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

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
  ihdr.set([1, 0, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + Math.ceil(side / 8), 0xff);
  row[0] = 0;
  const raw = Buffer.alloc(row.length * side);
  for (let y = 0; y < side; y++) row.copy(raw, y * row.length);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const phonePhoto = () =>
  sharp(randomBytes(4000 * 3000 * 3), { raw: { width: 4000, height: 3000, channels: 3 } })
    .jpeg({ quality: 95 })
    .withExif({
      IFD0: { Make: "PhoneMaker", Model: "Phone 1" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "46/1 13/1 12/1", GPSLongitudeRef: "E", GPSLongitude: "6/1 8/1 3/1" },
    })
    .toBuffer();

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100;
/** Peak resident memory of this process so far (ru_maxrss is in KiB on Linux). */
const peakRss = () => mib(process.resourceUsage().maxRSS * 1024);

interface CaseResult {
  upload: { status: number; ms: number; stored: string };
  /** warmUpMs: a badge without a photo, drawn first (fonts and PDF libraries loaded). */
  badge: { warmUpMs: number; status: number; ms: number; bytes: number; images: number; slowestHealthzMs: number };
  rssMiB: { start: number; peakAfterUpload: number; peakAfterBadge: number };
}

async function child(root: string, file: string): Promise<CaseResult> {
  const load = <T>(p: string): Promise<T> => import(path.join(root, p));
  const { buildTestApp } = await load<typeof import("../test/support/app.ts")>("test/support/app.ts");
  const { testDialects } = await load<typeof import("../test/support/databases.ts")>("test/support/databases.ts");
  const accounts = await load<typeof import("../test/support/accounts.ts")>("test/support/accounts.ts");
  const { dstEdition } = await load<typeof import("../src/modules/forum/forum.fixtures.ts")>(
    "src/modules/forum/forum.fixtures.ts",
  );
  const { loadEdition } = await load<typeof import("../src/modules/forum/forum.seed.ts")>(
    "src/modules/forum/forum.seed.ts",
  );
  const fixtures = await load<typeof import("../src/modules/registration/registration.fixtures.ts")>(
    "src/modules/registration/registration.fixtures.ts",
  );
  const { newNonce } = await load<typeof import("../src/modules/registration/codes.ts")>(
    "src/modules/registration/codes.ts",
  );
  const photo = new Uint8Array(readFileSync(file));
  const [sqlite] = await testDialects();
  if (!sqlite) throw new Error("no SQLite dialect");
  const t = await buildTestApp(sqlite);
  const db = t.handle.db;
  const slug = "photo-bench-2099";
  await loadEdition(db, {
    ...dstEdition(),
    slug,
    title: { en: "Photo Bench 2099" },
    startsOn: "2099-10-24",
    endsOn: "2099-10-27",
    sessions: [],
  });
  const event = await db.selectFrom("forumEvent").select("id").where("slug", "=", slug).executeTakeFirstOrThrow();
  const category = await fixtures.insertCategory(db, event.id, { code: "participant", position: 1 });
  const person = await accounts.signedUp(t, "photo@example.org", "Photo Person");
  const staff = await accounts.signedUpWithRoles(t, "staff@example.org", [{ role: "accreditation" }]);
  const staffId = (
    await db.selectFrom("userAccount").select("id").where("email", "=", "staff@example.org").executeTakeFirstOrThrow()
  ).id;
  const start = mib(process.memoryUsage().rss);

  const body = new FormData();
  const fields: Record<string, string> = {
    attendance: "onsite",
    passportName: "AMINA WANJIRU OKELLO",
    preferredName: "Amina Okello",
    organizationName: "Kenya ICT Authority",
    stakeholderTypeCode: "government",
    countryCode: "KE",
    nationalityCode: "KE",
    categoryId: category.id,
    consent: "yes",
  };
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  body.append("photo", new File([photo as Uint8Array<ArrayBuffer>], "IMG_0001", { type: "image/jpeg" }));
  let at = performance.now();
  const res = await t.request(`/forum/${slug}/register`, {
    method: "POST",
    body,
    headers: {
      ...person.headers,
      origin: "http://localhost:3000",
      cookie: [...person.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
    },
  });
  await res.arrayBuffer();
  const uploadMs = performance.now() - at;
  const user = await db
    .selectFrom("userAccount")
    .select("id")
    .where("email", "=", "photo@example.org")
    .executeTakeFirstOrThrow();
  let reg = await db.selectFrom("forumRegistration").select("id").where("userId", "=", user.id).executeTakeFirst();
  let stored = "by the form";
  if (!reg) {
    reg = { id: (await fixtures.insertRegistration(db, { eventId: event.id, userId: user.id })).id };
    await db
      .insertInto("forumRegistrationPhoto")
      .values({
        registrationId: reg.id,
        contentType: photo[0] === 0xff ? "image/jpeg" : "image/png",
        bytes: photo,
        createdAt: new Date().toISOString(),
      })
      .execute();
    stored = "refused by the form; written straight into the table";
  }
  const kept = await db
    .selectFrom("forumRegistrationPhoto")
    .select("bytes")
    .where("registrationId", "=", reg.id)
    .executeTakeFirstOrThrow();
  stored += ` (${kept.bytes.length} bytes kept)`;
  await db
    .updateTable("forumRegistration")
    .set({ state: "approved", badgeNonce: newNonce(), letterNonce: newNonce() })
    .where("id", "=", reg.id)
    .execute();
  const peakAfterUpload = peakRss();
  // A badge without a photo first, so the fonts and PDF libraries are loaded before the one measured.
  const other = await fixtures.insertRegistration(db, { eventId: event.id, userId: staffId });
  at = performance.now();
  await (await staff.get(`/forum/registrations/${other.id}/badge.pdf`)).arrayBuffer();
  const warmUpMs = Math.round(performance.now() - at);

  // /healthz every 50 ms while the badge is drawn: how long the slowest one waited.
  let slowest = 0;
  let drawing = true;
  const probe = (async () => {
    // From when each was due, so time the event loop was held before it could even be sent counts.
    while (drawing) {
      const due = performance.now() + 50;
      await new Promise((r) => setTimeout(r, 50));
      await (await t.request("/healthz")).arrayBuffer();
      slowest = Math.max(slowest, performance.now() - due);
    }
  })();
  at = performance.now();
  const badge = await staff.get(`/forum/registrations/${reg.id}/badge.pdf`);
  const pdf = Buffer.from(await badge.arrayBuffer());
  const badgeMs = performance.now() - at;
  drawing = false;
  await probe;
  const result: CaseResult = {
    upload: { status: res.status, ms: Math.round(uploadMs), stored },
    badge: {
      warmUpMs,
      status: badge.status,
      ms: Math.round(badgeMs),
      bytes: pdf.length,
      images: (pdf.toString("latin1").match(/\/Subtype\s*\/Image/g) ?? []).length,
      slowestHealthzMs: Math.round(slowest),
    },
    rssMiB: { start, peakAfterUpload, peakAfterBadge: peakRss() },
  };
  await t.close();
  return result;
}

if (process.argv[2] === "--child") {
  const [, , , root = HERE, file = ""] = process.argv;
  const result = await child(root, file);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
} else {
  const roots = process.argv.slice(2).length ? process.argv.slice(2) : [HERE];
  const dir = mkdtempSync(path.join(os.tmpdir(), "wsis-photo-bench-"));
  const files = {
    "16000x16000 1-bit PNG": path.join(dir, "bomb.png"),
    "12 MB phone JPEG": path.join(dir, "phone.jpg"),
  };
  writeFileSync(files["16000x16000 1-bit PNG"], pngBomb());
  writeFileSync(files["12 MB phone JPEG"], await phonePhoto());
  const results: Record<string, Record<string, CaseResult & { fileBytes: number }>> = {};
  for (const root of roots) {
    results[root] = {};
    for (const [name, file] of Object.entries(files)) {
      const out = execFileSync(process.execPath, ["--import", "tsx", import.meta.filename, "--child", root, file], {
        cwd: root,
        env: { ...process.env, NODE_ENV: "test" },
        maxBuffer: 16 * 1024 * 1024,
        stdio: ["ignore", "pipe", "ignore"],
      }).toString();
      const line = out.trim().split("\n").at(-1) ?? "{}";
      results[root][name] = { fileBytes: readFileSync(file).length, ...(JSON.parse(line) as CaseResult) };
      console.log(root, name, JSON.stringify(results[root][name]));
    }
  }
  writeFileSync(
    path.join(HERE, "bench/results/photo.json"),
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
  );
}
