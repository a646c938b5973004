import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../main.js';
import { SINK_CHUNK } from '../output.js';
import { createTestIo } from '../test-io.js';

/** A CSV of `n` proposals in a temporary folder; every third one's title repeats an earlier one. */
function batch(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'inovasi-report-'));
  const rows = ['id,title,agency.name,agency.type,group,implementationStartDate'];
  for (let i = 0; i < n; i += 1)
    rows.push(
      `p${i},Layanan Keliling ${i % 3 === 2 ? i - 1 : i},Kota ${i % 7},kota,umum,2019-0${1 + (i % 9)}-15`,
    );
  writeFileSync(join(dir, 'usulan.csv'), `${rows.join('\n')}\n`);
  return dir;
}

async function report(cwd: string, ...args: string[]) {
  const captured = createTestIo({ cwd });
  const writes: string[] = [];
  const io = {
    ...captured,
    stdout: (text: string) => {
      writes.push(text);
      captured.stdout(text);
    },
  };
  const code = await run(
    ['report', 'usulan.csv', '--rulebook', 'kipp-2021', '--as-of', '2021-03-01', ...args],
    io,
  );
  return { code, out: captured.out(), err: captured.err(), writes };
}

describe('report on a batch', () => {
  const n = 400;
  const dir = batch(n);

  it('writes a section at a time, never the whole report as one string', async () => {
    const { code, out, err, writes } = await report(dir);
    expect(err).toBe('');
    expect(code).toBe(0);
    // the summary, then one section per proposal, in order
    expect(out.match(/<section>/g)).toHaveLength(n + 1);
    expect(out.indexOf('Layanan Keliling 0')).toBeLessThan(out.lastIndexOf('Layanan Keliling 399'));
    expect(out.startsWith('<!doctype html>\n')).toBe(true);
    expect(out.endsWith('</footer>\n</body>\n</html>\n')).toBe(true);
    expect(out.length).toBeGreaterThan(4 * SINK_CHUNK);
    // several writes; after the first (which holds the summary's table of every proposal), none
    // much bigger than the sink's chunk plus one proposal's section
    expect(writes.length).toBeGreaterThan(3);
    for (const w of writes.slice(1)) expect(w.length).toBeLessThan(2 * SINK_CHUNK);
  });

  it('writes the same report to an --out file, in Markdown too', async () => {
    for (const format of ['html', 'md']) {
      const shown = await report(dir, '--format', format);
      const file = `laporan.${format}`;
      const saved = await report(dir, '--format', format, '--out', file);
      expect(saved.code).toBe(0);
      expect(saved.out).toBe('');
      expect(saved.err).toBe(`${file}: ${n + 1} sections\n`);
      expect(readFileSync(join(dir, file), 'utf8')).toBe(shown.out);
    }
  });

  it('refuses an existing --out file and leaves it as it was', async () => {
    writeFileSync(join(dir, 'ada.html'), 'lama');
    const { code, err } = await report(dir, '--out', 'ada.html');
    expect(code).toBe(2);
    expect(err).toContain('ada.html');
    expect(readFileSync(join(dir, 'ada.html'), 'utf8')).toBe('lama');
  });
});
