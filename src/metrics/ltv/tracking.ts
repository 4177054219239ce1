/**
 * The tracking chart of Fader & Hardie (Fader, Hardie & Lee 2005, Figure 2, "tracking cumulative
 * repeat transactions"): week by week over the calibration period and the holdout, the repeat
 * purchases the fitted model expects of the whole customer base against those made.
 *
 * Customer i, who first bought on day f_i, is expected to have made E[X(t)] repeat purchases by
 * day D, t = (D − f_i) in the fit's time unit, E[X(t)] being the model's expectation for a new
 * customer (BG/NBD: FHL 2005 eq. 9; Pareto/NBD: Schmittlein et al. 1987; MBG/NBD: Batislam et al.
 * 2007). The aggregate is Σ_i E[X(t_i)]; customers enter on their first purchase day. Actual: the
 * repeat purchase days (after each customer's first) on or before D. docs/definitions.md, "The
 * tracking chart".
 */
import type { Day } from '../../time/days.js';
import type { CustomerHistory } from '../history.js';
import type { CountingPredictor } from './clv.js';
import type { RfmTable } from './rfm.js';

/** One point of the chart: the cumulative figures at the end of week `week` (day `day`). */
export interface TrackingPoint {
  week: number;
  day: Day;
  expected: number;
  actual: number;
}

export interface Tracking {
  /** The earliest first purchase of the customers fitted. */
  start: Day;
  /** The week that ends on the calibration end (0 when there is none). */
  calibrationWeeks: number;
  points: TrackingPoint[];
}

const WEEK = 7;

/**
 * Week ends from the first purchase of the fitted customers to `holdoutEnd`, laid so that one falls
 * on the calibration end: weeks counted back and forward from it (the first week may be short), the
 * last point on `holdoutEnd` (the last week may be short).
 */
function weekEnds(start: Day, calibrationEnd: Day, holdoutEnd: Day): Day[] {
  let first = calibrationEnd - WEEK * Math.floor((calibrationEnd - start) / WEEK);
  if (first <= start) first += WEEK;
  const ends: Day[] = [];
  for (let day = first; day < holdoutEnd; day += WEEK) ends.push(day);
  ends.push(holdoutEnd);
  return ends;
}

/** The weekly series from the first purchase of the fitted customers to `holdoutEnd`. */
export function trackingSeries(history: CustomerHistory, rfm: RfmTable, predictor: Pick<CountingPredictor, 'expectedPurchases'>, holdoutEnd: Day): Tracking {
  const n = rfm.customer.length;
  let start = Infinity;
  const entering = new Map<number, number>();
  for (let row = 0; row < n; row++) {
    const first = rfm.firstDay[row]!;
    if (first < start) start = first;
    entering.set(first, (entering.get(first) ?? 0) + 1);
  }
  if (n === 0 || holdoutEnd <= start) return { start: Number.isFinite(start) ? start : holdoutEnd, calibrationWeeks: 0, points: [] };
  const ends = weekEnds(start, rfm.calibrationEnd, holdoutEnd);
  const actual = repeatPurchasesByWeek(history, rfm, ends);
  // E[X(t)] once per whole-day age: ages are whole days, and there are far fewer than customers × weeks.
  const byAge = new Map<number, number>();
  const expectedAt = (age: number): number => {
    let value = byAge.get(age);
    if (value === undefined) byAge.set(age, (value = predictor.expectedPurchases(age / rfm.unitDays)));
    return value;
  };
  const firstDays = [...entering.entries()];
  let cumulative = 0;
  const points = ends.map((day, k) => {
    let expected = 0;
    for (const [first, count] of firstDays) if (first < day) expected += count * expectedAt(day - first);
    cumulative += actual[k]!;
    return { week: k + 1, day, expected, actual: cumulative };
  });
  return { start, calibrationWeeks: ends.indexOf(rfm.calibrationEnd) + 1, points };
}

/** Repeat purchase days of the fitted customers per week: a day counts in the first week ending on or after it. */
function repeatPurchasesByWeek(history: CustomerHistory, rfm: RfmTable, ends: readonly Day[]): Float64Array {
  const counts = new Float64Array(ends.length);
  const first = ends[0]!;
  const last = ends.length - 1;
  const holdoutEnd = ends[last]!;
  for (let row = 0; row < rfm.customer.length; row++) {
    const customer = rfm.customer[row]!;
    const firstDay = rfm.firstDay[row]!;
    for (let i = history.offsets[customer]!; i < history.offsets[customer + 1]!; i++) {
      const day = history.days[i]!;
      if (day > holdoutEnd) break;
      if (day > firstDay && history.orders[i]! > 0) counts[Math.min(last, Math.max(0, Math.ceil((day - first) / WEEK)))]! += 1;
    }
  }
  return counts;
}
