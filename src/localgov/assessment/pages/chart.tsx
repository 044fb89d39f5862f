/**
 * A server-rendered horizontal bar chart in SVG: no script, no web font, readable in any
 * browser and printable. It is one image to assistive technology (role="img" named by its
 * <title> and <desc>); the page puts the same figures in a table beside it (WCAG 1.1.1).
 * Colours are presentation attributes, not style attributes, so the strict CSP allows them.
 */

export interface BarDatum {
  label: string;
  value: number | null;
  /** Printed after the bar, e.g. '82.50'. */
  text: string;
}

const INK = '#1b1f24';
const BAR = '#1d4f91';
const GRID = '#c9d1da';
// Level thresholds of assessment-scoring.ts (fair, good, very good), drawn as dashed guides.
const GUIDES = [60, 75, 90];

const ROW = 26;
const TOP = 8;
const AXIS = 26;
const WIDTH = 720;
const VALUE_SPACE = 64;

/**
 * Generous width of Thai/Latin text at 13px in the system Thai fonts (Loma, Garuda, Noto Sans
 * Thai, Leelawadee), enough to size the label column without measuring glyphs.
 */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    // Thai above/below vowels and tone marks take no width of their own.
    if (/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/.test(ch)) continue;
    width += /[\u0E00-\u0E7F]/.test(ch) ? 8.4 : 7.6;
  }
  return width;
}

function truncate(text: string, max: number): string {
  if (textWidth(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`) > max) break;
    out += ch;
  }
  return `${out}…`;
}

export function BarChart(props: {
  id: string;
  title: string;
  description: string;
  data: readonly BarDatum[];
  /** The scale's maximum; scores use 100. */
  max?: number;
  guides?: boolean;
}) {
  const max = props.max ?? 100;
  const labelWidth = Math.min(260, Math.max(80, ...props.data.map((d) => textWidth(d.label))) + 12);
  const plot = WIDTH - labelWidth - VALUE_SPACE;
  const height = TOP + props.data.length * ROW + AXIS;
  const x = (value: number) => labelWidth + (Math.max(0, Math.min(value, max)) / max) * plot;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(f * max));
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  return (
    <svg
      class="chart"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      font-size="13"
    >
      <title id={titleId}>{props.title}</title>
      <desc id={descId}>{props.description}</desc>
      {ticks.map((tick) => (
        <g key={`t${tick}`}>
          <line
            x1={x(tick)}
            x2={x(tick)}
            y1={TOP}
            y2={height - AXIS + 4}
            stroke={GRID}
            stroke-width="1"
          />
          <text x={x(tick)} y={height - 8} text-anchor="middle" fill={INK}>
            {String(tick)}
          </text>
        </g>
      ))}
      {props.guides !== false &&
        max === 100 &&
        GUIDES.map((g) => (
          <line
            key={`g${g}`}
            x1={x(g)}
            x2={x(g)}
            y1={TOP}
            y2={height - AXIS + 4}
            stroke="#6b4e00"
            stroke-width="1"
            stroke-dasharray="4 3"
          />
        ))}
      {props.data.map((d, i) => {
        const y = TOP + i * ROW;
        return (
          <g key={`${d.label}-${i}`}>
            <text x={labelWidth - 8} y={y + ROW / 2 + 4} text-anchor="end" fill={INK}>
              {truncate(d.label, labelWidth - 12)}
            </text>
            {d.value !== null && (
              <rect
                x={labelWidth}
                y={y + 4}
                width={Math.max(1, x(d.value) - labelWidth)}
                height={ROW - 8}
                fill={BAR}
              />
            )}
            <text
              x={(d.value === null ? labelWidth : x(d.value)) + 6}
              y={y + ROW / 2 + 4}
              fill={INK}
              stroke="#ffffff"
              stroke-width="3"
              paint-order="stroke"
            >
              {d.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
