// The Unicode bidirectional algorithm (UAX #9), reduced to what one line of a letter or a badge needs: no explicit
// embeddings or isolates (the bidi controls are removed before), one paragraph, one line. It resolves a level per
// character (weak types W1–W7, neutrals N1–N2, implicit levels I1–I2) and says in which order the runs of one
// level are shown (L2). Characters are never reversed here: a right-to-left run goes to HarfBuzz in logical order
// with the buffer direction set, and HarfBuzz lays it out right to left and mirrors brackets itself.

export type Direction = "ltr" | "rtl";
type BidiClass = "L" | "R" | "AL" | "EN" | "AN" | "ES" | "ET" | "CS" | "NSM" | "ON" | "WS";

const RTL_SCRIPT =
  /[\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;
const ARABIC = /[\p{Script=Arabic}]/u;
const LETTER = /[\p{L}\p{Mc}]/u;
const MARK = /[\p{Mn}\p{Me}]/u;
const ARABIC_DIGIT = /[\u0660-\u0669\u066B\u066C\u06F0-\u06F9]/u;
const DIGIT = /\p{Nd}/u;
const TERMINATOR = /[#$%\u00A2-\u00A5\u00B0\u00B1\u066A\u2030-\u2034\u20A0-\u20CF\u2212]/u;
const SPACE = /\s/u;

function bidiClass(ch: string): BidiClass {
  if (MARK.test(ch)) return "NSM";
  if (ARABIC_DIGIT.test(ch)) return ch >= "\u06F0" ? "EN" : "AN";
  if (DIGIT.test(ch)) return "EN";
  if (ch === "+" || ch === "-") return "ES";
  if (ch === "," || ch === "." || ch === ":" || ch === "/" || ch === "\u00A0") return "CS";
  if (TERMINATOR.test(ch)) return "ET";
  if (SPACE.test(ch)) return "WS";
  if (LETTER.test(ch)) {
    if (ARABIC.test(ch)) return "AL";
    if (RTL_SCRIPT.test(ch)) return "R";
    return "L";
  }
  return "ON";
}

/** The direction of a text: that of its first strong letter (left to right when it has none). */
export function textDirection(text: string): Direction {
  for (const ch of text) {
    const c = bidiClass(ch);
    if (c === "L") return "ltr";
    if (c === "R" || c === "AL") return "rtl";
  }
  return "ltr";
}

/** The embedding level of each character (code point) of `chars`: even reads left to right, odd right to left. */
export function bidiLevels(chars: readonly string[], base: Direction): number[] {
  const baseLevel = base === "rtl" ? 1 : 0;
  const sos: BidiClass = base === "rtl" ? "R" : "L";
  const types = chars.map(bidiClass);
  const n = types.length;
  // W1: a mark takes the type of what it follows.
  for (let i = 0; i < n; i++) if (types[i] === "NSM") types[i] = i > 0 ? (types[i - 1] ?? sos) : sos;
  // W2, W3: European digits after Arabic letters are Arabic numbers; Arabic letters are right to left.
  let lastStrong: BidiClass = sos;
  for (let i = 0; i < n; i++) {
    const t = types[i];
    if (t === "EN" && lastStrong === "AL") types[i] = "AN";
    if (t === "L" || t === "R" || t === "AL") lastStrong = t;
  }
  for (let i = 0; i < n; i++) if (types[i] === "AL") types[i] = "R";
  // W4: one separator between two numbers of a kind joins them.
  for (let i = 1; i < n - 1; i++) {
    const before = types[i - 1];
    const after = types[i + 1];
    if (types[i] === "ES" && before === "EN" && after === "EN") types[i] = "EN";
    if (types[i] === "CS" && before === after && (before === "EN" || before === "AN")) types[i] = before;
  }
  // W5: terminators next to European digits are part of the number.
  for (let i = 0; i < n; i++) {
    if (types[i] !== "ET") continue;
    let j = i;
    while (j < n && types[j] === "ET") j++;
    if ((i > 0 && types[i - 1] === "EN") || types[j] === "EN") for (let k = i; k < j; k++) types[k] = "EN";
    i = j - 1;
  }
  // W6: the remaining separators and terminators are neutral.
  for (let i = 0; i < n; i++) if (types[i] === "ES" || types[i] === "ET" || types[i] === "CS") types[i] = "ON";
  // W7: European digits after left-to-right text are left to right.
  lastStrong = sos;
  for (let i = 0; i < n; i++) {
    const t = types[i];
    if (t === "EN" && lastStrong === "L") types[i] = "L";
    if (t === "L" || t === "R") lastStrong = t;
  }
  // N1, N2: neutrals between two of one direction take it (numbers count as right to left); others the base.
  const strongOf = (t: BidiClass | undefined): "L" | "R" | null =>
    t === "L" ? "L" : t === "R" || t === "EN" || t === "AN" ? "R" : null;
  for (let i = 0; i < n; i++) {
    if (strongOf(types[i])) continue;
    let j = i;
    while (j < n && !strongOf(types[j])) j++;
    const before = i > 0 ? strongOf(types[i - 1]) : sos;
    const after = j < n ? strongOf(types[j]) : sos;
    const resolved: BidiClass = before === after && before ? before : sos;
    for (let k = i; k < j; k++) types[k] = resolved;
    i = j - 1;
  }
  // I1, I2.
  return types.map((t) => {
    if (baseLevel === 0) return t === "R" ? 1 : t === "AN" || t === "EN" ? 2 : 0;
    return t === "L" || t === "EN" || t === "AN" ? 2 : 1;
  });
}

/**
 * The visual order of runs of one level (L2): from the highest level down to the lowest odd one, every sequence
 * of runs at that level or above is reversed. Returns the indexes of `levels` (one per run) left to right.
 */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_, i) => i);
  const max = Math.max(0, ...levels);
  const minOdd = Math.min(...levels.filter((l) => l % 2 === 1), max + 1);
  for (let level = max; level >= minOdd && level >= 1; level--) {
    let i = 0;
    while (i < order.length) {
      if ((levels[order[i] ?? 0] ?? 0) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && (levels[order[j] ?? 0] ?? 0) >= level) j++;
      const reversed = order.slice(i, j).reverse();
      order.splice(i, j - i, ...reversed);
      i = j;
    }
  }
  return order;
}
