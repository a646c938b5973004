/**
 * Score sheets from a spreadsheet: one row per judge × entry (× stage), one column per
 * criterion. Column names are matched case-insensitively, in English or Indonesian (`judge` /
 * `juri`, `entry` / `peserta`, `stage` / `tahap`, `comment` / `komentar`); every other column is
 * a criterion. Problems name the file, row and column.
 *
 * @module
 */
import { inputIssue, type InputIssue } from '../shared/errors.js';
import { cellLocation, type Cell, type Table } from '../shared/table.js';
import type { Sheet } from './schema.js';

const ROLES = {
  judge: ['judge', 'juri', 'penilai'],
  entry: ['entry', 'peserta', 'proposal', 'inovasi'],
  stage: ['stage', 'tahap'],
  comment: ['comment', 'komentar', 'catatan'],
} as const;

function roleOf(column: string): keyof typeof ROLES | undefined {
  const name = column.trim().toLowerCase();
  for (const [role, names] of Object.entries(ROLES) as [keyof typeof ROLES, readonly string[]][])
    if (names.includes(name)) return role;
  return undefined;
}

function text(cell: Cell | undefined): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  return String(cell).trim() || undefined;
}

function score(cell: Cell | undefined): number | string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'boolean') return String(cell);
  const trimmed = cell.trim();
  if (trimmed === '') return null;
  const asNumber = Number(trimmed.replace(',', '.'));
  return /^-?\d+([.,]\d+)?$/.test(trimmed) && Number.isFinite(asNumber) ? asNumber : trimmed;
}

/**
 * Turns a table of scores into sheets. Never throws: problems come back as issues whose path
 * names the row and column.
 *
 * @example
 * ```ts
 * const { sheets, issues } = sheetsFromTable({
 *   source: 'nilai.csv',
 *   columns: ['juri', 'peserta', 'kebaruan'],
 *   rows: [{ row: 2, cells: { juri: 'J1', peserta: 'E1', kebaruan: '4' } }],
 * });
 * sheets[0]; // { judge: 'J1', entry: 'E1', scores: { kebaruan: 4 } }
 * ```
 */
export function sheetsFromTable(table: Table): { sheets: Sheet[]; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const columns = new Map<keyof typeof ROLES, string>();
  const criteria: string[] = [];
  for (const column of table.columns) {
    const role = roleOf(column);
    if (role === undefined) criteria.push(column);
    else if (columns.has(role))
      issues.push(
        inputIssue(cellLocation(table, 1, column), 'SCORING.TABLE.SECOND_COLUMN', { role }),
      );
    else columns.set(role, column);
  }
  for (const role of ['judge', 'entry'] as const) {
    if (!columns.has(role))
      issues.push(
        inputIssue(`${table.source}, row 1`, 'SCORING.TABLE.NO_COLUMN', {
          role,
          names: ROLES[role],
        }),
      );
  }
  if (criteria.length === 0)
    issues.push(inputIssue(`${table.source}, row 1`, 'SCORING.TABLE.NO_CRITERIA', {}));
  if (issues.length > 0) return { sheets: [], issues };
  const judgeColumn = columns.get('judge') ?? '';
  const entryColumn = columns.get('entry') ?? '';
  const stageColumn = columns.get('stage');
  const commentColumn = columns.get('comment');
  const sheets: Sheet[] = [];
  for (const row of table.rows) {
    const judge = text(row.cells[judgeColumn]);
    const entry = text(row.cells[entryColumn]);
    if (judge === undefined)
      issues.push(
        inputIssue(cellLocation(table, row.row, judgeColumn), 'SCORING.TABLE.EMPTY', {
          role: 'judge',
        }),
      );
    if (entry === undefined)
      issues.push(
        inputIssue(cellLocation(table, row.row, entryColumn), 'SCORING.TABLE.EMPTY', {
          role: 'entry',
        }),
      );
    if (judge === undefined || entry === undefined) continue;
    const stage = stageColumn !== undefined ? text(row.cells[stageColumn]) : undefined;
    const comment = commentColumn !== undefined ? text(row.cells[commentColumn]) : undefined;
    sheets.push({
      judge,
      entry,
      ...(stage !== undefined ? { stage } : {}),
      scores: Object.fromEntries(criteria.map((c) => [c, score(row.cells[c])])),
      ...(comment !== undefined ? { comment } : {}),
    });
  }
  return { sheets, issues };
}
