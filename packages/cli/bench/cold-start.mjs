// Cold start of the `inovasi` binary, measured as whole processes (spawn to exit), as a user
// feels it: `inovasi --version`, `inovasi --help`, and checking one proposal. Prints the median
// and the 90th percentile of N runs. Targets (issue 7): the check under 300 ms.
// Run: pnpm --filter @inovasi/cli bench  (after a build)   Options: RUNS=30
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/inovasi.js', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../dist/bin.js', import.meta.url)))) {
  process.stderr.write('Build the CLI first: pnpm turbo run build --filter=@inovasi/cli\n');
  process.exit(2);
}
const runs = Number(process.env.RUNS ?? 20);
const proposal = JSON.stringify({ title: 'Si Dukung', implementationStartDate: '2016-08-17' });

const cases = [
  ['inovasi --version', ['--version'], ''],
  ['inovasi --help', ['--help'], ''],
  [
    'inovasi check (one proposal, stdin)',
    ['check', '-', '--rulebook', 'kipp-2018', '--as-of', '2018-03-01'],
    proposal,
  ],
  ['inovasi rulebook list', ['rulebook', 'list'], ''],
];

const TARGET_MS = { 'inovasi check (one proposal, stdin)': 300 };
let failed = false;
for (const [name, args, input] of cases) {
  spawnSync(process.execPath, [bin, ...args], { input }); // warm the file-system cache
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, ...args], { input });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0) {
      process.stderr.write(`${name}: exit ${r.status}\n${r.stderr}`);
      process.exit(1);
    }
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p90 = times[Math.floor(times.length * 0.9)];
  const target = TARGET_MS[name];
  const verdict =
    target === undefined
      ? ''
      : median <= target
        ? `  (target ${target} ms: ok)`
        : `  (target ${target} ms: MISSED)`;
  if (target !== undefined && median > target) failed = true;
  process.stdout.write(
    `${name.padEnd(38)} median ${median.toFixed(0)} ms, p90 ${p90.toFixed(0)} ms (${runs} runs)${verdict}\n`,
  );
}
process.exit(failed ? 1 : 0);
