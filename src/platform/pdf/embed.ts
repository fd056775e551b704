import { createHash } from "node:crypto";
import fontkit from "@pdf-lib/fontkit";
import { type PDFDocument, type PDFRef, PDFString } from "pdf-lib";
import { glyphAdvance, type LoadedFace } from "./faces.ts";

// A face embedded in one PDF as a Type 0 font (Identity-H, CIDFontType2) subset to the glyphs drawn, written by
// glyph id: HarfBuzz chooses the glyphs, this file only numbers them in the subset and writes the font objects when
// the document is saved. The subset keeps fontkit's TrueType subsetter, which pdf-lib uses too (patched below).

type FontkitFont = ReturnType<typeof fontkit.create>;
interface Subset {
  includeGlyph(gid: number): number;
  encodeStream(): {
    on(event: "data", listener: (bytes: Uint8Array) => void): unknown;
    on(event: "end", listener: () => void): unknown;
    on(event: "error", listener: (error: Error) => void): unknown;
  };
}

function encode(subset: Subset): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const parts: Uint8Array[] = [];
    const stream = subset.encodeStream();
    stream.on("data", (bytes) => parts.push(bytes));
    stream.on("end", () => resolve(Buffer.concat(parts)));
    stream.on("error", reject);
  });
}

const fontkitFonts = new Map<string, FontkitFont>();
function fontkitFont(face: LoadedFace): FontkitFont {
  const key = `${face.name}:${face.weight}`;
  let font = fontkitFonts.get(key);
  if (!font) {
    patchSubsetter(face);
    font = fontkit.create(face.bytes as Buffer);
    fontkitFonts.set(key, font);
  }
  return font;
}

let patched = false;
/**
 * fontkit's TrueType subsetter copies each glyph's bytes as they are and then writes a short `loca` table, whose
 * offsets are halved: a glyph of odd length (1,323 of Noto Sans' 4,504) shifts every glyph after it, and most
 * letters come out blank. Pad each copied glyph to an even length (a zero byte after a glyph is harmless).
 */
function patchSubsetter(face: LoadedFace): void {
  if (patched) return;
  patched = true;
  const probe = fontkit.create(face.bytes as Buffer).createSubset();
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

const hex4 = (n: number) => n.toString(16).padStart(4, "0");
function utf16Hex(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

/** A ToUnicode CMap: what a glyph reads as when copied, for the glyphs that stand for whole characters. */
function toUnicodeCmap(entries: [number, string][]): string {
  const lines = [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange",
    "<0000> <ffff>",
    "endcodespacerange",
  ];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    lines.push(`${chunk.length} beginbfchar`);
    for (const [cid, text] of chunk) lines.push(`<${hex4(cid)}> <${utf16Hex(text)}>`);
    lines.push("endbfchar");
  }
  lines.push("endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end");
  return lines.join("\n");
}

export class EmbeddedFace {
  readonly ref: PDFRef;
  private subset: Subset | null = null;
  /** Subset glyph id (the CID) by glyph id in the face. */
  private readonly cids = new Map<number, number>();
  private readonly widths: number[] = [];
  private readonly unicode = new Map<number, string>();

  constructor(
    private readonly doc: PDFDocument,
    readonly face: LoadedFace,
  ) {
    this.ref = doc.context.nextRef();
  }

  /** The CID that draws glyph `gid` of the face. */
  cid(gid: number): number {
    let cid = this.cids.get(gid);
    if (cid === undefined) {
      this.subset ??= fontkitFont(this.face).createSubset() as unknown as Subset;
      cid = this.subset.includeGlyph(gid);
      this.cids.set(gid, cid);
      this.widths[cid] = Math.round((glyphAdvance(this.face, gid) * 1000) / this.face.unitsPerEm);
    }
    return cid;
  }

  /**
   * Whether the CID reads as `text` through the ToUnicode map: the first text a glyph stands for alone is
   * recorded; a glyph that stands for another text elsewhere (a letter skeleton shared by several letters)
   * needs /ActualText there.
   */
  reads(cid: number, text: string): boolean {
    const known = this.unicode.get(cid);
    if (known === undefined) {
      this.unicode.set(cid, text);
      return true;
    }
    return known === text;
  }

  /** The width PDF readers give a CID, in thousandths of the font size. */
  width(cid: number): number {
    return this.widths[cid] ?? 0;
  }

  /** Writes the font's objects; once, when the document is saved. */
  async write(): Promise<void> {
    if (!this.subset) return;
    const { context } = this.doc;
    const bytes = await encode(this.subset);
    const font = fontkitFont(this.face);
    const scale = 1000 / this.face.unitsPerEm;
    const tag = createHash("sha256")
      .update(`${this.face.postScriptName}:${[...this.cids.keys()].join(",")}`)
      .digest()
      .subarray(0, 6)
      .reduce((s, b) => s + String.fromCharCode(65 + (b % 26)), "");
    const baseFont = `${tag}+${this.face.postScriptName}`;
    const fontFile = context.flateStream(bytes, { Length1: bytes.length });
    const bbox = font.bbox;
    const descriptor = context.obj({
      Type: "FontDescriptor",
      FontName: baseFont,
      Flags: 4,
      FontBBox: [bbox.minX * scale, bbox.minY * scale, bbox.maxX * scale, bbox.maxY * scale].map(Math.round),
      ItalicAngle: font.italicAngle,
      Ascent: Math.round(font.ascent * scale),
      Descent: Math.round(font.descent * scale),
      CapHeight: Math.round((font.capHeight || font.ascent) * scale),
      XHeight: Math.round((font.xHeight || 0) * scale),
      StemV: this.face.weight === "bold" ? 140 : 80,
      FontFile2: context.register(fontFile),
    });
    const widths = Array.from({ length: this.widths.length }, (_, i) => this.widths[i] ?? 0);
    const cidFont = context.obj({
      Type: "Font",
      Subtype: "CIDFontType2",
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: PDFString.of("Adobe"), Ordering: PDFString.of("Identity"), Supplement: 0 },
      FontDescriptor: context.register(descriptor),
      W: [0, widths],
      CIDToGIDMap: "Identity",
    });
    const entries = [...this.unicode.entries()].sort((a, b) => a[0] - b[0]);
    const cmap = context.flateStream(toUnicodeCmap(entries));
    context.assign(
      this.ref,
      context.obj({
        Type: "Font",
        Subtype: "Type0",
        BaseFont: baseFont,
        Encoding: "Identity-H",
        DescendantFonts: [context.register(cidFont)],
        ToUnicode: context.register(cmap),
      }),
    );
  }
}
