import { describe, expect, it } from 'vitest';
import { activityFromHistory, activityFromSpans } from '../../../src/metrics/activity.js';
import { cohortsFromHistory } from '../../../src/metrics/cohorts.js';
import { retentionBetween, retentionTable } from '../../../src/metrics/retention.js';
import { parseIsoDay } from '../../../src/time/days.js';
import { buildHistory, type OrderTuple } from '../../helpers/history-builder.js';

const day = (iso: string) => parseIsoDay(iso)!;

function table(orders: OrderTuple[], windowDays: number, asOf: string, period: 'week' | 'month' = 'month') {
  const history = buildHistory(orders);
  return retentionTable(activityFromHistory(history, windowDays, day(asOf)), period, day(asOf));
}

describe('the worked example of docs/definitions.md: 1,000 at the start, 200 acquired, 100 lost, 1,100 at the end', () => {
  // February 2024 with a 30-day window: 1,000 customers bought on 15 January (active on 31 January,
  // not on 29 February by that purchase alone); 900 of them buy again on 20 February; 200 new
  // customers first buy on 10 February. S = 1,000, E = 1,100, N = 200 → CRR = (1,100 − 200) / 1,000 = 90%.
  const orders: OrderTuple[] = [];
  for (let i = 0; i < 1000; i++) {
    orders.push([`old${i}`, '2024-01-15', 5000]);
    if (i < 900) orders.push([`old${i}`, '2024-02-20', 5000]);
  }
  for (let i = 0; i < 200; i++) orders.push([`new${i}`, '2024-02-10', 5000]);
  const february = table(orders, 30, '2024-02-29').find((row) => row.period === '2024-02')!;

  it('counts start, acquired, lost and end as the seed does', () => {
    expect(february).toMatchObject({ customersAtStart: 1000, new: 200, reactivated: 0, retained: 900, lost: 100, customersAtEnd: 1100, partial: false });
  });
  it('gives CRR 90% and churn 10%', () => {
    expect(february.retentionRate).toBeCloseTo(0.9, 12);
    expect(february.churnRate).toBeCloseTo(0.1, 12);
  });
});

describe('retention edges of docs/definitions.md', () => {
  // Customer A buys 5 Jan 2024 and 10 Apr 2024, window 30 days: active 5 Jan … 3 Feb, then 10 Apr … 9 May.
  const reactivation = table([['A', '2024-01-05', 1000], ['A', '2024-04-10', 1000]], 30, '2024-04-30');

  it('a first purchase makes the customer new in its period', () => {
    expect(reactivation[0]).toMatchObject({ period: '2024-01', customersAtStart: 0, new: 1, customersAtEnd: 1 });
  });
  it('a customer whose window ran out before the period ends is lost', () => {
    expect(reactivation[1]).toMatchObject({ period: '2024-02', customersAtStart: 1, retained: 0, lost: 1, customersAtEnd: 0, retentionRate: 0, churnRate: 1 });
  });
  it('S = 0 gives no rate (null), not 0 or NaN', () => {
    expect(reactivation[2]).toMatchObject({ period: '2024-03', customersAtStart: 0, customersAtEnd: 0, retentionRate: null, churnRate: null });
  });
  it('a lapsed customer buying again is reactivated, not new', () => {
    expect(reactivation[3]).toMatchObject({ period: '2024-04', customersAtStart: 0, new: 0, reactivated: 1, customersAtEnd: 1 });
  });

  it('a lapse inside a period does not count: the base is a snapshot at the boundaries', () => {
    // Window 10 days: bought 28 Jan (active to 6 Feb), inactive 7–24 Feb, bought 25 Feb (active 25 Feb … 5 Mar).
    const rows = table([['B', '2024-01-28', 1000], ['B', '2024-02-25', 1000]], 10, '2024-02-29');
    expect(rows.find((row) => row.period === '2024-02')).toMatchObject({ customersAtStart: 1, retained: 1, lost: 0, customersAtEnd: 1 });
  });

  it('the last period is partial when the as-of day is before its end, and its E is the base on the as-of day', () => {
    // As of 15 April: C bought 1 March (window 30 → active to 30 March), D bought 10 April.
    const rows = table([['C', '2024-03-01', 1000], ['D', '2024-04-10', 1000]], 30, '2024-04-15');
    const april = rows[rows.length - 1]!;
    expect(april).toMatchObject({ period: '2024-04', partial: true, customersAtStart: 0, new: 1, customersAtEnd: 1 });
    // C's window (1–30 March) closes before 31 March: never in a base at a boundary, so not counted as new.
    expect(rows[rows.length - 2]).toMatchObject({ period: '2024-03', partial: false, customersAtStart: 0, new: 0, customersAtEnd: 0, lost: 0 });
  });

  it('the last period is complete when the as-of day is its last day', () => {
    const rows = table([['C', '2024-03-01', 1000]], 30, '2024-03-31');
    expect(rows[rows.length - 1]).toMatchObject({ period: '2024-03', partial: false });
  });

  it('orders after the as-of day are ignored everywhere', () => {
    const rows = table([['E', '2024-01-10', 1000], ['F', '2024-02-10', 1000]], 30, '2024-01-31');
    expect(rows.map((row) => row.period)).toEqual(['2024-01']);
    expect(rows[0]).toMatchObject({ new: 1, customersAtEnd: 1 });
  });

  it('a customer with only refunds is never in the base', () => {
    const rows = table([['G', '2024-01-10', -500], ['H', '2024-01-11', 1000]], 30, '2024-01-31');
    expect(rows[0]).toMatchObject({ new: 1, customersAtEnd: 1 });
  });

  it('weekly periods cross ISO years: 31 Dec 2020 and 3 Jan 2021 are both in 2020-W53', () => {
    // Window 7 days. I buys Thu 31 Dec 2020 (active to Wed 6 Jan 2021); J buys Sun 3 Jan 2021; K buys Mon 4 Jan 2021.
    const rows = table([['I', '2020-12-31', 1000], ['J', '2021-01-03', 1000], ['K', '2021-01-04', 1000]], 7, '2021-01-10', 'week');
    expect(rows.map((row) => [row.period, row.new])).toEqual([
      ['2020-W53', 2],
      ['2021-W01', 1],
    ]);
    // End of 2020-W53 (Sun 3 Jan): I and J active. End of 2021-W01 (Sun 10 Jan): J (to 9 Jan) is not, I is not, K is.
    expect(rows[0]).toMatchObject({ start: '2020-12-28', end: '2021-01-04', customersAtEnd: 2 });
    expect(rows[1]).toMatchObject({ customersAtStart: 2, retained: 0, lost: 2, customersAtEnd: 1 });
  });
});

describe('retentionBetween (S on one day, E on another)', () => {
  it('counts lost and acquired between two days', () => {
    const history = buildHistory([['A', '2024-01-01', 100], ['B', '2024-01-01', 100], ['B', '2024-03-01', 100], ['C', '2024-03-01', 100]]);
    const activity = activityFromHistory(history, 30, day('2024-03-15'));
    expect(retentionBetween(activity, day('2024-01-15'), day('2024-03-15'))).toEqual({ start: 2, end: 2, retained: 1, lost: 1, acquired: 1 });
  });
});

describe('subscriptions', () => {
  it('a customer is active from start until the day before end; an empty end runs on', () => {
    // S1: 10 Jan – 10 Feb; S2: 20 Jan, still running. February: S = 2 (31 Jan), E = 1 (29 Feb).
    const spans = [
      { customer: 0, start: day('2024-01-10'), end: day('2024-02-10') },
      { customer: 1, start: day('2024-01-20'), end: undefined },
    ];
    const rows = retentionTable(activityFromSpans(spans, 2, day('2024-02-29')), 'month', day('2024-02-29'));
    expect(rows[0]).toMatchObject({ period: '2024-01', new: 2, customersAtEnd: 2 });
    expect(rows[1]).toMatchObject({ period: '2024-02', customersAtStart: 2, retained: 1, lost: 1, customersAtEnd: 1, retentionRate: 0.5 });
  });

  it('a new subscription after a lapse is a reactivation; one that starts and ends inside a period is never in a base', () => {
    const spans = [
      { customer: 0, start: day('2024-01-05'), end: day('2024-01-20') },
      { customer: 0, start: day('2024-03-05'), end: undefined },
    ];
    const rows = retentionTable(activityFromSpans(spans, 1, day('2024-03-31')), 'month', day('2024-03-31'));
    expect(rows.map((row) => [row.period, row.new, row.reactivated, row.lost])).toEqual([
      ['2024-01', 0, 0, 0],
      ['2024-02', 0, 0, 0],
      ['2024-03', 0, 1, 0],
    ]);
  });
});

describe('cohort table', () => {
  // Cohort 2024-01: A (Jan, Feb, Apr), B (Jan, Mar, refund in Feb), C (Jan only). Cohort 2024-02: D (Feb, Feb again).
  const history = buildHistory([
    ['A', '2024-01-03', 1000], ['A', '2024-02-03', 2000], ['A', '2024-04-03', 500],
    ['B', '2024-01-20', 3000], ['B', '2024-02-11', -1000], ['B', '2024-03-01', 1500],
    ['C', '2024-01-31', 700],
    ['D', '2024-02-01', 900], ['D', '2024-02-29', 100],
    ['R', '2024-01-15', -300], // only a refund: in no cohort
  ]);
  const cohorts = cohortsFromHistory(history, 'month', day('2024-04-30'), true);

  it('cohort sizes and active counts by age', () => {
    expect(cohorts.map((row) => [row.cohort, row.size, row.active])).toEqual([
      ['2024-01', 3, [3, 1, 1, 1]],
      ['2024-02', 1, [1, 0, 0]],
    ]);
  });
  it('rates are active / size, rates[0] = 1', () => {
    expect(cohorts[0]!.rates).toEqual([1, 1 / 3, 1 / 3, 1 / 3]);
    expect(cohorts[1]!.rates).toEqual([1, 0, 0]);
  });
  it('revenue is the cohort\'s net revenue per age (a refund in February reduces it)', () => {
    expect(cohorts[0]!.revenue).toEqual([1000 + 3000 + 700, 2000 - 1000, 1500, 500]);
    expect(cohorts[1]!.revenue).toEqual([1000, 0, 0]);
  });
});
