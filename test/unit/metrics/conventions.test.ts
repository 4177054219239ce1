/**
 * Churn by each vendor's convention (docs/definitions.md, "Churn conventions") on a small subscription history that
 * exercises every difference, worked by hand for February 2024 (T = 2024-02-29). Subscriptions run [start, end).
 *
 *   a  2023-11-01 → open                                   in every base, never churns
 *   b  2023-12-01 → 2024-02-10                             a plain cancellation in February
 *   c  2024-02-05 → 2024-02-20                             signed up and cancelled in February
 *   d  2023-10-01 → 2024-02-08, 2024-02-15 → open          cancelled and came back in February
 *   e  2023-09-01 → 2023-12-15, 2024-02-03 → 2024-02-25    came back and cancelled again in February (not in the base)
 *   f  2023-12-01 → 2024-01-31                             ended on Jan 31: outside February, inside the 30 days Jan 31 – Feb 29
 *   g  2024-01-31 → open                                   started Jan 31: in care's base (active Jan 31), not in the 30-day base (Jan 30)
 *   h  2024-01-01 → 2024-02-03, 2024-02-06 → 2024-02-12    cancelled twice in February
 *
 * care: base = active on Jan 31 = {a, b, d, g, h} = 5; lost = not active on Feb 29 = {b, h} = 2 → 40%.
 * chartmogul, profitwell: base 5; churned in February, sign-up-and-cancel left out = {b, d, e, h} = 4 → 80%.
 * baremetrics: base = active on Jan 30 = {a, b, d, f, h} = 5; cancelled Jan 31 – Feb 29 = {b, c, d, e, f, h} = 6 → 120%.
 * stripe: base = 5 + new in the 30 days {c, g} = 7; churn events b 1, c 1, d 1, e 1, f 1, h 2 = 7 → 100%.
 */
import { describe, expect, it } from 'vitest';
import { activityFromSpans, type Span } from '../../../src/metrics/activity.js';
import { churnConventions, conventionSeries, lastCompleteMonth } from '../../../src/metrics/conventions.js';
import { parseIsoDay } from '../../../src/time/days.js';

const day = (iso: string) => parseIsoDay(iso)!;
const span = (customer: number, start: string, end?: string): Span => ({ customer, start: day(start), end: end === undefined ? undefined : day(end) });

describe('period conventions, February 2024', () => {
  const [a, b, c, d, e, f, g, h] = [0, 1, 2, 3, 4, 5, 6, 7];
  const spans = [
    span(a, '2023-11-01'),
    span(b, '2023-12-01', '2024-02-10'),
    span(c, '2024-02-05', '2024-02-20'),
    span(d, '2023-10-01', '2024-02-08'), span(d, '2024-02-15'),
    span(e, '2023-09-01', '2023-12-15'), span(e, '2024-02-03', '2024-02-25'),
    span(f, '2023-12-01', '2024-01-31'),
    span(g, '2024-01-31'),
    span(h, '2024-01-01', '2024-02-03'), span(h, '2024-02-06', '2024-02-12'),
  ];
  const activity = activityFromSpans(spans, 8, day('2024-02-29'));
  const result = churnConventions(activity, day('2024-02-01'), day('2024-02-29'), ['care', 'chartmogul', 'profitwell', 'baremetrics', 'stripe']);

  it('each convention’s base, churned and churn rate', () => {
    expect(result.results.map((row) => [row.convention, row.base, row.churned, row.churnRate])).toEqual([
      ['care', 5, 2, 0.4],
      ['chartmogul', 5, 4, 0.8],
      ['profitwell', 5, 4, 0.8],
      ['baremetrics', 5, 6, 1.2],
      ['stripe', 7, 7, 1],
    ]);
    expect(result.results.find((row) => row.convention === 'stripe')).toMatchObject({ from: day('2024-01-31'), to: day('2024-02-29') });
  });

  it('the bridge from care names every customer who counts differently, and sums exactly', () => {
    const lines = (name: string) => result.bridges.find((bridge) => bridge.convention === name)!.lines.map((line) => [line.reason, line.customers, line.churned, line.base]);
    // ChartMogul / ProfitWell count d (cancelled, came back) and e (won back, cancelled): +2 churned.
    expect(lines('chartmogul')).toEqual([
      ['cancelled-and-returned', 1, 1, 0],
      ['won-back-and-cancelled', 1, 1, 0],
    ]);
    expect(lines('profitwell')).toEqual(lines('chartmogul'));
    // Baremetrics adds c (signed up and cancelled), d, e; f ended Jan 31 (in the 30 days, +1 churned, +1 base);
    // g started Jan 31 (not active on Jan 30: −1 base). 2 + 4 = 6 churned, 5 + 1 − 1 = 5 base.
    expect(lines('baremetrics')).toEqual([
      ['new-and-cancelled', 1, 1, 0],
      ['cancelled-and-returned', 1, 1, 0],
      ['won-back-and-cancelled', 1, 1, 0],
      ['window-edge', 2, 1, 0],
    ]);
    // Stripe: h's second cancellation, c in numerator and base, d, e, and f at the edge. g: −1 old base + 1 new = 0.
    expect(lines('stripe')).toEqual([
      ['cancelled-twice', 1, 1, 0],
      ['new-and-cancelled', 1, 1, 1],
      ['cancelled-and-returned', 1, 1, 0],
      ['won-back-and-cancelled', 1, 1, 0],
      ['window-edge', 1, 1, 1],
    ]);
    const care = result.results[0]!;
    for (const bridge of result.bridges) {
      const target = result.results.find((row) => row.convention === bridge.convention)!;
      expect(care.churned + bridge.lines.reduce((sum, line) => sum + line.churned, 0)).toBe(target.churned);
      expect(care.base + bridge.lines.reduce((sum, line) => sum + line.base, 0)).toBe(target.base);
    }
  });
});

describe('cohort conventions, as of 2024-02-29: the customers who started 60–89 days before (2023-12-02 … 2023-12-31)', () => {
  // p 2023-12-05 → open: active in days 30–59 (Jan 4 – Feb 2).
  // q 2023-12-10 → 2023-12-20, again 2024-02-25 → open: nothing in Jan 9 – Feb 7, back on Feb 25.
  // r 2023-12-15 → 2024-01-05: nothing in Jan 14 – Feb 12, never back.
  // s 2023-12-20 → 2024-01-25: active Jan 19 – Jan 24, inside Jan 19 – Feb 17.
  // t 2023-11-20 → open: first day before the cohort's days.
  // N-day (and Mixpanel's rolling "On"): retained {p, s} of 4 → 50%. Unbounded: {p, q, s} → 75%.
  const spans = [
    span(0, '2023-12-05'),
    span(1, '2023-12-10', '2023-12-20'), span(1, '2024-02-25'),
    span(2, '2023-12-15', '2024-01-05'),
    span(3, '2023-12-20', '2024-01-25'),
    span(4, '2023-11-20'),
  ];
  const activity = activityFromSpans(spans, 5, day('2024-02-29'));
  const result = churnConventions(activity, day('2024-02-01'), day('2024-02-29'), ['amplitude-n-day', 'amplitude-unbounded', 'mixpanel-rolling']);

  it('month-1 retention of the cohort', () => {
    expect(result.results.map((row) => [row.convention, row.base, row.churned, row.retentionRate])).toEqual([
      ['amplitude-n-day', 4, 2, 0.5],
      ['amplitude-unbounded', 4, 1, 0.75],
      ['mixpanel-rolling', 4, 2, 0.5],
    ]);
    expect(result.results[0]).toMatchObject({ from: day('2023-12-02'), to: day('2023-12-31') });
  });

  it('bridge: unbounded counts q, who skipped month 1 and came back; Mixpanel’s rolling month is Amplitude’s N-day', () => {
    expect(result.bridges.map((bridge) => [bridge.convention, bridge.lines.map((line) => [line.reason, line.customers, line.churned, line.base])])).toEqual([
      ['amplitude-unbounded', [['returned-after-month-1', 1, -1, 0]]],
      ['mixpanel-rolling', []],
    ]);
  });
});

describe('which month, and month by month', () => {
  it('the last complete month: the as-of month when as-of is its last day, else the month before', () => {
    expect(lastCompleteMonth(day('2024-02-29'))).toEqual({ start: day('2024-02-01'), end: day('2024-02-29') });
    expect(lastCompleteMonth(day('2024-03-15'))).toEqual({ start: day('2024-02-01'), end: day('2024-02-29') });
  });

  it('care month by month equals the retention table’s churn: one subscriber from Jan 10 to Mar 5, as of 2024-03-20', () => {
    // January: base (Dec 31) empty → no rate. February: base 1, still active on Feb 29 → 0. March is not complete.
    const activity = activityFromSpans([span(0, '2024-01-10', '2024-03-05')], 1, day('2024-03-20'));
    expect(conventionSeries(activity, 'care', day('2024-03-20')).map((row) => [row.period, row.base, row.churned, row.churnRate])).toEqual([
      ['2024-01', 0, 0, null],
      ['2024-02', 1, 0, 0],
    ]);
  });
});
