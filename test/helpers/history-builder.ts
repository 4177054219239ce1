/**
 * Builds a CustomerHistory (src/metrics/history.ts) from order tuples, as the orders
 * ingestion would: one entry per customer per day, orders and net amounts of a day summed.
 * For tests of anything that reads a history (retention, cohorts, LTV, reminders).
 */
import { parseIsoDay, type Day } from '../../src/time/days.js';
import type { CustomerHistory } from '../../src/metrics/history.js';

/**
 * One order: customer id, ISO date (`YYYY-MM-DD`) or day number, net amount in minor units,
 * and how many qualifying orders it is (default: 1 when the amount is above zero, else 0 —
 * the ingestion rule for returns and credits).
 */
export type OrderTuple = readonly [customer: string, date: string | Day, amount: number, orders?: number];

/** Options of `buildHistory`. */
export interface BuildHistoryOptions {
  /** Whether the export had amounts (default true). */
  hasAmounts?: boolean;
  currency?: string;
  /** Segment per customer id, for `--by` tests. */
  segments?: Record<string, string>;
}

function toDay(date: string | Day): Day {
  if (typeof date === 'number') return date;
  const day = parseIsoDay(date);
  if (day === undefined) throw new Error(`buildHistory: not an ISO date: ${date}`);
  return day;
}

/** A CustomerHistory from order tuples in any order; customers keep the order of first appearance. */
export function buildHistory(orders: Iterable<OrderTuple>, options: BuildHistoryOptions = {}): CustomerHistory {
  const byCustomer = new Map<string, Map<Day, { orders: number; amount: number }>>();
  let firstDay: Day | undefined;
  let lastDay: Day | undefined;
  for (const [customer, date, amount, count] of orders) {
    const day = toDay(date);
    let days = byCustomer.get(customer);
    if (!days) {
      days = new Map();
      byCustomer.set(customer, days);
    }
    const entry = days.get(day) ?? { orders: 0, amount: 0 };
    entry.orders += count ?? (amount > 0 ? 1 : 0);
    entry.amount += amount;
    days.set(day, entry);
    firstDay = firstDay === undefined ? day : Math.min(firstDay, day);
    lastDay = lastDay === undefined ? day : Math.max(lastDay, day);
  }
  const customers = [...byCustomer.keys()];
  const offsets = new Int32Array(customers.length + 1);
  const days: number[] = [];
  const counts: number[] = [];
  const amounts: number[] = [];
  customers.forEach((customer, index) => {
    const entries = [...byCustomer.get(customer)!.entries()].sort(([a], [b]) => a - b);
    for (const [day, entry] of entries) {
      days.push(day);
      counts.push(entry.orders);
      amounts.push(entry.amount);
    }
    offsets[index + 1] = days.length;
  });
  const history: CustomerHistory = {
    customers,
    offsets,
    days: Int32Array.from(days),
    orders: Int32Array.from(counts),
    amounts: Float64Array.from(amounts),
    hasAmounts: options.hasAmounts ?? true,
  };
  if (options.currency !== undefined) history.currency = options.currency;
  if (firstDay !== undefined) history.firstDay = firstDay;
  if (lastDay !== undefined) history.lastDay = lastDay;
  if (options.segments) history.segments = customers.map((customer) => options.segments![customer] ?? '');
  return history;
}
