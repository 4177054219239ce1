/**
 * care verify (docs/sql.md, "care verify"): the period table, the cohort table and the
 * per-customer summary as the CSV path computed them against the engine's, every difference
 * listed — which table, which period, cohort or customer, which field, and both values.
 * Integers must be equal; fractions (rates, t_x, T, mean repeat spend) within one part in 10⁹,
 * the last digits a database's floating point may print differently.
 */
import type { CohortRow } from '../metrics/cohorts.js';
import type { PeriodRow } from '../metrics/retention.js';
import type { Day } from '../time/days.js';

/** One customer of the per-customer summary, in the fields both paths compute. */
export interface SummaryRow {
  customer: string;
  firstDay: Day;
  x: number;
  tx: number;
  T: number;
  /** Minor units; undefined without amounts. */
  meanRepeatSpend?: number;
}

export interface VerifyTables {
  asOf: Day;
  periods: PeriodRow[];
  cohorts: CohortRow[];
  customers: SummaryRow[];
}

export type Value = string | number | boolean | null;

export interface Difference {
  table: 'as-of' | 'period' | 'cohort' | 'customer';
  /** The period label, `cohort 2023-01 age 2`, or the customer id. */
  key: string;
  field: string;
  csv: Value;
  engine: Value;
}

const RELATIVE = 1e-9;

function same(a: Value | undefined, b: Value | undefined): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= RELATIVE * Math.max(Math.abs(a), Math.abs(b));
  return (a ?? null) === (b ?? null);
}

/** Rows of two lists matched by key; a row on one side only is one difference ("present"). */
function byKey<T>(table: Difference['table'], csv: readonly T[], engine: readonly T[], key: (row: T) => string, compare: (k: string, a: T, b: T) => Difference[]): Difference[] {
  const out: Difference[] = [];
  const engineRows = new Map(engine.map((row) => [key(row), row]));
  const seen = new Set<string>();
  for (const row of csv) {
    const k = key(row);
    seen.add(k);
    const other = engineRows.get(k);
    if (other === undefined) out.push({ table, key: k, field: 'present', csv: true, engine: false });
    else out.push(...compare(k, row, other));
  }
  for (const row of engine) if (!seen.has(key(row))) out.push({ table, key: key(row), field: 'present', csv: false, engine: true });
  return out;
}

/** The fields of two objects that differ. */
function fields<T extends object>(table: Difference['table'], key: string, a: T, b: T, names: readonly (keyof T & string)[]): Difference[] {
  return names.flatMap((name) => {
    const x = a[name] as Value | undefined;
    const y = b[name] as Value | undefined;
    return same(x, y) ? [] : [{ table, key, field: name, csv: x ?? null, engine: y ?? null }];
  });
}

const PERIOD_FIELDS = ['start', 'end', 'partial', 'customersAtStart', 'new', 'reactivated', 'retained', 'lost', 'customersAtEnd', 'retentionRate', 'churnRate'] as const;
const SUMMARY_FIELDS = ['firstDay', 'x', 'tx', 'T', 'meanRepeatSpend'] as const;

function cohortCells(key: string, a: CohortRow, b: CohortRow): Difference[] {
  const out = fields('cohort', key, a, b, ['size']);
  const ages = Math.max(a.active.length, b.active.length);
  for (let age = 0; age < ages; age++) {
    const at = `${key} age ${age}`;
    if (!same(a.active[age], b.active[age])) out.push({ table: 'cohort', key: at, field: 'active', csv: a.active[age] ?? null, engine: b.active[age] ?? null });
    if ((a.revenue !== undefined || b.revenue !== undefined) && !same(a.revenue?.[age], b.revenue?.[age])) out.push({ table: 'cohort', key: at, field: 'revenue', csv: a.revenue?.[age] ?? null, engine: b.revenue?.[age] ?? null });
  }
  return out;
}

/** Every difference between the CSV path's tables and the engine's, in table order. */
export function diffTables(csv: VerifyTables, engine: VerifyTables): Difference[] {
  return [
    ...(csv.asOf === engine.asOf ? [] : [{ table: 'as-of' as const, key: 'as-of', field: 'day', csv: csv.asOf, engine: engine.asOf }]),
    ...byKey('period', csv.periods, engine.periods, (row) => row.period, (key, a, b) => fields('period', key, a, b, PERIOD_FIELDS)),
    ...byKey('cohort', csv.cohorts, engine.cohorts, (row) => row.cohort, cohortCells),
    ...byKey('customer', csv.customers, engine.customers, (row) => row.customer, (key, a, b) => fields('customer', key, a, b, SUMMARY_FIELDS)),
  ];
}
