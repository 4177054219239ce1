/**
 * Cohort retention (docs/definitions.md): a customer's cohort is the period of their first qualifying
 * purchase (or first subscription start); active[k] = cohort customers with a qualifying purchase
 * in period cohort + k (for subscriptions: a subscription running during that period);
 * rates[k] = active[k] / size, so rates[0] = 1. revenue[k] = the cohort's net revenue in that period.
 * Two modes (docs/definitions.md, "The cohort table"): "on" counts a customer at age k when they
 * bought (or were subscribed) in period cohort + k; "on-or-after" when they did in that period or
 * any later one up to as-of (unbounded retention: never rises with k). Revenue is per period in both.
 */
import type { Day } from '../time/days.js';
import { type PeriodKind, periodLabel, periodOf, periodStart } from '../time/periods.js';
import type { Span } from './activity.js';
import type { CustomerHistory } from './history.js';

/** Who counts at age k: active in period cohort + k ("on"), or in it or any later period ("on-or-after"). */
export type CohortMode = 'on' | 'on-or-after';

export const COHORT_MODES: readonly CohortMode[] = ['on', 'on-or-after'];

export interface CohortRow {
  cohort: string;
  size: number;
  active: number[];
  rates: number[];
  /** Net revenue per period of age, in minor units (present when asked for and amounts exist). */
  revenue?: number[];
}

class CohortAccumulator {
  private readonly rows = new Map<number, { size: number; active: number[]; revenue: number[] }>();
  constructor(
    private readonly kind: PeriodKind,
    private readonly lastPeriod: number,
  ) {}

  entry(cohort: number) {
    let row = this.rows.get(cohort);
    if (row === undefined) {
      const width = this.lastPeriod - cohort + 1;
      row = { size: 0, active: new Array<number>(width).fill(0), revenue: new Array<number>(width).fill(0) };
      this.rows.set(cohort, row);
    }
    return row;
  }

  /** On or after: the customer counts at every age from 0 to the last age they were active. */
  activeThrough(row: { active: number[] }, lastAge: number): void {
    for (let age = 0; age <= lastAge; age++) row.active[age]!++;
  }

  result(withRevenue: boolean): CohortRow[] {
    return [...this.rows.entries()]
      .sort(([a], [b]) => a - b)
      .map(([cohort, row]) => ({
        cohort: periodLabel(cohort, this.kind),
        size: row.size,
        active: row.active,
        rates: row.active.map((count) => count / row.size),
        ...(withRevenue ? { revenue: row.revenue } : {}),
      }));
  }
}

/**
 * Cohort table from purchase histories, up to the period containing the as-of day. Every entry of
 * a cohort customer up to as-of counts in its revenue: a credit dated before the customer's first
 * purchase (a return of something bought before the export starts, or booked early) counts in the
 * cohort's first period, so a cohort's revenue is its customers' whole net revenue. Customers
 * with no qualifying purchase up to as-of are in no cohort (historicalLtv's reconciliation names them).
 */
export function cohortsFromHistory(history: CustomerHistory, kind: PeriodKind, asOf: Day, withRevenue = false, mode: CohortMode = 'on'): CohortRow[] {
  const lastPeriod = periodOf(asOf, kind);
  const table = new CohortAccumulator(kind, lastPeriod);
  for (let c = 0; c < history.customers.length; c++) {
    const start = history.offsets[c]!;
    const end = history.offsets[c + 1]!;
    const first = firstPurchaseIndex(history, start, end, asOf);
    if (first < 0) continue;
    const cohort = periodOf(history.days[first]!, kind);
    const row = table.entry(cohort);
    row.size++;
    let lastCounted = -1;
    let periodEndDay = -Infinity;
    let period = -1;
    for (let i = start; i < end; i++) {
      const day = history.days[i]!;
      if (day > asOf) break;
      if (day >= periodEndDay || period === -1) {
        period = periodOf(day, kind);
        periodEndDay = periodStart(period + 1, kind);
      }
      // Credits before the cohort's period fall in its first period (age 0).
      const age = period < cohort ? 0 : period - cohort;
      if (history.orders[i]! > 0 && age !== lastCounted) {
        if (mode === 'on') row.active[age]!++;
        lastCounted = age;
      }
      row.revenue[age]! += history.amounts[i]!;
    }
    if (mode === 'on-or-after') table.activeThrough(row, lastCounted);
  }
  return table.result(withRevenue && history.hasAmounts);
}

/** Index of a customer's first qualifying purchase on or before as-of in [start, end), or −1. */
export function firstPurchaseIndex(history: CustomerHistory, start: number, end: number, asOf: Day): number {
  for (let i = start; i < end; i++) {
    if (history.days[i]! > asOf) return -1;
    if (history.orders[i]! > 0) return i;
  }
  return -1;
}

/** Cohort table from subscriptions (customer indexes 0 … customers − 1). */
export function cohortsFromSpans(spans: readonly Span[], customers: number, kind: PeriodKind, asOf: Day, amounts?: ArrayLike<number>, withRevenue = false, mode: CohortMode = 'on'): CohortRow[] {
  const lastPeriod = periodOf(asOf, kind);
  const table = new CohortAccumulator(kind, lastPeriod);
  const byCustomer: number[][] = Array.from({ length: customers }, () => []);
  spans.forEach((span, index) => {
    if (span.start <= asOf && (span.end === undefined || span.end > span.start)) byCustomer[span.customer]!.push(index);
  });
  for (const list of byCustomer) {
    if (list.length === 0) continue;
    const cohort = Math.min(...list.map((index) => periodOf(spans[index]!.start, kind)));
    const row = table.entry(cohort);
    row.size++;
    const activePeriods = new Set<number>();
    for (const index of list) {
      const span = spans[index]!;
      const lastDay = Math.min(asOf, (span.end ?? Infinity) - 1);
      for (let p = periodOf(span.start, kind); p <= periodOf(lastDay, kind); p++) {
        activePeriods.add(p);
        // Revenue of a subscription: its amount for every period it runs (MRR for months).
        if (amounts !== undefined) row.revenue[p - cohort]! += amounts[index]!;
      }
    }
    if (mode === 'on') for (const p of activePeriods) row.active[p - cohort]!++;
    else table.activeThrough(row, Math.max(...activePeriods) - cohort);
  }
  return table.result(withRevenue && amounts !== undefined);
}
