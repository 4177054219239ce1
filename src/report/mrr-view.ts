/**
 * MRR movements (metrics/mrr.ts) for output: the period table, the cohort revenue retention heat
 * map, their CSV long forms and the JSON contract (money in major units, rates 0–1 rounded).
 */
import type { MrrCohortRow, MrrPeriodRow, MrrResult } from '../metrics/mrr.js';
import { formatDecimal, formatMoney, formatPercent, roundFraction, toMajor } from './format.js';
import { say } from '../i18n/index.js';
import type { CellValue, Grid, GridText } from './grid.js';

const percent = (value: CellValue) => formatPercent(value as number | null);
const ratio = (value: CellValue) => formatDecimal(value as number | null);

/** One row per period: MRR at start, the five movements, MRR at end, GRR, NRR, quick ratio and ARPA. */
export function mrrGrid(rows: readonly MrrPeriodRow[], currency?: string): Grid {
  const money = (value: CellValue) => formatMoney(value as number | null, currency);
  const moneyColumn = (key: string, label: GridText) => ({ key, label, align: 'right' as const, format: money });
  const partial = rows.some((row) => row.partial);
  const notes: GridText[] = [say('table.mrr.movementsNote'), say('table.mrr.ratesNote')];
  if (partial) notes.push(say('table.mrr.partialNote'));
  return {
    title: currency ? say('table.mrr.titleIn', { currency }) : say('table.mrr.title'),
    columns: [
      { key: 'period', label: say('table.periodGrid.period') },
      moneyColumn('mrrAtStart', say('table.mrr.atStart')),
      moneyColumn('new', say('table.mrr.new')),
      moneyColumn('expansion', say('table.mrr.expansion')),
      moneyColumn('reactivation', say('table.mrr.reactivation')),
      moneyColumn('contraction', say('table.mrr.contraction')),
      moneyColumn('churned', say('table.mrr.churned')),
      moneyColumn('mrrAtEnd', say('table.mrr.atEnd')),
      { key: 'grossRevenueRetention', label: 'GRR', align: 'right', format: percent },
      { key: 'netRevenueRetention', label: 'NRR', align: 'right', format: percent },
      { key: 'quickRatio', label: say('table.mrr.quickRatio'), align: 'right', format: ratio },
      moneyColumn('arpa', 'ARPA'),
    ],
    rows: rows.map((row) => ({ ...row, period: row.partial ? `${row.period} *` : row.period })),
    notes,
  };
}

/** Cohort revenue retention: each cohort's MRR k periods on over its MRR at the end of its first period. */
export function mrrCohortGrid(rows: readonly MrrCohortRow[], options: { maxAges?: number } = {}): Grid {
  const widest = Math.max(0, ...rows.map((row) => row.retention.length));
  const ages = Math.min(widest, options.maxAges ?? widest);
  const columns: Grid['columns'] = [
    { key: 'cohort', label: say('table.cohortGrid.cohort') },
    { key: 'size', label: say('table.cohortGrid.customers'), align: 'right' },
  ];
  for (let k = 0; k < ages; k++) {
    // Shade by min(1, rate): above 100% is as good as it gets on a heat map.
    columns.push({ key: `k${k}`, label: `+${k}`, align: 'right', format: percent, shade: (value) => (typeof value === 'number' ? Math.min(1, value) : undefined) });
  }
  const gridRows = rows.map((row) => {
    const cells: Record<string, CellValue> = { cohort: row.cohort, size: row.size };
    for (let k = 0; k < ages; k++) cells[`k${k}`] = row.retention[k] ?? null;
    return cells;
  });
  const notes: GridText[] = [say('table.mrr.cohortNote')];
  if (ages < widest) notes.push(say('table.cohortGrid.agesShown', { last: String(ages - 1), widest: String(widest - 1) }));
  return { title: say('table.mrr.cohortTitle'), columns, rows: gridRows, notes };
}

/** MRR rows for CSV: raw numbers in major units, fractions 0–1. */
export function mrrCsvGrid(rows: readonly MrrPeriodRow[], currency?: string): Grid {
  const json = rows.map((row) => mrrRowJson(row, currency));
  const keys = Object.keys(json[0] ?? mrrRowJson(EMPTY_ROW, currency));
  return { columns: keys.map((key) => ({ key, label: key })), rows: json.map((row) => ({ ...row })) };
}

/** A period row for JSON: money in major units, rates rounded. */
export type MrrPeriodJson = Omit<MrrPeriodRow, 'arpa'> & { arpa: number | null };

function mrrRowJson(row: MrrPeriodRow, currency?: string): MrrPeriodJson {
  const money = (minor: number) => toMajor(minor, currency);
  return {
    ...row,
    mrrAtStart: money(row.mrrAtStart),
    new: money(row.new),
    expansion: money(row.expansion),
    reactivation: money(row.reactivation),
    contraction: money(row.contraction),
    churned: money(row.churned),
    mrrAtEnd: money(row.mrrAtEnd),
    netMovement: money(row.netMovement),
    arpa: row.arpa === null ? null : money(row.arpa),
    grossRevenueRetention: roundFraction(row.grossRevenueRetention),
    netRevenueRetention: roundFraction(row.netRevenueRetention),
    quickRatio: roundFraction(row.quickRatio),
  };
}

export interface MrrJson {
  period: MrrResult['period'];
  currency: string | null;
  rows: MrrPeriodJson[];
  cohorts: { cohort: string; size: number; mrr: number[]; retention: (number | null)[] }[];
}

/** The MRR section of the JSON contract (docs/definitions.md, "MRR movements"). */
export function mrrJson(result: MrrResult, currency?: string): MrrJson {
  return {
    period: result.period,
    currency: currency ?? null,
    rows: result.rows.map((row) => mrrRowJson(row, currency)),
    cohorts: result.cohorts.map((row) => ({ cohort: row.cohort, size: row.size, mrr: row.mrr.map((minor) => toMajor(minor, currency)), retention: row.retention.map(roundFraction) })),
  };
}

const EMPTY_ROW: MrrPeriodRow = {
  period: '', start: '', end: '', partial: false, mrrAtStart: 0, new: 0, expansion: 0, reactivation: 0, contraction: 0, churned: 0, mrrAtEnd: 0, netMovement: 0,
  customersAtStart: 0, customersAtEnd: 0, newCustomers: 0, reactivatedCustomers: 0, expandedCustomers: 0, contractedCustomers: 0, churnedCustomers: 0,
  arpa: null, grossRevenueRetention: null, netRevenueRetention: null, quickRatio: null,
};
