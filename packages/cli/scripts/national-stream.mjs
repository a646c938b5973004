// A national-scale run of `inovasi check --stream` (issue #14): N proposals are generated as a
// stream of JSON Lines and piped into the CLI's standard input (nothing is written to disk); the
// CLI writes JSON Lines to /dev/null. One run per N (default one run of 1,000,000), with
// checkpoints at 10,000, 100,000, 250,000 … proposals: at each, the wall time, the CPU time and the
// peak RSS so far of the CLI process (read from /proc), printed as soon as it passes, so a run
// stopped early still leaves its figures. Peak RSS also counts the garbage V8 lets pile up between
// full collections (its heap limit grows with the run, up to a point), so beside it comes the
// largest heap in use right after a full collection so far (gc-live.mjs, preloaded into the CLI):
// the data the CLI really keeps. The same-run baseline is the same stream piped into a
// `node -e` that only counts lines, with the same checkpoints. The pipe holds at most 64 KB, so
// "written" is within a few hundred proposals of "read" at each checkpoint.
//
// Run (after a build):  nice -n 10 node packages/cli/scripts/national-stream.mjs
// Options (env): SIZES=1000000  CHECKPOINTS=10000,100000,250000,500000,750000  FORMAT=json|csv|table
//
// The proposals are short (title, agency, group, start date, SDGs), as an agency's registration
// list is; 546 agencies, every title distinct except one in 1,000 repeated within its agency,
// so the duplicate-title and quota rules have work to do across the whole stream.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/inovasi.js', import.meta.url));
const gcLive = fileURLToPath(new URL('./gc-live.mjs', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'inovasi-national-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
if (!existsSync(fileURLToPath(new URL('../dist/bin.cjs', import.meta.url)))) {
  process.stderr.write('Build the CLI first: npx -y pnpm@10.34.9 --filter @inovasi/cli... build\n');
  process.exit(2);
}
if (!existsSync('/usr/bin/time')) {
  process.stderr.write('This benchmark needs /usr/bin/time (GNU time) for the peak RSS.\n');
  process.exit(2);
}
const sizes = (process.env.SIZES ?? '1000000').split(',').map(Number);
const checkpoints = (process.env.CHECKPOINTS ?? '10000,100000,250000,500000,750000')
  .split(',')
  .map(Number);
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

/** CPU seconds and peak RSS (MB) so far of a process, from /proc; undefined once it is gone. */
function usage(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in ticks of 10 ms
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return { cpu, rssMb: Number(hwm) / 1024 };
  } catch {
    return undefined;
  }
}

/** The largest heap in use after a full collection so far (MB) and how many there were. */
function liveHeap(log) {
  let text = '';
  try {
    text = readFileSync(log, 'utf8');
  } catch {
    return undefined; // no full collection yet
  }
  const used = text
    .trim()
    .split('\n')
    .map((line) => Number(line.split(' ')[1]));
  return { liveMb: Math.max(...used) / 1048576, fullGcs: used.length };
}

/** The pid of the first child of `pid` (the command GNU time runs). */
function childOf(pid) {
  try {
    const first = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ')[0];
    return first ? Number(first) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The CPU seconds of `pid` and its descendants (the CLI runs a long stream in a child process of
 * its own) and the largest peak RSS among them.
 */
function treeUsage(pid) {
  let total;
  for (let p = pid; p !== undefined; p = childOf(p)) {
    const u = usage(p);
    if (!u) break;
    total = total ? { cpu: total.cpu + u.cpu, rssMb: Math.max(total.rssMb, u.rssMb) } : u;
  }
  return total;
}

/**
 * Runs `command` under GNU time with N generated proposals on its stdin; calls `report` at each
 * checkpoint with the figures so far. Resolves with the final figures.
 */
async function measure(n, command, report, gcLog) {
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-v', ...command], {
    stdio: ['pipe', 'ignore', 'pipe'],
    env: gcLog ? { ...process.env, INOVASI_GC_LOG: gcLog } : process.env,
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text) => {
    stderr += text;
  });
  child.stdin.on('error', () => undefined); // a child that stops early is reported by its exit
  const exited = once(child, 'close');
  let pid;
  let batch = '';
  let next = 0;
  const marks = checkpoints.filter((c) => c < n);
  for (let i = 0; i < n; i += 1) {
    batch += proposal(i);
    if (i + 1 === marks[next]) {
      if (!child.stdin.write(batch)) await once(child.stdin, 'drain');
      batch = '';
      pid ??= childOf(child.pid);
      const now = pid === undefined ? undefined : treeUsage(pid);
      const live = gcLog ? liveHeap(gcLog) : undefined;
      if (now)
        report({ at: i + 1, seconds: (performance.now() - started) / 1000, ...now, ...live });
      next += 1;
      continue;
    }
    if (batch.length < 1 << 16) continue;
    if (!child.stdin.write(batch)) await once(child.stdin, 'drain');
    batch = '';
  }
  child.stdin.end(batch);
  await exited;
  const time = (name) => Number(new RegExp(`${name} \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1]);
  const wall = /Elapsed \(wall clock\) time.*: ([\d:.]+)\s*$/m.exec(stderr)?.[1] ?? '0:0';
  const seconds = wall
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
  const rssMb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]) / 1024;
  const exit = /Exit status: (\d+)/.exec(stderr)?.[1] ?? '0';
  const said = stderr.split('\n\tCommand being timed')[0]?.trim() ?? '';
  const live = gcLog ? liveHeap(gcLog) : undefined;
  const final = { at: n, seconds, cpu: time('User time') + time('System time'), rssMb, ...live };
  report(final);
  return { ...final, exit, said };
}

const cli = [
  process.execPath,
  '--import',
  gcLive,
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

const line = (who, r, base) =>
  `${who} ${String(r.at).padStart(9)} proposals: ${r.seconds.toFixed(1).padStart(7)} s wall, ` +
  `${r.cpu.toFixed(1).padStart(7)} s CPU (${((r.cpu / r.at) * 1e6).toFixed(0)} µs each), ` +
  `peak RSS ${r.rssMb.toFixed(0).padStart(4)} MB` +
  (base ? ` (${(r.rssMb / base.rssMb).toFixed(2)}× at ${base.at})` : '') +
  (r.liveMb === undefined
    ? ''
    : `; live heap after a full GC: max ${r.liveMb.toFixed(1)} MB (${r.fullGcs} full GCs)`);

process.stdout.write(`load: ${readFileSync('/proc/loadavg', 'utf8').trim()}\n`);
for (const n of sizes) {
  let first;
  const base = await measure(n, counter, (r) => {
    first ??= r;
    process.stdout.write(`${line('baseline', r, first)}\n`);
  });
  first = undefined;
  const run = await measure(
    n,
    cli,
    (r) => {
      first ??= r;
      process.stdout.write(`${line('inovasi ', r, first)}\n`);
    },
    join(scratch, `gc-${n}.log`),
  );
  if (!['0', '1', '3'].includes(run.exit))
    process.stderr.write(`N=${n}: the CLI exited ${run.exit}: ${run.said.slice(0, 500)}\n`);
  process.stdout.write(
    `N=${n}: exit ${run.exit}; CLI/baseline ${(run.seconds / Math.max(base.seconds, 0.01)).toFixed(1)}× wall, ` +
      `${(run.cpu / Math.max(base.cpu, 0.01)).toFixed(1)}× CPU, ${(run.rssMb / base.rssMb).toFixed(1)}× peak RSS; ` +
      `load: ${readFileSync('/proc/loadavg', 'utf8').trim()}\n`,
  );
}
