import { describe, expect, it } from 'vitest';
import { renderCsv, renderMarkdownTable, renderTextTable } from './table.js';

const rows = [
  ['id', 'title'],
  ['kipp-2018', 'KIPP, "2018"'],
  ['x', 'a|b'],
];

describe('tables', () => {
  it('aligns text columns', () => {
    expect(renderTextTable(rows)).toBe(
      'id         title\nkipp-2018  KIPP, "2018"\nx          a|b\n',
    );
  });
  it('quotes CSV cells only where needed', () => {
    expect(renderCsv(rows)).toBe('id,title\r\nkipp-2018,"KIPP, ""2018"""\r\nx,a|b\r\n');
  });
  it('escapes pipes in Markdown', () => {
    expect(renderMarkdownTable(rows)).toContain('| x | a\\|b |');
  });
});
