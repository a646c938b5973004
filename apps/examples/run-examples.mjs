// Runs every numbered example (NN-*.mjs) and compares what it prints with the
// "// Expected output:" block at its end, then runs the first ```js example of each package
// README. Exits 1 on any difference.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
// Each package README's first ```js example must run, and print what its `// comments` say.
const packagesDir = join(here, '..', '..', 'packages');
let readmes = 0;
for (const name of readdirSync(packagesDir).sort()) {
  const readme = join(packagesDir, name, 'README.md');
  let text;
  try {
    text = readFileSync(readme, 'utf8');
  } catch {
    continue;
  }
  const block = /```js\n([\s\S]*?)```/.exec(text)?.[1];
  if (block === undefined) continue;
  readmes += 1;
  const expected = block
    .split('\n')
    .filter((line) => line.includes('console.log(') && line.includes('// '))
    .map((line) => line.slice(line.lastIndexOf('// ') + 3).replace(/\s*…$/, ''));
  const file = join(here, `.readme-${name}.mjs`);
  writeFileSync(file, block);
  const run = spawnSync(process.execPath, [file], { encoding: 'utf8', cwd: here });
  rmSync(file);
  const lines = run.stdout.trimEnd().split('\n');
  const ok = run.status === 0 && expected.every((e, i) => (lines[i] ?? '').startsWith(e));
  if (ok) process.stdout.write(`✓ packages/${name}/README.md first example\n`);
  else {
    failed += 1;
    process.stdout.write(
      `✗ packages/${name}/README.md first example (exit ${run.status})\n--- expected (prefixes)\n${expected.join('\n')}\n--- actual\n${run.stdout}${run.stderr}\n`,
    );
  }
}

const total = scripts.length + readmes;
process.stdout.write(`examples: ${total - failed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
