/**
 * `care verify` (docs/sql.md, "care verify"): what was compared and every difference between the
 * CSV path and the engine, as a table (Markdown, CSV) or the JSON of docs/contracts.md.
 */
import { formatDay } from '../time/days.js';
import type { Grid } from './grid.js';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';
import { withSchema } from './schemas/ids.js';

export interface VerifyDifference {
  table: string;
  key: string;
  field: string;
  csv: string | number | boolean | null;
  engine: string | number | boolean | null;
}

export interface VerifyResult {
  asOf: number;
  file: string;
  /** The engine URL without its password, and the table (null for a file DuckDB reads, or --query). */
  engine: string;
  table: string | null;
  period: string;
  churnAfterDays: number;
  compared: { periods: number; cohorts: number; customers: number };
  differences: VerifyDifference[];
}

export function verifyJson(result: VerifyResult) {
  return {
    asOf: formatDay(result.asOf),
    file: result.file,
    engine: result.engine,
    table: result.table,
    period: result.period,
    churnAfterDays: result.churnAfterDays,
    compared: result.compared,
    equal: result.differences.length === 0,
    differences: result.differences,
  };
}

function grid(result: VerifyResult): Grid {
  const { periods, cohorts, customers } = result.compared;
  const summary = `${result.file} and ${result.engine}${result.table === null ? '' : ` table ${result.table}`} as of ${formatDay(result.asOf)}: ${periods} periods, ${cohorts} cohorts, ${customers} customers compared`;
  return {
    title: result.differences.length === 0 ? `The same numbers. ${summary}.` : `${result.differences.length} differences. ${summary}.`,
    columns: [
      { key: 'table', label: 'Table' },
      { key: 'key', label: 'Period / cohort / customer' },
      { key: 'field', label: 'Field' },
      { key: 'csv', label: 'CSV', align: 'right' },
      { key: 'engine', label: 'Engine', align: 'right' },
    ],
    rows: result.differences.map((d) => ({ table: d.table, key: d.key, field: d.field, csv: d.csv, engine: d.engine })),
  };
}

export function renderVerify(result: VerifyResult, format: 'table' | 'csv' | 'json' | 'md', color: boolean): string {
  if (format === 'json') return renderJson(withSchema('verify', verifyJson(result)));
  const table = grid(result);
  if (format === 'csv') return renderCsv(table);
  if (format === 'md') return renderMarkdown(table);
  if (table.rows.length === 0) return `${table.title}\n`;
  return renderTable(table, { color });
}
