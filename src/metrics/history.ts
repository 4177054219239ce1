/**
 * Every customer's purchase history, condensed to one entry per customer per day with a
 * purchase or a credit. It is what the orders ingestion produces and what retention,
 * cohorts, LTV and reminders read. Columnar typed arrays: memory grows with customer-days,
 * never with rows or line items.
 */
import type { Day } from '../time/days.js';

export interface CustomerHistory {
  /** Customer id per customer index. */
  customers: string[];
  /**
   * Customer c's entries are at indexes offsets[c] … offsets[c + 1] − 1, sorted by day,
   * one per distinct day. Length customers.length + 1.
   */
  offsets: Int32Array;
  days: Int32Array;
  /** Qualifying orders on that day (net amount above zero, or any order when there is no amount column). 0 = only returns or credits that day. */
  orders: Int32Array;
  /** Net amount of that day's non-excluded orders, in integer minor units (negative for returns). */
  amounts: Float64Array;
  /** Whether the export had an amount (or quantity × price); without one, revenue metrics are absent. */
  hasAmounts: boolean;
  /** ISO 4217 code when known (from a currency column, sign or --currency). */
  currency?: string;
  /** First and last day with any order (qualifying or not), undefined when empty. */
  firstDay?: Day;
  lastDay?: Day;
  /** Segment value per customer index when --by COLUMN was read (the value on the customer's first order). */
  segments?: string[];
}

/** Index range of a customer's entries. */
export function entriesOf(history: CustomerHistory, customer: number): [start: number, end: number] {
  return [history.offsets[customer] ?? 0, history.offsets[customer + 1] ?? 0];
}

/** A customer's qualifying purchase days on or before the as-of day, ascending. */
export function purchaseDaysOf(history: CustomerHistory, customer: number, asOf: Day = Infinity): Day[] {
  const [start, end] = entriesOf(history, customer);
  const days: Day[] = [];
  for (let i = start; i < end; i++) {
    const day = history.days[i]!;
    if (day > asOf) break;
    // Days with only returns or credits are not purchases (DESIGN.md §3).
    if (history.orders[i]! > 0) days.push(day);
  }
  return days;
}

/** Net revenue of every kept order on or before `asOf` (returns and credits subtracted), in minor units. */
export function netRevenueOf(history: CustomerHistory, asOf: Day = Infinity): number {
  let total = 0;
  for (let c = 0; c < history.customers.length; c++) {
    for (let i = history.offsets[c]!; i < history.offsets[c + 1]!; i++) {
      if (history.days[i]! > asOf) break;
      total += history.amounts[i]!;
    }
  }
  return total;
}
