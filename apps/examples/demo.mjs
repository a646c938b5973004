// The walkthrough on the bundled sample data: what a Bappeda analyst does with the CLI.
// Run it with `pnpm demo` from the repository root.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', '..', 'packages', 'cli', 'bin', 'inovasi.js');

const steps = [
  ['Which rulebooks are there? / Buku aturan apa saja yang tersedia?', ['rulebook', 'list']],
  [
    'Where do the KIPP 2018 numbers come from? / Dari mana angka KIPP 2018?',
    ['rulebook', 'show', 'kipp-2018'],
  ],
  [
    "Check the city's three proposals against KIPP 2018 as of 1 March 2018 / Periksa tiga proposal kota",
    ['check', join(here, 'data', 'proposals'), '--rulebook', 'kipp-2018', '--as-of', '2018-03-01'],
  ],
  [
    'The same, in English and as Markdown for a report',
    [
      'check',
      join(here, 'data', 'proposals', 'pojok-baca-digital.json'),
      '--rulebook',
      'kipp-2018',
      '--as-of',
      '2018-03-01',
      '--lang',
      'en',
      '--format',
      'md',
    ],
  ],
];

for (const [title, args] of steps) {
  process.stdout.write(
    `\n=== ${title}\n$ inovasi ${args.map((a) => (a.startsWith('/') ? a.replace(`${here}/`, 'apps/examples/') : a)).join(' ')}\n\n`,
  );
  const result = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit' });
  process.stdout.write(`(exit code ${result.status})\n`);
  if (result.status === 2 || result.status === 70 || result.status === null) process.exit(1);
}
process.stdout.write(
  '\nNext: fix what the findings say (each names the rule, its source and the smallest fix), then check again.\n',
);
