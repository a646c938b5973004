// `pnpm bench`: every benchmark in one harness and one table. Each suite runs in a process of
// its own (its peak memory is its own) and prints its figures; this script gathers them, prints
// the table (operation, data size, median and spread, throughput, peak memory, the same-run
// baseline and the ratio to it, the target, pass/miss) with the machine's load average before
// and after, and exits 1 when a target is missed (3 when a suite failed or answered wrongly).
//
//   pnpm bench                      # all suites, the table
//   pnpm bench --json > a.json      # the figures as JSON, to compare commits
//   pnpm bench --save a.json        # the table, and the figures as JSON in a.json
//   pnpm bench --only readiness,http
//   BENCH_QUICK=1 pnpm bench        # fewer runs: a smoke test, not figures to quote
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadAverage } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ORDER = [
  'readiness',
  'incentive',
  'predikat',
  'iid',
  'scoring',
  'allocation',
  'cold-start',
  'http',
  'healthz',
];
const available = readdirSync(join(here, 'suites'))
  .filter((f) => f.endsWith('.mjs'))
  .map((f) => f.slice(0, -4))
  .sort((x, y) => (ORDER.indexOf(x) + 1 || 99) - (ORDER.indexOf(y) + 1 || 99));

let args;
try {
  args = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      save: { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (error) {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(
    `usage: pnpm bench [--json] [--save FILE.json] [--only ${available.join(',')}]\nBENCH_QUICK=1: fewer runs; BENCH_SEED=N: other data.\n`,
  );
  process.exit(0);
}
const only = args.only?.split(',').map((s) => s.trim());
for (const name of only ?? []) {
  if (!available.includes(name)) {
    process.stderr.write(`bench: unknown suite "${name}" (${available.join(', ')})\n`);
    process.exit(2);
  }
}
const suites = only ? available.filter((s) => only.includes(s)) : available;
const log = (text) => process.stderr.write(text);

function runSuite(name) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(here, 'suites', `${name}.mjs`)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    const rows = [];
    let buffer = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('ROW ')) rows.push(JSON.parse(line.slice(4)));
        else if (line.trim() !== '') log(`  [${name}] ${line}\n`);
      }
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ name, code, rows, stderr }));
  });
}

const started = Date.now();
const loadBefore = loadAverage();
log(
  `bench: ${suites.length} suites on ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, load ${loadBefore?.join(' ') ?? 'n/a'}\n`,
);
const results = [];
for (const name of suites) {
  const t0 = Date.now();
  log(`bench: ${name} …`);
  const result = await runSuite(name);
  log(
    ` ${((Date.now() - t0) / 1000).toFixed(1)} s${result.code === 0 ? '' : ` (exit ${result.code})`}\n`,
  );
  if (result.code !== 0) log(result.stderr.replace(/^/gm, `  [${name}] `));
  results.push(result);
}
const loadAfter = loadAverage();
const rows = results.flatMap((r) => r.rows);
const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
const missed = rows.filter((r) => r.pass === false);

const fmtMs = (ms) =>
  ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 0.1 ? ms.toFixed(2) : ms.toFixed(4);
const fmtN = (n) =>
  n >= 100 ? Math.round(n).toLocaleString('en-US') : n >= 1 ? n.toFixed(1) : n.toPrecision(2);
const fmtRatio = (r) =>
  r >= 10 ? `${r.toFixed(0)}×` : r >= 0.1 ? `${r.toFixed(2)}×` : `${r.toFixed(3)}×`;

const figures = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: availableParallelism(),
  load: { before: loadBefore, after: loadAfter },
  seconds: (Date.now() - started) / 1000,
  failed,
  rows,
};
if (args.save) writeFileSync(args.save, `${JSON.stringify(figures, null, 2)}\n`);
if (args.json) {
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
} else {
  const header = [
    'operation',
    'data',
    'median',
    'min–max',
    'throughput',
    'peak MB',
    'baseline (same run)',
    'ratio',
    'target',
    '',
    'note',
  ];
  const table = rows.map((r) => [
    r.operation,
    r.size,
    `${fmtMs(r.medianMs)} ms${r.clock === 'cpu' ? ' cpu' : ''}`,
    `${fmtMs(r.minMs)}–${fmtMs(r.maxMs)}`,
    r.throughput !== undefined ? `${fmtN(r.throughput)} ${r.unit}` : '',
    r.peakMb.toFixed(0),
    r.baseline ? `${r.baseline}: ${fmtMs(r.baselineMs)} ms` : '',
    r.ratio !== undefined ? fmtRatio(r.ratio) : '',
    r.target ?? '',
    r.pass === undefined ? '' : r.pass ? 'pass' : 'MISS',
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  process.stdout.write(
    [
      line(header),
      `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
      ...table.map(line),
      '',
      `load average (1/5/15 min): before ${loadBefore?.join(' ') ?? 'n/a'}, after ${loadAfter?.join(' ') ?? 'n/a'}; ${availableParallelism()} CPUs; ${process.version}; ${((Date.now() - started) / 1000).toFixed(0)} s`,
      `ratio = median of this figure / median of its baseline, timed in the same run (paired A B A B where both are in-process). "cpu" = CPU time of the process (user + system).`,
      `${missed.length === 0 ? 'every target met' : `${missed.length} target(s) missed: ${missed.map((r) => r.operation).join('; ')}`}${failed.length > 0 ? `; suites failed: ${failed.join(', ')}` : ''}`,
      '',
    ].join('\n'),
  );
}
process.exitCode = failed.length > 0 ? 3 : missed.length > 0 ? 1 : 0;
