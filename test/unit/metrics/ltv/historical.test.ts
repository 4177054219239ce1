import { describe, expect, it } from 'vitest';
import { historicalLtv } from '../../../../src/metrics/ltv/historical.js';
import { historicalLtvBySegment, predictionsBySegment, summarizePredictions } from '../../../../src/metrics/ltv/segments.js';
import { parseIsoDay } from '../../../../src/time/days.js';
import { buildHistory, type OrderTuple } from '../../../helpers/history-builder.js';

const day = (iso: string) => parseIsoDay(iso)!;

describe('historicalLtv, worked by hand (monthly cohorts, as of 2024-03-15)', () => {
  //   a: 2024-01-10 100.00, 2024-01-20 50.00, 2024-03-05 30.00
  //   b: 2024-01-25 40.00, then a 10.00 credit on 2024-02-14
  //   c: 2024-02-03 200.00
  //   d: a 5.00 credit on 2024-03-01 and no purchase — no cohort
  //   e: 2024-04-02 90.00 — after as-of, ignored
  // Cohort 2024-01 = {a, b}: revenue by age 190, −10, 30 → cumulative per customer 95, 90, 105.
  // Cohort 2024-02 = {c}: 200, 0 → 200, 200.
  // All cohorts: age 0 (190 + 200) / 3 = 130; age 1 (180 + 200) / 3 = 126.67; age 2 only 2024-01: 210 / 2 = 105.
  // To date: 410.00 from 3 customers → 136.67 per customer.
  const orders: OrderTuple[] = [
    ['a', '2024-01-10', 10000],
    ['a', '2024-01-20', 5000],
    ['a', '2024-03-05', 3000],
    ['b', '2024-01-25', 4000],
    ['b', '2024-02-14', -1000],
    ['c', '2024-02-03', 20000],
    ['d', '2024-03-01', -500],
    ['e', '2024-04-02', 9000],
  ];
  const history = buildHistory(orders, { segments: { a: 'repeat', b: 'one-time', c: 'one-time', d: 'one-time', e: 'repeat' } });
  const result = historicalLtv(history, day('2024-03-15'), 'month');

  it('builds each cohort’s cumulative revenue per customer by age', () => {
    expect(result.cohorts).toEqual([
      { cohort: '2024-01', size: 2, revenue: [19000, -1000, 3000], cumulativePerCustomer: [9500, 9000, 10500] },
      { cohort: '2024-02', size: 1, revenue: [20000, 0], cumulativePerCustomer: [20000, 20000] },
    ]);
  });

  it('averages the cohorts old enough for each age', () => {
    expect(result.overall).toHaveLength(3);
    expect(result.overall[0]).toBeCloseTo(13000, 9);
    expect(result.overall[1]).toBeCloseTo(38000 / 3, 9);
    expect(result.overall[2]).toBeCloseTo(10500, 9);
  });

  it('gives net revenue per customer to date and flags the running month', () => {
    expect(result).toMatchObject({ period: 'month', customers: 3, revenue: 41000, lastPeriodPartial: true });
    expect(result.revenuePerCustomer).toBeCloseTo(41000 / 3, 9);
    expect(historicalLtv(history, day('2024-03-31'), 'month').lastPeriodPartial).toBe(false);
  });

  it('quarterly: one cohort 2024-Q1 of three customers worth 410.00 / 3', () => {
    const quarterly = historicalLtv(history, day('2024-03-15'), 'quarter');
    expect(quarterly.cohorts).toEqual([{ cohort: '2024-Q1', size: 3, revenue: [41000], cumulativePerCustomer: [41000 / 3] }]);
  });

  it('per segment: one-time buyers are not valued as repeat customers', () => {
    // repeat = a (e is after as-of): 180.00; one-time = b, c (d has no purchase): 40 − 10 + 200 = 230.00 / 2.
    expect(historicalLtvBySegment(history, day('2024-03-15'), 'month')).toEqual([
      { segment: 'one-time', customers: 2, revenue: 23000, revenuePerCustomer: 11500 },
      { segment: 'repeat', customers: 1, revenue: 18000, revenuePerCustomer: 18000 },
    ]);
  });

  it('without amounts there is no revenue per customer', () => {
    const counts = buildHistory(orders.filter(([, , amount]) => amount > 0), { hasAmounts: false });
    expect(historicalLtv(counts, day('2024-03-15'), 'month').revenuePerCustomer).toBeNull();
  });
});

describe('historicalLtv counts every credit of a cohort and reconciles with the headline revenue (docs/definitions.md)', () => {
  // Monthly, as of 2024-03-31:
  //   f: a 20.00 credit on 2024-02-05, then the first purchase 150.00 on 2024-02-20 (a first-month credit)
  //   g: a 15.00 credit on 2024-01-10, purchases 80.00 on 2024-02-12 and 40.00 on 2024-03-03 (a credit a month early)
  //   i: 100.00 on 2024-01-15, a 25.00 credit on 2024-03-20
  //   h: a 7.50 credit on 2024-03-02 and no purchase — no cohort
  //   j: a 3.00 credit on 2024-03-25, a purchase only after as-of (2024-04-05) — no cohort as of 2024-03-31
  // Cohort 2024-01 = {i}: 100, 0, −25. Cohort 2024-02 = {f, g}: age 0 = 150 − 20 + 80 − 15 = 195, age 1 = 40.
  // Cohorts: 75 + 235 = 310.00. Headline (every order up to as-of): i 75 + f 130 + g 105 − h 7.50 − j 3.00 = 299.50.
  // Difference 299.50 − 310.00 = −10.50 = the credits of h and j, the two customers in no cohort.
  const history = buildHistory([
    ['f', '2024-02-05', -2000],
    ['f', '2024-02-20', 15000],
    ['g', '2024-01-10', -1500],
    ['g', '2024-02-12', 8000],
    ['g', '2024-03-03', 4000],
    ['i', '2024-01-15', 10000],
    ['i', '2024-03-20', -2500],
    ['h', '2024-03-02', -750],
    ['j', '2024-03-25', -300],
    ['j', '2024-04-05', 6000],
  ]);
  const result = historicalLtv(history, day('2024-03-31'), 'month');

  it('puts credits dated before the first purchase in the cohort\'s first period', () => {
    expect(result.cohorts.map((row) => [row.cohort, row.size, row.revenue])).toEqual([
      ['2024-01', 1, [10000, 0, -2500]],
      ['2024-02', 2, [19500, 4000]],
    ]);
    expect(result).toMatchObject({ customers: 3, revenue: 31000 });
  });

  it('reconciles: headline − cohorts = the credits of customers in no cohort', () => {
    expect(result.reconciliation).toEqual({
      headlineRevenue: 29950,
      cohortRevenue: 31000,
      difference: -1050,
      noCohort: { customers: 2, days: 2, amount: -1050 },
      creditsBeforeFirstPurchase: { customers: 2, days: 2, amount: -3500 },
      explained: true,
    });
  });

  it('the cohort table agrees: a first-month credit lowers the cohort\'s first period', () => {
    const firstMonth = historicalLtv(buildHistory([['f', '2024-02-05', -2000], ['f', '2024-02-20', 15000]]), day('2024-02-29'), 'month');
    expect(firstMonth.cohorts).toEqual([{ cohort: '2024-02', size: 1, revenue: [13000], cumulativePerCustomer: [13000] }]);
  });
});

describe('prediction summaries', () => {
  const predictions = {
    pAlive: [0.9, 0.2, 0.6, 0.5],
    expectedPurchases: [2, 0.1, 1, 0.5],
    expectedSpend: [10, 10, NaN, 10],
    clv: [20, 1, NaN, 5],
  };

  it('counts the likely alive (P(alive) > 0.5) and sums CLV over the customers that have one', () => {
    expect(summarizePredictions(predictions)).toEqual({
      customers: 4,
      probablyAlive: 2,
      probablyAliveShare: 0.5,
      meanPAlive: 0.55,
      expectedPurchases: 3.6,
      expectedPurchasesPerCustomer: 0.9,
      totalClv: 26,
      meanClv: 26 / 3,
    });
  });

  it('per segment, through the rows’ history indexes', () => {
    const history = buildHistory([['x', '2024-01-01', 1], ['y', '2024-01-01', 1], ['z', '2024-01-01', 1], ['w', '2024-01-01', 1]], { segments: { x: 'A', y: 'B', z: 'A', w: 'B' } });
    // Prediction rows 0…3 are the customers z, w, x, y (history indexes 2, 3, 0, 1).
    // A = {x, z} = rows 2 and 0: P(alive) 0.6 and 0.9 (both likely alive), CLV NaN and 20.
    // B = {y, w} = rows 3 and 1: P(alive) 0.5 and 0.2 (neither above 0.5), CLV 5 + 1.
    const rows = predictionsBySegment(history, [2, 3, 0, 1], predictions);
    expect(rows.map((row) => [row.segment, row.customers, row.probablyAlive, row.totalClv])).toEqual([
      ['A', 2, 2, 20],
      ['B', 2, 0, 6],
    ]);
  });
});
