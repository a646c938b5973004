// `pnpm hostile`: every file of the hostile-input corpus (packages/test-utils/hostile), plus a
// seeded batch of fast-check generated hostile inputs (the arbitraries the tests use), through
// the built CLI binary (each command the file type fits, each output format, each a real
// process) and through the real HTTP server (every POST route with the file as the body in
// JSON and in other content types, wrapped in each route's request, with Accept: JSON and
// Markdown). Prints one table: inputs tried per surface and the defects found. Exits 1 when
// any defect is found (2 on a usage error or a missing build).
//
// A defect is: a 5xx answer; a CLI exit code outside 0–3 (70: internal error) or a signal; a
// stack trace (`at` frames, an `Error:` line) in any output; a timeout; a CLI run whose peak
// resident memory is over the bound; a CSV or XLSX cell that starts a formula (= + - @ tab CR,
// plain numbers aside) or an XLSX formula; raw HTML in Markdown output; a property added to a
// built-in prototype (in the CLI process, or in the server's process after a request).
//
//   pnpm hostile                              # needs a build (pnpm build)
//   pnpm hostile --seed 7 --runs 200 --jobs 1 --timeout 60 --rss 512
//   pnpm hostile --only cli | --only http     # one surface
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import fc from 'fast-check';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'packages/cli/bin/inovasi.js');
const probe = fileURLToPath(new URL('./cli-probe.mjs', import.meta.url));
const webDist = join(root, 'packages/web/dist/node.js');

let args;
try {
  args = parseArgs({
    options: {
      seed: { type: 'string', default: '14' },
      runs: { type: 'string', default: '60' },
      jobs: { type: 'string', default: '2' },
      timeout: { type: 'string', default: '60' },
      rss: { type: 'string', default: '400' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (error) {
  process.stderr.write(`hostile: ${error.message}\n`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(
    'usage: pnpm hostile [--seed N] [--runs N] [--jobs N] [--timeout S] [--rss MB] [--only cli|http]\n',
  );
  process.exit(0);
}
const number = (name) => {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`hostile: --${name} must be a whole number ≥ 1, got ${args[name]}\n`);
    process.exit(2);
  }
  return value;
};
const SEED = number('seed');
const RUNS = number('runs');
const JOBS = number('jobs');
const TIMEOUT_MS = number('timeout') * 1000;
const RSS_MB = number('rss');
const surfaces = args.only ? [args.only] : ['cli', 'http'];
if (surfaces.some((s) => s !== 'cli' && s !== 'http')) {
  process.stderr.write(`hostile: --only takes cli or http, got ${args.only}\n`);
  process.exit(2);
}
for (const file of [join(root, 'packages/cli/dist'), webDist])
  if (!existsSync(file)) {
    process.stderr.write(`hostile: ${file} is missing; build first (pnpm build)\n`);
    process.exit(2);
  }

const { hostileDir, hostileFiles, hostileJson, hostileProposal, hostileString } =
  await import('../src/arbitraries/hostile.ts');
// the strict reader the XLSX writer's tests use: an archive it rejects counts as a defect
const { readZip } = await import('../src/zip.ts');

// ---- what counts as a defect ---------------------------------------------------------------

/** A stack frame (`    at fn (file:///…:1:2)`, `at node:internal/…`) or an `Error:` line. */
const STACK_FRAME = /^\s*at (?:async )?(?:\S+ \()?(?:file:\/\/|node:|\/)\S*:\d+:\d+/m;
const ERROR_LINE = /^(?:inovasi: )?(?:Uncaught )?[A-Z]?[A-Za-z]*Error(?: \[[A-Z_]+\])?: /m;

function stackIn(text) {
  const unescaped = text.replaceAll('\\n', '\n');
  const match = STACK_FRAME.exec(unescaped) ?? ERROR_LINE.exec(unescaped);
  return match ? match[0].trim().slice(0, 120) : undefined;
}

/** A cell a spreadsheet would run: a formula start, plain numbers aside. */
function formulaCell(cell) {
  return /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(?:[.,]\d+)?(?:e[+-]?\d+)?$/i.test(cell);
}

/** RFC 4180 CSV cells (quoted fields may hold commas, quotes and line breaks). */
function csvCells(text) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\n') {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      cells.push(cell);
      cell = '';
      i += 1;
    } else cell += c;
  }
  if (cell !== '') cells.push(cell);
  return cells;
}

const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unxml = (text) =>
  text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (_, e) =>
    e[0] === '#'
      ? String.fromCodePoint(Number(e[1] === 'x' ? `0${e.slice(1)}` : e.slice(1)))
      : (XML_ENTITIES[e] ?? `&${e};`),
  );

/** Defects of an XLSX file: a formula element, or a text cell that starts a formula. */
function xlsxDefects(file) {
  let files;
  try {
    files = readZip(readFileSync(file));
  } catch (error) {
    return [`unreadable XLSX (${error.message})`];
  }
  const out = [];
  for (const [name, xml] of files) {
    if (!/^xl\/(?:sharedStrings|worksheets\/sheet\d+)\.xml$/.test(name)) continue;
    if (/<f[\s>]/.test(xml)) out.push(`formula element in ${name}`);
    for (const [, text] of xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g))
      if (formulaCell(unxml(text))) out.push(`XLSX cell ${JSON.stringify(unxml(text))}`);
  }
  return out;
}

/** Raw HTML a Markdown renderer would pass through, or a `javascript:` link (`\[` is text). */
const RAW_HTML =
  /<(?:script|img|iframe|svg|a|b|style|object)\b|(?:^|[^\\])\[[^\]\n]*\]\(\s*javascript:/im;

// The detectors must catch what they look for: a run that could not fail would prove nothing.
{
  const known = [
    [stackIn(new Error('x').stack ?? ''), 'a stack frame'],
    [stackIn('RangeError: not a calendar date'), 'an Error line'],
    [stackIn('{"detail":"boom\\n    at run (file:///a/b.js:1:2)"}'), 'a JSON-escaped frame'],
    [csvCells('a,"=1+1"\r\nb,c').some(formulaCell), 'a CSV formula'],
    [csvCells('x,"-2+3"').some(formulaCell), 'a CSV minus formula'],
    [RAW_HTML.test('[klik](javascript:alert(1))'), 'a javascript: link'],
  ];
  const wrong = [
    [stackIn('Layanan at Kota (Cilegon)'), 'prose with "at"'],
    [csvCells('x,-12,-0.5,1e-9').some(formulaCell), 'plain numbers'],
    [csvCells(`x,"'=1+1"`).some(formulaCell), 'a neutralised cell'],
    [RAW_HTML.test('| \\[klik](javascript:alert(1)) &lt;b&gt; |'), 'an escaped link'],
  ];
  const broken = [
    ...known.filter(([hit]) => !hit).map(([, what]) => `misses ${what}`),
    ...wrong.filter(([hit]) => hit).map(([, what]) => `flags ${what}`),
  ];
  if (broken.length > 0) {
    process.stderr.write(`hostile: a detector is broken: ${broken.join('; ')}\n`);
    process.exit(3);
  }
}

// ---- the tally -------------------------------------------------------------------------------

const tally = new Map(); // surface → { tried, answers: Map(exit code or status → n), defects }
function record(surface, what, defects, answer) {
  const row = tally.get(surface) ?? { tried: 0, answers: new Map(), defects: [] };
  row.tried += 1;
  row.answers.set(answer, (row.answers.get(answer) ?? 0) + 1);
  for (const d of defects) row.defects.push(`${what}: ${d}`);
  tally.set(surface, row);
}

/** Runs `fn` over `items` with at most `jobs` at a time. */
async function pool(items, jobs, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
}

// ---- the CLI ---------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'inovasi-hostile-'));
let outCount = 0;

/** The largest peak RSS of any CLI run, and its arguments. */
const peak = { kb: 0, argv: '' };

/** One run of the built binary, with the probe; its defects. */
function runCli(argv, { stdin, cwd = root } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', probe, bin, ...argv], {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8' },
    });
    let stdout = '';
    let stderr = '';
    let probed = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdio[3].on('data', (d) => (probed += d));
    child.stdin.on('error', () => {}); // a command that does not read stdin may close it
    child.stdin.end(stdin ?? '');
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const defects = [];
      if (timedOut) defects.push(`timeout after ${TIMEOUT_MS / 1000} s`);
      else if (signal) defects.push(`killed by ${signal}`);
      else if (![0, 1, 2, 3].includes(code))
        defects.push(`exit ${code}: ${stderr.trim().split('\n')[0]?.slice(0, 160)}`);
      const stack = stackIn(stdout) ?? stackIn(stderr);
      if (stack) defects.push(`stack trace: ${stack}`);
      if (probed !== '') {
        const { maxRssKb, polluted } = JSON.parse(probed);
        if (maxRssKb > peak.kb) Object.assign(peak, { kb: maxRssKb, argv: argv.join(' ') });
        if (maxRssKb / 1024 > RSS_MB)
          defects.push(`peak RSS ${(maxRssKb / 1024).toFixed(0)} MB > ${RSS_MB} MB`);
        if (polluted.length > 0) defects.push(`prototype pollution: ${polluted.join(', ')}`);
      }
      resolve({ code, signal, stdout, stderr, defects });
    });
  });
}

const FORMATS = {
  check: ['table', 'json', 'csv', 'md', 'xlsx'],
  report: ['html', 'md', 'xlsx'],
  replay: ['table', 'json', 'csv', 'md', 'xlsx'],
  score: ['table', 'json', 'csv', 'md', 'xlsx'],
  incentive: ['table', 'json', 'md'],
  allocate: ['table', 'json', 'md', 'csv', 'xlsx'],
  iid: ['table', 'json', 'md', 'csv', 'xlsx'],
};

/** The commands a file fits, each as `[command, args(file)]`. */
function commandsFor(file) {
  const tabular = /\.(?:csv|tsv|xlsx)$/i.test(file);
  const panel = join(root, 'apps/examples/data/cilegon/panel');
  const list = [
    ['check', (f) => ['check', f, '--rulebook', 'kipp-2021']],
    ['report', (f) => ['report', f, '--rulebook', 'kipp-2021']],
    ['replay', (f) => ['rulebook', 'replay', 'kipp-2018', 'kipp-2021', f]],
    ['allocate', (f) => ['incentive', 'allocate', f, '--rulebook', 'insentif-fiskal-2024']],
  ];
  if (tabular) {
    // a table fits score as its sheets, beside a real panel
    const sheets = (f) => [
      ...['score', join(panel, 'panel.yaml'), '--sheets', f],
      ...['--rulebook', 'banten-kompetisi-2024', '--as-of', '2024-06-01', '--resamples', '0'],
    ];
    list.push(['score', sheets]);
  } else {
    list.push(
      ['score', (f) => ['score', f, '--rulebook', 'banten-kompetisi-2024', '--resamples', '20']],
      ['incentive', (f) => ['incentive', f, '--rulebook', 'insentif-fiskal-2024']],
      ['iid', (f) => ['iid', f, '--rulebook', 'iid-2026']],
    );
  }
  return list;
}

/** Every CLI run of one input file: each command it fits, in each output format. */
function cliJobs(file, label) {
  const jobs = [];
  for (const [command, argsOf] of commandsFor(file))
    for (const format of FORMATS[command]) {
      const argv = [...argsOf(file), '--format', format];
      const out = format === 'xlsx' ? join(work, `out-${(outCount += 1)}.xlsx`) : undefined;
      if (out) argv.push('--out', out);
      jobs.push({
        surface: `cli ${command}`,
        what: `${label}: ${command} --format ${format}`,
        argv,
        format,
        out,
      });
    }
  if (!/\.(?:csv|tsv|xlsx)$/i.test(file)) {
    // the same file on stdin, and streamed
    jobs.push({
      surface: 'cli check',
      what: `${label}: check - (stdin) --format json`,
      argv: ['check', '-', '--rulebook', 'kipp-2021', '--format', 'json'],
      stdinFile: file,
      format: 'json',
    });
  }
  jobs.push({
    surface: 'cli check',
    what: `${label}: check --stream --format csv`,
    argv: ['check', file, '--rulebook', 'kipp-2021', '--stream', '--format', 'csv'],
    format: 'csv',
  });
  return jobs;
}

async function runCliJob(job) {
  const stdin = job.stdinFile ? readFileSync(job.stdinFile) : undefined;
  const result = await runCli(job.argv, stdin ? { stdin } : {});
  const defects = [...result.defects];
  if (job.format === 'csv')
    for (const cell of csvCells(result.stdout))
      if (formulaCell(cell)) defects.push(`CSV cell ${JSON.stringify(cell.slice(0, 60))}`);
  if (job.format === 'md' && RAW_HTML.test(result.stdout))
    defects.push(`raw HTML in Markdown: ${RAW_HTML.exec(result.stdout)[0]}`);
  if (job.out && existsSync(job.out)) {
    defects.push(...xlsxDefects(job.out));
    rmSync(job.out, { force: true });
  }
  record(job.surface, job.what, defects, result.code ?? result.signal ?? 'killed');
}

const quote = (text) => `"${text.replaceAll('"', '""')}"`;

/** The generated inputs for the CLI: hostile proposals and hostile CSV titles, seeded. */
function generatedCliFiles() {
  const files = [];
  const proposals = fc.sample(hostileProposal, { seed: SEED, numRuns: Math.ceil(RUNS / 2) });
  const titles = fc.sample(fc.array(hostileString, { minLength: 1, maxLength: 5 }), {
    seed: SEED + 1,
    numRuns: Math.ceil(RUNS / 2),
  });
  proposals.forEach((p, i) => {
    const file = join(work, `gen-${i}.json`);
    writeFileSync(file, JSON.stringify(p));
    files.push(file);
  });
  titles.forEach((ts, i) => {
    const file = join(work, `gen-${i}.csv`);
    writeFileSync(
      file,
      `id,title,implementationStartDate\n${ts.map((t, j) => `p${j},${quote(t)},${quote(t.slice(0, 10))}`).join('\n')}\n`,
    );
    files.push(file);
  });
  // national sizes: a 900 KB title of "<a", 10,000 copies of one proposal
  const long = join(work, 'gen-long-title.json');
  writeFileSync(long, JSON.stringify({ title: '<a'.repeat(450_000) }));
  const copies = join(work, 'gen-copies.json');
  writeFileSync(
    copies,
    JSON.stringify({
      proposals: Array.from({ length: 10_000 }, () => ({ title: 'Layanan Adminduk Keliling' })),
    }),
  );
  return { files, large: [long, copies] };
}

async function cliSurface() {
  const jobs = [];
  for (const name of hostileFiles()) jobs.push(...cliJobs(join(hostileDir, name), name));
  const { files, large } = generatedCliFiles();
  // a generated file goes through check in every format (the others take a long time per run)
  for (const file of files)
    for (const format of ['json', 'csv', 'md'])
      jobs.push({
        surface: 'cli generated (fast-check)',
        what: `${file}: check --format ${format}`,
        argv: ['check', file, '--rulebook', 'kipp-2021', '--format', format],
        format,
      });
  for (const file of large)
    for (const format of ['json', 'csv'])
      jobs.push({
        surface: 'cli generated (national size)',
        what: `${file}: check --format ${format}`,
        argv: ['check', file, '--rulebook', 'kipp-2021', '--format', format],
        format,
      });
  // iid predikat takes a score on the command line: hostile texts as the score
  const scores = fc.sample(hostileString, { seed: SEED + 2, numRuns: Math.ceil(RUNS / 4) });
  for (const score of [...scores, '0x41', '1e308', '-0', 'NaN', '65.004999999', '100.0000001'])
    for (const format of ['table', 'json'])
      jobs.push({
        surface: 'cli iid predikat (fast-check)',
        what: `iid predikat ${JSON.stringify(score)} --format ${format}`,
        argv: ['iid', 'predikat', '--rulebook', 'iid-2026', '--format', format, '--', score],
        format,
      });
  let done = 0;
  await pool(jobs, JOBS, async (job) => {
    await runCliJob(job);
    done += 1;
    if (done % 100 === 0) process.stderr.write(`hostile: cli ${done}/${jobs.length}\n`);
  });
}

// ---- HTTP ------------------------------------------------------------------------------------

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/problem+json',
  'application/json; charset=latin1',
  'text/csv',
  'application/yaml',
  'application/x-www-form-urlencoded',
  'text/plain',
];

/** Each route's request with `data` where the route takes its main input. */
function wrapped(data) {
  return [
    ['/v1/readiness', { rulebook: 'kipp-2021', proposal: data }],
    ['/v1/readiness?view=compact', { rulebook: 'kipp-2021', proposals: [data, data] }],
    ['/v1/scoring', { rulebook: 'banten-kompetisi-2024', panel: data, resamples: 20 }],
    ['/v1/iid', { rulebook: 'iid-2026', region: data }],
    ['/v1/iid/predikat', { rulebook: 'iid-2026', score: data }],
    ['/v1/incentive/eligibility', { rulebook: 'insentif-fiskal-2024', region: data }],
    ['/v1/incentive/allocation', { rulebook: 'insentif-fiskal-2024', regions: [data] }],
    ['/v1/rulebooks/validate', { rulebook: data }],
    ['/v1/rulebooks/diff', { from: 'kipp-2018', to: data }],
    [
      '/v1/rulebooks/replay',
      { from: 'kipp-2018', to: 'kipp-2021', inputs: [{ name: 'x', input: data }] },
    ],
  ];
}

const prototypeKeys = () =>
  [Object.prototype, Array.prototype, Function.prototype].map((p) => Reflect.ownKeys(p).length);
const prototypesAtStart = prototypeKeys().join();

async function httpSurface() {
  const { startServer } = await import(webDist);
  const server = await startServer({ port: 0, hostname: '127.0.0.1' });
  const base = `http://127.0.0.1:${server.port}`;
  // every POST route the API documents (a new route is tried without an edit here)
  const { paths } = await (await fetch(`${base}/v1/openapi.json`)).json();
  const ROUTES = Object.keys(paths).filter((path) => 'post' in paths[path]);

  const send = async (surface, what, path, { method = 'POST', type, accept, body } = {}) => {
    const defects = [];
    let answer = 'none';
    try {
      const headers = {};
      if (type) headers['content-type'] = type;
      if (accept) headers.accept = accept;
      const res = await fetch(`${base}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body } : {}),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const text = await res.text();
      answer = res.status;
      if (res.status >= 500) defects.push(`${res.status}: ${text.slice(0, 160)}`);
      const stack = stackIn(text);
      if (stack) defects.push(`stack trace: ${stack}`);
      const contentType = res.headers.get('content-type') ?? '';
      if (contentType.includes('markdown') && RAW_HTML.test(text))
        defects.push(`raw HTML in Markdown: ${RAW_HTML.exec(text)[0]}`);
      if (contentType.includes('csv'))
        for (const cell of csvCells(text))
          if (formulaCell(cell)) defects.push(`CSV cell ${JSON.stringify(cell.slice(0, 60))}`);
    } catch (error) {
      defects.push(
        error.name === 'TimeoutError'
          ? `timeout after ${TIMEOUT_MS / 1000} s`
          : `no answer: ${error.message}`,
      );
    }
    if (prototypeKeys().join() !== prototypesAtStart) defects.push('prototype pollution');
    record(surface, `${what} → ${method} ${path}`, defects, answer);
  };

  const requests = [];
  for (const name of hostileFiles()) {
    const bytes = readFileSync(join(hostileDir, name));
    for (const route of ROUTES)
      for (const type of CONTENT_TYPES)
        requests.push(() =>
          send('http corpus, raw body', `${name} as ${type}`, route, { type, body: bytes }),
        );
    const text = bytes.toString('utf8');
    let data = text;
    try {
      data = JSON.parse(text);
    } catch {
      // not JSON: sent as a string field
    }
    for (const [path, body] of wrapped(data)) {
      let encoded;
      try {
        encoded = JSON.stringify(body);
      } catch {
        continue; // deeper than JSON.stringify can go: the raw body covers it
      }
      for (const accept of ['application/json', 'text/markdown'])
        requests.push(() =>
          send('http corpus, in each request', `${name}, Accept ${accept}`, path, {
            type: 'application/json',
            accept,
            body: encoded,
          }),
        );
    }
    requests.push(() =>
      send(
        'http corpus, in the path',
        `${name} as a rulebook id`,
        `/v1/rulebooks/${encodeURIComponent(text.slice(0, 2000))}`,
        {
          method: 'GET',
        },
      ),
    );
  }
  const [anything, proposals, strings] = [
    fc.sample(hostileJson, { seed: SEED + 3, numRuns: RUNS }),
    fc.sample(hostileProposal, { seed: SEED + 4, numRuns: RUNS }),
    fc.sample(hostileString, { seed: SEED + 5, numRuns: RUNS }),
  ];
  for (let i = 0; i < RUNS; i += 1) {
    const route = ROUTES[i % ROUTES.length];
    requests.push(() =>
      send('http generated (fast-check)', `hostile JSON #${i}`, route, {
        type: 'application/json',
        body: JSON.stringify(anything[i]),
      }),
    );
    for (const [path, body] of wrapped(proposals[i]))
      requests.push(() =>
        send('http generated (fast-check)', `hostile proposal #${i}`, path, {
          type: 'application/json',
          accept: i % 2 === 0 ? 'text/markdown' : 'application/json',
          body: JSON.stringify(body),
        }),
      );
    for (const path of [
      `/v1/rulebooks/${encodeURIComponent(strings[i])}`,
      `/v1/schemas/${encodeURIComponent(strings[i])}`,
    ])
      requests.push(() =>
        send('http generated (fast-check)', `hostile id #${i}`, path, { method: 'GET' }),
      );
  }
  // national sizes: at and over the cost model's bounds
  const copies = (n) =>
    JSON.stringify({
      rulebook: 'kipp-2021',
      proposals: Array.from({ length: n }, () => ({ title: 'Layanan Adminduk Keliling' })),
    });
  for (const [what, path, body] of [
    ['2,000 proposals (the bound)', '/v1/readiness', copies(2_000)],
    ['10,000 proposals (over the bound)', '/v1/readiness', copies(10_000)],
    [
      'a 900 KB title of "<a"',
      '/v1/readiness',
      JSON.stringify({ rulebook: 'kipp-2021', proposal: { title: '<a'.repeat(450_000) } }),
    ],
    [
      'a 199,000-character title of "<a"',
      '/v1/readiness',
      JSON.stringify({ rulebook: 'kipp-2021', proposal: { title: '<a'.repeat(99_500) } }),
    ],
  ])
    requests.push(() =>
      send('http generated (national size)', what, path, { type: 'application/json', body }),
    );
  let done = 0;
  await pool(requests, JOBS * 2, async (request) => {
    await request();
    done += 1;
    if (done % 500 === 0) process.stderr.write(`hostile: http ${done}/${requests.length}\n`);
  });
  await server.shutdown(1_000);
}

// ---- run and print ---------------------------------------------------------------------------

const started = Date.now();
try {
  if (surfaces.includes('cli')) await cliSurface();
  if (surfaces.includes('http')) await httpSurface();
} finally {
  rmSync(work, { recursive: true, force: true });
}

const rows = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b));
const total = rows.reduce((sum, [, r]) => sum + r.tried, 0);
const defects = rows.flatMap(([surface, r]) => r.defects.map((d) => `${surface} | ${d}`));
const answers = (map) =>
  [...map.entries()]
    .sort(([a], [b]) => String(a).localeCompare(String(b)))
    .map(([a, n]) => `${a}×${n}`)
    .join(' ');
const header = ['surface', 'inputs tried', 'defects', 'answers (exit code or HTTP status × n)'];
const table = [
  ...rows.map(([surface, r]) => [
    surface,
    String(r.tried),
    String(r.defects.length),
    answers(r.answers),
  ]),
  ['total', String(total), String(defects.length), ''],
];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) =>
  `| ${cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
process.stdout.write(
  [
    line(header),
    `|${widths.map((w, i) => '-'.repeat(w + 1) + (i === 1 || i === 2 ? ':' : '-')).join('|')}|`,
    ...table.map(line),
    '',
    `corpus: ${hostileFiles().length} files; fast-check seed ${SEED}, ${RUNS} runs per generator; ` +
      `per input: ${TIMEOUT_MS / 1000} s, CLI peak RSS ≤ ${RSS_MB} MB; ${JOBS} jobs; ` +
      `${((Date.now() - started) / 1000).toFixed(0)} s; load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
    ...(peak.kb > 0
      ? [`largest CLI peak RSS: ${(peak.kb / 1024).toFixed(0)} MB (${peak.argv.replace(root, '')})`]
      : []),
    defects.length === 0 ? 'defects: 0' : `defects (${defects.length}):`,
    ...defects.slice(0, 200).map((d) => `  ${d}`),
    ...(defects.length > 200 ? [`  … and ${defects.length - 200} more`] : []),
    '',
  ].join('\n'),
);
process.exitCode = defects.length > 0 ? 1 : 0;
