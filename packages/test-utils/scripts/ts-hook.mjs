// A module hook for `node --import`: loads this package's TypeScript sources (the fast-check
// arbitraries) by transpiling them with the TypeScript compiler, so the hostile-input runner
// reuses the generators the tests use without a build step.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
let ts;
export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  ts ??= (await import(${JSON.stringify(import.meta.resolve('typescript'))})).default;
  const source = await readFile(fileURLToPath(url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: fileURLToPath(url),
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}
`)}`,
);
