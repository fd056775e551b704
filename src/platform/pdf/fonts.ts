import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fontkit from "@pdf-lib/fontkit";
import {
  type Color,
  PDFDocument,
  type PDFFont,
  PDFHexString,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
  rgb,
} from "pdf-lib";

// Text in any script on a PDF page. The standard PDF fonts only encode Latin-1, so every page embeds Noto fonts
// shipped by npm packages (OFL-1.1, read from node_modules: nothing is fetched at run time), subset to the glyphs
// used, so a letter stays a few kilobytes:
//   latin  Noto Sans        Latin, Greek, Cyrillic, Vietnamese
//   arabic Noto Sans Arabic Arabic script (fontkit shapes it: initial/medial/final forms, lam-alef ligatures)
//   han    Noto Sans SC     Chinese (simplified and traditional), Japanese kana
// A line is split into runs by direction and by the face that has the glyphs; right-to-left runs are placed
// right to left (a small bidi: strong letters decide, neutrals follow their neighbours, digits read left to
// right). Good enough for names, titles and short sentences; no mirroring of brackets.

export type Weight = "regular" | "bold";
type Face = "latin" | "arabic" | "han";

const require = createRequire(import.meta.url);
const FILES: Record<Face, Record<Weight, string>> = {
  latin: {
    regular: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
    bold: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
  },
  arabic: {
    regular: "@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf",
    bold: "@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf",
  },
  han: {
    regular: "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
    bold: "@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf",
  },
};
const FACES: Face[] = ["latin", "arabic", "han"];

const bytesCache = new Map<string, Uint8Array>();
function fontBytes(face: Face, weight: Weight): Uint8Array {
  const key = `${face}:${weight}`;
  let bytes = bytesCache.get(key);
  if (!bytes) {
    bytes = readFileSync(require.resolve(FILES[face][weight]));
    bytesCache.set(key, bytes);
  }
  return bytes;
}

// Coverage is the same for both weights: ask the regular face.
const coverage = new Map<Face, { hasGlyphForCodePoint(codePoint: number): boolean }>();
function covers(face: Face, codePoint: number): boolean {
  let font = coverage.get(face);
  if (!font) {
    font = fontkit.create(fontBytes(face, "regular") as Buffer);
    coverage.set(face, font);
  }
  return font.hasGlyphForCodePoint(codePoint);
}

let patched = false;
/**
 * fontkit's TrueType subsetter copies each glyph's bytes as they are and then writes a short `loca` table, whose
 * offsets are halved: a glyph of odd length (1,323 of Noto Sans' 4,504) shifts every glyph after it, and most
 * letters come out blank. Pad each copied glyph to an even length (a zero byte after a glyph is harmless).
 */
function patchSubsetter(): void {
  if (patched) return;
  patched = true;
  const probe = fontkit.create(fontBytes("latin", "regular") as Buffer).createSubset();
  type Growable = Uint8Array & { constructor: { alloc?: (size: number) => Uint8Array } };
  const proto = Object.getPrototypeOf(probe) as {
    _addGlyph: (this: { glyf: Growable[]; offset: number }, gid: number) => number;
  };
  const addGlyph = proto._addGlyph;
  proto._addGlyph = function (gid) {
    const index = addGlyph.call(this, gid);
    const data = this.glyf[index];
    if (data && data.length % 2 === 1) {
      // The same Buffer class fontkit's encoder expects (its bundled polyfill), one byte longer.
      const alloc = data.constructor.alloc;
      const padded = alloc ? alloc(data.length + 1) : new Uint8Array(data.length + 1);
      padded.set(data);
      this.glyf[index] = padded as Growable;
      this.offset += 1;
    }
    return index;
  };
}

/** A new PDF document that can embed the fonts below. */
export async function newPdfDocument(title?: string): Promise<PDFDocument> {
  patchSubsetter();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  if (title) doc.setTitle(title);
  doc.setProducer("WSIS Platform");
  doc.setCreator("WSIS Platform");
  return doc;
}

const ARABIC = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

type Direction = "ltr" | "rtl";
interface Run {
  text: string;
  font: PDFFont;
}

function strong(ch: string): Direction | null {
  if (ARABIC.test(ch)) return LETTER.test(ch) ? "rtl" : null;
  if (LETTER.test(ch) || DIGIT.test(ch)) return "ltr";
  return null;
}

/** The direction of a text: that of its first letter (left to right when it has none). */
export function textDirection(text: string): Direction {
  for (const ch of text) {
    const d = strong(ch);
    if (d) return d;
  }
  return "ltr";
}

function faceFor(ch: string, previous: Face | null): Face | null {
  const cp = ch.codePointAt(0) ?? 0;
  if (previous && !strong(ch) && covers(previous, cp)) return previous;
  if (ARABIC.test(ch)) return covers("arabic", cp) ? "arabic" : null;
  for (const face of FACES) if (covers(face, cp)) return face;
  return null;
}

/** Splits text into pieces of one direction, neutrals resolved by their neighbours or the base direction. */
function directionRuns(text: string, base: Direction): { dir: Direction; text: string }[] {
  const chars = [...text];
  const dirs: (Direction | null)[] = chars.map(strong);
  for (let i = 0; i < chars.length; i++) {
    if (dirs[i]) continue;
    let j = i;
    while (j < chars.length && !dirs[j]) j++;
    const before = i > 0 ? dirs[i - 1] : base;
    const after = j < chars.length ? dirs[j] : base;
    const resolved = before === after ? (before ?? base) : base;
    for (let k = i; k < j; k++) dirs[k] = resolved;
    i = j - 1;
  }
  const runs: { dir: Direction; text: string }[] = [];
  chars.forEach((ch, i) => {
    const dir = dirs[i] ?? base;
    const last = runs[runs.length - 1];
    if (last && last.dir === dir) last.text += ch;
    else runs.push({ dir, text: ch });
  });
  return runs;
}

export interface DrawOptions {
  x: number;
  y: number;
  size: number;
  weight?: Weight;
  color?: Color;
  /** Where x is: the start of the text (left), its centre or its end (right). Default left. */
  align?: "left" | "center" | "right";
  /** Base direction; by default that of the text's first letter. */
  direction?: Direction;
}

/**
 * The fonts of one document: each face and weight is embedded (subset) the first time a text needs it.
 * Use one per document: `const text = pdfText(doc); await text.draw(page, name, { x, y, size: 18 })`.
 */
export class PdfText {
  private readonly embedded = new Map<string, Promise<PDFFont>>();

  constructor(private readonly doc: PDFDocument) {}

  private font(face: Face, weight: Weight): Promise<PDFFont> {
    const key = `${face}:${weight}`;
    let font = this.embedded.get(key);
    if (!font) {
      font = this.doc.embedFont(fontBytes(face, weight), { subset: true });
      this.embedded.set(key, font);
    }
    return font;
  }

  /** The runs of one line in the order they are drawn, left to right. Characters no face has become "?". */
  async runs(text: string, weight: Weight = "regular", direction?: Direction): Promise<Run[]> {
    const base = direction ?? textDirection(text);
    const visual: Run[] = [];
    // Bidi controls (from i18n.ltr or Intl's date formats) have no glyph; the runs below do their work.
    const clean = text.replace(/[\r\n\t]+/g, " ").replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");
    const pieces = directionRuns(clean, base);
    for (const piece of base === "rtl" ? pieces.reverse() : pieces) {
      const byFace: { face: Face; text: string }[] = [];
      let previous: Face | null = null;
      for (const ch of piece.text) {
        const found: Face | null = faceFor(ch, previous);
        const face: Face = found ?? "latin";
        const shown = found ? ch : "?";
        const last = byFace[byFace.length - 1];
        if (last && last.face === face) last.text += shown;
        else byFace.push({ face, text: shown });
        previous = face;
      }
      // Within a right-to-left piece, fontkit reverses the glyphs of each run; the runs themselves go right to left.
      if (piece.dir === "rtl") byFace.reverse();
      for (const run of byFace) visual.push({ text: run.text, font: await this.font(run.face, weight) });
    }
    return visual;
  }

  async width(text: string, size: number, weight: Weight = "regular"): Promise<number> {
    const runs = await this.runs(text, weight);
    return runs.reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
  }

  /** Draws one line; returns its width. */
  async draw(page: PDFPage, text: string, options: DrawOptions): Promise<number> {
    const { size, weight = "regular", color = rgb(0, 0, 0), align = "left" } = options;
    const runs = await this.runs(text, weight, options.direction);
    const widths = runs.map((run) => run.font.widthOfTextAtSize(run.text, size));
    const total = widths.reduce((a, b) => a + b, 0);
    let x = align === "center" ? options.x - total / 2 : align === "right" ? options.x - total : options.x;
    // Shaped Arabic glyphs do not map back to letters one by one (Noto draws the dots as separate marks), so a
    // line with Arabic carries its text as /ActualText: copy, search and pdftotext then read the real letters.
    const actual = ARABIC.test(text);
    if (actual) {
      const props = page.doc.context.obj({ ActualText: PDFHexString.fromText(text.replace(/[\r\n\t]+/g, " ")) });
      // A dictionary operand is valid PDF (BDC's property list); pdf-lib's operand type just does not list it.
      const operands = [PDFName.of("Span"), props] as unknown as PDFName[];
      page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, operands));
    }
    runs.forEach((run, i) => {
      page.drawText(run.text, { x, y: options.y, size, font: run.font, color });
      x += widths[i] ?? 0;
    });
    if (actual) page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    return total;
  }

  /** The largest size ≤ `size` (and ≥ `min`) at which the line fits in `maxWidth`. */
  async fit(text: string, maxWidth: number, size: number, weight: Weight = "regular", min = 6): Promise<number> {
    const width = await this.width(text, size, weight);
    if (width <= maxWidth) return size;
    return Math.max(min, Math.floor(((size * maxWidth) / width) * 10) / 10);
  }

  /**
   * Breaks text into lines no wider than `maxWidth`: at spaces, and between any two characters of scripts
   * written without spaces (Chinese, Japanese).
   */
  async wrap(text: string, maxWidth: number, size: number, weight: Weight = "regular"): Promise<string[]> {
    const tokens =
      text.match(
        /[\u3000-\u30FF\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u3000-\u30FF\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|\s+/gu,
      ) ?? [];
    const lines: string[] = [];
    let line = "";
    for (const token of tokens) {
      const candidate = line + token;
      if (line.trim() && (await this.width(candidate.trimEnd(), size, weight)) > maxWidth) {
        lines.push(line.trimEnd());
        line = /^\s+$/.test(token) ? "" : token;
      } else {
        line = candidate;
      }
    }
    if (line.trim()) lines.push(line.trimEnd());
    return lines;
  }
}

export function pdfText(doc: PDFDocument): PdfText {
  return new PdfText(doc);
}
