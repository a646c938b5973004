import { describe, expect, it } from 'vitest';
import { sheetsFromTable } from './table.js';

describe('sheetsFromTable', () => {
  it('reads Indonesian headers, numbers with a decimal comma, n/a and empty cells', () => {
    const { sheets, issues } = sheetsFromTable({
      source: 'nilai.csv',
      columns: ['Juri', 'Peserta', 'Tahap', 'kebaruan', 'manfaat', 'Komentar'],
      rows: [
        {
          row: 2,
          cells: {
            Juri: 'J1',
            Peserta: 'E1',
            Tahap: 'S',
            kebaruan: '4,5',
            manfaat: 'n/a',
            Komentar: 'ok',
          },
        },
        {
          row: 3,
          cells: {
            Juri: 'J2',
            Peserta: 'E1',
            Tahap: null,
            kebaruan: 'baik',
            manfaat: null,
            Komentar: null,
          },
        },
      ],
    });
    expect(issues).toEqual([]);
    expect(sheets).toEqual([
      {
        judge: 'J1',
        entry: 'E1',
        stage: 'S',
        scores: { kebaruan: 4.5, manfaat: 'n/a' },
        comment: 'ok',
      },
      { judge: 'J2', entry: 'E1', scores: { kebaruan: 'baik', manfaat: null } },
    ]);
  });

  it('names the row and column of an empty judge, and a missing entry column', () => {
    expect(
      sheetsFromTable({
        source: 's.csv',
        columns: ['juri', 'peserta', 'k'],
        rows: [{ row: 4, cells: { juri: null, peserta: 'E', k: '1' } }],
      }).issues,
    ).toMatchObject([
      {
        path: 's.csv, row 4, column juri',
        message: 'the judge is empty',
        code: 'SCORING.TABLE.EMPTY',
        text: { id: 'juri kosong', en: 'the judge is empty' },
      },
    ]);
    expect(
      sheetsFromTable({ source: 's.csv', columns: ['juri', 'k'], rows: [] }).issues[0]?.message,
    ).toContain('no entry column');
  });
});
