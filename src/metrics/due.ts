/**
 * Who is due for a reminder on a given day (`care remind`): pure selection over the purchase
 * history or a list of invoices, with "today" (the as-of day) passed in. Each selected item
 * carries the numbers that selected it and a one-line reason in words.
 *
 * - reorder: the customer's days since their last purchase are past their usual interval —
 *   the median gap between their purchase days (needs at least 2 gaps, i.e. 3 purchase days)
 *   — or at least `afterDays` when given. Only customers still active by the churn window
 *   are considered: lapsed ones are win-back's, so no one gets both letters on one day.
 * - win-back: customers who bought at least once and are not active on the as-of day by the
 *   churn window of docs/definitions.md (a purchase keeps a customer active for W days), optionally
 *   only those whose activity ended within the last `lapsedWithinDays` days.
 * - payment: invoices not paid by the as-of day (no paid date, or a paid date after it) that
 *   are past due, or also due within the next `withinDays` days.
 * - anniversary: customers whose first-purchase anniversary (whole years ≥ 1) falls within
 *   the next `withinDays` days. A first purchase on 29 February has its anniversary on
 *   28 February in common years.
 *
 * "Within the next N days" always means today and the N − 1 days after it, so a job run every
 * N days with `--within N` covers each day exactly once.
 */
import { activityFromHistory } from './activity.js';
import { type CustomerHistory, purchaseDaysOf } from './history.js';
import type { InvoiceInput } from '../model/invoice.js';
import { type Day, dayFromYmd, formatDay, isLeapYear, ymdFromDay } from '../time/days.js';

export type { InvoiceInput };

/** The four selection rules, one per reminder template. */
export const DUE_KINDS = ['reorder', 'win-back', 'payment', 'anniversary'] as const;

/** A selection rule. */
export type DueKind = (typeof DUE_KINDS)[number];

/** What every customer-based item says about the customer's purchases. */
interface CustomerFacts {
  /** Index into the history's customers. */
  index: number;
  customer: string;
  /** Qualifying purchase days on or before the as-of day. */
  purchaseDays: number;
  firstPurchase: Day;
  lastPurchase: Day;
  daysSinceLast: number;
}

/** A customer due for a re-order reminder. */
export interface ReorderDue extends CustomerFacts {
  kind: 'reorder';
  /** Median gap between purchase days; null with fewer than 2 gaps. */
  usualInterval: number | null;
  /** What the days since the last purchase were compared with. */
  basis: 'interval' | 'after';
  threshold: number;
  reason: string;
}

/** A lapsed customer due for a win-back letter. */
export interface WinBackDue extends CustomerFacts {
  kind: 'win-back';
  /** The first day the customer was no longer active (last purchase + churn window). */
  lapsedOn: Day;
  daysLapsed: number;
  reason: string;
  /** P(no purchase in the next churn window) from a BG/NBD fit, when one could be made (ltv/no-purchase.ts). */
  pNoPurchase?: number;
}

/** A customer whose first-purchase anniversary is near. */
export interface AnniversaryDue extends CustomerFacts {
  kind: 'anniversary';
  anniversary: Day;
  daysUntil: number;
  years: number;
  reason: string;
}

/** An invoice as the payment rule reads it (dates as day numbers, amount in minor units). */

/** An unpaid invoice due for a payment reminder. */
export interface PaymentDue extends InvoiceInput {
  kind: 'payment';
  /** As-of day minus due day: positive = days overdue, 0 = due today, negative = days left. */
  daysOverdue: number;
  reason: string;
}

/** Any selected item. */
export type DueItem = ReorderDue | WinBackDue | PaymentDue | AnniversaryDue;

/** The selected items and how many were looked at, with counts of the ones set aside and why. */
export interface DueSelection<T extends DueItem> {
  items: T[];
  /** Customers (or invoices) looked at. */
  considered: number;
  /** reason → count of candidates left out for a reason worth telling the user. */
  setAside: Record<string, number>;
}

/** Options of the reorder rule. */
export interface ReorderOptions {
  /** Churn window W in days: only customers active on the as-of day are considered. */
  churnAfterDays: number;
  /** Remind once this many days have passed since the last purchase, instead of the usual interval. */
  afterDays?: number;
}

/** Options of the win-back rule. */
export interface WinBackOptions {
  churnAfterDays: number;
  /** Only customers whose activity ended within the last N days (0 = lapsed today). */
  lapsedWithinDays?: number;
}

/** Median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The usual interval of a list of ascending purchase days: the median gap; null with fewer than 2 gaps. */
export function usualInterval(purchaseDays: readonly Day[]): number | null {
  if (purchaseDays.length < 3) return null;
  const gaps: number[] = [];
  for (let i = 1; i < purchaseDays.length; i++) gaps.push(purchaseDays[i]! - purchaseDays[i - 1]!);
  return median(gaps);
}


function factsOf(history: CustomerHistory, index: number, days: readonly Day[], asOf: Day): CustomerFacts {
  const last = days[days.length - 1]!;
  return { index, customer: history.customers[index]!, purchaseDays: days.length, firstPurchase: days[0]!, lastPurchase: last, daysSinceLast: asOf - last };
}

/** Each customer with a purchase on or before the as-of day: their purchase days and the facts every reminder uses. */
function* buyers(history: CustomerHistory, asOf: Day): Generator<{ days: Day[]; facts: CustomerFacts }> {
  for (let c = 0; c < history.customers.length; c++) {
    const days = purchaseDaysOf(history, c, asOf);
    if (days.length > 0) yield { days, facts: factsOf(history, c, days, asOf) };
  }
}

const plural = (count: number, one: string, other: string): string => `${count} ${Math.abs(count) === 1 ? one : other}`;
const formatInterval = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** Customers whose time since their last purchase is past their usual interval (or `afterDays`); most overdue first. */
export function selectReorder(history: CustomerHistory, asOf: Day, options: ReorderOptions): DueSelection<ReorderDue> {
  const items: ReorderDue[] = [];
  const setAside = { tooFewPurchases: 0, lapsed: 0 };
  let considered = 0;
  for (const { days, facts } of buyers(history, asOf)) {
    considered++;
    // Active on the as-of day ⇔ the last purchase is within the window [asOf − W + 1, asOf].
    if (facts.daysSinceLast >= options.churnAfterDays) {
      setAside.lapsed++;
      continue;
    }
    const interval = usualInterval(days);
    if (options.afterDays !== undefined) {
      if (facts.daysSinceLast < options.afterDays) continue;
      items.push({
        kind: 'reorder', ...facts, usualInterval: interval, basis: 'after', threshold: options.afterDays,
        reason: `${plural(facts.daysSinceLast, 'day', 'days')} since the last purchase (reminding after ${options.afterDays})`,
      });
      continue;
    }
    if (interval === null) {
      setAside.tooFewPurchases++;
      continue;
    }
    // Past the interval, not at it: on the day itself the customer may still reorder unprompted.
    if (facts.daysSinceLast <= interval) continue;
    items.push({
      kind: 'reorder', ...facts, usualInterval: interval, basis: 'interval', threshold: interval,
      reason: `${plural(facts.daysSinceLast, 'day', 'days')} since the last purchase; usually buys every ${formatInterval(interval)} days`,
    });
  }
  items.sort((a, b) => b.daysSinceLast - b.threshold - (a.daysSinceLast - a.threshold) || a.customer.localeCompare(b.customer));
  return { items, considered, setAside: nonZero(setAside) };
}

/** Customers who were active once and are not on the as-of day by the churn window; most recently lapsed first. */
export function selectWinBack(history: CustomerHistory, asOf: Day, options: WinBackOptions): DueSelection<WinBackDue> {
  const activity = activityFromHistory(history, options.churnAfterDays, asOf);
  const items: WinBackDue[] = [];
  const setAside = { lapsedEarlier: 0 };
  let considered = 0;
  for (let c = 0; c < history.customers.length; c++) {
    const lastInterval = activity.offsets[c + 1]! - 1;
    if (lastInterval < activity.offsets[c]!) continue;
    considered++;
    // The last activity interval [from, to) ends on the first day the customer is no longer active.
    const lapsedOn = activity.to[lastInterval]!;
    if (lapsedOn > asOf) continue;
    const daysLapsed = asOf - lapsedOn;
    if (options.lapsedWithinDays !== undefined && daysLapsed >= options.lapsedWithinDays) {
      setAside.lapsedEarlier++;
      continue;
    }
    const facts = factsOf(history, c, purchaseDaysOf(history, c, asOf), asOf);
    items.push({
      kind: 'win-back', ...facts, lapsedOn, daysLapsed,
      reason: `no purchase for ${plural(facts.daysSinceLast, 'day', 'days')} (active for ${options.churnAfterDays} days after a purchase); lapsed on ${formatDay(lapsedOn)}`,
    });
  }
  items.sort((a, b) => a.daysLapsed - b.daysLapsed || a.customer.localeCompare(b.customer));
  return { items, considered, setAside: nonZero(setAside) };
}

/** Unpaid invoices past due (or due within the next `withinDays` days); most overdue first. */
export function selectPayments(invoices: readonly InvoiceInput[], asOf: Day, withinDays?: number): DueSelection<PaymentDue> {
  const items: PaymentDue[] = [];
  const setAside = { paid: 0, notYetIssued: 0, notYetDue: 0 };
  for (const invoice of invoices) {
    if (invoice.issued !== undefined && invoice.issued > asOf) {
      setAside.notYetIssued++;
      continue;
    }
    // Paid after the as-of day means it was still open on that day.
    if (invoice.paid !== undefined && invoice.paid <= asOf) {
      setAside.paid++;
      continue;
    }
    const daysOverdue = asOf - invoice.due;
    const selected = daysOverdue > 0 || (withinDays !== undefined && -daysOverdue < withinDays);
    if (!selected) {
      setAside.notYetDue++;
      continue;
    }
    const when = daysOverdue > 0 ? `${plural(daysOverdue, 'day', 'days')} overdue` : daysOverdue === 0 ? 'due today' : `due in ${plural(-daysOverdue, 'day', 'days')}`;
    items.push({ ...invoice, kind: 'payment', daysOverdue, reason: `unpaid, ${when} (due ${formatDay(invoice.due)})` });
  }
  items.sort((a, b) => b.daysOverdue - a.daysOverdue || a.line - b.line);
  return { items, considered: invoices.length, setAside: nonZero(setAside) };
}

/**
 * The anniversary of `first` in `year`: the same month and day, except that 29 February
 * falls on 28 February in common years (it stays in February, before the month is over).
 */
export function anniversaryIn(first: Day, year: number): Day {
  const { month, day } = ymdFromDay(first);
  if (month === 2 && day === 29 && !isLeapYear(year)) return dayFromYmd(year, 2, 28);
  return dayFromYmd(year, month, day);
}

/** The first anniversary (≥ 1 year) of `first` on or after `asOf`, with its number of years. */
export function nextAnniversary(first: Day, asOf: Day): { day: Day; years: number } {
  const firstYear = ymdFromDay(first).year;
  let year = Math.max(firstYear + 1, ymdFromDay(asOf).year);
  let day = anniversaryIn(first, year);
  if (day < asOf) day = anniversaryIn(first, ++year);
  return { day, years: year - firstYear };
}

/** Customers whose first-purchase anniversary falls within the next `withinDays` days (today included); soonest first. */
export function selectAnniversaries(history: CustomerHistory, asOf: Day, withinDays: number): DueSelection<AnniversaryDue> {
  const items: AnniversaryDue[] = [];
  let considered = 0;
  for (const { facts } of buyers(history, asOf)) {
    considered++;
    const next = nextAnniversary(facts.firstPurchase, asOf);
    const daysUntil = next.day - asOf;
    if (daysUntil >= withinDays) continue;
    const when = daysUntil === 0 ? 'today' : `in ${plural(daysUntil, 'day', 'days')}`;
    items.push({
      kind: 'anniversary', ...facts, anniversary: next.day, daysUntil, years: next.years,
      reason: `${plural(next.years, 'year', 'years')} since the first purchase (${formatDay(facts.firstPurchase)}), ${when}`,
    });
  }
  items.sort((a, b) => a.daysUntil - b.daysUntil || a.customer.localeCompare(b.customer));
  return { items, considered, setAside: {} };
}

function nonZero(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
}
