// Cold start of the `inovasi` binary as whole processes (spawn to exit), as a user feels it:
// `--version`, `--help`, `rulebook list`, a check with a city overlay file, and `inovasi check`
// of one generated proposal (about 2,000 words, on
// stdin, kipp-2021), each paired run by run with bare `node -e 0` (A B A B …; the ratio is the
// median of the per-pair ratios, so a drift in the machine's speed hits both). Wall time of
// the whole process; CPU time and peak memory from GNU time where it is installed.
// Target (issue 18): a single `inovasi check` within 2× `node -e 0`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { abort, emit, generator, QUICK, SEED, stats } from '../lib.mjs';

const bin = fileURLToPath(new URL('../../../cli/bin/inovasi.js', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../../../cli/dist/bin.cjs', import.meta.url))))
  abort('cold-start: build the CLI first (pnpm build)');
const timer = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const { generateProposals } = await generator();
const proposal = JSON.stringify(generateProposals(1, { seed: SEED })[0]);
const RUNS = QUICK ? 5 : Number(process.env.BENCH_COLD_RUNS ?? 15);

function once(argv, input) {
  const start = performance.now();
  const r = timer
    ? spawnSync(timer, ['-f', '%U %S %M', process.execPath, ...argv], { input, encoding: 'utf8' })
    : spawnSync(process.execPath, argv, { input, encoding: 'utf8' });
  const wall = performance.now() - start;
  if (![0, 1, 3].includes(r.status))
    abort(`cold-start: ${argv.join(' ')} exited ${r.status}\n${r.stderr}`);
  const [user = 0, system = 0, kb = 0] = timer
    ? (r.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number)
    : [];
  return { wall, cpu: (user + system) * 1000, mb: kb / 1024 };
}

const floor = ['-e', '0'];
const overlay = fileURLToPath(
  new URL('../../../../apps/examples/data/cilegon/cilegon-lomba-2018.yaml', import.meta.url),
);
const small = JSON.stringify({
  title: 'Si Dukung',
  agency: { name: 'Pemerintah Kota Cilegon', type: 'kota' },
  implementationStartDate: '2016-08-17',
});
const cases = [
  ['inovasi --version', [bin, '--version'], '', undefined],
  ['inovasi --help', [bin, '--help'], '', undefined],
  ['inovasi rulebook list', [bin, 'rulebook', 'list'], '', undefined],
  [
    'inovasi check (a city overlay file)',
    [bin, 'check', '-', '--rulebook', overlay, '--as-of', '2018-02-01'],
    small,
    undefined,
  ],
  [
    'inovasi check (one proposal, stdin, kipp-2021)',
    [bin, 'check', '-', '--rulebook', 'kipp-2021', '--as-of', '2021-03-01'],
    proposal,
    2,
  ],
];
for (const [name, argv, input, target] of cases) {
  once(floor, '');
  once(argv, input); // warm the file-system cache
  const a = [];
  const b = [];
  const cpuA = [];
  const cpuB = [];
  let mb = 0;
  let floorMb = 0;
  const runs = target === undefined ? Math.ceil(RUNS / 2) : RUNS;
  for (let i = 0; i < runs; i += 1) {
    const x = once(argv, input);
    const y = once(floor, '');
    a.push(x.wall);
    b.push(y.wall);
    cpuA.push(x.cpu);
    cpuB.push(y.cpu);
    mb = Math.max(mb, x.mb);
    floorMb = Math.max(floorMb, y.mb);
  }
  const ratio = stats(a.map((x, i) => x / b[i])).median;
  const cpuRatio = timer ? stats(cpuA.map((x, i) => x / cpuB[i])).median : undefined;
  emit({
    suite: 'cold-start',
    operation: name,
    size: 'one process',
    clock: 'wall',
    samples: a,
    peakMb: mb,
    baseline: { name: 'node -e 0', samples: b },
    ratio,
    ...(target ? { target: { text: `≤ ${target}× node -e 0 (wall)`, pass: ratio <= target } } : {}),
    note: timer
      ? `cpu ${stats(cpuA).median.toFixed(0)} ms vs ${stats(cpuB).median.toFixed(0)} ms (${cpuRatio.toFixed(2)}×); node -e 0 peak ${floorMb.toFixed(0)} MB`
      : 'GNU time not installed: no CPU or memory figure',
  });
}
