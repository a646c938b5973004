import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setActiveLang } from './messages.js';
import { parseCsv, parseXlsx, rowToDocument } from './tabular.js';

// These call the readers directly (no `run()` to pick a language): read their English messages.
beforeAll(() => setActiveLang('en'));
afterAll(() => setActiveLang('id'));

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

describe('rowToDocument', () => {
  it('nests dotted columns, drops empty cells, types plain numbers and booleans', () => {
    expect(
      rowToDocument({
        row: 2,
        cells: {
          id: '007',
          'agency.name': 'Dinas Kesehatan',
          'agency.type': 'kota',
          pandemicRelated: 'false',
          score: '3.5',
          note: null,
        },
      }),
    ).toEqual({
      id: '007',
      agency: { name: 'Dinas Kesehatan', type: 'kota' },
      pandemicRelated: false,
      score: 3.5,
    });
  });

  it('splits list columns (name[]) on semicolons', () => {
    expect(
      rowToDocument({ row: 2, cells: { 'sdgs[]': '3; 16;', 'tags[]': 'a', empty: null } }),
    ).toEqual({ sdgs: [3, 16], tags: ['a'] });
  });
});

describe('rowToDocument lists', () => {
  it('splits a [] column into a typed list; an empty cell is an empty list', () => {
    expect(rowToDocument({ row: 2, cells: { 'sdgs[]': '3; 11', 'awards[]': null } })).toEqual({
      sdgs: [3, 11],
      awards: [],
    });
  });
});

describe('parseXlsx', () => {
  it('reads the first sheet or a named one, with dates as YYYY-MM-DD and sheet row numbers', async () => {
    const { default: writeXlsxFile } = await import('write-excel-file/node');
    const bytes = await writeXlsxFile(
      [
        [{ value: 'title' }, { value: 'implementationStartDate' }],
        [{ value: 'Si Cantik' }, { value: new Date('2017-06-01T00:00:00Z'), format: 'yyyy-mm-dd' }],
        [null, null],
        [{ value: 'Posyandu' }, { value: 42 }],
      ],
      { sheet: 'Proposal' },
    ).toBuffer();
    const table = await parseXlsx(bytes, 'p.xlsx');
    expect(table.sheet).toBe('Proposal');
    expect(table.rows).toEqual([
      { row: 2, cells: { title: 'Si Cantik', implementationStartDate: '2017-06-01' } },
      { row: 4, cells: { title: 'Posyandu', implementationStartDate: 42 } },
    ]);
    await expect(parseXlsx(bytes, 'p.xlsx', 'Skor')).rejects.toThrow(
      'p.xlsx: no sheet named "Skor". Sheets: Proposal.',
    );
    await expect(parseXlsx(Buffer.from('not a zip'), 'bad.xlsx')).rejects.toThrow(
      /^bad\.xlsx: not a readable XLSX workbook/,
    );
  });
});
