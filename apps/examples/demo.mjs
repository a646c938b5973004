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

// 2. One proposal, in detail, against the national edition: what passes, and what nobody can
//    decide because the 2018 values were never published (the engine says so, never guesses).
inovasi('Check one proposal against KIPP 2018 / Periksa satu proposal', [
  'check',
  join(data, 'si-dukung.yaml'),
  '--rulebook',
  'kipp-2018',
  ...asOf,
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

// 3b. Now (2026): the current national edition, kipp-2025, leaves nine values unknown, so a
//     complete proposal can only be "indeterminate" under it. The city settles them for its own
//     selection in an overlay, each value labelled as a LOCAL DECISION with its source (demo),
//     and its check reaches a determinate answer. The national unknowns stay unknown.
const overlay2026 = join(data, 'cilegon-lomba-2026.yaml');
const proposal2026 = join(data, 'si-dukung-2026.yaml');
inovasi('Under kipp-2025 alone, a complete proposal is indeterminate / Tanpa keputusan daerah', [
  'check',
  proposal2026,
  '--rulebook',
  'kipp-2025',
  '--as-of',
  '2025-06-01',
  '--format',
  'md',
]);
inovasi('The 2026 city overlay on kipp-2025: the local decisions / Keputusan daerah 2026', [
  'rulebook',
  'diff',
  'kipp-2025',
  overlay2026,
]);
const decided = inovasi(
  'Under the city overlay: a determinate answer / Dengan keputusan daerah: jawaban pasti',
  ['check', proposal2026, '--rulebook', overlay2026, '--as-of', '2026-03-01'],
);
if (decided.status === 3) {
  process.stderr.write('The 2026 overlay should settle every unknown of kipp-2025.\n');
  process.exit(1);
}

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

// 5. The city's Indeks Inovasi Daerah: its self-assessment on the 2026 catalogue.
const iidRegion = join(data, 'region', 'iid.yaml');
const iidArgs = ['--rulebook', 'iid-2026', '--as-of', '2026-06-01'];
inovasi("Cilegon's Indeks Inovasi Daerah (IID 2026) / Indeks Inovasi Daerah Kota Cilegon", [
  'iid',
  iidRegion,
  ...iidArgs,
  '--lang',
  'en',
]);

// 5b. The city's fiscal incentive outlook: gates, pots and tranche II, with what is unknown.
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
// A batch prints { items: [{ file, id, result }] }; a single proposal prints its result.
const items = (stdout) => JSON.parse(stdout).items;
const results = items(run.stdout);
const nationalStatus = new Map(items(national.stdout).map((r) => [r.id, r.result]));
const titles = new Map(
  readFileSync(proposals, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .map(([id, title]) => [id, title]),
);
const ready = results.filter((r) => r.result.status === 'ready');
const todo = results.filter((r) => r.result.status !== 'ready');
process.stdout.write(`\n=== What Cilegon should do next / Langkah berikutnya\n\n`);
process.stdout.write(
  `${ready.length} of ${results.length} proposals pass the city selection as of 2018-02-01: coach them for KIPP 2018.\n`,
);
const unknownNationally = new Set(
  ready.flatMap((r) =>
    (nationalStatus.get(r.id)?.findings ?? [])
      .filter((f) => f.code.endsWith('UNKNOWN'))
      .map((f) => f.code),
  ),
);
if (unknownNationally.size > 0)
  process.stdout.write(
    `  Under the national kipp-2018 rules they still need a person to check: ${[...unknownNationally].join(', ')} (the 2018 values were not found).\n`,
  );
process.stdout.write(`${todo.length} need work first:\n`);
for (const r of todo) {
  const first = r.result.findings[0];
  const nationalNote =
    nationalStatus.get(r.id)?.findings.some((f) => f.code === first?.code) === false
      ? ' (the national rules alone would not stop it: the earlier city close does)'
      : '';
  process.stdout.write(
    `  - ${titles.get(r.id)}: ${first?.code}${nationalNote}\n      ${first?.fix?.en ?? first?.message?.en}\n`,
  );
}
const scored = JSON.parse(
  inovasi(
    '',
    ['score', panel, '--sheets', sheets, ...scoring, '--format', 'json', '--resamples', '0'],
    { quiet: true },
  ).stdout,
);
const iid = JSON.parse(
  inovasi('', ['iid', iidRegion, ...iidArgs, '--what-if', '--format', 'json', '--lang', 'en'], {
    quiet: true,
  }).stdout,
);
const plan = iid.whatIf?.plan;
process.stdout.write(
  `IID ${iid.rulebook.id}: ${iid.iid} (${iid.predikat.text.en}). ${plan ? plan.explanation.en : ''}\n`,
);
for (const f of iid.findings.filter((x) => x.severity !== 'info'))
  process.stdout.write(`  - ${f.message.en}\n      ${f.fix?.en ?? ''}\n`);
for (const c of (plan?.changes ?? []).slice(0, 3))
  process.stdout.write(`  - ${c.text.en} (+${Math.round(c.gain * 100) / 100})\n`);
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
