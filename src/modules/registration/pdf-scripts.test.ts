import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { insertPerson, signedUpWithRoles } from "../../../test/support/accounts.ts";
import { buildTestApp, type TestApp } from "../../../test/support/app.ts";
import type { Visitor } from "../../../test/support/browser-like.ts";
import { testDialects } from "../../../test/support/databases.ts";
import { dstEdition } from "../forum/forum.fixtures.ts";
import { loadEdition } from "../forum/forum.seed.ts";
import { renderBadges } from "./badge/badge.pdf.ts";
import { insertRegistration } from "./registration.fixtures.ts";
import type { ForumRegistrationTable } from "./registration.table.ts";

// Letters and badges for names in any script, read back by poppler (pdftotext, pdftoppm): independent readers.

/** Names in the scripts the shipped fonts cover: each must come back from pdftotext exactly as typed. */
const DRAWN: [script: string, name: string][] = [
  ["Latin with diacritics", "José María García López"],
  ["Latin (Polish)", "Łukasz Żółć"],
  ["Latin (Vietnamese)", "Nguyễn Thị Minh Khai"],
  ["Greek", "Αλέξανδρος Παπαδόπουλος"],
  ["Cyrillic", "Анастасия Кузнецова"],
  ["Cyrillic (Kazakh)", "Әлия Нұрланқызы"],
  ["Arabic", "عائشة المنصوري"],
  ["Arabic (lam-alef, Allah)", "محمد عبد الله"],
  ["Persian", "فاطمه رضایی"],
  ["Urdu", "نگہت چودھری"],
  ["Hebrew", "יעל כהן"],
  ["Devanagari", "हिन्दी नाम"],
  ["Devanagari (conjuncts)", "प्रिया शर्मा"],
  ["Bengali", "রবীন্দ্রনাথ ঠাকুর"],
  ["Tamil", "சுப்பிரமணியன்"],
  ["Thai", "สมชาย ใจดี"],
  ["Ethiopic", "አበበ ቢቂላ"],
  ["Georgian", "ნინო ბერიძე"],
  ["Armenian", "Արամ Խաչատրյան"],
  ["Han (simplified)", "王小明"],
  ["Han (traditional)", "陳國華"],
  ["Hangul", "김민준"],
  ["Hiragana", "さくら"],
  ["Katakana", "カタカナ タロウ"],
  ["Japanese (kanji and kana)", "山田 さくら"],
];
/** Names in scripts no shipped font has: the badge prints the Latin passport name instead, and it is logged. */
const NOT_DRAWN: [script: string, name: string][] = [
  ["Gurmukhi", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"],
  ["Telugu", "సాయి కుమార్"],
  ["Khmer", "សុខា ចាន់"],
  ["Sinhala", "නිමල් පෙරේරා"],
  ["Myanmar", "အောင် ဆန်း"],
  ["Lao", "ສົມພອນ"],
];

/** The text poppler reads, without the bidi embedding marks it adds around right-to-left words. */
function pdfToText(bytes: Uint8Array, ...args: string[]): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", ...args, "-", "-"], { input: bytes })
    .toString("utf8")
    .replace(/[\u200e\u200f\u202a-\u202e]/g, "");
}

/**
 * The name row of an Arabic letter on page 1, in points from the top left, found from the English label under the
 * Arabic one ("Name (as in passport)", right-aligned at the margin): the Arabic label above it, the name beside.
 */
function nameRow(bytes: Uint8Array): { label: Box; name: Box } {
  const html = execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", "-", "-"], { input: bytes }).toString("utf8");
  for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">Name\b/g)) {
    const [x, y] = [Number(m[1]), Number(m[2])];
    if (x < 300) continue;
    return { label: { x: 380, y: y - 14, w: 162, h: 15 }, name: { x: 150, y: y - 18, w: 221, h: 23 } };
  }
  throw new Error("no name row on the page");
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Ink {
  width: number;
  height: number;
  dark: (x: number, y: number) => boolean;
}

/** Page 1 rendered by pdftoppm (300 dpi, grey), cropped to a box in points. */
function render(bytes: Uint8Array, box: Box): Ink {
  const k = 300 / 72;
  const crop = [box.x, box.y, box.w, box.h].map((v) => String(Math.round(v * k)));
  const pgm = execFileSync(
    "pdftoppm",
    [
      "-r",
      "300",
      "-gray",
      "-f",
      "1",
      "-l",
      "1",
      "-x",
      crop[0] ?? "0",
      "-y",
      crop[1] ?? "0",
      "-W",
      crop[2] ?? "0",
      "-H",
      crop[3] ?? "0",
      "-",
    ],
    { input: bytes },
  );
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString("latin1"));
  assert.ok(header, "a PGM image");
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = header[0].length;
  return { width, height, dark: (x, y) => (pgm[offset + y * width + x] ?? 255) < 128 };
}

/** The connected shapes of ink (8-neighbours), specks of a few pixels left out. */
function shapes(ink: Ink): { xs: number[]; ys: number[] }[] {
  const seen = new Uint8Array(ink.width * ink.height);
  const out: { xs: number[]; ys: number[] }[] = [];
  for (let y = 0; y < ink.height; y++) {
    for (let x = 0; x < ink.width; x++) {
      if (seen[y * ink.width + x] || !ink.dark(x, y)) continue;
      const xs: number[] = [];
      const ys: number[] = [];
      const stack = [[x, y]];
      seen[y * ink.width + x] = 1;
      while (stack.length > 0) {
        const [px = 0, py = 0] = stack.pop() ?? [];
        xs.push(px);
        ys.push(py);
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const nx = px + dx;
            const ny = py + dy;
            if (nx < 0 || ny < 0 || nx >= ink.width || ny >= ink.height) continue;
            if (seen[ny * ink.width + nx] || !ink.dark(nx, ny)) continue;
            seen[ny * ink.width + nx] = 1;
            stack.push([nx, ny]);
          }
        }
      }
      if (xs.length > 6) out.push({ xs, ys });
    }
  }
  return out;
}

/** How far a shape's middle rows lie right of its top and bottom rows, in pixels (a bracket's curve). */
function bulge(shape: { xs: number[]; ys: number[] }): number {
  const top = Math.min(...shape.ys);
  const bottom = Math.max(...shape.ys);
  const band = (from: number, to: number) => {
    const xs = shape.xs.filter((_, i) => (shape.ys[i] ?? 0) >= from && (shape.ys[i] ?? 0) <= to);
    return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  };
  const h = bottom - top;
  return band(top + h * 0.4, top + h * 0.6) - (band(top, top + h * 0.15) + band(bottom - h * 0.15, bottom)) / 2;
}

for (const dialect of await testDialects()) {
  describe(`Letters and badges for a name in any script [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    let staff: Visitor;
    let eventId: string;
    const registered = async (fields: Partial<ForumRegistrationTable>) =>
      insertRegistration(t.handle.db, {
        eventId,
        userId: await insertPerson(t.handle.db, fields.preferredName ?? "Someone"),
        ...fields,
      });
    const pdf = async (res: Response) => {
      assert.equal(res.status, 200, res.status === 200 ? "" : (await res.clone().text()).slice(0, 300));
      assert.equal(res.headers.get("content-type"), "application/pdf");
      return new Uint8Array(await res.arrayBuffer());
    };
    const letter = async (reg: ForumRegistrationTable, lang: string) =>
      pdf(await staff.get(`/forum/registrations/${reg.id}/letter.pdf?lang=${lang}`));

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
      staff = await signedUpWithRoles(t, "accreditation@example.org", [{ role: "accreditation" }]);
    });
    after(() => t?.close());

    test("letters: a name in each of 25 writings reads back exactly as typed, in an English and an Arabic letter", async () => {
      for (const [i, [script, name]] of DRAWN.entries()) {
        const reg = await registered({ passportName: name, preferredName: name });
        // Every name in an English letter; the right-to-left ones, and a few others, in an Arabic letter too.
        const langs = /Arabic|Persian|Urdu|Hebrew/.test(script) || i % 6 === 0 ? ["en", "ar"] : ["en"];
        for (const lang of langs) {
          const lines = pdfToText(await letter(reg, lang)).split("\n");
          assert.ok(lines.includes(name), `${script} in a letter (${lang}): ${name}`);
        }
      }
    });

    test("badges: the whole corpus in one batch; names no font has print the passport name, logged", async () => {
      const drawn = [];
      for (const [, name] of DRAWN) drawn.push(await registered({ preferredName: name, passportName: "LATIN NAME" }));
      const fallback: ForumRegistrationTable[] = [];
      for (const [i, [, name]] of NOT_DRAWN.entries()) {
        fallback.push(await registered({ preferredName: name, passportName: `PASSPORT NAME ${i}` }));
      }
      // Every badge of the edition in one batch, as the desk prints them.
      const res = await staff.post("/forum/dst-test-2025/badges", { category: "", q: "", print: "all" });
      assert.equal(res.headers.get("x-badges-not-printed"), null, "every card printed");
      const text = pdfToText(await pdf(res)).replace(/\s+/g, " ");
      for (const [script, name] of DRAWN) assert.ok(text.includes(name), `${script} on a badge: ${name}`);
      for (const [i, [script, name]] of NOT_DRAWN.entries()) {
        assert.ok(text.includes(`PASSPORT NAME ${i}`), `${script}: the passport name instead`);
        assert.ok(!text.includes(name), `${script}: not drawn as boxes or question marks`);
        const logged = t.logs.find((l) => l.registrationId === fallback[i]?.id);
        assert.equal(logged?.msg, "badge name not drawable, passport name printed", script);
      }
      // One person's badge, alone: the Devanagari name that used to answer 500.
      const hindi = drawn[DRAWN.findIndex(([, n]) => n === "हिन्दी नाम")];
      const one = await pdf(await staff.get(`/forum/registrations/${hindi?.id}/badge.pdf`));
      assert.ok(pdfToText(one).includes("हिन्दी नाम"));
      // A letter whose passport name has characters no font has still comes, and the gap is logged.
      const khmer = await registered({ passportName: "សុខា ចាន់", preferredName: "Sokha" });
      await letter(khmer, "en");
      assert.ok(t.logs.some((l) => l.registrationId === khmer.id && l.msg === "letter name not fully drawable"));
    });

    test("Arabic letter, as printed: brackets face the words they enclose, a final yeh keeps its two dots", async () => {
      const yeh = await letter(await registered({ passportName: "المنصوري" }), "ar");
      const maksura = await letter(await registered({ passportName: "المنصورى" }), "ar");
      // "الاسم (كما في جواز السفر)": written right to left, the opening bracket is the rightmost shape and
      // curves like ")" (its hollow towards the words), the closing one leftmost, like "(".
      const ink = render(yeh, nameRow(yeh).label);
      const height = (s: { ys: number[] }) => Math.max(...s.ys) - Math.min(...s.ys);
      const width = (s: { xs: number[] }) => Math.max(...s.xs) - Math.min(...s.xs);
      // Brackets: tall, narrow and curved (alef and lam are tall and narrow, but straight).
      const brackets = shapes(ink).filter(
        (s) => height(s) > 25 && width(s) * 2.5 < height(s) && Math.abs(bulge(s)) >= 2,
      );
      assert.ok(brackets.length >= 1, "a bracket is found");
      for (const b of brackets) {
        const side = (Math.min(...b.xs) + Math.max(...b.xs)) / 2 > ink.width / 2 ? "right" : "left";
        assert.equal(bulge(b) > 0 ? "right" : "left", side, `the bracket on the ${side} curves away from the words`);
      }
      // المنصوري and المنصورى differ only by the two dots under the final letter: two more shapes of ink.
      const count = (bytes: Uint8Array) => shapes(render(bytes, nameRow(bytes).name)).length;
      assert.equal(count(yeh), count(maksura) + 2);
    });

    test("a Chinese letter names the city in Chinese", async () => {
      const text = pdfToText(await letter(await registered({ passportName: "王小明" }), "zh"));
      assert.match(text, /在日内瓦举行/);
      const chinese = text.split("\n").filter((l) => /[\u4e00-\u9fff]/.test(l));
      assert.ok(!chinese.some((l) => l.includes("Geneva")), chinese.join("\n"));
      assert.match(text, /held in Geneva/, "the English beside it keeps the English name");
    });
  });
}

test("a batch in which one card cannot be drawn prints the others and names the one left out", async () => {
  const card = (id: string, code: string) => ({
    registrationId: id,
    reference: `REF-${id}`,
    name: `Person ${id}`,
    passportName: `PERSON ${id}`,
    organization: "Org",
    category: null,
    photo: null,
    code,
  });
  // An empty code cannot be made into a QR code: that card fails to draw.
  const { bytes, notes } = await renderBadges([card("a", "CODE-A"), card("b", ""), card("c", "CODE-C")], "Event");
  assert.ok(bytes);
  const text = pdfToText(bytes);
  assert.match(text, /Person a/);
  assert.match(text, /Person c/);
  assert.doesNotMatch(text, /Person b/);
  assert.deepEqual(
    notes.map((n) => [n.registrationId, n.outcome]),
    [["b", "notPrinted"]],
  );
  // Whoever prints sees what is missing: a last page names the card left out (by its passport name).
  const listed = await renderBadges(
    [card("a", "CODE-A"), card("b", ""), card("c", "CODE-C")],
    "Event",
    "a4",
    (count) => `Not printed: ${count}`,
  );
  assert.ok(listed.bytes);
  const listedText = pdfToText(listed.bytes);
  assert.match(listedText, /Not printed: 1/);
  assert.match(listedText, /PERSON b — Org/);
  assert.doesNotMatch(listedText, /PERSON a/);
});
