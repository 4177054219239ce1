/**
 * Monthly recurring revenue and its movements from a subscriptions export (docs/definitions.md,
 * "MRR movements"). A subscription contributes its monthly amount (`mrr`, minor units) on every
 * day it runs, `start ≤ x < end`; a customer's MRR on day x is the sum over their subscriptions.
 * Per period [b, b′): MRR at start = on b − 1, MRR at end = on b′ − 1 (the as-of day for a partial
 * last period), as the retention table's base (docs/definitions.md, "The customer base"). Each
 * customer's change between the two snapshots is exactly one movement:
 *
 * | before | after         | movement                                                        |
 * |--------|---------------|-----------------------------------------------------------------|
 * | 0      | > 0           | new (first subscription starts in the period) or reactivation   |
 * | > 0    | > before      | expansion  (after − before)                                     |
 * | > 0    | 0 < · < before| contraction (before − after)                                    |
 * | > 0    | 0             | churned (before)                                                |
 *
 * so MRR end = MRR start + new + expansion + reactivation − contraction − churned, always.
 * A subscription that starts and ends inside one period is in neither snapshot: no movement.
 * Pure: no I/O.
 */
import type { Day } from '../time/days.js';
import { type PeriodKind, type PeriodSpan, describePeriod, periodOf } from '../time/periods.js';
import type { Span } from './activity.js';

/** One subscription as MRR needs it: customer index, days, and its amount per month in minor units. */
export interface MrrSubscription {
  customer: number;
  start: Day;
  /** Exclusive end; undefined while running. */
  end: Day | undefined;
  /** Monthly recurring amount, minor units (monthlyAmount normalises other billing intervals). */
  mrr: number;
}

/** Billing intervals a subscriptions export names (Stripe: day, week, month, year). */
export type BillingInterval = 'day' | 'week' | 'month' | 'year';

/**
 * The monthly amount of a price billed every `count` intervals for `quantity` units: a year is
 * 12 months, a week 12 / 52 of a month and a day 12 / 365 (the normalisation ChartMogul and
 * Baremetrics describe: an annual plan counts 1/12 of its price each month).
 */
export function monthlyAmount(amount: number, interval: BillingInterval = 'month', count = 1, quantity = 1): number {
  const perMonth = interval === 'year' ? 1 / 12 : interval === 'week' ? 52 / 12 : interval === 'day' ? 365 / 12 : 1;
  return (amount * quantity * perMonth) / count;
}

const INTERVALS: Record<string, BillingInterval> = {
  day: 'day', daily: 'day', week: 'week', weekly: 'week', month: 'month', monthly: 'month', year: 'year', yearly: 'year', annual: 'year', annually: 'year',
};

/** The billing interval named by an export cell (Stripe: day, week, month, year; also monthly, yearly, annual); undefined when unknown. */
export function billingInterval(text: string | undefined): BillingInterval | undefined {
  return text === undefined ? undefined : INTERVALS[text.trim().toLowerCase()];
}

/**
 * The subscriptions as MRR reads them, from the spans and per-subscription columns the
 * subscriptions reader gives (amount in minor units per interval; interval and quantity optional:
 * without them the amount is already monthly and for one unit).
 */
export function mrrSubscriptions(
  spans: readonly Span[],
  amounts: ArrayLike<number>,
  intervals?: readonly (BillingInterval | undefined)[],
  quantities?: readonly (number | undefined)[],
): MrrSubscription[] {
  return spans.map((span, index) => ({
    customer: span.customer,
    start: span.start,
    end: span.end,
    mrr: monthlyAmount(amounts[index] ?? 0, intervals?.[index] ?? 'month', 1, quantities?.[index] ?? 1),
  }));
}

/** MRR and its movements in one period; money in minor units. */
export interface MrrPeriodRow {
  period: string;
  start: string;
  /** Exclusive end. */
  end: string;
  partial: boolean;
  mrrAtStart: number;
  new: number;
  expansion: number;
  reactivation: number;
  /** Positive amounts: what was lost. */
  contraction: number;
  churned: number;
  mrrAtEnd: number;
  /** new + expansion + reactivation − contraction − churned = mrrAtEnd − mrrAtStart. */
  netMovement: number;
  customersAtStart: number;
  customersAtEnd: number;
  newCustomers: number;
  reactivatedCustomers: number;
  expandedCustomers: number;
  contractedCustomers: number;
  churnedCustomers: number;
  /** mrrAtEnd / customersAtEnd (average revenue per account); null with no paying customer. */
  arpa: number | null;
  /** (mrrAtStart − contraction − churned) / mrrAtStart; null when mrrAtStart = 0. Never above 1. */
  grossRevenueRetention: number | null;
  /** (mrrAtStart + expansion − contraction − churned) / mrrAtStart; null when mrrAtStart = 0. Can exceed 1. */
  netRevenueRetention: number | null;
  /** (new + expansion + reactivation) / (contraction + churned); null when nothing was lost. */
  quickRatio: number | null;
}

/** One cohort's MRR by age: cohort = period of the customer's first subscription start. */
export interface MrrCohortRow {
  cohort: string;
  /** Customers of the cohort (first subscription started in the cohort's period, up to as-of). */
  size: number;
  /** The cohort's MRR at the end of each period of age (minor units). */
  mrr: number[];
  /** mrr[k] / mrr[0]: revenue retention, above 1 when expansion outweighs churn; null when mrr[0] = 0. */
  retention: (number | null)[];
}

export interface MrrResult {
  period: PeriodKind;
  rows: MrrPeriodRow[];
  cohorts: MrrCohortRow[];
}

/** MRR movements per period and cohort revenue retention, from the first subscription's period to the one holding as-of. */
export function mrrMovements(subscriptions: readonly MrrSubscription[], kind: PeriodKind, asOf: Day): MrrResult {
  const byCustomer = groupByCustomer(subscriptions, asOf);
  let firstDay = Infinity;
  for (const list of byCustomer.values()) firstDay = Math.min(firstDay, list[0]!.start);
  if (!Number.isFinite(firstDay)) return { period: kind, rows: [], cohorts: [] };
  const first = periodOf(firstDay, kind);
  const last = periodOf(asOf, kind);
  const periods: PeriodSpan[] = [];
  for (let p = first; p <= last; p++) periods.push(describePeriod(p, kind));
  const count = periods.length;
  const lastPartial = periods[count - 1]!.end - 1 > asOf;
  // Snapshot j is the day before period j starts; snapshot `count` closes the last period.
  const snapshots: Day[] = periods.map((period) => period.start - 1);
  snapshots.push(lastPartial ? asOf : periods[count - 1]!.end - 1);

  const tallies = periods.map(() => emptyTally());
  const cohorts = new Map<number, { size: number; mrr: number[] }>();
  const mrr = new Float64Array(count + 1);
  for (const list of byCustomer.values()) {
    customerMrr(list, snapshots, mrr);
    const firstStart = list[0]!.start;
    for (let k = 0; k < count; k++) addMovement(tallies[k]!, mrr[k]!, mrr[k + 1]!, firstStart >= periods[k]!.start);
    const cohortIndex = periodOf(firstStart, kind) - first;
    let cohort = cohorts.get(cohortIndex);
    if (cohort === undefined) cohorts.set(cohortIndex, (cohort = { size: 0, mrr: new Array<number>(count - cohortIndex).fill(0) }));
    cohort.size++;
    for (let age = 0; age < cohort.mrr.length; age++) cohort.mrr[age]! += mrr[cohortIndex + age + 1]!;
  }
  const rows = periods.map((period, k) => periodRow(period, k === count - 1 && lastPartial, tallies[k]!));
  const cohortRows = [...cohorts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, cohort]) => ({
      cohort: periods[index]!.label,
      size: cohort.size,
      mrr: cohort.mrr,
      retention: cohort.mrr.map((value) => (cohort.mrr[0]! > 0 ? value / cohort.mrr[0]! : null)),
    }));
  return { period: kind, rows, cohorts: cohortRows };
}

/** Subscriptions started on or before as-of and not ended on their start day, per customer, by start. */
export function groupByCustomer(subscriptions: readonly MrrSubscription[], asOf: Day): Map<number, MrrSubscription[]> {
  const byCustomer = new Map<number, MrrSubscription[]>();
  for (const subscription of subscriptions) {
    if (subscription.start > asOf || (subscription.end !== undefined && subscription.end <= subscription.start)) continue;
    let list = byCustomer.get(subscription.customer);
    if (list === undefined) byCustomer.set(subscription.customer, (list = []));
    list.push(subscription);
  }
  for (const list of byCustomer.values()) list.sort((a, b) => a.start - b.start);
  return byCustomer;
}

/** A customer's MRR on each snapshot day, into `out`. */
function customerMrr(list: readonly MrrSubscription[], snapshots: readonly Day[], out: Float64Array): void {
  out.fill(0);
  for (const subscription of list) {
    for (let j = 0; j < snapshots.length; j++) {
      const day = snapshots[j]!;
      if (subscription.start <= day && (subscription.end === undefined || day < subscription.end)) out[j]! += subscription.mrr;
    }
  }
}

type Tally = Omit<MrrPeriodRow, 'period' | 'start' | 'end' | 'partial' | 'netMovement' | 'arpa' | 'grossRevenueRetention' | 'netRevenueRetention' | 'quickRatio'>;

function emptyTally(): Tally {
  return {
    mrrAtStart: 0, new: 0, expansion: 0, reactivation: 0, contraction: 0, churned: 0, mrrAtEnd: 0,
    customersAtStart: 0, customersAtEnd: 0, newCustomers: 0, reactivatedCustomers: 0, expandedCustomers: 0, contractedCustomers: 0, churnedCustomers: 0,
  };
}

/** One customer's move from `before` to `after`; `firstInPeriod`: their first subscription started in this period. */
function addMovement(t: Tally, before: number, after: number, firstInPeriod: boolean): void {
  if (before > 0) {
    t.mrrAtStart += before;
    t.customersAtStart++;
  }
  if (after > 0) {
    t.mrrAtEnd += after;
    t.customersAtEnd++;
  }
  if (before <= 0 && after > 0) {
    if (firstInPeriod) {
      t.new += after;
      t.newCustomers++;
    } else {
      t.reactivation += after;
      t.reactivatedCustomers++;
    }
  } else if (before > 0 && after <= 0) {
    t.churned += before;
    t.churnedCustomers++;
  } else if (before > 0 && after > before) {
    t.expansion += after - before;
    t.expandedCustomers++;
  } else if (before > 0 && after < before) {
    t.contraction += before - after;
    t.contractedCustomers++;
  }
}

function periodRow(period: PeriodSpan, partial: boolean, t: Tally): MrrPeriodRow {
  const gained = t.new + t.expansion + t.reactivation;
  const lost = t.contraction + t.churned;
  return {
    period: period.label,
    start: period.startLabel,
    end: period.endLabel,
    partial,
    ...t,
    netMovement: gained - lost,
    arpa: t.customersAtEnd === 0 ? null : t.mrrAtEnd / t.customersAtEnd,
    grossRevenueRetention: t.mrrAtStart === 0 ? null : (t.mrrAtStart - lost) / t.mrrAtStart,
    netRevenueRetention: t.mrrAtStart === 0 ? null : (t.mrrAtStart + t.expansion - lost) / t.mrrAtStart,
    quickRatio: lost === 0 ? null : gained / lost,
  };
}
