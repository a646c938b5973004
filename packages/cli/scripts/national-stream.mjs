// A national-scale run of `inovasi check --stream` (issue #14): N proposals are generated as a
// stream of JSON Lines and piped into the CLI's standard input (nothing is written to disk); the
// CLI writes JSON Lines to /dev/null. For each N it prints the CLI's wall time and peak RSS
// (GNU time), and the same figures for a same-run baseline: the same stream piped into a
// `node -e` that only counts lines. Ratios to the baseline and to the first N show whether
// memory stays flat and time grows linearly.
//
// Run (after a build):  nice -n 10 node packages/cli/scripts/national-stream.mjs
// Options (env): SIZES=10000,100000,1000000  FORMAT=json|csv|table
//
// The proposals are short (title, agency, group, start date, SDGs), as an agency's registration
// list is; 546 agencies, every title distinct except one in 1,000 repeated within its agency,
// so the duplicate-title and quota rules have work to do across the whole stream.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/inovasi.js', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../dist/bin.js', import.meta.url)))) {
  process.stderr.write('Build the CLI first: npx -y pnpm@10.34.9 --filter @inovasi/cli... build\n');
  process.exit(2);
}
if (!existsSync('/usr/bin/time')) {
  process.stderr.write('This benchmark needs /usr/bin/time (GNU time) for the peak RSS.\n');
  process.exit(2);
}
const sizes = (process.env.SIZES ?? '10000,100000,1000000').split(',').map(Number);
const format = process.env.FORMAT ?? 'json';

const UNITS = ['Dinas Kependudukan', 'Dinas Kesehatan', 'RSUD', 'Kecamatan', 'Puskesmas'];
const GROUPS = ['umum', 'umum', 'replikasi', 'khusus'];

/** Proposal i as one JSON line. */
function proposal(i) {
  // one in a thousand repeats the title of the proposal 546 before it (same agency)
  const t = i % 1000 === 999 ? i - 546 : i;
  return `${JSON.stringify({
    id: `p${i}`,
    title: `Layanan ${UNITS[t % UNITS.length]} Keliling ${t}`,
    agency: { name: `Pemerintah Daerah ${i % 546}`, type: i % 546 < 38 ? 'provinsi' : 'kabupaten' },
    group: GROUPS[i % GROUPS.length],
    implementationStartDate: `20${10 + (i % 12)}-0${1 + (i % 9)}-1${i % 10}`,
    sdgs: [1 + (i % 17), 1 + ((i * 7) % 17)],
  })}\n`;
}

/** Runs `command` under GNU time with N generated proposals on its stdin. */
async function measure(n, command) {
  const child = spawn('/usr/bin/time', ['-v', ...command], {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text) => {
    stderr += text;
  });
  child.stdin.on('error', () => undefined); // a child that stops early is reported by its exit
  const exited = once(child, 'close');
  let batch = '';
  for (let i = 0; i < n; i += 1) {
    batch += proposal(i);
    if (batch.length < 1 << 16) continue;
    if (!child.stdin.write(batch)) await once(child.stdin, 'drain');
    batch = '';
  }
  child.stdin.end(batch);
  await exited;
  const wall = /Elapsed \(wall clock\) time.*: ([\d:.]+)\s*$/m.exec(stderr)?.[1] ?? '0:0';
  const parts = wall.split(':').map(Number);
  const seconds = parts.reduce((total, part) => total * 60 + part, 0);
  const rssMb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]) / 1024;
  const exit = /Exit status: (\d+)/.exec(stderr)?.[1] ?? '0';
  const said = stderr.split('\n\tCommand being timed')[0]?.trim() ?? '';
  return { seconds, rssMb, exit, said };
}

const cli = [
  process.execPath,
  bin,
  'check',
  '-',
  '--stream',
  '--rulebook',
  'kipp-2021',
  '--as-of',
  '2021-03-01',
  '--format',
  format,
];
const counter = [
  process.execPath,
  '-e',
  'let n=0;process.stdin.on("data",(b)=>{for(const c of b)if(c===10)n++}).on("end",()=>console.log(n))',
];

const rows = [];
for (const n of sizes) {
  const base = await measure(n, counter);
  const run = await measure(n, cli);
  if (!['0', '1', '3'].includes(run.exit))
    process.stderr.write(`N=${n}: the CLI exited ${run.exit}: ${run.said.slice(0, 500)}\n`);
  rows.push({ n, run, base });
  const first = rows[0];
  process.stdout.write(
    `${String(n).padStart(9)} proposals: ${run.seconds.toFixed(1).padStart(7)} s ` +
      `(${((run.seconds / n) * 1e6).toFixed(0)} µs each, ${((run.seconds / first.run.seconds) * (first.n / n)).toFixed(2)}× the per-proposal time at ${first.n}), ` +
      `peak RSS ${run.rssMb.toFixed(0)} MB (${(run.rssMb / first.run.rssMb).toFixed(2)}× at ${first.n}), exit ${run.exit}; ` +
      `baseline (same stream, line count): ${base.seconds.toFixed(1)} s, ${base.rssMb.toFixed(0)} MB → ` +
      `CLI/baseline ${(run.seconds / Math.max(base.seconds, 0.01)).toFixed(1)}× time, ${(run.rssMb / base.rssMb).toFixed(1)}× RSS\n`,
  );
}
