/**
 * A minimal horizontal bar chart as server-rendered SVG, with the accessible table beside it
 * (the SVG is `aria-hidden`; screen readers read the table). The desk's shared `charts.ts` was
 * not on main when judging needed one; this is the judging pages' own small chart.
 *
 * @module
 */
import { html, type Html } from '../html.js';

/** One bar. */
export interface Bar {
  readonly label: string;
  readonly value: number | null;
}

/** One group of bars (e.g. an entry), each bar a series (e.g. a criterion or a judge). */
export interface BarGroup {
  readonly label: string;
  readonly bars: readonly Bar[];
}

const COLOURS = [
  '#1f5fa8',
  '#c2571a',
  '#2f8a3b',
  '#8a2f7d',
  '#6b6b00',
  '#0f7f86',
  '#a8323e',
  '#555',
];

const fmt = (v: number | null, lang: string) =>
  v === null
    ? '—'
    : v.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 2 });

/** A grouped bar chart with its table. `max` is the scale's top (e.g. 100 or 5). */
export function renderBarChart(options: {
  readonly id: string;
  readonly caption: string;
  readonly groups: readonly BarGroup[];
  readonly series: readonly string[];
  readonly max: number;
  readonly lang: string;
  readonly groupHeader: string;
}): Html {
  const { groups, series, max, lang } = options;
  const barH = 10;
  const gap = 6;
  const labelW = 220;
  const plotW = 360;
  const groupH = series.length * barH + gap * 2;
  const height = groups.length * groupH + 24;
  const width = labelW + plotW + 60;
  const x = (v: number) => (Math.max(0, Math.min(v, max)) / (max || 1)) * plotW;
  const svgBars = groups.map((g, gi) => {
    const y0 = gi * groupH + gap;
    return html`<text
        x="${labelW - 6}"
        y="${y0 + (series.length * barH) / 2 + 4}"
        text-anchor="end"
        font-size="11"
        >${g.label.length > 34 ? `${g.label.slice(0, 33)}…` : g.label}</text
      >
      ${g.bars.map((b, bi) =>
        b.value === null
          ? ''
          : html`<rect
                x="${labelW}"
                y="${y0 + bi * barH}"
                width="${x(b.value).toFixed(1)}"
                height="${barH - 2}"
                fill="${COLOURS[bi % COLOURS.length] ?? '#555'}"
              ></rect>
              <text x="${labelW + x(b.value) + 3}" y="${y0 + bi * barH + barH - 2}" font-size="9"
                >${fmt(b.value, lang)}</text
              >`,
      )}`;
  });
  const legend = series.map(
    (s, i) => html`<li><span class="swatch swatch-${i % COLOURS.length}"></span>${s}</li>`,
  );
  return html`<figure class="chart" id="${options.id}">
    <figcaption>${options.caption}</figcaption>
    <div class="chart-row">
      <svg
        viewBox="0 0 ${width} ${height}"
        width="${width}"
        height="${height}"
        role="img"
        aria-hidden="true"
        focusable="false"
      >
        <line x1="${labelW}" y1="0" x2="${labelW}" y2="${height - 20}" stroke="#888"></line>
        <line
          x1="${labelW + plotW}"
          y1="0"
          x2="${labelW + plotW}"
          y2="${height - 20}"
          stroke="#ddd"
        ></line>
        <text x="${labelW}" y="${height - 6}" font-size="10">0</text>
        <text x="${labelW + plotW}" y="${height - 6}" font-size="10" text-anchor="end">
          ${fmt(max, lang)}
        </text>
        ${svgBars}
      </svg>
      <ul class="legend">
        ${legend}
      </ul>
    </div>
    <table class="chart-table">
      <caption>
        ${options.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${options.groupHeader}</th>
          ${series.map((s) => html`<th scope="col">${s}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${groups.map(
          (g) =>
            html`<tr>
              <th scope="row">${g.label}</th>
              ${g.bars.map((b) => html`<td>${fmt(b.value, lang)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </figure>`;
}

/** The stylesheet of the judging pages: charts, the matrix, and A4 printing. */
export const JUDGING_CSS = `
.chart { margin: 1rem 0; }
.chart-row { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; overflow-x: auto; }
.chart svg { max-width: 100%; height: auto; }
.legend { list-style: none; padding: 0; font-size: .85rem; }
.swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; vertical-align: middle; }
${COLOURS.map((c, i) => `.swatch-${i} { background: ${c}; }`).join('\n')}
.chart-table { font-size: .85rem; }
.matrix td.conflict { background: #e6e6e6; color: #555; }
.matrix td.assigned { background: #e7f1ff; }
.decision-advance { color: #1d6b2a; font-weight: 600; }
.decision-out { color: #9b1c1c; }
.decision-review { color: #8a5a00; font-weight: 600; }
.close-call { background: #fff4d6; }
.refused { border-left: 4px solid #9b1c1c; padding-left: .5rem; }
.report-md { white-space: pre-wrap; font-size: .85rem; }
@media print {
  @page { size: A4; margin: 15mm 12mm; }
  header nav, header .lang, .skip, form, .no-print, .exports { display: none !important; }
  body { font-size: 10pt; color: #000; background: #fff; }
  main { max-width: none; padding: 0; }
  table { page-break-inside: auto; border-collapse: collapse; width: 100%; }
  tr { page-break-inside: avoid; }
  th, td { border: 1px solid #999; padding: 2pt 4pt; }
  h2 { page-break-after: avoid; }
  .chart { page-break-inside: avoid; }
  a { color: #000; text-decoration: none; }
}
`;
