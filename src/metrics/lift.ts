/**
 * Measured lift of a reminder campaign (docs/definitions.md, "Lift"): what the sent customers did
 * in a window after the campaign, against the held-out ones (metrics/holdout-split.ts). Pure.
 *
 * Per campaign row, the window is the `windowDays` days after the row's as-of day: days
 * (asOf, asOf + windowDays]. A row whose window has not ended by the orders' as-of day is
 * "pending" and left out (its outcome is not known yet). Outcomes per customer: bought (a
 * purchase day in the window), revenue (net amount of the window's entries, minor units; 0 without
 * orders) and days to the next purchase (first purchase day in the window − as-of day; buyers only).
 *
 * - Purchase rate: difference sent − held-out with the two-proportion Wald interval
 *   d ± z · √(p₁(1 − p₁)/n₁ + p₀(1 − p₀)/n₀), z = 1.959964: the Wald interval for a difference of
 *   proportions (Newcombe 1998, "Interval estimation for the difference between independent
 *   proportions", Statistics in Medicine 17, method 1; Agresti & Caffo 2000, The American
 *   Statistician 54(4)).
 * - Revenue per customer and days to next purchase: difference of means with Welch's interval
 *   d ± t(0.975, ν) · √(s₁²/n₁ + s₀²/n₀), ν by Welch–Satterthwaite (Welch 1947, Biometrika 34).
 * - Customers needed per group to see a lift δ in the purchase rate from the held-out rate p₀
 *   (two-sided 5%, power 80%; Fleiss, Levin & Paik 2003, Statistical Methods for Rates and
 *   Proportions, 3rd ed., ch. 4, without the continuity correction):
 *   n = (z₀.₉₇₅ √(2 p̄ (1 − p̄)) + z₀.₈₀ √(p₀(1 − p₀) + p₁(1 − p₁)))² / δ², p₁ = p₀ + δ, p̄ = (p₀ + p₁)/2.
 */
import type { CampaignGroup, CampaignRow } from '../model/campaign.js';
import type { CustomerHistory } from '../model/customer-history.js';
import { type MessageRef, say } from '../i18n/index.js';
import type { Day } from '../time/days.js';
import { studentTQuantile } from './student-t.js';

/** z for a two-sided 95% interval: Φ⁻¹(0.975). */
export const Z_95 = 1.959963984540054;
/** z for 80% power: Φ⁻¹(0.80). */
export const Z_POWER_80 = 0.8416212335729143;

/** A difference and its 95% interval. */
export interface Interval {
  difference: number;
  standardError: number;
  low: number;
  high: number;
}

/** Welch's interval also says its degrees of freedom. */
export interface WelchInterval extends Interval {
  df: number;
}

/** Sent − held-out purchase rate with the two-proportion Wald interval; null when a group is empty. */
export function twoProportionWald(buyers1: number, n1: number, buyers0: number, n0: number, z: number = Z_95): Interval | null {
  if (n1 <= 0 || n0 <= 0) return null;
  const p1 = buyers1 / n1;
  const p0 = buyers0 / n0;
  const standardError = Math.sqrt((p1 * (1 - p1)) / n1 + (p0 * (1 - p0)) / n0);
  const difference = p1 - p0;
  return { difference, standardError, low: difference - z * standardError, high: difference + z * standardError };
}

/** Count, mean and sample variance (n − 1) of a set of values. */
export interface Moments {
  n: number;
  mean: number;
  variance: number;
}

/** The moments of a list of values (variance 0 for fewer than 2). */
export function momentsOf(values: readonly number[]): Moments {
  const n = values.length;
  const mean = n > 0 ? values.reduce((sum, value) => sum + value, 0) / n : 0;
  const variance = n > 1 ? values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1) : 0;
  return { n, mean, variance };
}

/** Difference of means a − b with Welch's 95% interval; null when a group has fewer than 2 values. */
export function welchInterval(a: Moments, b: Moments, level = 0.95): WelchInterval | null {
  if (a.n < 2 || b.n < 2) return null;
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const standardError = Math.sqrt(va + vb);
  const difference = a.mean - b.mean;
  if (standardError === 0) return { difference, standardError, low: difference, high: difference, df: a.n + b.n - 2 };
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  const t = studentTQuantile(1 - (1 - level) / 2, df);
  return { difference, standardError, low: difference - t * standardError, high: difference + t * standardError, df };
}

/**
 * Customers needed in each group to see a purchase-rate lift `lift` over the baseline rate
 * `baseline` (two-sided 5%, power 80%, the formula of the module comment), rounded up; null when
 * baseline + lift is not a rate.
 */
export function sampleSizePerGroup(baseline: number, lift: number): number | null {
  const p0 = baseline;
  const p1 = baseline + lift;
  if (!(lift !== 0 && p0 >= 0 && p0 <= 1 && p1 >= 0 && p1 <= 1)) return null;
  const mean = (p0 + p1) / 2;
  const root = Z_95 * Math.sqrt(2 * mean * (1 - mean)) + Z_POWER_80 * Math.sqrt(p0 * (1 - p0) + p1 * (1 - p1));
  // A hair under an integer stays that integer: 3840.0000000001 from rounding is 3840.
  return Math.ceil((root * root) / (lift * lift) - 1e-9);
}

/** What one group did in the window. */
export interface GroupOutcome {
  customers: number;
  buyers: number;
  purchaseRate: number | null;
  /** Net revenue of the group in the window, minor units; null without amounts. */
  revenue: number | null;
  revenuePerCustomer: number | null;
  /** Mean days from the campaign to the first purchase, over the buyers. */
  meanDaysToNextPurchase: number | null;
}

/** Per-customer outcomes of one group, kept for the intervals. */
interface GroupValues {
  bought: number[];
  revenue: number[];
  daysToNext: number[];
}

export interface MeasureLiftOptions {
  /** Days after the campaign's as-of day in which a purchase counts (--window). */
  windowDays: number;
  /** The orders' as-of day: windows ending after it are pending. */
  dataAsOf: Day;
  /** The purchase-rate lift (0.02 = 2 points) the verdict says the sample size for (--min-lift). */
  minLift: number;
}

export const VERDICT_CODES = ['lift', 'negative', 'no-evidence', 'no-lift', 'not-measurable'] as const;
export type VerdictCode = (typeof VERDICT_CODES)[number];

export interface LiftResult {
  windowDays: number;
  dataAsOf: Day;
  /** Rows whose window has not ended by the orders' as-of day (left out). */
  pending: number;
  sent: GroupOutcome;
  heldOut: GroupOutcome;
  purchaseRate: Interval | null;
  revenuePerCustomer: WelchInterval | null;
  daysToNextPurchase: WelchInterval | null;
  minLift: number;
  /** Customers needed per group for minLift; null when the held-out rate is unknown. */
  neededPerGroup: number | null;
  /** How many more per group than the smaller group has (0 when enough). */
  morePerGroup: number | null;
  verdict: { code: VerdictCode; text: string };
  /** The verdict's text as a message of the catalogs (src/i18n), for a run in Russian or Bulgarian; not in the JSON. */
  verdictSay: MessageRef;
}

/** Measures the lift of the campaign rows against the orders history. */
export function measureLift(rows: readonly CampaignRow[], history: CustomerHistory, options: MeasureLiftOptions): LiftResult {
  const indexOf = new Map<string, number>();
  history.customers.forEach((customer, index) => indexOf.set(customer, index));
  const values: Record<CampaignGroup, GroupValues> = { sent: emptyValues(), 'held-out': emptyValues() };
  let pending = 0;
  for (const row of rows) {
    if (row.asOf + options.windowDays > options.dataAsOf) {
      pending++;
      continue;
    }
    addOutcome(values[row.group], history, indexOf.get(row.customer), row.asOf, row.asOf + options.windowDays);
  }
  const sent = summarize(values.sent, history.hasAmounts);
  const heldOut = summarize(values['held-out'], history.hasAmounts);
  const purchaseRate = twoProportionWald(sent.buyers, sent.customers, heldOut.buyers, heldOut.customers);
  const revenuePerCustomer = history.hasAmounts ? welchInterval(momentsOf(values.sent.revenue), momentsOf(values['held-out'].revenue)) : null;
  const daysToNextPurchase = welchInterval(momentsOf(values.sent.daysToNext), momentsOf(values['held-out'].daysToNext));
  const neededPerGroup = heldOut.purchaseRate === null ? null : sampleSizePerGroup(heldOut.purchaseRate, options.minLift);
  const morePerGroup = neededPerGroup === null ? null : Math.max(0, neededPerGroup - Math.min(sent.customers, heldOut.customers));
  const { said, ...verdict } = verdictOf(purchaseRate, options.minLift, morePerGroup, neededPerGroup);
  return {
    windowDays: options.windowDays, dataAsOf: options.dataAsOf, pending, sent, heldOut,
    purchaseRate, revenuePerCustomer, daysToNextPurchase, minLift: options.minLift, neededPerGroup, morePerGroup,
    verdict, verdictSay: said,
  };
}

function emptyValues(): GroupValues {
  return { bought: [], revenue: [], daysToNext: [] };
}

/** One customer's outcome in (from, through]; a customer not in the history bought nothing. */
function addOutcome(values: GroupValues, history: CustomerHistory, customer: number | undefined, from: Day, through: Day): void {
  let revenue = 0;
  let first: Day | undefined;
  if (customer !== undefined) {
    for (let i = history.offsets[customer]!; i < history.offsets[customer + 1]!; i++) {
      const day = history.days[i]!;
      if (day > through) break;
      if (day <= from) continue;
      revenue += history.amounts[i]!;
      if (first === undefined && history.orders[i]! > 0) first = day;
    }
  }
  values.bought.push(first === undefined ? 0 : 1);
  values.revenue.push(revenue);
  if (first !== undefined) values.daysToNext.push(first - from);
}

function summarize(values: GroupValues, hasAmounts: boolean): GroupOutcome {
  const customers = values.bought.length;
  const buyers = values.daysToNext.length;
  const revenue = hasAmounts ? values.revenue.reduce((sum, value) => sum + value, 0) : null;
  return {
    customers,
    buyers,
    purchaseRate: customers > 0 ? buyers / customers : null,
    revenue,
    revenuePerCustomer: revenue === null || customers === 0 ? null : revenue / customers,
    meanDaysToNextPurchase: buyers > 0 ? momentsOf(values.daysToNext).mean : null,
  };
}

/** Points with at most one decimal: 0.0234 → "2.3". */
function points(rate: number): string {
  return String(pointsValue(rate));
}

/** The rate in percentage points to one decimal, never -0. */
function pointsValue(rate: number): number {
  const value = Math.round(rate * 1000) / 10;
  return Object.is(value, -0) ? 0 : value;
}

/** "About N": two significant figures for numbers above 100, so the text does not pretend to precision. */
export function roughly(n: number): string {
  if (n < 100) return String(n);
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 1);
  return String(Math.ceil(n / magnitude) * magnitude);
}

/** The plain verdict on the purchase rate, in English and as a message of the catalogs. */
function verdictOf(rate: Interval | null, minLift: number, more: number | null, needed: number | null): { code: VerdictCode; text: string; said: MessageRef } {
  if (rate === null) return { code: 'not-measurable', text: 'no verdict: both a sent and a held-out group with a finished window are needed', said: say('lift.verdictNotMeasurable') };
  const range = `95% interval ${points(rate.low)} to ${points(rate.high)} points`;
  const rangeSaid = say('lift.range', { low: pointsValue(rate.low), high: pointsValue(rate.high) });
  if (rate.low > 0) {
    const text = `the reminder worked: sent customers bought more often, by ${points(rate.difference)} points (${range})`;
    return { code: 'lift', text, said: say('lift.verdictLift', { points: pointsValue(rate.difference), range: rangeSaid }) };
  }
  if (rate.high < 0) {
    const text = `sent customers bought less often than held-out ones, by ${points(-rate.difference)} points (${range})`;
    return { code: 'negative', text, said: say('lift.verdictNegative', { points: pointsValue(-rate.difference), range: rangeSaid }) };
  }
  const target = points(minLift);
  if (more !== null && more > 0) {
    const text = `no evidence yet: about ${roughly(more)} more customers per group are needed to see a ${target}-point lift (${range})`;
    return { code: 'no-evidence', text, said: say('lift.verdictNeedMore', { count: Number(roughly(more)), target: pointsValue(minLift), range: rangeSaid }) };
  }
  if (needed !== null) {
    const text = `no lift seen: with ${needed} or more customers per group a ${target}-point lift would likely have shown (${range})`;
    return { code: 'no-lift', text, said: say('lift.verdictNoLift', { count: needed, target: pointsValue(minLift), range: rangeSaid }) };
  }
  return { code: 'no-evidence', text: `no evidence yet (${range})`, said: say('lift.verdictNoEvidence', { range: rangeSaid }) };
}
