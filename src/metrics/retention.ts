/**
 * The period retention table of docs/definitions.md. For a period [b, b′): S = customers active on
 * b − 1, E = active on b′ − 1 (for the last, partial period: on the as-of day);
 * retained = S ∩ E, lost = S \ E, new = E members whose activity began inside the period,
 * reactivated = E members outside S whose activity began before it.
 * CRR = retained / S (the seed formula (E − N) / S with N = new + reactivated), churn = lost / S.
 */
import type { Day } from '../time/days.js';
import { type PeriodKind, describePeriod, periodOf } from '../time/periods.js';
import { type Activity, activeOnDays } from './activity.js';

export interface PeriodRow {
  period: string;
  start: string;
  /** Exclusive end boundary. */
  end: string;
  partial: boolean;
  customersAtStart: number;
  new: number;
  reactivated: number;
  retained: number;
  lost: number;
  customersAtEnd: number;
  retentionRate: number | null;
  churnRate: number | null;
}

export interface PeriodRange {
  first: number;
  last: number;
}

/** From the period of the first activity to the period containing the as-of day. */
export function periodRange(activity: Activity, kind: PeriodKind, asOf: Day): PeriodRange | undefined {
  let firstDay = Infinity;
  for (let c = 0; c < activity.size; c++) {
    const day = activity.first[c]!;
    if (day < firstDay) firstDay = day;
  }
  if (!Number.isFinite(firstDay)) return undefined;
  return { first: periodOf(firstDay, kind), last: periodOf(asOf, kind) };
}

/** The retention table for every period of the range. */
export function retentionTable(activity: Activity, kind: PeriodKind, asOf: Day): PeriodRow[] {
  const range = periodRange(activity, kind, asOf);
  if (range === undefined) return [];
  const periods = [];
  for (let p = range.first; p <= range.last; p++) periods.push(describePeriod(p, kind));
  const count = periods.length;
  const lastPartial = periods[count - 1]!.end - 1 > asOf;
  // Check days: the day before each boundary; the final one is the as-of day when partial.
  const checkDays = new Float64Array(count + 1);
  for (let k = 0; k < count; k++) checkDays[k] = periods[k]!.start - 1;
  checkDays[count] = lastPartial ? asOf : periods[count - 1]!.end - 1;

  const tally = periods.map(() => ({ s: 0, e: 0, retained: 0, lost: 0, new: 0, reactivated: 0 }));
  const active = new Uint8Array(count + 1);
  for (let c = 0; c < activity.size; c++) {
    const first = activity.first[c]!;
    if (Number.isNaN(first)) continue;
    activeOnDays(activity, c, checkDays, active);
    for (let k = 0; k < count; k++) {
      const inS = active[k] === 1;
      const inE = active[k + 1] === 1;
      if (!inS && !inE) continue;
      const t = tally[k]!;
      if (inS) {
        t.s++;
        if (inE) t.retained++;
        else t.lost++;
      }
      if (inE) {
        t.e++;
        if (!inS) {
          if (first >= periods[k]!.start) t.new++;
          else t.reactivated++;
        }
      }
    }
  }
  return periods.map((period, k) => {
    const t = tally[k]!;
    return {
      period: period.label,
      start: period.startLabel,
      end: period.endLabel,
      partial: k === count - 1 && lastPartial,
      customersAtStart: t.s,
      new: t.new,
      reactivated: t.reactivated,
      retained: t.retained,
      lost: t.lost,
      customersAtEnd: t.e,
      retentionRate: t.s === 0 ? null : t.retained / t.s,
      churnRate: t.s === 0 ? null : t.lost / t.s,
    };
  });
}

/**
 * Retention between two days: S = active on `from`, E = active on `to` (used for the
 * 12-month churn of the simple LTV and for the worked example).
 */
export function retentionBetween(activity: Activity, from: Day, to: Day): { start: number; end: number; retained: number; lost: number; acquired: number } {
  const active = new Uint8Array(2);
  const days = [from, to];
  let start = 0;
  let end = 0;
  let retained = 0;
  for (let c = 0; c < activity.size; c++) {
    activeOnDays(activity, c, days, active);
    if (active[0]) start++;
    if (active[1]) end++;
    if (active[0] && active[1]) retained++;
  }
  return { start, end, retained, lost: start - retained, acquired: end - retained };
}
