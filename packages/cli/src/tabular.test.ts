import { describe, expect, it } from 'vitest';
import { parseCsv } from './tabular.js';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF and blank cells with file row numbers', () => {
    const table = parseCsv(
      'juri,entri,nilai\r\nJ1,"Si ""Dukung"", Cilegon",4\r\n\r\nJ2,E2,\r\n',
      'skor.csv',
    );
    expect(table.columns).toEqual(['juri', 'entri', 'nilai']);
    expect(table.rows).toEqual([
      { row: 2, cells: { juri: 'J1', entri: 'Si "Dukung", Cilegon', nilai: '4' } },
      { row: 4, cells: { juri: 'J2', entri: 'E2', nilai: null } },
    ]);
  });

  it('detects semicolons (Indonesian-locale exports) and keeps multi-line cells', () => {
    const table = parseCsv('a;b\n"line 1\nline 2";3,5\n', 'x.csv');
    expect(table.rows[0]?.cells).toEqual({ a: 'line 1\nline 2', b: '3,5' });
  });

  it('names the row of a broken file', () => {
    expect(() => parseCsv('a,b\n1,2,3\n', 'x.csv')).toThrow(
      'x.csv: row 2: 3 cells, but the header has 2 columns.',
    );
    expect(() => parseCsv('a,b\n"1,2\n', 'x.csv')).toThrow(
      'x.csv: row 2: a quoted field is not closed.',
    );
    expect(() => parseCsv('a,a\n', 'x.csv')).toThrow('column "a" appears twice');
    expect(() => parseCsv('', 'x.csv')).toThrow('empty');
  });
});
