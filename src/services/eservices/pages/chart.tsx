import { DataTable } from '../../../platform/views/components.tsx';

/**
 * A bar chart drawn on the server as SVG: no script, no library, a few hundred bytes. It carries
 * a title and description for screen readers (SVG 1.1 <title>/<desc> with role="img", the
 * pattern in WAI's "Accessible SVG" notes) and the same numbers as a table below it, because a
 * chart alone cannot be read by everyone. Colours are the stylesheet's brand and ink colours,
 * which keep 3:1 contrast for graphics (WCAG 2.2 1.4.11).
 */
export function BarChart(props: {
  id: string;
  title: string;
  description: string;
  data: Array<{ label: string; short: string; value: number }>;
  valueHeader: string;
  labelHeader: string;
  unit?: string;
}) {
  const width = 720;
  const height = 240;
  const left = 44;
  const bottom = 28;
  const top = 12;
  const plotW = width - left - 8;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...props.data.map((d) => d.value));
  // A round top for the axis: 1, 2 or 5 times a power of ten.
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const niceMax = [1, 2, 5, 10].map((m) => m * magnitude).find((v) => v >= max) ?? max;
  const slot = plotW / Math.max(1, props.data.length);
  const barW = Math.max(2, slot * 0.7);
  const every = Math.ceil(props.data.length / 8);
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={titleId}>{props.title}</title>
        <desc id={descId}>{props.description}</desc>
        <line
          x1={left}
          y1={top + plotH}
          x2={width - 8}
          y2={top + plotH}
          stroke="#4a5360"
          stroke-width="1"
        />
        <line x1={left} y1={top} x2={left} y2={top + plotH} stroke="#4a5360" stroke-width="1" />
        {[0, 0.5, 1].map((f) => (
          <text
            key={f}
            x={left - 6}
            y={top + plotH - f * plotH + 4}
            text-anchor="end"
            font-size="12"
            fill="#1b1f24"
          >
            {Math.round(niceMax * f)}
          </text>
        ))}
        {props.data.map((d, i) => {
          const h = (d.value / niceMax) * plotH;
          const x = left + i * slot + (slot - barW) / 2;
          return (
            <g key={d.label}>
              <rect
                x={x.toFixed(1)}
                y={(top + plotH - h).toFixed(1)}
                width={barW.toFixed(1)}
                height={h.toFixed(1)}
                fill="#1d4f91"
              >
                <title>{`${d.label}: ${d.value}${props.unit ? ` ${props.unit}` : ''}`}</title>
              </rect>
              {i % every === 0 && (
                <text
                  x={(x + barW / 2).toFixed(1)}
                  y={height - 8}
                  text-anchor="middle"
                  font-size="11"
                  fill="#1b1f24"
                >
                  {d.short}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption class="muted">{props.description}</figcaption>
      <details>
        <summary>{props.valueHeader}</summary>
        <DataTable
          caption={props.title}
          rows={props.data}
          columns={[
            { header: props.labelHeader, cell: (d) => d.label },
            { header: props.valueHeader, cell: (d) => String(d.value), numeric: true },
          ]}
        />
      </details>
    </figure>
  );
}
