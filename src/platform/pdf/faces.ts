import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as hb from "harfbuzzjs";

// The fonts a PDF page can draw with: Noto Sans faces shipped by npm packages (OFL-1.1, read from node_modules:
// nothing is fetched at run time). Each file is read, and handed to HarfBuzz, once per process and only when a
// text first needs it (the CJK faces are 5–11 MB each). HarfBuzz's WASM is instantiated once, when this module
// is first imported.

export type Weight = "regular" | "bold";

/** One face per script it is drawn for; "latin" also carries Greek, Cyrillic, digits and punctuation. */
export type FaceName =
  | "latin"
  | "arabic"
  | "hebrew"
  | "devanagari"
  | "bengali"
  | "tamil"
  | "thai"
  | "ethiopic"
  | "georgian"
  | "armenian"
  | "sc"
  | "jp"
  | "kr";

const PACKAGES: Record<FaceName, string> = {
  latin: "NotoSans",
  arabic: "NotoSansArabic",
  hebrew: "NotoSansHebrew",
  devanagari: "NotoSansDevanagari",
  bengali: "NotoSansBengali",
  tamil: "NotoSansTamil",
  thai: "NotoSansThai",
  ethiopic: "NotoSansEthiopic",
  georgian: "NotoSansGeorgian",
  armenian: "NotoSansArmenian",
  sc: "NotoSansSC",
  jp: "NotoSansJP",
  kr: "NotoSansKR",
};
export const FACE_NAMES = Object.keys(PACKAGES) as FaceName[];

const require = createRequire(import.meta.url);
function fontPath(face: FaceName, weight: Weight): string {
  const family = PACKAGES[face];
  const pkg = family.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();
  const style = weight === "bold" ? "700Bold" : "400Regular";
  return require.resolve(`@expo-google-fonts/${pkg}/${style}/${family}_${style}.ttf`);
}

export interface LoadedFace {
  name: FaceName;
  weight: Weight;
  bytes: Uint8Array;
  font: hb.Font;
  unitsPerEm: number;
  /** The PostScript name, for the PDF's BaseFont. */
  postScriptName: string;
}

const loaded = new Map<string, LoadedFace>();
export function loadFace(name: FaceName, weight: Weight): LoadedFace {
  const key = `${name}:${weight}`;
  let face = loaded.get(key);
  if (!face) {
    const bytes = readFileSync(fontPath(name, weight));
    const hbFace = new hb.Face(new hb.Blob(bytes));
    const font = new hb.Font(hbFace);
    const postScriptName = hbFace.getName(6, "en").replace(/[^A-Za-z0-9-]/g, "") || PACKAGES[name];
    face = { name, weight, bytes, font, unitsPerEm: hbFace.upem, postScriptName };
    loaded.set(key, face);
  }
  return face;
}

// Coverage is the same for both weights: ask the regular face.
const coverage = new Map<FaceName, Set<number>>();
export function covers(name: FaceName, codePoint: number): boolean {
  let set = coverage.get(name);
  if (!set) {
    const face = loadFace(name, "regular");
    set = new Set(new hb.Face(new hb.Blob(face.bytes)).collectUnicodes());
    coverage.set(name, set);
  }
  return set.has(codePoint);
}

export interface ShapedGlyph {
  /** Glyph id in the face. */
  gid: number;
  /** The UTF-16 offset, in the run's text, of the first character this glyph comes from. */
  cluster: number;
  /** In font units. */
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

let sharedBuffer: hb.Buffer | undefined;

/**
 * Shapes one run (one face, one direction, one script) with HarfBuzz: ligatures, joining forms, Indic reordering
 * and conjuncts, mark positioning, kerning; for a right-to-left run the glyphs come left to right as they are
 * shown, brackets mirrored.
 */
export function shapeRun(face: LoadedFace, text: string, direction: "ltr" | "rtl", language?: string): ShapedGlyph[] {
  // One buffer for the process, reset for each run: shaping is synchronous, and HarfBuzz objects are only freed
  // when the garbage collector gets to them.
  sharedBuffer ??= new hb.Buffer();
  const buffer = sharedBuffer;
  buffer.reset();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  buffer.setDirection(direction === "rtl" ? hb.Direction.RTL : hb.Direction.LTR);
  if (language) buffer.setLanguage(language);
  buffer.setClusterLevel(hb.ClusterLevel.MONOTONE_CHARACTERS);
  hb.shape(face.font, buffer);
  return buffer.getGlyphInfosAndPositions().map((g) => ({
    gid: g.codepoint,
    cluster: g.cluster,
    xAdvance: g.xAdvance ?? 0,
    xOffset: g.xOffset ?? 0,
    yOffset: g.yOffset ?? 0,
  }));
}

/** The advance of a glyph as the font's hmtx gives it (what a PDF reader assumes), in font units. */
export function glyphAdvance(face: LoadedFace, gid: number): number {
  return face.font.glyphHAdvance(gid);
}
