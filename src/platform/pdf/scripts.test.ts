import assert from "node:assert/strict";
import { test } from "node:test";
import { bidiLevels, textDirection, visualOrder } from "./bidi.ts";
import { layoutLine } from "./layout.ts";

const glyphNames = (text: string, direction?: "ltr" | "rtl") =>
  layoutLine(text, "regular", direction).runs.flatMap((r) => r.glyphs.map((g) => r.face.font.glyphName(g.gid)));

test("right to left: HarfBuzz mirrors the brackets and keeps the dots of a final yeh", () => {
  // "(في)": shown left to right as ")" "يف" "(": the rightmost glyph, the opening bracket, is drawn as ")".
  const names = glyphNames("(في)", "rtl");
  assert.equal(names[0], "parenleft", "the closing bracket, leftmost, is drawn as '('");
  assert.equal(names[names.length - 1], "parenright", "the opening bracket, rightmost, is drawn as ')'");
  assert.ok(names.includes("twodotshorizontalbelowar"), `the two dots of ي: ${names.join(" ")}`);
});

test("a mixed line: runs in the order shown, numbers and Latin left to right inside Arabic", () => {
  const line = layoutLine("في جنيف WSIS 2025.", "regular", "rtl");
  assert.deepEqual(
    line.runs.map((r) => [r.text, r.direction]),
    [
      [".", "rtl"],
      ["WSIS 2025", "ltr"],
      ["في جنيف ", "rtl"],
    ],
  );
  assert.equal(textDirection("  (عائشة) Smith"), "rtl");
  assert.deepEqual(visualOrder([0, 1, 1, 0]), [0, 2, 1, 3]);
  assert.deepEqual(bidiLevels([..."ab אב 12"], "ltr"), [0, 0, 0, 1, 1, 1, 2, 2]);
});

test("every script gets its face; a character no face has is reported, shown as ?", () => {
  const faces = (text: string) => [...new Set(layoutLine(text, "regular").runs.map((r) => r.face.name))];
  assert.deepEqual(faces("हिन्दी"), ["devanagari"]);
  assert.deepEqual(faces("山田 さくら"), ["jp"], "Han beside kana: the Japanese face");
  assert.deepEqual(faces("王小明"), ["sc"]);
  assert.deepEqual(faces("김민준"), ["kr"]);
  assert.deepEqual(faces("ნინო"), ["georgian"]);
  const khmer = layoutLine("Sokha សុខា", "regular");
  assert.deepEqual(khmer.missing, [..."សុខា"]);
  assert.equal(khmer.text, "Sokha ????");
});
