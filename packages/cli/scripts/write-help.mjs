// After each build: writes `inovasi --help` in each language to dist/help.<lang>.txt, so the built binary answers
// `--help` without loading the engines (the text comes from the same build, so it cannot drift).
import { writeFileSync } from 'node:fs';

const { run } = await import('../dist/index.js');
for (const lang of ['id', 'en']) {
  let out = '';
  const code = await run(['--help', '--lang', lang], {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => process.stderr.write(text),
    readStdin: () => Promise.resolve(''),
    cwd: process.cwd(),
    env: {},
    stdoutIsTTY: false,
    today: () => '2000-01-01',
  });
  if (code !== 0 || out === '') {
    process.stderr.write('write-help: `inovasi --help` failed\n');
    process.exit(1);
  }
  writeFileSync(new URL(`../dist/help.${lang}.txt`, import.meta.url), out);
}
