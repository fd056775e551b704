import {
  beginText,
  type Color,
  endText,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
  rgb,
  setFillingColor,
  setFontAndSize,
  setTextMatrix,
  setTextRise,
} from "pdf-lib";
import type { Direction } from "./bidi.ts";
import { EmbeddedFace } from "./embed.ts";
import type { Weight } from "./faces.ts";
import { layoutLine, type ShapedLine, type ShapedRun } from "./layout.ts";

// Text in any script on a PDF page. The standard PDF fonts only encode Latin-1, so every page embeds Noto Sans
// faces (faces.ts: Latin/Greek/Cyrillic, Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai, Ethiopic, Georgian,
// Armenian, Han, kana, hangul), subset to the glyphs used. A line is split by bidi level and script (layout.ts),
// each piece is shaped by HarfBuzz and drawn by glyph id (embed.ts). Every line carries what it says as
// /ActualText, so copying, searching and pdftotext read the characters as typed, whatever the glyphs.
// A character no face has is drawn as "?"; `missing` tells a caller (a name on a letter or badge) before drawing.

export { type Direction, textDirection } from "./bidi.ts";
export type { Weight } from "./faces.ts";

/** A marked-content span whose text is `text`, whatever its glyphs are. */
function actualText(doc: PDFDocument, text: string): PDFOperator {
  const props = doc.context.obj({ ActualText: PDFHexString.fromText(text) });
  // A dictionary operand is valid PDF (BDC's property list); pdf-lib's operand type just does not list it.
  return PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
    PDFName.of("Span"),
    props,
  ] as unknown as PDFName[]);
}

/**
 * The glyphs of a run in the order they are written: the leftmost glyph first and the one reaching furthest
 * right last, the others as shown. Text extractors (poppler) take a span's extent from its first and last glyphs,
 * and a mark drawn before its letter (right-to-left runs) would otherwise shorten it and split the word.
 */
function writingOrder(run: ShapedRun, widthOf: (gid: number) => number): number[] {
  let pen = 0;
  const left: number[] = [];
  const right: number[] = [];
  for (const g of run.glyphs) {
    left.push(pen + g.xOffset);
    right.push(pen + g.xOffset + widthOf(g.gid));
    pen += g.xAdvance;
  }
  const order = run.glyphs.map((_, i) => i);
  const first = left.indexOf(Math.min(...left));
  const last = right.lastIndexOf(Math.max(...right));
  return [first, ...order.filter((i) => i !== first && i !== last), ...(last !== first ? [last] : [])];
}

const texts = new WeakMap<PDFDocument, PdfText>();

/**
 * A new PDF document that can draw text in any script. Its fonts are written when it is saved: `doc.save()` is
 * wrapped here, so a document cannot be saved with its fonts missing.
 */
export async function newPdfDocument(title?: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  if (title) doc.setTitle(title);
  doc.setProducer("WSIS Platform");
  doc.setCreator("WSIS Platform");
  const save = doc.save.bind(doc);
  doc.save = async (options) => {
    await texts.get(doc)?.writeFonts();
    return save(options);
  };
  return doc;
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

// Scripts written without spaces between words (Chinese, Japanese): a line may break between any two characters.
const CJK = "\\u3000-\\u30FF\\u3400-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF";
const TOKENS = new RegExp(`[${CJK}]|[^\\s${CJK}]+|\\s+`, "gu");

/**
 * The fonts of one document: each face and weight is embedded (subset) the first time a text needs it.
 * Use one per document: `const text = pdfText(doc); await text.draw(page, name, { x, y, size: 18 })`.
 */
export class PdfText {
  private readonly embedded = new Map<string, EmbeddedFace>();
  private readonly pageFonts = new WeakMap<PDFPage, Map<EmbeddedFace, PDFName>>();
  private readonly lines = new Map<string, ShapedLine>();

  constructor(private readonly doc: PDFDocument) {}

  /** The shaped line, kept for the document: wrapping and fitting measure the same text several times. */
  layout(text: string, weight: Weight = "regular", direction?: Direction): ShapedLine {
    const key = `${weight}|${direction ?? ""}|${text}`;
    let line = this.lines.get(key);
    if (!line) {
      line = layoutLine(text, weight, direction);
      if (this.lines.size > 5000) this.lines.clear();
      this.lines.set(key, line);
    }
    return line;
  }

  /** The characters of `text` that no shipped font can draw (empty when all can be). */
  missing(text: string): string[] {
    return this.layout(text).missing;
  }

  async width(text: string, size: number, weight: Weight = "regular"): Promise<number> {
    return (this.layout(text, weight).width * size) / 1000;
  }

  private face(line: ShapedLine["runs"][number]): EmbeddedFace {
    const key = `${line.face.name}:${line.face.weight}`;
    let face = this.embedded.get(key);
    if (!face) {
      face = new EmbeddedFace(this.doc, line.face);
      this.embedded.set(key, face);
    }
    return face;
  }

  private resource(page: PDFPage, face: EmbeddedFace): PDFName {
    let names = this.pageFonts.get(page);
    if (!names) {
      names = new Map();
      this.pageFonts.set(page, names);
    }
    let name = names.get(face);
    if (!name) {
      name = page.node.newFontDictionary(`${face.face.name}-${face.face.weight}`, face.ref);
      names.set(face, name);
    }
    return name;
  }

  /** Draws one line; returns its width. */
  async draw(page: PDFPage, text: string, options: DrawOptions): Promise<number> {
    const { size, weight = "regular", color = rgb(0, 0, 0), align = "left" } = options;
    const line = this.layout(text, weight, options.direction);
    texts.set(this.doc, this);
    const total = (line.width * size) / 1000;
    let x = align === "center" ? options.x - total / 2 : align === "right" ? options.x - total : options.x;
    const ops: PDFOperator[] = [];
    ops.push(beginText(), setFillingColor(color));
    for (const run of line.runs) {
      const face = this.face(run);
      const scale = 1000 / run.face.unitsPerEm;
      ops.push(setFontAndSize(this.resource(page, face), size), setTextMatrix(1, 0, 0, 1, x, options.y));
      // Glyphs by CID in TJ arrays; a number in the array moves the pen back by thousandths of the size, which
      // places each glyph where HarfBuzz put it. A vertical offset (a mark above or below) takes its own text rise.
      let pos = 0;
      let rise = 0;
      let items: (PDFHexString | PDFNumber)[] = [];
      const flush = () => {
        if (items.length > 0)
          ops.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [this.doc.context.obj(items)]));
        items = [];
      };
      // Each run carries its characters as /ActualText. Extractors spread a span's characters left to right over
      // its glyphs and then read right-to-left text from right to left (as for PDFs whose glyphs are written in
      // visual order): a right-to-left run is therefore given in the order it is seen, which they turn back into
      // the order it was typed. pdftotext gives back each name exactly as typed (pdf-scripts.test.ts).
      const spoken = run.direction === "rtl" ? [...run.text].reverse().join("") : run.text;
      ops.push(actualText(this.doc, spoken));
      // Glyphs that stand for one character alone also read through the font's ToUnicode map.
      const single = new Map<number, string>();
      const counts = new Map<number, number>();
      for (const g of run.glyphs) counts.set(g.cluster, (counts.get(g.cluster) ?? 0) + 1);
      const starts = [...counts.keys()].sort((p, q) => p - q);
      starts.forEach((start, i) => {
        const text = run.text.slice(start, starts[i + 1] ?? run.text.length);
        if (counts.get(start) === 1 && [...text].length === 1) single.set(start, text);
      });
      const advance = (gid: number) => (face.width(face.cid(gid)) * run.face.unitsPerEm) / 1000;
      let pens = 0;
      const penAt = run.glyphs.map((g) => {
        const at = pens;
        pens += g.xAdvance * scale;
        return at;
      });
      for (const i of writingOrder(run, advance)) {
        const g = run.glyphs[i];
        if (!g) continue;
        const y = (g.yOffset * scale * size) / 1000;
        if (Math.abs(y - rise) > 0.001) {
          flush();
          ops.push(setTextRise(y));
          rise = y;
        }
        const cid = face.cid(g.gid);
        const alone = single.get(g.cluster);
        if (alone) face.reads(cid, alone);
        const target = (penAt[i] ?? 0) + g.xOffset * scale;
        if (Math.abs(target - pos) > 0.01) items.push(PDFNumber.of(Math.round((pos - target) * 100) / 100));
        items.push(PDFHexString.of(cid.toString(16).padStart(4, "0")));
        pos = target + face.width(cid);
      }
      flush();
      ops.push(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
      if (rise !== 0) ops.push(setTextRise(0));
      x += (run.width * size) / 1000;
    }
    ops.push(endText());
    page.pushOperators(...ops);
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
   * written without spaces (Chinese, Japanese). Words are measured one by one (no script joins across a space).
   */
  async wrap(text: string, maxWidth: number, size: number, weight: Weight = "regular"): Promise<string[]> {
    const tokens = text.match(TOKENS) ?? [];
    const lines: string[] = [];
    let line = "";
    let width = 0;
    for (const token of tokens) {
      const w = (this.layout(token, weight).width * size) / 1000;
      const blank = /^\s+$/.test(token);
      if (line.trim() && !blank && width + w > maxWidth) {
        lines.push(line.trimEnd());
        line = token;
        width = w;
      } else if (!(blank && !line)) {
        line += token;
        width += w;
      }
    }
    if (line.trim()) lines.push(line.trimEnd());
    return lines;
  }

  /** Writes the embedded fonts into the document (done by its save()). */
  async writeFonts(): Promise<void> {
    for (const face of this.embedded.values()) await face.write();
  }
}

export function pdfText(doc: PDFDocument): PdfText {
  return new PdfText(doc);
}
