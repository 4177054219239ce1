/**
 * From customer-day entries, in any order and in several segments (one per reader thread), to the
 * CustomerHistory every metric reads: grouped by customer, each customer's days sorted, equal days
 * merged.
 */
import type { CustomerHistory } from '../model/customer-history.js';
import type { Day } from '../time/days.js';

/** Customer-day entries of one reader: its own buffers, or a worker's transferred arrays. */
export interface EntrySegment {
  customer: Int32Array;
  day: Int32Array;
  orders: Int32Array;
  amount: Float64Array;
  length: number;
}

/**
 * Groups entries by customer (a counting sort that scatters straight into the output arrays),
 * sorts each customer's days and merges equal days in place.
 */
export function buildHistory(customers: string[], segments: readonly EntrySegment[], hasAmounts: boolean): CustomerHistory {
  const n = segments.reduce((sum, segment) => sum + segment.length, 0);
  const cursor = new Int32Array(customers.length + 1);
  for (const segment of segments) for (let i = 0; i < segment.length; i++) cursor[segment.customer[i]! + 1]!++;
  for (let c = 0; c < customers.length; c++) cursor[c + 1]! += cursor[c]!;
  const starts = cursor.slice();
  const days = new Int32Array(n);
  const orders = new Int32Array(n);
  const amounts = new Float64Array(n);
  for (const segment of segments) {
    for (let i = 0; i < segment.length; i++) {
      const at = cursor[segment.customer[i]!]!++;
      days[at] = segment.day[i]!;
      orders[at] = segment.orders[i]!;
      amounts[at] = segment.amount[i]!;
    }
  }

  const offsets = new Int32Array(customers.length + 1);
  let out = 0;
  let firstDay: Day = Infinity;
  let lastDay: Day = -Infinity;
  for (let c = 0; c < customers.length; c++) {
    const start = starts[c]!;
    const end = starts[c + 1]!;
    offsets[c] = out;
    if (!isSortedRange(days, start, end)) sortRangeByDay(days, orders, amounts, start, end);
    for (let k = start; k < end; k++) {
      const day = days[k]!;
      if (out > offsets[c]! && days[out - 1] === day) {
        orders[out - 1]! += orders[k]!;
        amounts[out - 1]! += amounts[k]!;
        continue;
      }
      days[out] = day;
      orders[out] = orders[k]!;
      amounts[out] = amounts[k]!;
      out++;
      if (day < firstDay) firstDay = day;
      if (day > lastDay) lastDay = day;
    }
  }
  offsets[customers.length] = out;
  // Merging only shortens: views of the compacted front, no copy.
  return {
    customers,
    offsets,
    days: days.subarray(0, out),
    orders: orders.subarray(0, out),
    amounts: amounts.subarray(0, out),
    hasAmounts,
    firstDay: Number.isFinite(firstDay) ? firstDay : undefined,
    lastDay: Number.isFinite(lastDay) ? lastDay : undefined,
  };
}

function isSortedRange(days: Int32Array, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) if (days[k]! < days[k - 1]!) return false;
  return true;
}

/** Ranges up to this long are sorted in place by insertion (most customers have a few dozen days at most). */
const INSERTION_SORT_MAX = 48;

/** Sorts one customer's entries by day, in place and without allocating for short ranges. */
function sortRangeByDay(days: Int32Array, orders: Int32Array, amounts: Float64Array, start: number, end: number): void {
  if (end - start <= INSERTION_SORT_MAX) {
    for (let k = start + 1; k < end; k++) {
      const day = days[k]!;
      const order = orders[k]!;
      const amount = amounts[k]!;
      let j = k - 1;
      while (j >= start && days[j]! > day) {
        days[j + 1] = days[j]!;
        orders[j + 1] = orders[j]!;
        amounts[j + 1] = amounts[j]!;
        j--;
      }
      days[j + 1] = day;
      orders[j + 1] = order;
      amounts[j + 1] = amount;
    }
    return;
  }
  sortLongRangeByDay(days, orders, amounts, start, end);
}

/** A long range: an index sort, then a permutation. */
function sortLongRangeByDay(days: Int32Array, orders: Int32Array, amounts: Float64Array, start: number, end: number): void {
  const order = Array.from({ length: end - start }, (_, i) => start + i).sort((a, b) => days[a]! - days[b]!);
  const sortedDays = order.map((i) => days[i]!);
  const sortedOrders = order.map((i) => orders[i]!);
  const sortedAmounts = order.map((i) => amounts[i]!);
  days.set(sortedDays, start);
  orders.set(sortedOrders, start);
  amounts.set(sortedAmounts, start);
}
