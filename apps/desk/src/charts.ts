/**
 * Charts for the desk, rendered on the server as SVG: no script, nothing to download, readable in
 * print. Each chart is a `<figure>` with the picture (`role="img"`, a title and a description for
 * screen readers) and, beside it, a table with the same numbers — the table is the accessible
 * version and the one to copy from. A value that is not known is drawn as an empty outline and
 * written `?` in the table, never as zero.
 *
 * Colours come from classes (`.chart .bar`, `.chart .band-…`) in the page's stylesheet; the
 * pages' CSP forbids inline styles, and SVG presentation attributes are used only for geometry.
 *
 * @example
 * ```ts
 * barChart({
 *   id: 'per-criterion',
 *   title: 'Skor per kriteria',
 *   lang: 'id',
 *   columns: ['Kriteria', 'Skor'],
 *   data: [{ label: 'Kebaruan', value: 8.5, max: 10 }, { label: 'Dampak', value: null, max: 10 }],
 * });
 * ```
 *
 * @module
 */
import { html, type Html } from './html.js';
import type { Lang } from './i18n.js';

/** One bar: a label, its value (null: not known) and, optionally, its own maximum. */
export interface BarDatum {
  readonly label: string;
  readonly value: number | null;
  readonly max?: number | null;
  /** A short note for the table (e.g. "not assessed: rancang bangun too short"). */
  readonly note?: string;
}

/** What every chart needs. */
export interface ChartBase {
  /** A page-unique id (the figure's, and the prefix of its title and description ids). */
  readonly id: string;
  readonly title: string;
  readonly lang: Lang;
  /** Table headers: the label column and the value column. */
  readonly columns: readonly [string, string];
  /** A unit appended to values in labels and the table (e.g. `%`). */
  readonly unit?: string;
}

/** Formats a number the way the language writes it (two decimals at most). */
export function formatNumber(lang: Lang, value: number | null, digits = 2): string {
  if (value === null) return '?';
  return value.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US', {
    maximumFractionDigits: digits,
  });
}

const UNKNOWN: Record<Lang, string> = { id: 'tidak diketahui', en: 'not known' };
const OF: Record<Lang, string> = { id: 'dari', en: 'of' };

const round = (n: number) => Math.round(n * 10) / 10;

function figure(base: ChartBase, svg: Html, description: string, table: Html): Html {
  return html`<figure class="chart" id="${base.id}">
    <figcaption>${base.title}</figcaption>
    <div class="chart-body">
      <div class="chart-picture">${svg}</div>
      <p class="sr" id="${base.id}-desc">${description}</p>
      <div class="chart-table">${table}</div>
    </div>
  </figure>`;
}

function valueText(base: ChartBase, value: number | null, max?: number | null): string {
  const unit = base.unit ?? '';
  if (value === null) return UNKNOWN[base.lang];
  const v = `${formatNumber(base.lang, value)}${unit}`;
  return max !== undefined && max !== null
    ? `${v} ${OF[base.lang]} ${formatNumber(base.lang, max)}${unit}`
    : v;
}

function dataTable(
  base: ChartBase,
  rows: readonly { label: string; value: string; note?: string | undefined }[],
): Html {
  const notes = rows.some((r) => r.note !== undefined && r.note !== '');
  return html`<table class="chart-data" data-chart="${base.id}">
    <thead>
      <tr>
        <th scope="col">${base.columns[0]}</th>
        <th scope="col">${base.columns[1]}</th>
        ${notes ? html`<th scope="col">${base.lang === 'id' ? 'Catatan' : 'Note'}</th>` : ''}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr>
            <th scope="row">${r.label}</th>
            <td class="num">${r.value}</td>
            ${notes ? html`<td>${r.note ?? ''}</td>` : ''}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * A horizontal bar chart: one bar per datum, scaled to `max` (or each datum's own maximum, drawn
 * as a track behind the bar). Unknown values are an empty outline.
 */
export function barChart(
  base: ChartBase & { readonly data: readonly BarDatum[]; readonly max?: number },
): Html {
  const width = 640;
  const labelWidth = 260;
  const barArea = width - labelWidth - 70;
  const rowHeight = 26;
  const height = Math.max(1, base.data.length) * rowHeight + 8;
  const scale =
    base.max ??
    Math.max(
      1,
      ...base.data.map((d) => Math.max(d.max ?? 0, d.value ?? 0)).filter(Number.isFinite),
    );
  const x = (v: number) => labelWidth + round((Math.max(0, Math.min(v, scale)) / scale) * barArea);
  const bars = base.data.map((d, i) => {
    const y = 4 + i * rowHeight;
    const label = d.label.length > 36 ? `${d.label.slice(0, 35)}…` : d.label;
    const track =
      d.max !== undefined && d.max !== null
        ? html`<rect
            class="track"
            x="${labelWidth}"
            y="${y + 4}"
            width="${x(d.max) - labelWidth}"
            height="16"
          />`
        : '';
    const bar =
      d.value === null
        ? html`<rect
            class="bar unknown"
            x="${labelWidth}"
            y="${y + 4}"
            width="${barArea / 4}"
            height="16"
          />`
        : html`<rect
            class="bar"
            x="${labelWidth}"
            y="${y + 4}"
            width="${Math.max(0, x(d.value) - labelWidth)}"
            height="16"
          />`;
    return html`<g>
      <text class="label" x="${labelWidth - 6}" y="${y + 17}" text-anchor="end">${label}</text>
      ${track}${bar}
      <text
        class="value"
        x="${(d.value === null ? labelWidth + barArea / 4 : x(d.value)) + 6}"
        y="${y + 17}"
      >
        ${d.value === null ? '?' : formatNumber(base.lang, d.value)}
      </text>
    </g>`;
  });
  const known = base.data.filter((d) => d.value !== null);
  const description =
    base.data.length === 0
      ? '—'
      : base.data.map((d) => `${d.label}: ${valueText(base, d.value, d.max)}`).join('; ');
  const svg = html`<svg
    viewBox="0 0 ${width} ${height}"
    width="100%"
    role="img"
    aria-labelledby="${base.id}-title ${base.id}-desc"
    data-known="${known.length}"
  >
    <title id="${base.id}-title">${base.title}</title>
    ${bars}
  </svg>`;
  return figure(
    base,
    svg,
    description,
    dataTable(
      base,
      base.data.map((d) => ({
        label: d.label,
        value: valueText(base, d.value, d.max),
        note: d.note,
      })),
    ),
  );
}

/** One band of a gauge: its name and lower bound (null: not known). */
export interface GaugeBand {
  readonly key: string;
  readonly label: string;
  readonly minimum: number | null;
}

/**
 * A linear gauge from 0 to `max` with the bands drawn at their published lower bounds and a marker
 * at the score. A band whose bound is unknown is left out of the picture and written `?` in the
 * table; an unknown score draws no marker.
 */
export function predikatGauge(
  base: ChartBase & {
    readonly score: number | null;
    readonly bands: readonly GaugeBand[];
    readonly max?: number;
    /** The label of the score row in the table. */
    readonly scoreLabel: string;
  },
): Html {
  const max = base.max ?? 100;
  const width = 640;
  const left = 24;
  const span = width - 2 * left;
  const x = (v: number) => left + round((Math.max(0, Math.min(v, max)) / max) * span);
  // bands low to high, each from its minimum to the next band's minimum
  const known = base.bands
    .filter((b): b is GaugeBand & { minimum: number } => b.minimum !== null)
    .sort((a, b) => a.minimum - b.minimum);
  const segments = known.map((b, i) => {
    const from = i === 0 ? 0 : b.minimum;
    const to = known[i + 1]?.minimum ?? max;
    return { band: b, from, to };
  });
  if (segments[0]) segments[0] = { ...segments[0], from: 0 };
  const lowest = known[0];
  const svg = html`<svg
    viewBox="0 0 ${width} 92"
    width="100%"
    role="img"
    aria-labelledby="${base.id}-title ${base.id}-desc"
  >
    <title id="${base.id}-title">${base.title}</title>
    ${lowest && lowest.minimum > 0 ? html`<rect class="band band-below" x="${x(0)}" y="20" width="${x(lowest.minimum) - x(0)}" height="26" />` : ''}
    ${segments.map(
      (s) =>
        html`<g>
          <rect
            class="band band-${s.band.key}"
            x="${x(Math.max(s.from, s.band.minimum))}"
            y="20"
            width="${Math.max(0, x(s.to) - x(Math.max(s.from, s.band.minimum)))}"
            height="26"
          />
          <line class="edge" x1="${x(s.band.minimum)}" y1="14" x2="${x(s.band.minimum)}" y2="52" />
          <text class="edge-label" x="${x(s.band.minimum)}" y="66" text-anchor="middle">
            ${formatNumber(base.lang, s.band.minimum)}
          </text>
          <text
            class="band-label"
            x="${(x(Math.max(s.from, s.band.minimum)) + x(s.to)) / 2}"
            y="37"
            text-anchor="middle"
          >
            ${s.band.label}
          </text>
        </g>`,
    )}
    ${
      base.score !== null
        ? html`<g class="marker">
            <path d="M ${x(base.score)} 18 l -7 -12 h 14 z" />
            <text x="${x(base.score)}" y="86" text-anchor="middle"
              >${formatNumber(base.lang, base.score)}</text
            >
          </g>`
        : ''
    }
  </svg>`;
  const rows = [
    {
      label: base.scoreLabel,
      value: base.score === null ? '?' : formatNumber(base.lang, base.score),
    },
    ...base.bands.map((b) => ({
      label: b.label,
      value: b.minimum === null ? '?' : `≥ ${formatNumber(base.lang, b.minimum)}`,
    })),
  ];
  const description = rows.map((r) => `${r.label}: ${r.value}`).join('; ');
  return figure(base, svg, description, dataTable(base, rows));
}

/** One step of a plan: what to do and what it adds. */
export interface GainStep {
  readonly label: string;
  readonly gain: number;
}

/**
 * The plan's gains as a waterfall: from the current score, each change adds its gain, up to the
 * target line. The table lists each change, its gain and the running total.
 */
export function gainsChart(
  base: ChartBase & {
    readonly start: number;
    readonly steps: readonly GainStep[];
    readonly target: { readonly label: string; readonly value: number } | null;
    /** The label of the starting row in the table. */
    readonly startLabel: string;
  },
): Html {
  const width = 640;
  const labelWidth = 260;
  const area = width - labelWidth - 60;
  const rowHeight = 22;
  const shown = base.steps.slice(0, 40);
  const end = shown.reduce((s, x) => s + x.gain, base.start);
  const top = Math.max(end, base.target?.value ?? 0, base.start) || 1;
  const bottom = Math.max(0, Math.floor(base.start - (top - base.start) * 0.25));
  const x = (v: number) => labelWidth + round(((v - bottom) / (top - bottom || 1)) * area);
  const height = (shown.length + 1) * rowHeight + 24;
  let running = base.start;
  const bars = shown.map((s, i) => {
    const from = running;
    running += s.gain;
    const y = 4 + (i + 1) * rowHeight;
    const label = s.label.length > 36 ? `${s.label.slice(0, 35)}…` : s.label;
    return html`<g>
      <text class="label" x="${labelWidth - 6}" y="${y + 14}" text-anchor="end">${label}</text>
      <rect
        class="bar gain"
        x="${x(from)}"
        y="${y + 3}"
        width="${Math.max(1, x(running) - x(from))}"
        height="14"
      />
      <text class="value" x="${x(running) + 4}" y="${y + 14}"
        >+${formatNumber(base.lang, s.gain)}</text
      >
    </g>`;
  });
  const svg = html`<svg
    viewBox="0 0 ${width} ${height}"
    width="100%"
    role="img"
    aria-labelledby="${base.id}-title ${base.id}-desc"
  >
    <title id="${base.id}-title">${base.title}</title>
    <g>
      <text class="label" x="${labelWidth - 6}" y="18" text-anchor="end">${base.startLabel}</text>
      <rect
        class="bar"
        x="${x(bottom)}"
        y="7"
        width="${Math.max(1, x(base.start) - x(bottom))}"
        height="14"
      />
      <text class="value" x="${x(base.start) + 4}" y="18">
        ${formatNumber(base.lang, base.start)}
      </text>
    </g>
    ${bars}
    ${
      base.target
        ? html`<line
              class="target"
              x1="${x(base.target.value)}"
              y1="0"
              x2="${x(base.target.value)}"
              y2="${height - 14}"
            />
            <text
              class="edge-label"
              x="${x(base.target.value)}"
              y="${height - 2}"
              text-anchor="middle"
            >
              ${base.target.label} ≥ ${formatNumber(base.lang, base.target.value)}
            </text>`
        : ''
    }
  </svg>`;
  let total = base.start;
  const rows = [
    { label: base.startLabel, value: formatNumber(base.lang, base.start) },
    ...base.steps.map((s) => {
      total += s.gain;
      return {
        label: s.label,
        value: `+${formatNumber(base.lang, s.gain, 4)} → ${formatNumber(base.lang, total)}`,
      };
    }),
  ];
  const description = rows.map((r) => `${r.label}: ${r.value}`).join('; ');
  return figure(base, svg, description, dataTable(base, rows));
}

/** One point of a series (an edition): its label, value (null: not known) and a note. */
export interface SeriesPoint {
  readonly label: string;
  readonly value: number | null;
  readonly note?: string;
}

/**
 * A value across years as columns (0 to `max`), with optional reference lines (band edges). An
 * unknown year is an empty outline marked `?`.
 */
export function seriesChart(
  base: ChartBase & {
    readonly points: readonly SeriesPoint[];
    readonly max?: number;
    readonly lines?: readonly { readonly label: string; readonly value: number }[];
  },
): Html {
  const max = base.max ?? Math.max(1, ...base.points.map((p) => p.value ?? 0));
  const width = 640;
  const height = 220;
  const left = 40;
  const bottom = height - 30;
  const plot = bottom - 14;
  const step = (width - left - 10) / Math.max(1, base.points.length);
  const y = (v: number) => bottom - round((Math.max(0, Math.min(v, max)) / max) * plot);
  const svg = html`<svg
    viewBox="0 0 ${width} ${height}"
    width="100%"
    role="img"
    aria-labelledby="${base.id}-title ${base.id}-desc"
  >
    <title id="${base.id}-title">${base.title}</title>
    <line class="axis" x1="${left}" y1="${bottom}" x2="${width - 10}" y2="${bottom}" />
    ${(base.lines ?? []).map(
      (l) =>
        html`<line
            class="target"
            x1="${left}"
            y1="${y(l.value)}"
            x2="${width - 10}"
            y2="${y(l.value)}"
          />
          <text class="edge-label" x="${left - 4}" y="${y(l.value) + 4}" text-anchor="end">
            ${formatNumber(base.lang, l.value)}
          </text>`,
    )}
    ${base.points.map((p, i) => {
      const cx = left + step * i + step / 2;
      const w = Math.min(60, step * 0.6);
      return html`<g>
        ${
          p.value === null
            ? html`<rect
                  class="bar unknown"
                  x="${round(cx - w / 2)}"
                  y="${bottom - 40}"
                  width="${round(w)}"
                  height="40"
                />
                <text class="value" x="${round(cx)}" y="${bottom - 46}" text-anchor="middle"
                  >?</text
                >`
            : html`<rect
                  class="bar"
                  x="${round(cx - w / 2)}"
                  y="${y(p.value)}"
                  width="${round(w)}"
                  height="${bottom - y(p.value)}"
                />
                <text class="value" x="${round(cx)}" y="${y(p.value) - 6}" text-anchor="middle">
                  ${formatNumber(base.lang, p.value)}
                </text>`
        }
        <text class="label" x="${round(cx)}" y="${bottom + 18}" text-anchor="middle"
          >${p.label}</text
        >
      </g>`;
    })}
  </svg>`;
  const rows = base.points.map((p) => ({
    label: p.label,
    value: valueText(base, p.value),
    note: p.note,
  }));
  const description = rows.map((r) => `${r.label}: ${r.value}`).join('; ');
  return figure(base, svg, description, dataTable(base, rows));
}

/**
 * The charts' stylesheet (served by the routes that use charts, e.g. `/assets/index.css`):
 * screen colours with enough contrast, patterns-free, and a print version.
 */
export const CHART_CSS = `
.chart { margin: 16px 0; }
.chart figcaption { font-weight: 700; margin-bottom: 4px; }
.chart-body { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
.chart-picture { flex: 2 1 360px; min-width: 0; }
.chart-table { flex: 1 1 240px; overflow-x: auto; }
.chart svg { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
.chart .label, .chart .value, .chart .edge-label, .chart .band-label { fill: #1a1a1a; }
.chart .band-label { font-weight: 600; }
.chart .bar { fill: #0b57d0; }
.chart .bar.gain { fill: #0f6b2f; }
.chart .bar.unknown { fill: none; stroke: #555; stroke-dasharray: 4 3; }
.chart .track { fill: #e8eef9; }
.chart .axis { stroke: #555; }
.chart .edge, .chart .target { stroke: #1a1a1a; stroke-width: 1.5; stroke-dasharray: 5 3; }
.chart .band-below { fill: #f1d3d3; }
.chart .band-tidak-dapat-dinilai { fill: #f1d3d3; }
.chart .band-kurang-inovatif { fill: #fbe6b8; }
.chart .band-inovatif { fill: #cfe6d4; }
.chart .band-sangat-inovatif { fill: #9fd3ae; }
.chart .marker path { fill: #a50e0e; }
.chart .marker text { fill: #a50e0e; font-weight: 700; }
.chart-data td.num { text-align: right; white-space: nowrap; }
`;
