/**
 * LTV per segment (`--by COLUMN`) and summaries of per-customer predictions. docs/definitions.md: LTV
 * should be computed per segment, so one-time buyers are not valued as five-year customers —
 * each segment's simple and historical LTV are measured on that segment's customers alone
 * (its own AOV, frequency and churn). The BG/NBD and Gamma-Gamma fits stay population-wide
 * (they are models of heterogeneity across customers; fitting each segment apart would leave
 * small segments without a fit), and their predictions are summarised per segment.
 * Pure: no I/O.
 */
import { ExactSum } from '../exact-sum.js';
import type { Day } from '../../time/days.js';
import type { PeriodKind } from '../../time/periods.js';
import type { CustomerHistory } from '../history.js';
import { historicalLtv, type HistoricalLtv } from './historical.js';
import { simpleLtvFromHistory, type SimpleLtv, type SimpleLtvBasis, type SimpleLtvOptions } from './simple.js';

/** The label of customers whose segment cell was empty. */
export const NO_SEGMENT = '(none)';

/** The customers (indexes into the history) of one segment. */
export interface SegmentGroup {
  segment: string;
  customers: number[];
}

/** Customers grouped by history.segments, in label order; empty when the history has no segments. */
export function segmentGroups(history: CustomerHistory): SegmentGroup[] {
  const groups = new Map<string, number[]>();
  const segments = history.segments ?? [];
  for (let c = 0; c < segments.length; c++) {
    const label = segments[c] === '' || segments[c] === undefined ? NO_SEGMENT : segments[c]!;
    let list = groups.get(label);
    if (list === undefined) groups.set(label, (list = []));
    list.push(c);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([segment, customers]) => ({ segment, customers }));
}

/** A history holding only the given customers (in the given order), entries copied as they are. */
export function subsetHistory(history: CustomerHistory, customers: readonly number[]): CustomerHistory {
  let size = 0;
  for (const c of customers) size += history.offsets[c + 1]! - history.offsets[c]!;
  const offsets = new Int32Array(customers.length + 1);
  const days = new Int32Array(size);
  const orders = new Int32Array(size);
  const amounts = new Float64Array(size);
  let at = 0;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  customers.forEach((c, index) => {
    const start = history.offsets[c]!;
    const end = history.offsets[c + 1]!;
    days.set(history.days.subarray(start, end), at);
    orders.set(history.orders.subarray(start, end), at);
    amounts.set(history.amounts.subarray(start, end), at);
    if (end > start) {
      firstDay = Math.min(firstDay, history.days[start]!);
      lastDay = Math.max(lastDay, history.days[end - 1]!);
    }
    at += end - start;
    offsets[index + 1] = at;
  });
  const subset: CustomerHistory = {
    customers: customers.map((c) => history.customers[c]!),
    offsets,
    days,
    orders,
    amounts,
    hasAmounts: history.hasAmounts,
  };
  if (history.currency !== undefined) subset.currency = history.currency;
  if (Number.isFinite(firstDay)) subset.firstDay = firstDay;
  if (Number.isFinite(lastDay)) subset.lastDay = lastDay;
  if (history.segments !== undefined) subset.segments = customers.map((c) => history.segments![c]!);
  return subset;
}

/** Simple LTV of each segment, measured on its own customers. */
export function simpleLtvBySegment(history: CustomerHistory, asOf: Day, options: SimpleLtvOptions): (SimpleLtv & { segment: string; basis: SimpleLtvBasis })[] {
  return segmentGroups(history).map(({ segment, customers }) => ({ segment, ...simpleLtvFromHistory(subsetHistory(history, customers), asOf, options) }));
}

/** Net revenue per customer to date of each segment. */
export function historicalLtvBySegment(
  history: CustomerHistory,
  asOf: Day,
  period: PeriodKind,
): { segment: string; customers: number; revenue: number; revenuePerCustomer: HistoricalLtv['revenuePerCustomer'] }[] {
  return segmentGroups(history).map(({ segment, customers }) => {
    const { customers: buyers, revenue, revenuePerCustomer } = historicalLtv(subsetHistory(history, customers), asOf, period);
    return { segment, customers: buyers, revenue, revenuePerCustomer };
  });
}

/** Per-customer predictions as columns (the shape of predictCustomers). */
export interface PredictionColumns {
  pAlive: ArrayLike<number>;
  expectedPurchases: ArrayLike<number>;
  expectedSpend: ArrayLike<number>;
  clv: ArrayLike<number>;
}

/** Totals and means of a set of customers' predictions. */
export interface PredictionSummary {
  customers: number;
  /** Customers with P(alive) > 0.5. */
  probablyAlive: number;
  probablyAliveShare: number | null;
  meanPAlive: number | null;
  /** Expected purchases of these customers within the horizon, summed. */
  expectedPurchases: number;
  expectedPurchasesPerCustomer: number | null;
  /** Discounted CLV summed over the customers that have one (finite); null when none has. */
  totalClv: number | null;
  meanClv: number | null;
}

/** The threshold of "likely alive". */
export const LIKELY_ALIVE = 0.5;

/** Summarises predictions over the given rows (default: all). */
export function summarizePredictions(predictions: PredictionColumns, rows?: readonly number[]): PredictionSummary {
  const picked = rows ?? Array.from({ length: predictions.pAlive.length }, (_, row) => row);
  let alive = 0;
  let valued = 0;
  // Exact sums: the same digits whatever order the customers come in (a CSV's, or an engine's).
  const pAlive = new ExactSum();
  const purchases = new ExactSum();
  const clv = new ExactSum();
  for (const row of picked) {
    const p = predictions.pAlive[row]!;
    pAlive.add(p);
    if (p > LIKELY_ALIVE) alive++;
    purchases.add(predictions.expectedPurchases[row]!);
    const value = predictions.clv[row]!;
    if (Number.isFinite(value)) {
      clv.add(value);
      valued++;
    }
  }
  const n = picked.length;
  return {
    customers: n,
    probablyAlive: alive,
    probablyAliveShare: n > 0 ? alive / n : null,
    meanPAlive: n > 0 ? pAlive.value() / n : null,
    expectedPurchases: purchases.value(),
    expectedPurchasesPerCustomer: n > 0 ? purchases.value() / n : null,
    totalClv: valued > 0 ? clv.value() : null,
    meanClv: valued > 0 ? clv.value() / valued : null,
  };
}

/** Prediction summaries per segment; `customerOfRow` maps a prediction row to its history index. */
export function predictionsBySegment(history: CustomerHistory, customerOfRow: ArrayLike<number>, predictions: PredictionColumns): (PredictionSummary & { segment: string })[] {
  const rowOf = new Map<number, number>();
  for (let row = 0; row < customerOfRow.length; row++) rowOf.set(customerOfRow[row]!, row);
  return segmentGroups(history).map(({ segment, customers }) => {
    const rows = customers.map((c) => rowOf.get(c)).filter((row): row is number => row !== undefined);
    return { segment, ...summarizePredictions(predictions, rows) };
  });
}
