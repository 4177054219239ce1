/**
 * `care verify` (docs/sql.md, "care verify"): what was compared and every difference between the
 * CSV path and the engine, as a table (Markdown, CSV) or the JSON of docs/contracts.md.
 */
import { say, sayIn } from '../i18n/index.js';
import type { Locale } from '../locale.js';
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
  // The counts are written as they are (no grouping), as before there were messages.
  const counts = { file: result.file, engine: result.engine, asOf: formatDay(result.asOf), periods: String(periods), cohorts: String(cohorts), customers: String(customers) };
  const summary = result.table === null ? say('table.verify.summary', counts) : say('table.verify.summaryTable', { ...counts, table: result.table });
  const differences = result.differences.length;
  return {
    title: differences === 0 ? say('table.verify.same', { summary }) : say('table.verify.differences', { count: differences, n: String(differences), summary }),
    columns: [
      { key: 'table', label: say('table.verify.table') },
      { key: 'key', label: say('table.verify.key') },
      { key: 'field', label: say('table.verify.field') },
      { key: 'csv', label: 'CSV', align: 'right' },
      { key: 'engine', label: say('table.verify.engine'), align: 'right' },
    ],
    rows: result.differences.map((d) => ({ table: d.table, key: d.key, field: d.field, csv: d.csv, engine: d.engine })),
  };
}

/** The comparison in a format; the table's and Markdown's title and labels in `lang` (CSV and JSON English). */
export function renderVerify(result: VerifyResult, format: 'table' | 'csv' | 'json' | 'md', color: boolean, lang?: Locale): string {
  if (format === 'json') return renderJson(withSchema('verify', verifyJson(result)));
  const table = grid(result);
  if (format === 'csv') return renderCsv(table);
  if (format === 'md') return renderMarkdown(table, lang);
  if (table.rows.length === 0 && table.title !== undefined) return `${typeof table.title === 'string' ? table.title : sayIn(lang ?? 'en', table.title)}\n`;
  return renderTable(table, { color, lang });
}
