/**
 * When each customer is active, as sorted, merged day intervals [from, to) — the one shape
 * both definitions of docs/definitions.md reduce to:
 * - orders: active on day x when a qualifying purchase falls in [x − W + 1, x], i.e. each
 *   purchase day p makes the customer active on [p, p + W);
 * - subscriptions: active on [start, end) (end empty = still active).
 * Only what happened on or before the as-of day counts.
 */
import type { Day } from '../time/days.js';
import type { CustomerHistory } from './history.js';

/**
 * W, the days a purchase keeps a customer active when neither --churn-after nor the config says
 * (docs/definitions.md "Active customers"): the one default every command and metric uses.
 */
export const DEFAULT_CHURN_AFTER_DAYS = 90;

export interface Activity {
  /** Number of customers (index space shared with the source). */
  size: number;
  /** Customer c's intervals are at offsets[c] … offsets[c + 1] − 1. */
  offsets: Int32Array;
  from: Int32Array;
  /** Exclusive; may exceed the as-of day. */
  to: Float64Array;
  /** Day activity first began (first purchase or first start); NaN for customers never active. */
  first: Float64Array;
}

/** Activity from purchases: W-day windows after each qualifying purchase day. */
export function activityFromHistory(history: CustomerHistory, windowDays: number, asOf: Day): Activity {
  const size = history.customers.length;
  const offsets = new Int32Array(size + 1);
  // At most one interval per purchase day: typed arrays of that size, no growing.
  const from = new Int32Array(history.days.length);
  const to = new Float64Array(history.days.length);
  let count = 0;
  const first = new Float64Array(size).fill(Number.NaN);
  for (let c = 0; c < size; c++) {
    offsets[c] = count;
    const end = history.offsets[c + 1]!;
    for (let i = history.offsets[c]!; i < end; i++) {
      const day = history.days[i]!;
      if (day > asOf) break;
      if (history.orders[i] === 0) continue;
      if (Number.isNaN(first[c]!)) first[c] = day;
      if (count > offsets[c]! && to[count - 1]! >= day) to[count - 1] = day + windowDays;
      else {
        from[count] = day;
        to[count] = day + windowDays;
        count++;
      }
    }
  }
  offsets[size] = count;
  return { size, offsets, from: from.subarray(0, count), to: to.subarray(0, count), first };
}

export interface Span {
  customer: number;
  start: Day;
  /** Exclusive end; undefined while still running. */
  end: Day | undefined;
}

/** Activity from subscriptions: several subscriptions of one customer merge. */
export function activityFromSpans(spans: readonly Span[], customers: number, asOf: Day): Activity {
  const byCustomer: Span[][] = Array.from({ length: customers }, () => []);
  for (const span of spans) if (span.start <= asOf) byCustomer[span.customer]!.push(span);
  const offsets = new Int32Array(customers + 1);
  const from: number[] = [];
  const to: number[] = [];
  const first = new Float64Array(customers).fill(Number.NaN);
  for (let c = 0; c < customers; c++) {
    offsets[c] = from.length;
    const list = byCustomer[c]!.sort((a, b) => a.start - b.start);
    for (const span of list) {
      const end = span.end ?? Infinity;
      if (end <= span.start) continue;
      if (Number.isNaN(first[c]!)) first[c] = span.start;
      const last = from.length - 1;
      if (last >= offsets[c]! && to[last]! >= span.start) to[last] = Math.max(to[last]!, end);
      else {
        from.push(span.start);
        to.push(end);
      }
    }
  }
  offsets[customers] = from.length;
  return { size: customers, offsets, from: Int32Array.from(from), to: Float64Array.from(to), first };
}

/** Whether customer c is active on day x. */
export function isActiveOn(activity: Activity, c: number, x: Day): boolean {
  for (let i = activity.offsets[c]!; i < activity.offsets[c + 1]!; i++) {
    if (activity.from[i]! > x) return false;
    if (x < activity.to[i]!) return true;
  }
  return false;
}

/**
 * For each check day (ascending), whether customer c is active on it — a two-pointer walk,
 * O(intervals + checks).
 */
export function activeOnDays(activity: Activity, c: number, checkDays: ArrayLike<number>, out: Uint8Array): void {
  let i = activity.offsets[c]!;
  const end = activity.offsets[c + 1]!;
  for (let k = 0; k < checkDays.length; k++) {
    const x = checkDays[k]!;
    while (i < end && activity.to[i]! <= x) i++;
    out[k] = i < end && activity.from[i]! <= x ? 1 : 0;
  }
}

/** Number of customers active on day x. */
export function countActiveOn(activity: Activity, x: Day): number {
  let count = 0;
  for (let c = 0; c < activity.size; c++) if (isActiveOn(activity, c, x)) count++;
  return count;
}
