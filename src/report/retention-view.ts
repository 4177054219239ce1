/** Grids for the period retention table and the cohort table (heat map). */
import { say } from '../i18n/index.js';
import type { CohortMode, CohortRow } from '../metrics/cohorts.js';
import type { PeriodRow } from '../metrics/retention.js';
import { formatInteger, formatMoney, formatPercent, toMajor } from './format.js';
import type { CellValue, Grid, GridText } from './grid.js';

const integer = (value: CellValue) => formatInteger(value as number | null);
const percent = (value: CellValue) => formatPercent(value as number | null);

export function periodGrid(rows: PeriodRow[], title: GridText = say('table.periodGrid.title')): Grid {
  const partial = rows.some((row) => row.partial);
  return {
    title,
    columns: [
      { key: 'period', label: say('table.periodGrid.period') },
      { key: 'customersAtStart', label: say('table.periodGrid.atStart'), align: 'right', format: integer },
      { key: 'new', label: say('table.periodGrid.new'), align: 'right', format: integer },
      { key: 'reactivated', label: say('table.periodGrid.reactivated'), align: 'right', format: integer },
      { key: 'retained', label: say('table.periodGrid.retained'), align: 'right', format: integer },
      { key: 'lost', label: say('table.periodGrid.lost'), align: 'right', format: integer },
      { key: 'customersAtEnd', label: say('table.periodGrid.atEnd'), align: 'right', format: integer },
      { key: 'retentionRate', label: say('table.periodGrid.crr'), align: 'right', format: percent },
      { key: 'churnRate', label: say('table.periodGrid.churn'), align: 'right', format: percent },
    ],
    rows: rows.map((row) => ({ ...row, period: row.partial ? `${row.period} *` : row.period })),
    notes: partial ? [say('table.periodGrid.partialNote')] : [],
  };
}

/** Period rows for CSV: raw numbers, fractions 0–1, the partial flag as its own column. */
export function periodCsvGrid(rows: PeriodRow[]): Grid {
  const keys: (keyof PeriodRow)[] = ['period', 'start', 'end', 'partial', 'customersAtStart', 'new', 'reactivated', 'retained', 'lost', 'customersAtEnd', 'retentionRate', 'churnRate'];
  return { columns: keys.map((key) => ({ key, label: key })), rows: rows.map((row) => ({ ...row })) };
}

export interface CohortGridOptions {
  /** Show at most this many ages (columns); CSV and JSON carry all. */
  maxAges?: number;
  revenue?: boolean;
  currency?: string;
  /** How the rates were counted (metrics/cohorts.ts); default "on". */
  mode?: CohortMode;
}

export function cohortGrid(rows: CohortRow[], options: CohortGridOptions = {}): Grid {
  const widest = Math.max(0, ...rows.map((row) => row.rates.length));
  const ages = Math.min(widest, options.maxAges ?? widest);
  const showRevenue = options.revenue === true && rows.some((row) => row.revenue !== undefined);
  const columns: Grid['columns'] = [
    { key: 'cohort', label: say('table.cohortGrid.cohort') },
    { key: 'size', label: say('table.cohortGrid.customers'), align: 'right', format: integer },
  ];
  for (let k = 0; k < ages; k++) {
    columns.push({
      key: `k${k}`,
      label: `+${k}`,
      align: 'right',
      format: showRevenue ? (value) => formatMoney(value as number | null) : percent,
      shade: showRevenue ? undefined : (value) => (typeof value === 'number' ? value : undefined),
    });
  }
  const gridRows = rows.map((row) => {
    const cells: Record<string, CellValue> = { cohort: row.cohort, size: row.size };
    for (let k = 0; k < ages; k++) cells[`k${k}`] = showRevenue ? (row.revenue?.[k] ?? null) : (row.rates[k] ?? null);
    return cells;
  });
  const notes: GridText[] = [cohortNote(showRevenue, options)];
  if (ages < widest) notes.push(say('table.cohortGrid.agesShown', { last: String(ages - 1), widest: String(widest - 1) }));
  return { title: say(showRevenue ? 'table.cohortGrid.revenueTitle' : 'table.cohortGrid.retentionTitle'), columns, rows: gridRows, notes };
}

/** What the cohort table's cells are. */
function cohortNote(showRevenue: boolean, options: CohortGridOptions): GridText {
  if (showRevenue) return options.currency ? say('table.cohortGrid.revenueNoteIn', { currency: options.currency }) : say('table.cohortGrid.revenueNote');
  return say(options.mode === 'on-or-after' ? 'table.cohortGrid.onOrAfterNote' : 'table.cohortGrid.onNote');
}

/** Cohorts for CSV: one row per cohort and age (long form, easy to pivot). */
export function cohortCsvGrid(rows: CohortRow[], currency?: string): Grid {
  const withRevenue = rows.some((row) => row.revenue !== undefined);
  const columns = ['cohort', 'size', 'age', 'active', 'rate', ...(withRevenue ? ['revenue'] : [])].map((key) => ({ key, label: key }));
  const out: Record<string, CellValue>[] = [];
  for (const row of rows) {
    row.active.forEach((active, age) => {
      out.push({ cohort: row.cohort, size: row.size, age, active, rate: row.rates[age] ?? null, ...(withRevenue ? { revenue: toMajor(row.revenue?.[age] ?? 0, currency) } : {}) });
    });
  }
  return { columns, rows: out };
}
