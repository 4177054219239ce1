/**
 * Historical LTV (docs/definitions.md): what customers have actually been worth so far — net revenue
 * per customer to date, and per cohort (period of the first qualifying purchase) the average
 * cumulative net revenue per customer by cohort age in periods. The cohort revenue is the one
 * of the cohort table (cohortsFromHistory with revenue), so the two tables always agree.
 * Money in minor units. Pure: no I/O.
 */
import type { Day } from '../../time/days.js';
import { type PeriodKind, periodEnd, periodOf } from '../../time/periods.js';
import { cohortsFromHistory } from '../cohorts.js';
import type { CustomerHistory } from '../history.js';

/** One cohort's value curve. */
export interface HistoricalCohort {
  cohort: string;
  size: number;
  /** Net revenue of the cohort in each period of age (minor units). */
  revenue: number[];
  /** Σ revenue[0…k] / size: what a customer of the cohort has been worth k periods after joining. */
  cumulativePerCustomer: number[];
}

/** Historical LTV of a history up to an as-of day. */
export interface HistoricalLtv {
  period: PeriodKind;
  /** Customers with a qualifying purchase up to as-of. */
  customers: number;
  /** Their net revenue to date (minor units). */
  revenue: number;
  /** revenue / customers; null with no customers, or when the export had no amounts. */
  revenuePerCustomer: number | null;
  cohorts: HistoricalCohort[];
  /**
   * All cohorts together: at age k, the cumulative revenue of the cohorts that have reached
   * age k over their customers (a size-weighted mean of their curves).
   */
  overall: number[];
  /** Whether the period containing as-of is still running (each cohort's last age is partial). */
  lastPeriodPartial: boolean;
}

/** Net revenue per customer to date, and each cohort's cumulative revenue per customer by age. */
export function historicalLtv(history: CustomerHistory, asOf: Day, period: PeriodKind): HistoricalLtv {
  const rows = cohortsFromHistory(history, period, asOf, true);
  const cohorts = rows.map((row): HistoricalCohort => {
    const revenue = row.revenue ?? row.active.map(() => 0);
    let running = 0;
    const cumulativePerCustomer = revenue.map((amount) => (running += amount) / row.size);
    return { cohort: row.cohort, size: row.size, revenue, cumulativePerCustomer };
  });
  const widest = Math.max(0, ...cohorts.map((row) => row.revenue.length));
  const overall: number[] = [];
  for (let age = 0; age < widest; age++) {
    let revenue = 0;
    let size = 0;
    for (const row of cohorts) {
      if (age >= row.revenue.length) continue;
      revenue += row.cumulativePerCustomer[age]! * row.size;
      size += row.size;
    }
    overall.push(revenue / size);
  }
  const customers = cohorts.reduce((sum, row) => sum + row.size, 0);
  const revenue = cohorts.reduce((sum, row) => sum + row.revenue.reduce((total, amount) => total + amount, 0), 0);
  return {
    period,
    customers,
    revenue,
    revenuePerCustomer: history.hasAmounts && customers > 0 ? revenue / customers : null,
    cohorts,
    overall,
    lastPeriodPartial: periodEnd(periodOf(asOf, period), period) - 1 > asOf,
  };
}
