/** Grids for the period retention table and the cohort table (heat map). */
import type { CohortMode, CohortRow } from '../metrics/cohorts.js';
import type { PeriodRow } from '../metrics/retention.js';
import { formatInteger, formatMoney, formatPercent, toMajor } from './format.js';
import type { CellValue, Grid } from './grid.js';

const integer = (value: CellValue) => formatInteger(value as number | null);
const percent = (value: CellValue) => formatPercent(value as number | null);

export function periodGrid(rows: PeriodRow[], title = 'Retention by period'): Grid {
  const partial = rows.some((row) => row.partial);
  return {
    title,
    columns: [
      { key: 'period', label: 'Period' },
      { key: 'customersAtStart', label: 'At start', align: 'right', format: integer },
      { key: 'new', label: 'New', align: 'right', format: integer },
      { key: 'reactivated', label: 'Reactivated', align: 'right', format: integer },
      { key: 'retained', label: 'Retained', align: 'right', format: integer },
      { key: 'lost', label: 'Lost', align: 'right', format: integer },
      { key: 'customersAtEnd', label: 'At end', align: 'right', format: integer },
      { key: 'retentionRate', label: 'CRR', align: 'right', format: percent },
      { key: 'churnRate', label: 'Churn', align: 'right', format: percent },
    ],
    rows: rows.map((row) => ({ ...row, period: row.partial ? `${row.period} *` : row.period })),
    notes: partial ? ['* partial period: "At end" counts the customers active on the as-of day.'] : [],
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
    { key: 'cohort', label: 'Cohort' },
    { key: 'size', label: 'Customers', align: 'right', format: integer },
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
  const notes = [showRevenue ? `Net revenue of each cohort by age in periods${options.currency ? ` (${options.currency})` : ''}.` : options.mode === 'on-or-after' ? 'Share of each cohort buying k or more periods after its first purchase ("on or after" k; +0 = 100%).' : 'Share of each cohort buying again k periods after its first purchase (+0 = 100%).'];
  if (ages < widest) notes.push(`Showing ages +0…+${ages - 1} of +${widest - 1}; --format csv or json has them all.`);
  return { title: showRevenue ? 'Cohort revenue' : 'Cohort retention', columns, rows: gridRows, notes };
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
