/**
 * The national dataset as a table (CSV or XLSX): one region per row, columns named by the dotted
 * path of the JSON region format, so a spreadsheet and a JSON file are the same data:
 *
 * `id, name, level, underdeveloped, apbdOnTime, eProcurement, eProcurementGrade, eBudgeting,
 * ePlanning, ptspAvailable, igaRecommended, kippAward, apbdAdjustmentOnTime, covidReportsOnTime,
 * auditOpinions.<year>, scores.<key>, ranks.<contest>,
 * indicators.<key>.current|previous|target, tranche.<field>`.
 *
 * A cell that cannot be read rejects its row with the row number and the column; every other row
 * is kept.
 *
 * @module
 */
import { inputIssue, type InputIssue } from '../shared/errors.js';
import type { Cell, Table } from '../shared/table.js';
import type { RejectedRegion } from './allocation.js';
import { AuditOpinionSchema, REGION_BOOLEAN_FIELDS } from './schema.js';

const BOOLEAN_COLUMNS = new Set<string>([...REGION_BOOLEAN_FIELDS, 'tranche.receivedPreviousYear']);
const TEXT_COLUMNS = new Set([
  'id',
  'name',
  'level',
  'eProcurementGrade',
  'tranche.usagePlanReceivedAt',
  'tranche.absorptionReportReceivedAt',
  'tranche.previousYearReportReceivedAt',
]);
const TRUE = new Set(['true', 'ya', 'y', 'yes', '1']);
const FALSE = new Set(['false', 'tidak', 't', 'no', 'n', '0']);

function toBoolean(cell: Cell): boolean | 'INPUT.BOOLEAN' {
  if (typeof cell === 'boolean') return cell;
  const text = String(cell).trim().toLowerCase();
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  return 'INPUT.BOOLEAN';
}

function toNumber(cell: Cell): number | 'INPUT.NUMBER' {
  if (typeof cell === 'number') return cell;
  const text = String(cell).trim();
  // A decimal comma is accepted when there is no dot ("12,5" → 12.5).
  const normal = text.includes('.') ? text : text.replace(',', '.');
  const value = Number(normal);
  if (normal === '' || !Number.isFinite(value)) return 'INPUT.NUMBER';
  return value;
}

function set(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  path.slice(0, -1).forEach((key) => {
    const next = node[key];
    if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  });
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
}

/** Regions read from a table: the objects (validated later), their rows, and rows rejected here. */
export interface TableRegions {
  readonly regions: unknown[];
  readonly rows: number[];
  readonly rejected: RejectedRegion[];
  /** Columns that are not part of the format (ignored, reported once). */
  readonly unknownColumns: string[];
}

function columnKind(column: string): 'boolean' | 'text' | 'number' | 'opinion' | undefined {
  if (BOOLEAN_COLUMNS.has(column)) return 'boolean';
  if (TEXT_COLUMNS.has(column)) return 'text';
  if (/^auditOpinions\.\d{4}$/.test(column)) return 'opinion';
  if (/^(scores|ranks)\.[A-Za-z0-9][A-Za-z0-9._-]*$/.test(column)) return 'number';
  if (/^indicators\.[A-Za-z0-9][A-Za-z0-9_-]*\.(current|previous|target)$/.test(column))
    return 'number';
  if (column === 'tranche.absorptionPercent') return 'number';
  return undefined;
}

/**
 * Converts a table of regions into region objects, row by row.
 *
 * @example
 * ```ts
 * const { regions, rejected } = regionsFromTable({
 *   source: 'daerah.csv',
 *   columns: ['id', 'level', 'scores.stunting'],
 *   rows: [{ row: 2, cells: { id: '11', level: 'provinsi', 'scores.stunting': '2,5' } }],
 * });
 * regions[0]; // { id: '11', level: 'provinsi', scores: { stunting: 2.5 } }
 * ```
 */
export function regionsFromTable(table: Table): TableRegions {
  const regions: unknown[] = [];
  const rows: number[] = [];
  const rejected: RejectedRegion[] = [];
  const unknownColumns = table.columns.filter((c) => columnKind(c) === undefined);
  table.rows.forEach((row, index) => {
    const region: Record<string, unknown> = {};
    const issues: InputIssue[] = [];
    const opinions: { year: number; opinion: unknown }[] = [];
    for (const column of table.columns) {
      const kind = columnKind(column);
      const cell = row.cells[column] ?? null;
      if (kind === undefined || cell === null || (typeof cell === 'string' && cell.trim() === ''))
        continue;
      if (kind === 'text') set(region, column.split('.'), String(cell).trim());
      else if (kind === 'boolean') {
        const value = toBoolean(cell);
        if (typeof value === 'string') issues.push(inputIssue(column, value, { got: cell }));
        else set(region, column.split('.'), value);
      } else if (kind === 'number') {
        const value = toNumber(cell);
        if (typeof value === 'string') issues.push(inputIssue(column, value, { got: cell }));
        else set(region, column.split('.'), value);
      } else {
        const opinion = String(cell).trim().toUpperCase();
        if (!AuditOpinionSchema.safeParse(opinion).success)
          issues.push(
            inputIssue(column, 'INPUT.ONE_OF', { choices: ['WTP', 'WDP', 'TW', 'TMP'], got: cell }),
          );
        else opinions.push({ year: Number(column.slice('auditOpinions.'.length)), opinion });
      }
    }
    if (opinions.length > 0) region.auditOpinions = opinions;
    if (issues.length > 0) {
      const id = region.id;
      rejected.push({ index, row: row.row, ...(typeof id === 'string' ? { id } : {}), issues });
      return;
    }
    regions.push(region);
    rows.push(row.row);
  });
  return { regions, rows, rejected, unknownColumns };
}
