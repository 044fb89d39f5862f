import { formatNumber, type Lang } from '../../platform/i18n/index.ts';

/**
 * Server-rendered SVG charts: no script, no style attribute (the CSP allows neither), colours as
 * SVG presentation attributes with WCAG AA contrast against white. Each chart has a title and a
 * description for screen readers, and every page that shows one also shows the numbers as a
 * table, so the chart adds nothing a reader could miss.
 */

const BAR = '#1d4f91';
const BAR_2 = '#b35c00';
const INK = '#1b1f24';
const GRID = '#c9d1da';

function truncate(label: string, max: number): string {
  const chars = [...label];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : label;
}

/** Horizontal bars, one per item (good for long Thai labels such as province names). */
export function BarChart(props: {
  id: string;
  title: string;
  description: string;
  items: Array<{ label: string; value: number }>;
  lang: Lang;
}) {
  const items = props.items.slice(0, 30);
  const max = Math.max(0, ...items.map((i) => i.value));
  const min = Math.min(0, ...items.map((i) => i.value));
  const labelWidth = 170;
  const valueWidth = 90;
  const plot = 640 - labelWidth - valueWidth;
  const rowHeight = 22;
  const height = items.length * rowHeight + 10;
  const span = max - min || 1;
  const x = (v: number) => labelWidth + ((v - min) / span) * plot;
  return (
    <svg
      viewBox={`0 0 640 ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
      class="chart"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.description}</desc>
      <line x1={x(0)} x2={x(0)} y1={0} y2={height - 5} stroke={GRID} stroke-width="1" />
      {items.map((item, i) => {
        const y = 5 + i * rowHeight;
        const from = Math.min(x(0), x(item.value));
        const width = Math.max(1, Math.abs(x(item.value) - x(0)));
        return (
          <g key={`${item.label}-${i}`}>
            <text x={labelWidth - 6} y={y + 14} text-anchor="end" font-size="12" fill={INK}>
              {truncate(item.label, 22)}
            </text>
            <rect x={from} y={y + 3} width={width} height={rowHeight - 6} fill={BAR} />
            <text x={640 - valueWidth + 6} y={y + 14} font-size="12" fill={INK}>
              {formatNumber(item.value, props.lang)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Two series per period (views and downloads per month), as grouped columns. */
export function ColumnChart(props: {
  id: string;
  title: string;
  description: string;
  periods: string[];
  series: Array<{ name: string; values: number[] }>;
  lang: Lang;
}) {
  const width = 640;
  const height = 240;
  const left = 50;
  const bottom = 40;
  const top = 30;
  const max = Math.max(1, ...props.series.flatMap((s) => s.values));
  const plotHeight = height - bottom - top;
  const groupWidth = (width - left - 10) / Math.max(1, props.periods.length);
  const barWidth = Math.max(2, (groupWidth - 6) / Math.max(1, props.series.length));
  const colours = [BAR, BAR_2];
  const y = (v: number) => top + plotHeight - (v / max) * plotHeight;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
      class="chart"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.description}</desc>
      {[0, 0.5, 1].map((f) => (
        <g key={f}>
          <line
            x1={left}
            x2={width - 10}
            y1={y(max * f)}
            y2={y(max * f)}
            stroke={GRID}
            stroke-width="1"
          />
          <text x={left - 6} y={y(max * f) + 4} text-anchor="end" font-size="11" fill={INK}>
            {formatNumber(Math.round(max * f), props.lang)}
          </text>
        </g>
      ))}
      {props.periods.map((period, p) => (
        <g key={period}>
          {props.series.map((s, k) => {
            const v = s.values[p] ?? 0;
            return (
              <rect
                key={s.name}
                x={left + p * groupWidth + 3 + k * barWidth}
                y={y(v)}
                width={barWidth}
                height={Math.max(0, top + plotHeight - y(v))}
                fill={colours[k % colours.length]}
              />
            );
          })}
          <text
            x={left + p * groupWidth + groupWidth / 2}
            y={height - bottom + 16}
            text-anchor="middle"
            font-size="11"
            fill={INK}
          >
            {period}
          </text>
        </g>
      ))}
      {props.series.map((s, k) => (
        <g key={s.name}>
          <rect
            x={left + k * 140}
            y={6}
            width={12}
            height={12}
            fill={colours[k % colours.length]}
          />
          <text x={left + k * 140 + 18} y={16} font-size="12" fill={INK}>
            {s.name}
          </text>
        </g>
      ))}
    </svg>
  );
}
