// The core in the browser: bundles each package entry for the browser with esbuild (minified,
// tree-shaken, every dependency included — zod too) and prints its size, minified and gzipped.
// Fails when a bundle needs a Node built-in, when the readiness entry passes its budget
// (60 kB gzipped), or when importing one rulebook edition drags in another (editions must stay
// tree-shakeable). Run after the build: `pnpm --filter @inovasi/core size`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const BUDGET_GZ = { './readiness': 60 * 1024 };

/** The package's JavaScript entries, from its exports map: `./readiness` → `./dist/readiness.js`. */
const entries = Object.entries(pkg.exports)
  .filter(([, target]) => target && typeof target === 'object' && target.import)
  .map(([subpath, target]) => ({ subpath, file: target.import }));

async function bundle(contents, format = 'esm') {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format,
    globalName: 'inovasi',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return { code, min: Buffer.byteLength(code), gz: gzipSync(code, { level: 9 }).length };
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const rows = [];
let failed = false;

async function measure(label, contents, budget) {
  try {
    const { min, gz, code } = await bundle(contents);
    const over = budget !== undefined && gz > budget;
    if (over) failed = true;
    rows.push([
      label,
      kB(min),
      kB(gz),
      budget === undefined ? '' : `${over ? 'OVER' : 'ok'} (< ${kB(budget)})`,
    ]);
    return code;
  } catch (error) {
    failed = true;
    const first = error.errors?.[0]?.text ?? String(error);
    rows.push([label, 'FAILED', '', first]);
    return '';
  }
}

for (const { subpath, file } of entries) {
  await measure(
    `${pkg.name}${subpath.slice(1)}`,
    `export * from ${JSON.stringify(file)};`,
    BUDGET_GZ[subpath],
  );
}
await measure(
  'whole core (every entry)',
  entries.map(({ file }, i) => `export * as e${i} from ${JSON.stringify(file)};`).join('\n'),
);
const form = `import { createRegistry } from './dist/rulebook.js';
   import { checkReadiness, kipp2018, readinessRuleKinds } from './dist/readiness.js';
   const registry = createRegistry({ rulebooks: [kipp2018], kinds: readinessRuleKinds });
   export const check = (p, asOf) => checkReadiness(p, registry.resolve('kipp-2018'), { asOf });`;
await measure('readiness form: checkReadiness + kipp2018', form);

// Run the form's bundle where only the language's own globals and the Web APIs every browser
// has exist — no process, Buffer, require or global: a browser page's script, less the DOM.
let runsBare;
try {
  const { code } = await bundle(form, 'iife');
  const { URL, URLSearchParams, TextEncoder, TextDecoder, structuredClone, atob, btoa } =
    globalThis;
  const sandbox = createContext({
    URL,
    URLSearchParams,
    TextEncoder,
    TextDecoder,
    structuredClone,
    atob,
    btoa,
  });
  runInContext(code, sandbox);
  const result = runInContext(
    `inovasi.check({ title: 'Si Cantik', implementationStartDate: '2017-03-11' }, '2018-03-01')`,
    sandbox,
  );
  runsBare = result.status === 'not-ready' && result.findings[0]?.code === 'KIPP.AGE.MIN';
} catch (error) {
  runsBare = false;
  process.stdout.write(`bare run failed: ${error.message} ${JSON.stringify(error.issues ?? [])}\n`);
}
if (!runsBare) failed = true;

// Rulebook editions: every exported object that looks like a rulebook (an id and a domain).
const editions = [];
for (const { subpath, file } of entries) {
  if (subpath === './registry') continue; // the registry holds every edition on purpose
  const mod = await import(join(root, file));
  for (const [name, value] of Object.entries(mod)) {
    if (
      value &&
      typeof value === 'object' &&
      typeof value.id === 'string' &&
      typeof value.domain === 'string'
    ) {
      editions.push({ name, id: value.id, parent: value.extends, file });
    }
  }
}
const leaks = [];
for (const edition of editions) {
  const code = await measure(
    `edition ${edition.id} alone`,
    `export { ${edition.name} } from ${JSON.stringify(edition.file)};`,
  );
  // an edition names the ones it extends (`extends: 'did-2020'`); any other id is a leak
  const ancestors = new Set();
  for (
    let up = edition.parent;
    up && !ancestors.has(up);
    up = editions.find((e) => e.id === up)?.parent
  )
    ancestors.add(up);
  for (const other of editions) {
    if (other === edition || ancestors.has(other.id)) continue;
    if (code.includes(JSON.stringify(other.id)))
      leaks.push({ edition: edition.id, other: other.id });
  }
}
const engineOnly = await measure(
  'readiness engine without any edition',
  `export { checkReadiness } from './dist/readiness.js';`,
);
for (const edition of editions) {
  if (engineOnly.includes(JSON.stringify(edition.id)))
    leaks.push({ edition: 'checkReadiness', other: edition.id });
}
if (leaks.length > 0) failed = true;

const widths = [0, 1, 2, 3].map((i) =>
  Math.max(...rows.map((r) => r[i].length), ['bundle', 'min', 'min+gz', 'budget'][i].length),
);
const line = (r) =>
  r
    .map((cell, i) => (i === 0 || i === 3 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
    .join('  ');
process.stdout.write(
  `${line(['bundle', 'min', 'min+gz', 'budget'])}\n${rows.map(line).join('\n')}\n`,
);
const leaksBy = new Map();
for (const l of leaks) leaksBy.set(l.edition, [...(leaksBy.get(l.edition) ?? []), l]);
process.stdout.write(
  leaks.length === 0
    ? `editions tree-shakeable: yes (${editions.length} checked)\n`
    : `editions tree-shakeable: NO\n${[...leaksBy]
        .map(([id, list]) => `  ${id} pulls in ${list.map((l) => l.other).join(', ')}\n`)
        .join('')}`,
);
process.stdout.write(
  `runs with Web APIs only (vm context, no process/Buffer/require): ${runsBare ? 'yes' : 'NO'}\n`,
);
process.stdout.write(
  `${failed ? 'MISS' : 'PASS'}: browser platform, no Node built-ins, readiness under budget\n`,
);
process.exitCode = failed ? 1 : 0;
