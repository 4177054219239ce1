/**
 * From a CustomerHistory to what the BG/NBD and Gamma-Gamma models read: per customer the
 * repeat purchases x, the time of the last purchase t_x and the age T, measured from the
 * first purchase in a time unit, up to a calibration end day; and the mean net amount of the
 * repeat purchases.
 *
 * A history entry is one day, so several orders on one day are one purchase (as in Fader,
 * Hardie & Lee 2005 and the published CDNOW summary). A day counts as a purchase day when
 * it has a qualifying order (orders > 0); days with only returns or credits are not
 * purchases, and their negative amounts do not enter the mean spend.
 */
import type { Day } from '../../time/days.js';
import type { CustomerHistory } from '../history.js';
import { unitDays, type TimeUnit } from './types.js';

/** Options of `rfmFromHistory`. */
export interface RfmOptions {
  /** The last day of the calibration period (inclusive); later entries are ignored. */
  calibrationEnd: Day;
  /** Time unit of t_x and T (default week). */
  unit?: TimeUnit;
}

/**
 * One row per customer with a purchase on or before the calibration end, as columns.
 * Customers who first bought later, or only ever had credits, are not in the table.
 */
export interface RfmTable {
  unit: TimeUnit;
  unitDays: number;
  calibrationEnd: Day;
  /** Index of the row's customer in the history. */
  customer: Int32Array;
  /** Day of the first purchase. */
  firstDay: Int32Array;
  /** Repeat purchase days (purchase days after the first). */
  x: Int32Array;
  /** Time from the first to the last purchase day, in the unit (0 when x = 0). */
  tx: Float64Array;
  /** Time from the first purchase day to the calibration end, in the unit. */
  T: Float64Array;
  /**
   * Mean net amount of the repeat purchase days in minor units (0 when x = 0); absent when
   * the history has no amounts.
   */
  monetary?: Float64Array;
}

/** Builds the per-customer (x, t_x, T, monetary) table up to the calibration end. */
export function rfmFromHistory(history: CustomerHistory, options: RfmOptions): RfmTable {
  const unit = options.unit ?? 'week';
  const days = unitDays(unit);
  const end = options.calibrationEnd;
  const customer: number[] = [];
  const first: number[] = [];
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const monetary: number[] = [];
  for (let c = 0; c < history.customers.length; c++) {
    const start = history.offsets[c]!;
    const stop = history.offsets[c + 1]!;
    let firstDay: number | undefined;
    let lastDay = 0;
    let repeats = 0;
    let repeatAmount = 0;
    for (let i = start; i < stop; i++) {
      const day = history.days[i]!;
      if (day > end) break;
      if (history.orders[i]! <= 0) continue;
      if (firstDay === undefined) {
        firstDay = day;
      } else {
        repeats++;
        repeatAmount += history.amounts[i]!;
      }
      lastDay = day;
    }
    if (firstDay === undefined) continue;
    customer.push(c);
    first.push(firstDay);
    x.push(repeats);
    tx.push((lastDay - firstDay) / days);
    T.push((end - firstDay) / days);
    monetary.push(repeats > 0 ? repeatAmount / repeats : 0);
  }
  const table: RfmTable = {
    unit,
    unitDays: days,
    calibrationEnd: end,
    customer: Int32Array.from(customer),
    firstDay: Int32Array.from(first),
    x: Int32Array.from(x),
    tx: Float64Array.from(tx),
    T: Float64Array.from(T),
  };
  if (history.hasAmounts) table.monetary = Float64Array.from(monetary);
  return table;
}

/** Purchase days (entries with orders > 0) of a customer in the day range (after, through]. */
export function countPurchaseDays(history: CustomerHistory, customer: number, after: Day, through: Day): number {
  let count = 0;
  for (let i = history.offsets[customer]!; i < history.offsets[customer + 1]!; i++) {
    const day = history.days[i]!;
    if (day > through) break;
    if (day > after && history.orders[i]! > 0) count++;
  }
  return count;
}
