// A horizontal bar chart as inline SVG, drawn on the server: no script, no style attribute (the CSP forbids
// both), colours as presentation attributes.
//
// It works like an image with an image map: the picture (labels, bars, numbers) is a nested role="img" svg with
// a name and a description, and each bar row is covered by a link drawn on top of it, outside the picture; the
// outer svg is only their container (role="presentation"). Links cannot sit inside role="img", whose children
// are presentational: screen readers would not find them, and axe reports them (nested-interactive).
//
// Right to left, the drawing is mirrored (bars grow from the right) and text runs with `direction="rtl"`, so
// `text-anchor="start"` is its right end; codes inside a right-to-left label come isolated by i18n.ltr().

export interface Bar {
  label: string;
  /** The count as the reader writes numbers. */
  value: string;
  count: number;
  href: string;
  /** The link's accessible name: the label and the count in a sentence. */
  linkName: string;
}

const WIDTH = 480;
const PAD = 4;
const FONT = 16;
const LINE = 20;
const BAR = 16;
const GAP = 4;
const ROW_GAP = 14;
/** Room after the longest bar for its number. */
const VALUE_ROOM = 64;
const MAX_LINES = 3;

// Passes WCAG 2.2 AA on white: bars 9.9:1 (3:1 needed), text 16:1 (4.5:1 needed). The same as --brand, --ink.
const BAR_FILL = "#00497a";
const TEXT_FILL = "#1b1f24";
const AXIS = "#4b5563";

/**
 * A generous estimate of a text's width in ems (the server cannot measure it): CJK and full-width characters
 * are square; Latin, Cyrillic and Arabic letters are at most about two thirds as wide in common fonts.
 */
function ems(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === " ") width += 0.3;
    else if (code >= 0x2066 && code <= 0x2069) width += 0;
    else if (
      (code >= 0x2e80 && code <= 0x9fff) ||
      (code >= 0xac00 && code <= 0xd7af) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xff00 && code <= 0xffef)
    )
      width += 1;
    else width += 0.66;
  }
  return width;
}

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** The label in lines that fit the chart, breaking between words (or anywhere in Chinese), at most MAX_LINES. */
export function wrapLabel(text: string, maxEms: number, maxLines = MAX_LINES): string[] {
  // Words, and each CJK character on its own, so Chinese breaks between characters.
  const tokens = text.split(/(\s+)/).flatMap((part) => (CJK.test(part) ? [...part] : [part]));
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const next = line + token;
    if (line.trim() !== "" && ems(next.trimEnd()) > maxEms) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? "";
  while (last.length > 1 && ems(`${last}…`) > maxEms) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

export function BarChart({
  id,
  name,
  description,
  bars,
  dir,
}: {
  /** A prefix for the ids inside. */
  id: string;
  /** The chart's accessible name. */
  name: string;
  /** The id of the element that describes it in words (its text alternative). */
  description: string;
  bars: Bar[];
  dir: "ltr" | "rtl";
}) {
  const rtl = dir === "rtl";
  const max = Math.max(1, ...bars.map((b) => b.count));
  const barRoom = WIDTH - 2 * PAD - VALUE_ROOM;
  const x = (at: number, width = 0) => (rtl ? WIDTH - at - width : at);
  let y = ROW_GAP / 2;
  const rows = bars.map((bar) => {
    const lines = wrapLabel(bar.label, (WIDTH - 2 * PAD - 6) / FONT);
    const top = y;
    const barTop = top + lines.length * LINE + GAP;
    const length = bar.count === 0 ? 0 : Math.max(2, Math.round((bar.count / max) * barRoom));
    y = barTop + BAR + ROW_GAP;
    return { bar, lines, top, barTop, length };
  });
  const height = Math.max(y - ROW_GAP / 2, 2 * PAD);
  return (
    <svg
      class="chart__svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      direction={dir}
      font-size={FONT}
      role="presentation"
    >
      <svg role="img" aria-labelledby={`${id}-name`} aria-describedby={description}>
        <title id={`${id}-name`}>{name}</title>
        <line x1={x(PAD)} x2={x(PAD)} y1={PAD} y2={height - PAD} stroke={AXIS} stroke-width="1" />
        {rows.map(({ bar, lines, top, barTop, length }) => (
          <g>
            <text x={x(PAD + 6)} y={top + FONT} fill={TEXT_FILL} text-anchor="start">
              {lines.map((line, i) => (
                <tspan x={x(PAD + 6)} dy={i === 0 ? 0 : LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            {length > 0 && <rect x={x(PAD, length)} y={barTop} width={length} height={BAR} fill={BAR_FILL} />}
            <text x={x(PAD + length + 6)} y={barTop + BAR - 3} fill={TEXT_FILL} font-weight="bold" text-anchor="start">
              {bar.value}
            </text>
          </g>
        ))}
      </svg>
      {rows.map(({ bar, top, barTop }) => (
        <a href={bar.href} aria-label={bar.linkName} class="chart__link">
          <rect
            class="chart__hit"
            x="0"
            y={top - ROW_GAP / 2 + 1}
            width={WIDTH}
            height={barTop + BAR - top + ROW_GAP - 2}
            fill="transparent"
          />
        </a>
      ))}
    </svg>
  );
}
