import { scaleBand, scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";

// Server-rendered SVG charts. d3-scale and d3-shape do the geometry; the markup is plain SVG with presentation
// attributes (the CSP forbids inline styles). Meaning never rests on colour: every point and bar carries its
// value as text, and the chart is described in words and given as a table beside it. Right-to-left readers get
// the chart mirrored (time runs right to left, bars grow from the right), as their tables read. The root is
// direction="ltr" so that text-anchor means the same visual side in browsers (where an inline SVG would inherit
// the page's rtl) and in resvg (PNG); the text itself is still laid out by the bidi algorithm.

/** Dark blue on white: 8.6:1, past the 3:1 that WCAG 1.4.11 asks of graphics. */
const INK = "#1d4f91";
const AXIS = "#444444";
const GRID = "#d0d0d0";
const FONT = "system-ui, sans-serif";

export interface ChartPoint {
  label: string;
  value: number;
  text: string;
}

interface ChartProps {
  id: string;
  title: string;
  description: string;
  rtl: boolean;
  width?: number;
  height?: number;
}

function Frame({
  id,
  title,
  description,
  width,
  height,
  children,
}: ChartProps & { width: number; height: number; children: unknown }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      class="chart"
      font-family={FONT}
      font-size="13"
      direction="ltr"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <rect width={width} height={height} fill="#ffffff" />
      {children}
    </svg>
  );
}

/** A time series: one line through the years with a value, each point labelled. */
export function LineChart(props: ChartProps & { points: readonly ChartPoint[]; max: number }) {
  const width = props.width ?? 640;
  const height = props.height ?? 300;
  const margin = { top: 28, right: 48, bottom: 36, left: 48 };
  const x = scalePoint<string>()
    .domain(props.points.map((p) => p.label))
    .range(props.rtl ? [width - margin.right, margin.left] : [margin.left, width - margin.right])
    .padding(0.5);
  const y = scaleLinear()
    .domain([0, props.max])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const path = line<ChartPoint>()
    .x((p) => x(p.label) ?? 0)
    .y((p) => y(p.value))(props.points);
  const axisX = props.rtl ? width - margin.right : margin.left;
  return (
    <Frame {...props} width={width} height={height}>
      <g>
        {y.ticks(5).map((t) => (
          <g>
            <line x1={margin.left} x2={width - margin.right} y1={y(t)} y2={y(t)} stroke={GRID} />
          </g>
        ))}
        <line x1={axisX} x2={axisX} y1={margin.top} y2={height - margin.bottom} stroke={AXIS} />
        <line
          x1={margin.left}
          x2={width - margin.right}
          y1={height - margin.bottom}
          y2={height - margin.bottom}
          stroke={AXIS}
        />
        {props.points.map((p) => (
          <text x={x(p.label)} y={height - margin.bottom + 20} text-anchor="middle" fill={AXIS}>
            {p.label}
          </text>
        ))}
        {path && props.points.length > 1 && <path d={path} fill="none" stroke={INK} stroke-width="3" />}
        {props.points.map((p) => (
          <g>
            <circle cx={x(p.label)} cy={y(p.value)} r="5" fill={INK} />
            <text x={x(p.label)} y={y(p.value) - 10} text-anchor="middle" fill="#111111" font-weight="bold">
              {p.text}
            </text>
          </g>
        ))}
      </g>
    </Frame>
  );
}

/** A comparison: one horizontal bar per series, its name and value written beside it. */
export function BarChart(props: ChartProps & { bars: readonly ChartPoint[]; max: number }) {
  const width = props.width ?? 640;
  const rowHeight = 34;
  const height = props.height ?? props.bars.length * rowHeight + 24;
  const labelWidth = 230;
  const valueWidth = 110;
  const y = scaleBand<string>()
    .domain(props.bars.map((b) => b.label))
    .range([12, height - 12])
    .padding(0.25);
  const start = props.rtl ? width - labelWidth : labelWidth;
  const end = props.rtl ? valueWidth : width - valueWidth;
  const x = scaleLinear().domain([0, props.max]).range([start, end]);
  return (
    <Frame {...props} width={width} height={height}>
      <g>
        <line x1={start} x2={start} y1={8} y2={height - 8} stroke={AXIS} />
        {props.bars.map((b) => {
          const top = y(b.label) ?? 0;
          const middle = top + y.bandwidth() / 2 + 4;
          const barEnd = x(b.value);
          return (
            <g>
              <text
                x={props.rtl ? width - labelWidth + 8 : labelWidth - 8}
                y={middle}
                text-anchor={props.rtl ? "start" : "end"}
                fill="#111111"
              >
                {b.label}
              </text>
              <rect
                x={Math.min(start, barEnd)}
                y={top}
                width={Math.abs(barEnd - start)}
                height={y.bandwidth()}
                fill={INK}
              />
              <text
                x={props.rtl ? barEnd - 6 : barEnd + 6}
                y={middle}
                text-anchor={props.rtl ? "end" : "start"}
                fill="#111111"
                font-weight="bold"
              >
                {b.text}
              </text>
            </g>
          );
        })}
      </g>
    </Frame>
  );
}
