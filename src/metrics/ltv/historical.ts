/**
 * Historical LTV (docs/definitions.md): what customers have actually been worth so far — net revenue
 * per customer to date, and per cohort (period of the first qualifying purchase) the average
 * cumulative net revenue per customer by cohort age in periods. The cohort revenue is the one
 * of the cohort table (cohortsFromHistory with revenue), so the two tables always agree; every
 * credit of a cohort's customers counts, those dated before their first purchase included, and
 * the reconciliation says how the cohorts' revenue and the headline net revenue differ.
 * Money in minor units. Pure: no I/O.
 */
import type { Day } from '../../time/days.js';
import { type PeriodKind, periodEnd, periodOf } from '../../time/periods.js';
import { cohortsFromHistory, firstPurchaseIndex } from '../cohorts.js';
import { type CustomerHistory, netRevenueOf } from '../history.js';

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
  /** How the cohorts' revenue adds up to the headline net revenue. */
  reconciliation: RevenueReconciliation;
}

/** Customer-days of credits (no qualifying purchase that day), their customers and their net amount (minor units). */
export interface CreditTally {
  customers: number;
  days: number;
  amount: number;
}

/**
 * Headline net revenue (every kept order up to as-of, docs/definitions.md "Purchases") against
 * the sum of the cohorts' revenue. They differ by exactly the credits of customers with no
 * qualifying purchase up to as-of, who are in no cohort: headline − cohorts = noCohort.amount.
 */
export interface RevenueReconciliation {
  headlineRevenue: number;
  cohortRevenue: number;
  /** headlineRevenue − cohortRevenue. */
  difference: number;
  /** Credits of customers who never made a qualifying purchase up to as-of: in the headline, in no cohort. */
  noCohort: CreditTally;
  /** Credits dated before their customer's first purchase: counted in the cohort's first period (age 0). */
  creditsBeforeFirstPurchase: CreditTally;
  /** Whether difference = noCohort.amount (to a thousandth of a minor unit: sums of floats). */
  explained: boolean;
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
    reconciliation: reconcileRevenue(history, asOf, revenue),
  };
}

/** The reconciliation of the cohorts' revenue (`cohortRevenue`, minor units) with the headline net revenue. */
export function reconcileRevenue(history: CustomerHistory, asOf: Day, cohortRevenue: number): RevenueReconciliation {
  const noCohort: CreditTally = { customers: 0, days: 0, amount: 0 };
  const early: CreditTally = { customers: 0, days: 0, amount: 0 };
  for (let c = 0; c < history.customers.length; c++) {
    const start = history.offsets[c]!;
    const end = history.offsets[c + 1]!;
    const first = firstPurchaseIndex(history, start, end, asOf);
    // No purchase: every entry up to as-of is a credit outside the cohorts; else the entries before the first purchase.
    const tally = first < 0 ? noCohort : early;
    let days = 0;
    for (let i = start; i < (first < 0 ? end : first) && history.days[i]! <= asOf; i++) {
      days++;
      tally.amount += history.amounts[i]!;
    }
    if (days > 0) {
      tally.customers++;
      tally.days += days;
    }
  }
  const headlineRevenue = netRevenueOf(history, asOf);
  const difference = headlineRevenue - cohortRevenue;
  return { headlineRevenue, cohortRevenue, difference, noCohort, creditsBeforeFirstPurchase: early, explained: Math.abs(difference - noCohort.amount) < 1e-3 };
}
