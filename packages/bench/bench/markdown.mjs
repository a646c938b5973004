// Prints the figures of `pnpm bench --json` as a Markdown table (for the README):
//   pnpm bench --json > bench.json; node packages/bench/bench/markdown.mjs bench.json
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: markdown.mjs BENCH.json (from pnpm bench --json)\n');
  process.exit(2);
}
const run = JSON.parse(readFileSync(file, 'utf8'));
const ms = (v) =>
  v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 0.1 ? v.toFixed(2) : v.toFixed(4);
const n = (v) => (v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1));
const ratio = (r) =>
  r >= 10 ? `${r.toFixed(0)}×` : r >= 0.1 ? `${r.toFixed(2)}×` : `${r.toFixed(3)}×`;
const cell = (s) => String(s).replaceAll('|', '\\|');
const rows = run.rows.map((r) => [
  r.operation,
  r.size,
  `${ms(r.medianMs)} ms${r.clock === 'cpu' ? ' cpu' : ''} (${ms(r.minMs)}–${ms(r.maxMs)})`,
  r.throughput !== undefined ? `${n(r.throughput)} ${r.unit}` : '',
  r.baseline ? `${r.baseline}: ${ms(r.baselineMs)} ms` : '',
  r.ratio !== undefined ? ratio(r.ratio) : '',
  r.target ?? '',
  r.pass === undefined ? '' : r.pass ? 'pass' : '**miss**',
]);
const header = [
  'operation',
  'data',
  'median (min–max)',
  'throughput',
  'baseline, same run',
  'ratio',
  'target',
  '',
];
process.stdout.write(
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
    `${run.date.slice(0, 10)}, Node ${run.node}, ${run.cpus} CPUs; load average before ${run.load.before?.join(' ')}, after ${run.load.after?.join(' ')}; ${Math.round(run.seconds)} s.`,
    '',
  ].join('\n'),
);
