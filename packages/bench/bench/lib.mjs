// Shared helpers of the benchmark harness: timing (CPU or wall), statistics, the row format the
// suites print and `run.mjs` gathers into one table. A suite is a script that prints one line
// `ROW <json>` per figure; it runs in a process of its own, so its peak memory is its own.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** The seed of the generated national data (`BENCH_SEED`, default 1). */
export const SEED = Number(process.env.BENCH_SEED ?? 1);
/** `BENCH_QUICK=1`: fewer runs (a smoke run, not figures to quote). */
export const QUICK = process.env.BENCH_QUICK === '1';

/** Load average of the machine (1, 5, 15 minutes), or null where /proc is missing. */
export function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
  } catch {
    return null;
  }
}

/** CPU time of this process so far (user + system), in ms. */
export function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Peak resident memory of this process so far, in MB. */
export function peakMb() {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Times `fn` `runs` times after `warmup` untimed runs. `clock: 'cpu'` counts the CPU time of this
 * process (what other processes on a shared machine cannot inflate), `'wall'` elapsed time.
 * Returns the samples in ms. `fn` may be async.
 */
export async function time(fn, { runs = 9, warmup = 2, clock = 'cpu' } = {}) {
  if (QUICK) {
    runs = Math.min(runs, 3);
    warmup = Math.min(warmup, 1);
  }
  const now = clock === 'cpu' ? cpuMs : () => performance.now();
  for (let i = 0; i < warmup; i += 1) await fn();
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const start = now();
    await fn();
    samples.push(now() - start);
  }
  return samples;
}

/**
 * Times two functions in turn (A B A B …) so a drift in the machine's speed hits both; returns
 * both sample lists and the per-pair ratios A/B.
 */
export async function timePair(a, b, options = {}) {
  const { runs = 9, warmup = 2, clock = 'cpu' } = options;
  const n = QUICK ? Math.min(runs, 3) : runs;
  const now = clock === 'cpu' ? cpuMs : () => performance.now();
  for (let i = 0; i < (QUICK ? 1 : warmup); i += 1) {
    await a();
    await b();
  }
  const as = [];
  const bs = [];
  for (let i = 0; i < n; i += 1) {
    let start = now();
    await a();
    as.push(now() - start);
    start = now();
    await b();
    bs.push(now() - start);
  }
  return { a: as, b: bs, ratios: as.map((x, i) => x / bs[i]) };
}

/** Median, minimum and maximum of samples. */
export function stats(samples) {
  const sorted = [...samples].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: sorted.length };
}

/**
 * Prints one figure. Fields: suite, operation, size (text), items (for the throughput), unit,
 * clock, samples (ms), baseline { name, samples } (timed in the same run), ratio (median of the
 * per-pair ratios when paired), target { text, pass }, note.
 */
export function emit(row) {
  const s = stats(row.samples);
  const base = row.baseline ? stats(row.baseline.samples) : undefined;
  const out = {
    suite: row.suite,
    operation: row.operation,
    size: row.size,
    clock: row.clock ?? 'cpu',
    runs: s.runs,
    medianMs: s.median,
    minMs: s.min,
    maxMs: s.max,
    ...(row.items !== undefined
      ? { throughput: (row.items / s.median) * 1000, unit: `${row.unit}/s` }
      : {}),
    ...(row.throughput !== undefined ? { throughput: row.throughput, unit: row.unit } : {}),
    peakMb: row.peakMb ?? peakMb(),
    ...(base
      ? {
          baseline: row.baseline.name,
          baselineMs: base.median,
          ratio: row.ratio ?? s.median / base.median,
        }
      : {}),
    ...(row.target ? { target: row.target.text, pass: row.target.pass } : {}),
    ...(row.extra ? { extra: row.extra } : {}),
    ...(row.note ? { note: row.note } : {}),
  };
  process.stdout.write(`ROW ${JSON.stringify(out)}\n`);
  return out;
}

/** Stops the suite with a message (a wrong answer is not a figure). */
export function abort(message) {
  process.stderr.write(`${message}\n`);
  process.exit(3);
}

/** A core entry, from the built package (run `pnpm build` first). */
export async function core(entry) {
  try {
    return await import(`@inovasi/core/${entry}`);
  } catch (error) {
    abort(`cannot load @inovasi/core/${entry} (build first: pnpm build): ${error.message}`);
  }
}

/** This package's generator, built. */
export async function generator() {
  try {
    return await import('../dist/index.js');
  } catch (error) {
    abort(`cannot load @inovasi/bench (build first: pnpm build): ${error.message}`);
  }
}

/**
 * Times several functions in turn (round robin, so a drift in the machine's speed hits all of
 * them alike). Returns one sample list per function, in ms.
 */
export async function timeMany(fns, { runs = 9, warmup = 2, clock = 'cpu' } = {}) {
  const n = QUICK ? Math.min(runs, 3) : runs;
  const now = clock === 'cpu' ? cpuMs : () => performance.now();
  for (let i = 0; i < (QUICK ? 1 : warmup); i += 1) for (const fn of fns) await fn();
  const samples = fns.map(() => []);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < fns.length; j += 1) {
      const start = now();
      await fns[j]();
      samples[j].push(now() - start);
    }
  }
  return samples;
}

/** Median of the per-run ratios a[i] / b[i] (paired runs). */
export function pairedRatio(a, b) {
  return stats(a.map((x, i) => x / b[i])).median;
}
