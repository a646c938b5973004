// Runs every numbered example (NN-*.mjs) and compares what it prints with the
// "// Expected output:" block at its end. Exits 1 on any difference.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const scripts = readdirSync(here)
  .filter((f) => /^\d{2}-.*\.mjs$/.test(f))
  .sort();
let failed = 0;
for (const script of scripts) {
  const source = readFileSync(join(here, script), 'utf8');
  const marker = source.indexOf('// Expected output:');
  if (marker < 0) {
    process.stdout.write(`✗ ${script}: no "// Expected output:" block\n`);
    failed += 1;
    continue;
  }
  const expected = source
    .slice(marker)
    .split('\n')
    .slice(1)
    .filter((line) => line.startsWith('//'))
    .map((line) => line.replace(/^\/\/ ?/, ''))
    .join('\n')
    .trimEnd();
  const run = spawnSync(process.execPath, [join(here, script)], { encoding: 'utf8', cwd: here });
  const actual = run.stdout.trimEnd();
  if (run.status !== 0 || actual !== expected) {
    failed += 1;
    process.stdout.write(
      `✗ ${script} (exit ${run.status})\n--- expected\n${expected}\n--- actual\n${actual}\n${run.stderr}\n`,
    );
  } else {
    process.stdout.write(`✓ ${script}\n`);
  }
}
process.stdout.write(`examples: ${scripts.length - failed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
