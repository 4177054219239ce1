/**
 * Churn and retention by each vendor's published convention, from one activity history
 * (metrics/activity.ts: subscriptions, or orders with the --churn-after window), and the bridge
 * that accounts, customer by customer, for every difference from care's own number
 * (docs/definitions.md, "Churn conventions": each rule, its source and how sure we are of it).
 *
 * Two families:
 * - period churn, for the month ending on day T: care (snapshot), chartmogul and profitwell
 *   (cancellation events in the calendar month, sign-up-and-cancel in the month left out),
 *   baremetrics and stripe (cancellations in the trailing 30 days);
 * - cohort retention: amplitude-n-day / mixpanel-rolling (came back in days 30–59 after the
 *   first day) and amplitude-unbounded (on day 30 or any day after), for the customers whose
 *   first day is 60–89 days before T, so every one of them has had their whole month 1.
 * A customer's "churn event" is the end of one of their merged activity intervals (all their
 * subscriptions over, or the --churn-after window after their last purchase run out).
 * Pure: no I/O.
 */
import type { Day } from '../time/days.js';
import { periodLabel, periodOf, periodStart } from '../time/periods.js';
import { type Activity } from './activity.js';

export const CONVENTIONS = ['care', 'chartmogul', 'profitwell', 'baremetrics', 'stripe', 'amplitude-n-day', 'amplitude-unbounded', 'mixpanel-rolling'] as const;
export type ConventionName = (typeof CONVENTIONS)[number];

/** One customer's facts in a window [w0, T] whose base is taken on w0 − 1. */
export interface WindowFacts {
  /** Active on w0 − 1. */
  inBase: boolean;
  /** Active on T. */
  activeAtEnd: boolean;
  /** Churn events (ends of activity intervals) on days w0 … T. */
  events: number;
  /** First ever active day within the window (a new customer). */
  newInWindow: boolean;
  /** First ever active day before the window. */
  knownBefore: boolean;
}

/** What a customer adds to a convention's numerator (churned) and denominator (base). */
export interface Contribution {
  churned: number;
  base: number;
}

interface PeriodRule {
  family: 'period';
  vendor: string;
  /** The calendar month (care: the period), or the 30 days ending on T. */
  window: 'month' | 'trailing-30';
  count: (facts: WindowFacts) => Contribution;
}

interface CohortRule {
  family: 'cohort';
  vendor: string;
  /** Returned during days 30–59 after the first day, or on day 30 or any later day up to T. */
  returned: 'month-1' | 'month-1-or-later';
}

const one = (flag: boolean) => (flag ? 1 : 0);

/** Each convention's rule; docs/definitions.md ("Churn conventions") gives the vendor's words and the source. */
export const CONVENTION_RULES: Record<ConventionName, PeriodRule | CohortRule> = {
  // Base on the day before the month; lost = in the base, not active on its last day.
  care: { family: 'period', vendor: 'care', window: 'month', count: (f) => ({ churned: one(f.inBase && !f.activeAtEnd), base: one(f.inBase) }) },
  // B2B formula: customers who churned in the period, excluding those who joined and churned in it, / customers at the start.
  chartmogul: { family: 'period', vendor: 'ChartMogul', window: 'month', count: (f) => ({ churned: one(f.events > 0 && !f.newInWindow), base: one(f.inBase) }) },
  // Sign-up and churn in the same calendar month are ignored entirely; churn when the cancellation takes effect.
  profitwell: { family: 'period', vendor: 'ProfitWell (Paddle)', window: 'month', count: (f) => ({ churned: one(f.events > 0 && !f.newInWindow), base: one(f.inBase) }) },
  // Cancelled customers in the last 30 days ÷ active customers 30 days ago; sign-up-and-cancel in the window included.
  baremetrics: { family: 'period', vendor: 'Baremetrics', window: 'trailing-30', count: (f) => ({ churned: one(f.events > 0), base: one(f.inBase) }) },
  // Churned subscribers in the past 30 days ÷ (active subscribers 30 days ago + new subscribers in those days); every churn counts.
  stripe: { family: 'period', vendor: 'Stripe Billing', window: 'trailing-30', count: (f) => ({ churned: f.events, base: one(f.inBase) + one(f.newInWindow) }) },
  'amplitude-n-day': { family: 'cohort', vendor: 'Amplitude (N-day, Return On)', returned: 'month-1' },
  'amplitude-unbounded': { family: 'cohort', vendor: 'Amplitude (unbounded, Return On or After)', returned: 'month-1-or-later' },
  'mixpanel-rolling': { family: 'cohort', vendor: 'Mixpanel (rolling intervals, On)', returned: 'month-1' },
};

/** Days in the vendors' month for trailing windows and cohort intervals (Baremetrics, Stripe, Amplitude, Mixpanel: 30). */
export const VENDOR_MONTH_DAYS = 30;

export interface ConventionResult {
  convention: ConventionName;
  vendor: string;
  family: 'period' | 'cohort';
  /** First and last day of the window the events are counted in (cohort: the first days of the cohort). */
  from: Day;
  to: Day;
  /** Denominator: the base (period) or the cohort (cohort family). */
  base: number;
  /** Numerator: churned customers (Stripe: churn events); cohort family: cohort − retained. */
  churned: number;
  churnRate: number | null;
  retentionRate: number | null;
}

/** Why a customer counts differently under a convention than under care (or under amplitude-n-day for the cohort family). */
export type BridgeReason =
  | 'cancelled-twice'
  | 'new-and-cancelled'
  | 'cancelled-and-returned'
  | 'won-back-and-cancelled'
  | 'new-in-base'
  | 'window-edge'
  | 'returned-after-month-1';

export const BRIDGE_REASONS: Record<BridgeReason, string> = {
  'cancelled-twice': 'cancelled more than once in the window (each cancellation counts)',
  'new-and-cancelled': 'signed up and cancelled in the same window',
  'cancelled-and-returned': 'cancelled and came back within the window',
  'won-back-and-cancelled': 'came back and cancelled again within the window, without being in the base',
  'new-in-base': 'new in the window: added to the base',
  'window-edge': 'on the edges of the trailing 30 days against the calendar month',
  'returned-after-month-1': 'skipped month 1 and came back later',
};

export interface BridgeLine {
  reason: BridgeReason;
  label: string;
  customers: number;
  /** Change of the numerator and the denominator from the reference convention, in customers (Stripe: events). */
  churned: number;
  base: number;
}

/** From `reference` to `convention`: Σ lines.churned = convention.churned − reference.churned, and the same for base. */
export interface ConventionBridge {
  reference: ConventionName;
  convention: ConventionName;
  lines: BridgeLine[];
}

export interface ConventionsResult {
  /** Last day of the month measured (T), ≤ as-of. */
  end: Day;
  results: ConventionResult[];
  /** Period conventions from care; cohort conventions from amplitude-n-day. */
  bridges: ConventionBridge[];
}

/** Whether customer c is active on day x. */
function activeOn(activity: Activity, c: number, x: Day): boolean {
  for (let i = activity.offsets[c]!; i < activity.offsets[c + 1]!; i++) {
    if (activity.from[i]! > x) return false;
    if (x < activity.to[i]!) return true;
  }
  return false;
}

/** Whether customer c is active on any day of [x0, x1]. */
function activeDuring(activity: Activity, c: number, x0: Day, x1: Day): boolean {
  for (let i = activity.offsets[c]!; i < activity.offsets[c + 1]!; i++) {
    if (activity.from[i]! > x1) return false;
    if (activity.to[i]! > x0) return true;
  }
  return false;
}

/** A customer's facts in the window [w0, T]. */
export function windowFacts(activity: Activity, c: number, w0: Day, end: Day): WindowFacts {
  let events = 0;
  for (let i = activity.offsets[c]!; i < activity.offsets[c + 1]!; i++) {
    const to = activity.to[i]!;
    if (to >= w0 && to <= end) events++;
  }
  const first = activity.first[c]!;
  return {
    inBase: activeOn(activity, c, w0 - 1),
    activeAtEnd: activeOn(activity, c, end),
    events,
    newInWindow: first >= w0 && first <= end,
    knownBefore: first < w0,
  };
}

/** First day of a period rule's window ending on T; `monthStart` is the first day of the calendar month holding T. */
function windowStart(rule: PeriodRule, monthStart: Day, end: Day): Day {
  return rule.window === 'month' ? monthStart : end - VENDOR_MONTH_DAYS + 1;
}

/** Days of the cohort whose month 1 ends by T: first day in [T − 89, T − 60]. */
function cohortDays(end: Day): [Day, Day] {
  return [end - 3 * VENDOR_MONTH_DAYS + 1, end - 2 * VENDOR_MONTH_DAYS];
}

/** A cohort customer's contribution: base 1, churned 1 unless they returned as the rule reads it. */
function cohortContribution(activity: Activity, c: number, rule: CohortRule, end: Day): Contribution | undefined {
  const first = activity.first[c]!;
  const [from, to] = cohortDays(end);
  if (Number.isNaN(first) || first < from || first > to) return undefined;
  const lastDay = rule.returned === 'month-1' ? first + 2 * VENDOR_MONTH_DAYS - 1 : end;
  return { base: 1, churned: activeDuring(activity, c, first + VENDOR_MONTH_DAYS, lastDay) ? 0 : 1 };
}

/** Every customer's contribution to one convention for the month [monthStart, end]. */
function contributions(activity: Activity, name: ConventionName, monthStart: Day, end: Day): (Contribution | undefined)[] {
  const rule = CONVENTION_RULES[name];
  const out: (Contribution | undefined)[] = [];
  for (let c = 0; c < activity.size; c++) {
    if (rule.family === 'cohort') out.push(cohortContribution(activity, c, rule, end));
    else out.push(Number.isNaN(activity.first[c]!) ? undefined : rule.count(windowFacts(activity, c, windowStart(rule, monthStart, end), end)));
  }
  return out;
}

/** One convention's churn and retention for the month [monthStart, end]. */
export function churnByConvention(activity: Activity, name: ConventionName, monthStart: Day, end: Day): ConventionResult {
  const rule = CONVENTION_RULES[name];
  let base = 0;
  let churned = 0;
  for (const contribution of contributions(activity, name, monthStart, end)) {
    if (contribution === undefined) continue;
    base += contribution.base;
    churned += contribution.churned;
  }
  const [from, to] = rule.family === 'cohort' ? cohortDays(end) : [windowStart(rule, monthStart, end), end];
  const churnRate = base === 0 ? null : churned / base;
  return { convention: name, vendor: rule.vendor, family: rule.family, from, to, base, churned, churnRate, retentionRate: churnRate === null ? null : 1 - churnRate };
}

/** The reason a customer counts differently under a period convention than under care (first that applies). */
function periodReason(name: ConventionName, facts: WindowFacts): BridgeReason {
  if (facts.events >= 2) return 'cancelled-twice';
  if (facts.events > 0 && facts.newInWindow) return 'new-and-cancelled';
  if (facts.events > 0 && facts.knownBefore && facts.activeAtEnd) return 'cancelled-and-returned';
  if (facts.events > 0 && facts.knownBefore && !facts.inBase) return 'won-back-and-cancelled';
  if (name === 'stripe' && facts.newInWindow) return 'new-in-base';
  return 'window-edge';
}

/** Customer by customer, what makes `name` differ from `reference` (both of one family). */
export function conventionBridge(activity: Activity, reference: ConventionName, name: ConventionName, monthStart: Day, end: Day): ConventionBridge {
  const before = contributions(activity, reference, monthStart, end);
  const after = contributions(activity, name, monthStart, end);
  const rule = CONVENTION_RULES[name];
  const lines = new Map<BridgeReason, BridgeLine>();
  for (let c = 0; c < activity.size; c++) {
    const a = before[c] ?? { churned: 0, base: 0 };
    const b = after[c] ?? { churned: 0, base: 0 };
    if (a.churned === b.churned && a.base === b.base) continue;
    const reason = rule.family === 'cohort' ? 'returned-after-month-1' : periodReason(name, windowFacts(activity, c, windowStart(rule, monthStart, end), end));
    let line = lines.get(reason);
    if (line === undefined) lines.set(reason, (line = { reason, label: BRIDGE_REASONS[reason], customers: 0, churned: 0, base: 0 }));
    line.customers++;
    line.churned += b.churned - a.churned;
    line.base += b.base - a.base;
  }
  const order = Object.keys(BRIDGE_REASONS);
  return { reference, convention: name, lines: [...lines.values()].sort((x, y) => order.indexOf(x.reason) - order.indexOf(y.reason)) };
}

/**
 * Every convention for the month [monthStart, end] side by side, with the bridges: each period
 * convention from care, each cohort convention from amplitude-n-day.
 */
export function churnConventions(activity: Activity, monthStart: Day, end: Day, names: readonly ConventionName[] = CONVENTIONS): ConventionsResult {
  const results = names.map((name) => churnByConvention(activity, name, monthStart, end));
  const bridges: ConventionBridge[] = [];
  for (const name of names) {
    const family = CONVENTION_RULES[name].family;
    const reference: ConventionName = family === 'period' ? 'care' : 'amplitude-n-day';
    if (name !== reference) bridges.push(conventionBridge(activity, reference, name, monthStart, end));
  }
  return { end, results, bridges };
}

/** The last calendar month that has ended by the as-of day: [first day, last day]. */
export function lastCompleteMonth(asOf: Day): { start: Day; end: Day } {
  const month = periodOf(asOf + 1, 'month') - 1;
  return { start: periodStart(month, 'month'), end: periodStart(month + 1, 'month') - 1 };
}

/** One convention month by month, from the month of the first activity to the last complete month (for `--convention`). */
export function conventionSeries(activity: Activity, name: ConventionName, asOf: Day): (ConventionResult & { period: string })[] {
  let firstDay = Infinity;
  for (let c = 0; c < activity.size; c++) if (activity.first[c]! < firstDay) firstDay = activity.first[c]!;
  if (!Number.isFinite(firstDay)) return [];
  const last = periodOf(lastCompleteMonth(asOf).start, 'month');
  const rows: (ConventionResult & { period: string })[] = [];
  for (let month = periodOf(firstDay, 'month'); month <= last; month++) {
    rows.push({ period: periodLabel(month, 'month'), ...churnByConvention(activity, name, periodStart(month, 'month'), periodStart(month + 1, 'month') - 1) });
  }
  return rows;
}
