// A national-scale run of `inovasi check --stream`: N generated proposals in one CSV file (in a
// temporary directory, deleted afterwards), checked and written as JSON Lines to /dev/null.
// Prints the wall time and peak RSS (/usr/bin/time -v) for each N; the first N is the same-run
// baseline, and the ratios show whether memory stays flat and time grows linearly (issue #14).
// Run: node packages/cli/scripts/national-stream.mjs  (after a build)  Options: SIZES=10000,100000,1000000
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/inovasi.js', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../dist/bin.js', import.meta.url)))) {
  process.stderr.write('Build the CLI first: pnpm turbo run build --filter=@inovasi/cli\n');
  process.exit(2);
}
if (!existsSync('/usr/bin/time')) {
  process.stderr.write('This benchmark needs /usr/bin/time (GNU time) for the peak RSS.\n');
  process.exit(2);
}
const sizes = (process.env.SIZES ?? '10000,100000,1000000').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'inovasi-national-'));

const UNITS = ['Dinas Kependudukan', 'Dinas Kesehatan', 'RSUD', 'Kecamatan', 'Puskesmas'];
async function generate(n, file) {
  const out = createWriteStream(file);
  const write = (line) =>
    out.write(line) ? Promise.resolve() : new Promise((r) => out.once('drain', r));
  await write('id,title,agency.name,agency.type,group,implementationStartDate,sdgs[]\n');
  for (let i = 0; i < n; i += 1) {
    const start = `20${String(10 + (i % 12)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`;
    await write(
      `p${i},Layanan ${UNITS[i % UNITS.length]} Keliling ${i},Pemerintah Daerah ${i % 546},kabupaten,${i % 3 === 0 ? 'khusus' : 'umum'},${start},${1 + (i % 17)};${1 + ((i * 7) % 17)}\n`,
    );
  }
  await new Promise((r) => out.end(r));
}

const rows = [];
try {
  for (const n of sizes) {
    const file = join(dir, `proposals-${n}.csv`);
    await generate(n, file);
    const run = spawnSync(
      '/usr/bin/time',
      [
        '-v',
        process.execPath,
        bin,
        'check',
        file,
        '--rulebook',
        'kipp-2021',
        '--as-of',
        '2021-03-01',
        '--stream',
        '--format',
        'json',
      ],
      { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 },
    );
    const wall = /Elapsed \(wall clock\) time[^:]*: (.+)/.exec(run.stderr)?.[1] ?? '?';
    const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN);
    const [h, m, s] = wall.split(':').length === 3 ? wall.split(':') : ['0', ...wall.split(':')];
    const seconds = Number(h) * 3600 + Number(m) * 60 + Number(s);
    const exit = /Exit status: (\d+)/.exec(run.stderr)?.[1];
    rows.push({ n, seconds, rssMb: rss / 1024, exit });
    rmSync(file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const base = rows[0];
for (const r of rows)
  console.log(
    `${String(r.n).padStart(9)} proposals: ${r.seconds.toFixed(1).padStart(7)} s (${((r.seconds / base.seconds) * (base.n / r.n)).toFixed(2)}× the per-proposal time of ${base.n}), peak RSS ${r.rssMb.toFixed(0)} MB (${(r.rssMb / base.rssMb).toFixed(2)}× of ${base.n}), exit ${r.exit}`,
  );
