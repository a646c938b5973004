// Bundles the proposal page's island (the readiness core included) for the browser with esbuild,
// copies the stylesheet, and prints the gzipped size (`--size`: fails above the 200 kB budget).
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'client');
mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [join(root, 'src', 'client', 'proposal.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  conditions: ['@inovasi/source'],
  outfile: join(outDir, 'proposal.js'),
  logLevel: 'warning',
});
copyFileSync(join(root, 'src', 'client', 'desk.css'), join(outDir, 'desk.css'));
const js = readFileSync(join(outDir, 'proposal.js'));
const gz = gzipSync(js, { level: 9 }).length;
const BUDGET = 200 * 1024;
if (process.argv.includes('--size')) {
  process.stdout.write(
    `proposal page JS: ${(js.length / 1024).toFixed(1)} kB minified, ${(gz / 1024).toFixed(1)} kB gzipped (budget ${BUDGET / 1024} kB gz)\n`,
  );
  if (gz > BUDGET) process.exit(1);
}
