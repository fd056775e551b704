import { bidiLevels, type Direction, textDirection, visualOrder } from "./bidi.ts";
import {
  covers,
  FACE_NAMES,
  type FaceName,
  type LoadedFace,
  loadFace,
  type ShapedGlyph,
  shapeRun,
  type Weight,
} from "./faces.ts";

// One line of text, laid out: split by bidi level and by the face that has the characters' script, each piece
// shaped by HarfBuzz, the pieces put in the order they are shown (left to right).

/** A piece of a line in one face and one direction, shaped. */
export interface ShapedRun {
  face: LoadedFace;
  /** The piece's characters in logical order, as typed. */
  text: string;
  direction: Direction;
  /** Left to right as shown. */
  glyphs: ShapedGlyph[];
  /** In thousandths of the font size. */
  width: number;
}

export interface ShapedLine {
  /** What the line says (bidi controls removed, characters no face has as "?"). */
  text: string;
  runs: ShapedRun[];
  /** In thousandths of the font size. */
  width: number;
  /** Characters no shipped face can draw, shown as "?". */
  missing: string[];
}

// The face each script is drawn with. Han depends on the text around it: Japanese when there is kana, Korean with
// hangul, Chinese otherwise (Noto Sans SC has traditional characters too).
const SCRIPT_FACES: [RegExp, FaceName[]][] = [
  [/[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u, ["latin"]],
  [/\p{Script=Arabic}/u, ["arabic"]],
  [/\p{Script=Hebrew}/u, ["hebrew"]],
  [/\p{Script=Devanagari}/u, ["devanagari"]],
  [/\p{Script=Bengali}/u, ["bengali"]],
  [/\p{Script=Tamil}/u, ["tamil"]],
  [/\p{Script=Thai}/u, ["thai"]],
  [/\p{Script=Ethiopic}/u, ["ethiopic"]],
  [/\p{Script=Georgian}/u, ["georgian"]],
  [/\p{Script=Armenian}/u, ["armenian"]],
  [/\p{Script=Hangul}/u, ["kr"]],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, ["jp", "sc", "kr"]],
];
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
/** Characters of no one script (spaces, digits, punctuation, combining marks): drawn with their neighbours' face. */
const SHARED = /[\p{Script=Common}\p{Script=Inherited}]/u;
const CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function hanFaces(text: string): FaceName[] {
  if (KANA.test(text)) return ["jp", "sc", "kr"];
  if (HANGUL.test(text)) return ["kr", "sc", "jp"];
  return ["sc", "jp", "kr"];
}

/** The face for each character (null: none has it), shared characters following the face before or after them. */
function facesOf(chars: string[], text: string): (FaceName | null)[] {
  const han = hanFaces(text);
  const own = chars.map((ch): FaceName | null | "shared" => {
    const cp = ch.codePointAt(0) ?? 0;
    if (SHARED.test(ch)) return "shared";
    const preferred = HAN.test(ch) ? han : (SCRIPT_FACES.find(([re]) => re.test(ch))?.[1] ?? []);
    for (const face of [...preferred, ...FACE_NAMES]) if (covers(face, cp)) return face;
    return null;
  });
  const result: (FaceName | null)[] = [];
  for (let i = 0; i < chars.length; i++) {
    const face = own[i];
    if (face !== "shared") {
      result.push(face ?? null);
      continue;
    }
    const cp = chars[i]?.codePointAt(0) ?? 0;
    const before = result[i - 1];
    let after: FaceName | null | undefined;
    for (let j = i + 1; j < chars.length; j++) {
      const f = own[j];
      if (f !== "shared") {
        after = f ?? undefined;
        break;
      }
    }
    const candidates = [before, after, "latin" as FaceName, ...FACE_NAMES];
    result.push(candidates.find((f): f is FaceName => !!f && covers(f, cp)) ?? null);
  }
  return result;
}

const toThousandths = (face: LoadedFace, units: number) => (units * 1000) / face.unitsPerEm;

/** Lays out one line of text; `direction` is the paragraph's (by default that of its first strong letter). */
export function layoutLine(raw: string, weight: Weight, direction?: Direction): ShapedLine {
  const clean = raw.replace(/[\r\n\t]+/g, " ").replace(CONTROLS, "");
  const base = direction ?? textDirection(clean);
  const chars = [...clean];
  const faces = facesOf(chars, clean);
  const missing: string[] = [];
  const shown = chars.map((ch, i) => {
    if (faces[i]) return ch;
    missing.push(ch);
    faces[i] = "latin";
    return "?";
  });
  const levels = bidiLevels(shown, base);
  // Pieces of one face and one level, in logical order.
  const pieces: { face: FaceName; level: number; text: string }[] = [];
  shown.forEach((ch, i) => {
    const face = faces[i] ?? "latin";
    const level = levels[i] ?? 0;
    const last = pieces[pieces.length - 1];
    if (last && last.face === face && last.level === level) last.text += ch;
    else pieces.push({ face, level, text: ch });
  });
  const runs = visualOrder(pieces.map((p) => p.level)).map((index): ShapedRun => {
    const piece = pieces[index] ?? { face: "latin", level: 0, text: "" };
    const face = loadFace(piece.face, weight);
    const runDirection: Direction = piece.level % 2 === 1 ? "rtl" : "ltr";
    const glyphs = shapeRun(face, piece.text, runDirection);
    const width = toThousandths(
      face,
      glyphs.reduce((sum, g) => sum + g.xAdvance, 0),
    );
    return { face, text: piece.text, direction: runDirection, glyphs, width };
  });
  return { text: shown.join(""), runs, width: runs.reduce((sum, r) => sum + r.width, 0), missing };
}
