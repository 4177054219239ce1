/**
 * Grids as CSV (csv-stringify). Numbers are written raw; text cells that a spreadsheet would
 * run as a formula (starting with = + - @, tab or CR) get a leading apostrophe (OWASP's advice
 * on CSV injection).
 */
import { stringify } from 'csv-stringify/sync';
import type { CellValue, Grid } from './grid.js';

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** A cell safe to open in a spreadsheet. */
export function neutralizeCell(value: CellValue | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value.length > 0 && FORMULA_START.has(value[0]!) ? `'${value}` : value;
}

export function renderCsv(grid: Grid): string {
  const records = grid.rows.map((row) => grid.columns.map((column) => neutralizeCell(row[column.key])));
  return stringify([grid.columns.map((column) => neutralizeCell(column.key)), ...records]);
}

/** Rows of plain records as CSV, neutralised the same way; no header line when `headers` is empty. */
export function renderRecordsCsv(headers: string[], rows: CellValue[][]): string {
  const body = rows.map((row) => row.map(neutralizeCell));
  return stringify(headers.length > 0 ? [headers.map(neutralizeCell), ...body] : body);
}
