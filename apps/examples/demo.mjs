// The Cilegon walkthrough: what a Bappeda analyst does with the `inovasi` CLI, on the bundled
// sample data (apps/examples/data/cilegon, invented). Run it with `pnpm demo` from the root.
// Every step is a real run of the built binary; the closing advice is computed from the results.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeXlsxFile from 'write-excel-file/node';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const bin = join(root, 'packages', 'cli', 'bin', 'inovasi.js');
const data = join(here, 'data', 'cilegon');
const work = mkdtempSync(join(tmpdir(), 'inovasi-demo-'));
const show = (p) => (p.startsWith(work) ? p.replace(work, '$TMP') : relative(root, p) || '.');

/** Runs the CLI; prints the command and its output unless `quiet`. Exits on usage or internal errors. */
function inovasi(title, args, { quiet = false } = {}) {
  if (!quiet)
    process.stdout.write(
      `\n=== ${title}\n$ inovasi ${args.map((a) => (a.startsWith('/') ? show(a) : a)).join(' ')}\n\n`,
    );
  const rel = args.map((a) => (a.startsWith(root) ? relative(root, a) : a));
  const result = spawnSync(process.execPath, [bin, ...rel], { cwd: root, encoding: 'utf8' });
  if (!quiet)
    process.stdout.write(
      `${result.stdout}${result.stderr}(exit code ${result.status})\n`.replaceAll(work, '$TMP'),
    );
  if (result.status === 2 || result.status === 70 || result.status === null) {
    process.stderr.write(result.stdout + result.stderr);
    rmSync(work, { recursive: true, force: true });
    process.exit(1);
  }
  return result;
}

const proposals = join(data, 'proposals.csv');
const overlay = join(data, 'cilegon-lomba-2018.yaml');
const asOf = ['--as-of', '2018-02-01'];

// 1. What rules are there, and where do the numbers come from?
inovasi('Which rulebooks are there? / Buku aturan apa saja yang tersedia?', ['rulebook', 'list']);
inovasi('Where do the KIPP 2018 numbers come from? / Dari mana angka KIPP 2018?', [
  'rulebook',
  'show',
  'kipp-2018',
  '--lang',
  'en',
]);

// 2. The city's 18 proposals, as the OPDs' spreadsheet arrived, against the national edition.
inovasi("Check the OPDs' 18 proposals (a CSV) against KIPP 2018 / Periksa 18 proposal OPD", [
  'check',
  proposals,
  '--rulebook',
  'kipp-2018',
  ...asOf,
  '--format',
  'md',
  '--lang',
  'en',
]);

// 3. The city writes its own selection rules as an overlay, validates, diffs and tests them.
const draft = join(work, 'cilegon-draft.yaml');
inovasi('Start a city overlay / Mulai buku aturan kota', [
  'rulebook',
  'init',
  '--extends',
  'kipp-2018',
  '--id',
  'cilegon-lomba-2018',
  '--issuer',
  'Bappeda Kota Cilegon',
  '--from',
  '2018-01-02',
  '--out',
  draft,
]);
inovasi('The draft is valid as written / Draf langsung sah', ['rulebook', 'validate', draft]);
inovasi('The edited overlay: an earlier city registration close', [
  'rulebook',
  'validate',
  overlay,
]);
inovasi('What the overlay changes / Apa yang diubah', [
  'rulebook',
  'diff',
  'kipp-2018',
  overlay,
  '--lang',
  'en',
]);
inovasi("The overlay's own test cases / Uji kasus buku aturan kota", [
  'rulebook',
  'test',
  join(data, 'cases.yaml'),
  '--lang',
  'en',
]);
// The same proposals as the OPDs' workbook (XLSX), as they usually arrive.
const workbook = join(work, 'usulan-opd.xlsx');
const [header, ...rows] = readFileSync(proposals, 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split(','));
await writeXlsxFile(
  [header, ...rows].map((cells) => cells.map((value) => (value === '' ? null : { value }))),
  { sheet: 'Usulan' },
).toFile(workbook);
inovasi(
  'Who gains or loses under the city rules? (the XLSX workbook) / Siapa yang naik atau turun?',
  ['rulebook', 'replay', 'kipp-2018', overlay, workbook, ...asOf, '--lang', 'en'],
);

// 4. The mentoring panel rehearses the provincial judging on the proposals that passed.
const panel = join(data, 'panel', 'panel.yaml');
const sheets = join(data, 'panel', 'nilai-mentor.csv');
const scoring = ['--rulebook', 'banten-kompetisi-2024', '--as-of', '2024-06-01'];
inovasi("The mentoring panel's score sheets (a CSV) on the Banten criteria / Nilai tim mentor", [
  'score',
  panel,
  '--sheets',
  sheets,
  ...scoring,
  '--lang',
  'en',
  '--resamples',
  '50',
]);

// 5. The city's fiscal incentive outlook: gates, pots and tranche II, with what is unknown.
const region = join(data, 'region', 'insentif-fiskal.yaml');
inovasi("Cilegon's fiscal incentive outlook / Peluang Insentif Fiskal Kota Cilegon", [
  'incentive',
  region,
  '--rulebook',
  'insentif-fiskal-2024',
  '--lang',
  'en',
]);

// 6. A printable report for the innovators.
const report = join(work, 'laporan-cilegon.html');
inovasi('A printable report for the innovators / Laporan siap cetak', [
  'report',
  proposals,
  '--rulebook',
  overlay,
  ...asOf,
  '--out',
  report,
  '--title',
  'Kesiapan proposal inovasi Kota Cilegon',
]);

// A printable report for the mayor: the IID self-assessment and the incentive outlook.
inovasi("A region report: Cilegon's IID and incentive outlook / Laporan daerah", [
  'report',
  join(data, 'region', 'iid.yaml'),
  '--rulebook',
  'iid-2026',
  '--as-of',
  '2026-06-01',
  '--incentive',
  region,
  '--incentive-rulebook',
  'insentif-fiskal-2024',
  '--out',
  join(work, 'laporan-daerah.html'),
]);

// 7. What the city should do next, from the results (not written by hand).
const run = inovasi(
  '',
  ['check', proposals, '--rulebook', overlay, ...asOf, '--format', 'json', '--lang', 'en'],
  { quiet: true },
);
const national = inovasi(
  '',
  ['check', proposals, '--rulebook', 'kipp-2018', ...asOf, '--format', 'json', '--lang', 'en'],
  { quiet: true },
);
// The sample CSV has no quoted commas, so a plain split finds each row's title.
const titles = new Map(
  readFileSync(proposals, 'utf8')
    .trim()
    .split('\n')
    .map((line, i) => [i + 1, line.split(',')[1]]),
);
const rowOf = (file) => Number(/row (\d+)$/.exec(file)?.[1]);
const results = JSON.parse(run.stdout);
const nationalReady = new Set(
  JSON.parse(national.stdout)
    .filter((r) => r.result.status === 'ready')
    .map((r) => r.file),
);
const ready = results.filter((r) => r.result.status === 'ready');
const todo = results.filter((r) => r.result.status !== 'ready');
process.stdout.write(`\n=== What Cilegon should do next / Langkah berikutnya\n\n`);
process.stdout.write(
  `${ready.length} of ${results.length} proposals pass the city selection as of 2018-02-01: coach them for KIPP 2018.\n`,
);
process.stdout.write(`${todo.length} need work first:\n`);
for (const r of todo) {
  const first = r.result.findings[0];
  const note = nationalReady.has(r.file)
    ? ' (ready under the national rules: only the earlier city close stops it)'
    : '';
  process.stdout.write(
    `  - ${titles.get(rowOf(r.file))}: ${first?.code}${note}\n      ${first?.fix?.en ?? first?.message?.en}\n`,
  );
}
const scored = JSON.parse(
  inovasi(
    '',
    ['score', panel, '--sheets', sheets, ...scoring, '--format', 'json', '--resamples', '0'],
    { quiet: true },
  ).stdout,
);
const outlook = JSON.parse(
  inovasi(
    '',
    ['incentive', region, '--rulebook', 'insentif-fiskal-2024', '--format', 'json', '--lang', 'en'],
    { quiet: true },
  ).stdout,
);
const trancheFixes = (outlook.tranche?.conditions ?? []).filter((c) => c.fix);
process.stdout.write(
  `Fiscal incentive (${outlook.rulebook.id}): ${outlook.statusText.en}; tranche II ${outlook.tranche?.status ?? 'not assessed'}.\n`,
);
for (const c of trancheFixes) process.stdout.write(`  - ${c.fix.en}\n`);
for (const m of outlook.missing ?? [])
  process.stdout.write(`  - needs human review (${m.rule}): ${m.what.en}\n`);
const panelIssues = scored.findings.filter((f) => f.severity !== 'info');
if (panelIssues.length > 0) {
  process.stdout.write(
    `Before the panel's ranking is final (${scored.rulebook?.id ?? 'scoring'}):\n`,
  );
  for (const f of panelIssues) process.stdout.write(`  - ${f.code}: ${f.message.en}\n`);
}
rmSync(work, { recursive: true, force: true });
