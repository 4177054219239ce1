/**
 * The holdout check every CLV paper shows (Fader, Hardie & Lee 2005, Figure 4): customers
 * grouped by their repeat purchases in the calibration period (0, 1, …, 7+), and for each
 * group the repeat purchases actually made in the holdout period against the number the
 * fitted model expected (for BG/NBD eq. 10 with t = the holdout length; any CountingPredictor).
 */
import type { Day } from '../../time/days.js';
import type { CustomerHistory } from '../history.js';
import { bgNbdPredictor, type CountingPredictor } from './clv.js';
import { countPurchaseDays, type RfmTable } from './rfm.js';
import type { BgNbdParams } from './types.js';

/** One group of the holdout table. */
export interface HoldoutRow {
  /** "0" … "6", then "7+" (the last group collects every x at or above `groups − 1`). */
  calibrationPurchases: string;
  customers: number;
  actual: number;
  predicted: number;
  /** Per customer: actual / customers and predicted / customers (NaN for an empty group). */
  actualMean: number;
  predictedMean: number;
}

/** The holdout table and its totals. */
export interface HoldoutCheck {
  /** Holdout length in the table's time unit. */
  holdoutLength: number;
  rows: HoldoutRow[];
  total: { customers: number; actual: number; predicted: number };
}

/**
 * Compares predicted and actual repeat purchase days in (calibration end, holdout end],
 * grouped by calibration repeat purchases; `groups` is the number of groups (default 8: 0…6, 7+).
 */
export function holdoutCheck(history: CustomerHistory, rfm: RfmTable, params: BgNbdParams | CountingPredictor, holdoutEnd: Day, groups = 8): HoldoutCheck {
  const model = 'probabilityAlive' in params ? params : bgNbdPredictor(params);
  const holdoutLength = (holdoutEnd - rfm.calibrationEnd) / rfm.unitDays;
  const customers = Array.from({ length: groups }, () => 0);
  const actual = Array.from({ length: groups }, () => 0);
  const predicted = Array.from({ length: groups }, () => 0);
  for (let row = 0; row < rfm.customer.length; row++) {
    const x = rfm.x[row]!;
    const group = Math.min(x, groups - 1);
    customers[group]!++;
    actual[group]! += countPurchaseDays(history, rfm.customer[row]!, rfm.calibrationEnd, holdoutEnd);
    predicted[group]! += model.conditionalExpectedPurchases(holdoutLength, x, rfm.tx[row]!, rfm.T[row]!);
  }
  const rows = customers.map((count, group) => ({
    calibrationPurchases: group === groups - 1 ? `${group}+` : String(group),
    customers: count,
    actual: actual[group]!,
    predicted: predicted[group]!,
    actualMean: count > 0 ? actual[group]! / count : NaN,
    predictedMean: count > 0 ? predicted[group]! / count : NaN,
  }));
  const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
  return { holdoutLength, rows, total: { customers: sum(customers), actual: sum(actual), predicted: sum(predicted) } };
}
