import { describe, expect, it } from 'vitest';
import { createPaint, parseFormat } from './format.js';
import { createTestIo } from './test-io.js';

describe('createPaint', () => {
  it('colours only on a terminal, and never with NO_COLOR or TERM=dumb', () => {
    expect(createPaint(createTestIo({ tty: true })).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(createPaint(createTestIo({ tty: false })).red('x')).toBe('x');
    expect(createPaint(createTestIo({ tty: true, env: { NO_COLOR: '1' } })).red('x')).toBe('x');
    expect(createPaint(createTestIo({ tty: true, env: { TERM: 'dumb' } })).red('x')).toBe('x');
  });
});

describe('parseFormat', () => {
  it('takes text for table, and names the allowed formats when refused', () => {
    expect(parseFormat('text')).toBe('table');
    expect(parseFormat(undefined)).toBe('table');
    expect(parseFormat('csv', ['table', 'csv'])).toBe('csv');
    expect(() => parseFormat('xml', ['table', 'json'])).toThrow(
      '--format harus salah satu dari table, json; diterima "xml". (text sama dengan table.)',
    );
  });
});
