import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { readZip } from '@inovasi/test-utils';
import {
  createXlsxWriter,
  escapeCellText,
  renderXlsx,
  XLSX_MAX_CELL,
  XLSX_MAX_COLUMNS,
  XLSX_MAX_ROWS,
} from './xlsx.js';
import { createZipWriter, ZIP32_LIMIT } from './zip-writer.js';

/** Every sheet of a workbook as rows of text (empty cells as ''), read by read-excel-file. */
async function readBook(bytes: Uint8Array): Promise<[string, string[][]][]> {
  const sheets = await readXlsxFile(Buffer.from(bytes));
  return sheets.map(({ sheet, data }) => [
    sheet,
    data.map((row) => row.map((c) => (c === null ? '' : String(c)))),
  ]);
}

/** A workbook written by {@link createXlsxWriter}, with `sheets` of header and rows. */
async function streamed(
  sheets: readonly (readonly [string, readonly string[], readonly (readonly string[])[]])[],
  options: { maxRows?: number } = {},
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const book = createXlsxWriter((bytes) => {
    chunks.push(bytes);
    return Promise.resolve();
  }, options);
  for (const [name, header, rows] of sheets) {
    await book.sheet(name, header);
    for (const row of rows) await book.row(row);
  }
  await book.close();
  return Buffer.concat(chunks);
}

describe('renderXlsx', () => {
  it('keeps XML-special, control and non-ASCII characters, empty cells and text that looks like numbers', async () => {
    const hostile = [
      'a < b && c > "d" \'e\'',
      'bell\u0007 back\b esc\u001b unit\u001f nul\u0000',
      'line\r\nbreak\nand\ttab',
      'literal _x0041_ and _X00ff_ stay',
      'Dinas Perhubungan — ruas 3 km²; 東京; مرحبا; 😀',
    ];
    const bytes = await renderXlsx([
      {
        name: 'Usulan',
        rows: [
          ['id', 'teks', '', 'akhir'],
          ['73.71', hostile[0] ?? '', '', 'x'],
          ['007', hostile[1] ?? '', '', ''],
          ['1e3', hostile[2] ?? ''],
          ['', hostile[3] ?? '', 'TRUE', ''],
          ['-12', hostile[4] ?? '', '', '2024-01-01'],
        ],
      },
    ]);
    expect(await readBook(bytes)).toEqual([
      [
        'Usulan',
        [
          ['id', 'teks', '', 'akhir'],
          ['73.71', hostile[0], '', 'x'],
          ['007', hostile[1], '', ''],
          ['1e3', hostile[2], '', ''],
          ['', hostile[3], 'TRUE', ''],
          ['-12', hostile[4], '', '2024-01-01'],
        ],
      ],
    ]);
    // every cell is an inline string: read back as text, never a number, boolean or date
    const sheet = readZip(bytes).get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).not.toMatch(/<c [^>]*t="(?!inlineStr")/);
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the XML
    expect(sheet).not.toMatch(/[\0-\x08\x0b-\x1f]/);
  });

  it('neutralises a cell a spreadsheet would run as a formula, as the CSV does', async () => {
    const formulas = ['=HYPERLINK("http://x.test")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    const bytes = await renderXlsx([{ name: 'F', rows: [['f'], ...formulas.map((f) => [f])] }]);
    const rows = (await readBook(bytes))[0]?.[1] ?? [];
    expect(rows.slice(1).map((r) => r[0])).toEqual(formulas.map((f) => `'${f}`));
    expect(readZip(bytes).get('xl/worksheets/sheet1.xml')).not.toContain('<f>');
  });

  it('writes a bold, frozen header, a valid package and names sheets as Excel allows', async () => {
    const long = 'Rekapitulasi usulan inovasi daerah per perangkat';
    const bytes = await renderXlsx([
      { name: 'a/b:c', rows: [['h'], ['1']] },
      { name: 'A B C', rows: [['h']] },
      { name: long, rows: [] },
    ]);
    const parts = readZip(bytes);
    expect([...parts.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ]);
    const sheet = parts.get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr">');
    expect(sheet).toContain('<c r="A2" t="inlineStr">');
    expect(parts.get('xl/styles.xml')).toMatch(
      /<fonts count="2"><font>.*<\/font><font><b\/>.*<cellXfs count="2"><xf [^>]*\/><xf [^>]*fontId="1"/,
    );
    const names = (await readBook(bytes)).map(([name]) => name);
    expect(names).toEqual(['a b c', 'A B C 2', long.slice(0, 31)]);
    // a sheet without rows has no header to freeze
    expect(parts.get('xl/worksheets/sheet3.xml')).not.toContain('<pane');
  });

  it('cuts a cell past Excel’s 32,767 characters with …, and refuses a row past 16,384 columns', async () => {
    const bytes = await renderXlsx([{ name: 'L', rows: [['t'], ['a'.repeat(40_000)]] }]);
    const rows = (await readBook(bytes))[0]?.[1] ?? [];
    const cell = rows[1]?.[0] ?? '';
    expect(cell.length).toBe(XLSX_MAX_CELL);
    expect(cell.endsWith('a…')).toBe(true);
    await expect(
      renderXlsx([{ name: 'W', rows: [Array.from({ length: XLSX_MAX_COLUMNS + 1 }, () => 'x')] }]),
    ).rejects.toMatchObject({
      text: { en: 'row 1 has 16385 columns; XLSX holds at most 16384: use --format csv.' },
    });
  });
});

describe('escapeCellText', () => {
  it('escapes markup and forbidden characters; a lone surrogate becomes U+FFFD', () => {
    expect(escapeCellText('a<b&c>d')).toBe('a&lt;b&amp;c&gt;d');
    expect(escapeCellText('\r\u0001\t\n')).toBe('_x000D__x0001_\t\n');
    expect(escapeCellText('_x0041_')).toBe('_x005F_x0041_');
    expect(escapeCellText('x\ud800y\udc00z 😀')).toBe('x\ufffdy\ufffdz 😀');
    expect(escapeCellText('\ufffe')).toBe('_xFFFE_');
    expect(escapeCellText('plain 73.71')).toBe('plain 73.71');
  });
});

describe('a sheet that reaches the row limit goes on in the next', () => {
  it('splits at maxRows, repeating the header, and loses no row', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => [`p${i}`, i % 2 === 0 ? '' : `=${i}`]);
    const bytes = await streamed(
      [
        ['Kesiapan', ['berkas', 'kode'], rows],
        ['Ringkasan', ['n'], [['7']]],
      ],
      { maxRows: 3 },
    );
    const book = await readBook(bytes);
    expect(book.map(([name]) => name)).toEqual([
      'Kesiapan',
      'Kesiapan 2',
      'Kesiapan 3',
      'Kesiapan 4',
      'Ringkasan',
    ]);
    const header = ['berkas', 'kode'];
    const expected = rows.map(([p = '', f = '']) => [p, f === '' ? '' : `'${f}`]);
    expect(book.slice(0, 4).map(([, r]) => r)).toEqual([
      [header, ...expected.slice(0, 2)],
      [header, ...expected.slice(2, 4)],
      [header, ...expected.slice(4, 6)],
      [header, ...expected.slice(6)],
    ]);
  });

  it('a continuation sheet’s name stays within 31 characters and unique', async () => {
    const name = 'x'.repeat(40);
    const bytes = await streamed(
      [
        [`${name} 2`, ['h'], []],
        [name, ['h'], [['1'], ['2']]],
      ],
      { maxRows: 2 },
    );
    const names = (await readBook(bytes)).map(([n]) => n);
    expect(names).toEqual(['x'.repeat(31), `${'x'.repeat(29)} 2`, `${'x'.repeat(29)} 3`]);
  });

  it('the real limit is Excel’s 1,048,576 rows, header included', async () => {
    expect(XLSX_MAX_ROWS).toBe(1_048_576);
    // one sheet filled to the limit, then one row more: it goes to the second sheet
    const chunks: Uint8Array[] = [];
    const book = createXlsxWriter((bytes) => {
      chunks.push(bytes);
      return Promise.resolve();
    });
    await book.sheet('Baris', ['n']);
    for (let i = 1; i <= XLSX_MAX_ROWS; i += 1) await book.row(['r']);
    await book.close();
    const parts = readZip(Buffer.concat(chunks));
    const count = (xml: string | undefined): number => xml?.split('<row ').length ?? 0;
    expect(count(parts.get('xl/worksheets/sheet1.xml')) - 1).toBe(XLSX_MAX_ROWS);
    expect(parts.get('xl/worksheets/sheet1.xml')).toContain(`<row r="${XLSX_MAX_ROWS}">`);
    const second = parts.get('xl/worksheets/sheet2.xml') ?? '';
    expect(second).toContain('<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>n</t>');
    expect(second).toContain('<row r="2"><c r="A2" t="inlineStr"><is><t>r</t>');
    expect(count(second) - 1).toBe(2);
    expect(parts.get('xl/workbook.xml')).toContain(
      '<sheet name="Baris 2" sheetId="2" r:id="rId2"/>',
    );
  }, 120_000);
});

describe('createZipWriter', () => {
  it('refuses an archive past its limit (4 GB without ZIP64) with a clear error', async () => {
    expect(ZIP32_LIMIT).toBe(2 ** 32 - 1);
    const zip = createZipWriter(() => Promise.resolve(), { limit: 1000 });
    const entry = zip.entry('big.bin');
    await expect(entry.write(new Uint8Array(2000))).rejects.toMatchObject({
      text: {
        en: 'the XLSX would pass 4 GB (ZIP64 is not supported); use --format csv for data this large.',
      },
    });
    const book = createXlsxWriter(() => Promise.resolve(), { zipLimit: 300 });
    const write = async (): Promise<void> => {
      await book.sheet('S', ['h']);
      for (let i = 0; i < 200; i += 1) await book.row([`row ${i}`]);
      await book.close();
    };
    await expect(write()).rejects.toMatchObject({
      text: { en: expect.stringContaining('ZIP64 is not supported') as string },
    });
  });
});
