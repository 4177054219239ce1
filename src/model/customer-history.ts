/**
 * Every customer's purchase history, condensed to one entry per customer per day with a
 * purchase or a credit: what the orders ingestion (src/ingest) produces and what retention,
 * cohorts, LTV and reminders (src/metrics) read. It lives here, apart from both, so neither layer
 * imports the other for it. Columnar typed arrays: memory grows with customer-days, never with
 * rows or line items.
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
