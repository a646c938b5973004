// Cold start of the `inovasi` binary, measured as whole processes (spawn to exit), as a user
// feels it: `inovasi --version`, `inovasi --help`, and checking one proposal. Prints the median
// and the 90th percentile of N runs, beside bare `node -e ""` (on a loaded machine, compare the
// difference). Targets (issue 7): the check under 300 ms.
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
const timer = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const proposal = JSON.stringify({
  title: 'Si Dukung',
  agency: { name: 'Pemerintah Kota Cilegon', type: 'kota' },
  unit: 'Dinas Kependudukan dan Pencatatan Sipil',
  category: 'pelayanan-publik',
  sdgs: [16],
  awards: [],
  implementationStartDate: '2016-08-17',
});
const overlay = fileURLToPath(
  new URL('../../../apps/examples/data/cilegon/cilegon-lomba-2018.yaml', import.meta.url),
);

const cases = [
  ['node -e "" (the floor: Node itself)', null, ''],
  ['inovasi --version', ['--version'], ''],
  ['inovasi --help', ['--help'], ''],
  [
    'inovasi check (one proposal, stdin)',
    ['check', '-', '--rulebook', 'kipp-2018', '--as-of', '2018-03-01'],
    proposal,
  ],
  [
    'inovasi check (a city overlay file)',
    ['check', '-', '--rulebook', overlay, '--as-of', '2018-02-01'],
    proposal,
  ],
  ['inovasi rulebook list', ['rulebook', 'list'], ''],
];

const TARGET_MS = {
  'inovasi check (one proposal, stdin)': 300,
  'inovasi check (a city overlay file)': 300,
};
let failed = false;
for (const [name, args, input] of cases) {
  const argv = args === null ? ['-e', ''] : [bin, ...args];
  spawnSync(process.execPath, argv, { input }); // warm the file-system cache
  const times = [];
  const cpu = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    // With GNU time, also the CPU the process used (user + system): far steadier than wall
    // time when other work shares the machine.
    const r = timer
      ? spawnSync(timer, ['-f', '%U %S', process.execPath, ...argv], { input, encoding: 'utf8' })
      : spawnSync(process.execPath, argv, { input, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (timer) {
      const [user = 0, system = 0] = (r.stderr.trim().split('\n').at(-1) ?? '')
        .split(' ')
        .map(Number);
      cpu.push((user + system) * 1000);
    }
    // 0 ready, 1 not ready, 3 needs review are answers; 2 and 70 are failures.
    if (![0, 1, 3].includes(r.status)) {
      process.stderr.write(`${name}: exit ${r.status}\n${r.stderr}`);
      process.exit(1);
    }
  }
  cpu.sort((a, b) => a - b);
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
    `${name.padEnd(40)} median ${median.toFixed(0)} ms, p90 ${p90.toFixed(0)} ms${cpu.length > 0 ? `, cpu ${cpu[Math.floor(cpu.length / 2)].toFixed(0)} ms` : ''} (${runs} runs)${verdict}\n`,
  );
}
process.exit(failed ? 1 : 0);
