/**
 * MRR movements on a hand-built subscriptions history (docs/definitions.md, "MRR movements"), monthly, as of 2024-04-30.
 * Snapshots: 2023-12-31, 2024-01-31, 2024-02-29, 2024-03-31, 2024-04-30. Amounts in cents.
 *
 *   A (0): 100.00 from 01-05; an add-on of 50.00 from 03-10          → 100, 100, 150, 150
 *   B (1): 200.00 from 01-20 to 03-15                                → 200, 200, 0, 0
 *   C (2): 80.00 from 02-01 to 04-01, then 30.00 from 04-01          → 0, 80, 80, 30
 *   D (3): 60.00 from 01-10 to 02-10; again 60.00 from 04-05          → 60, 0, 0, 60
 *   E (4): 40.00 from 03-03 to 03-20 (in and out inside March)       → 0, 0, 0, 0
 *   F (5): 10.00 from 02-15; an add-on of 40.00 from 03-01           → 0, 10, 50, 50
 *
 * Jan: new A 100 + B 200 + D 60 = 360 → 360.
 * Feb: start 360; new C 80 + F 10 = 90; churned D 60 → 390. GRR = NRR = 300/360; quick ratio 90/60 = 1.5; ARPA 390/4 (A, B, C, F) = 97.50.
 * Mar: start 390; expansion A 50 + F 40 = 90; churned B 200 → 280. GRR 190/390; NRR 280/390; quick ratio 90/200; ARPA 280/3.
 * Apr: start 280; contraction C 50; reactivation D 60 → 290. GRR = NRR = 230/280; quick ratio 60/50 = 1.2; ARPA 290/4 = 72.50.
 * Cohorts by first start: Jan {A, B, D}: 360, 300, 150, 210. Feb {C, F}: 90, 130, 80 → 130/90 = 144% (expansion).
 * Mar {E}: 0, 0 → no base, retention null.
 */
import { describe, expect, it } from 'vitest';
import { type MrrSubscription, billingInterval, monthlyAmount, mrrMovements, mrrSubscriptions } from '../../../src/metrics/mrr.js';
import { parseIsoDay } from '../../../src/time/days.js';

const day = (iso: string) => parseIsoDay(iso)!;
const sub = (customer: number, start: string, end: string | undefined, mrr: number): MrrSubscription => ({ customer, start: day(start), end: end === undefined ? undefined : day(end), mrr });

const subscriptions = [
  sub(0, '2024-01-05', undefined, 10000),
  sub(0, '2024-03-10', undefined, 5000),
  sub(1, '2024-01-20', '2024-03-15', 20000),
  sub(2, '2024-02-01', '2024-04-01', 8000),
  sub(2, '2024-04-01', undefined, 3000),
  sub(3, '2024-01-10', '2024-02-10', 6000),
  sub(3, '2024-04-05', undefined, 6000),
  sub(4, '2024-03-03', '2024-03-20', 4000),
  sub(5, '2024-02-15', undefined, 1000),
  sub(5, '2024-03-01', undefined, 4000),
];

describe('MRR movements, worked by hand', () => {
  const result = mrrMovements(subscriptions, 'month', day('2024-04-30'));

  it('MRR at the start and end of each month and each movement', () => {
    expect(result.rows.map((row) => [row.period, row.mrrAtStart, row.new, row.expansion, row.reactivation, row.contraction, row.churned, row.mrrAtEnd])).toEqual([
      ['2024-01', 0, 36000, 0, 0, 0, 0, 36000],
      ['2024-02', 36000, 9000, 0, 0, 0, 6000, 39000],
      ['2024-03', 39000, 0, 9000, 0, 0, 20000, 28000],
      ['2024-04', 28000, 0, 0, 6000, 5000, 0, 29000],
    ]);
    for (const row of result.rows) expect(row.mrrAtStart + row.netMovement).toBe(row.mrrAtEnd);
  });

  it('counts the customers behind each movement', () => {
    expect(result.rows.map((row) => [row.customersAtStart, row.newCustomers, row.expandedCustomers, row.reactivatedCustomers, row.contractedCustomers, row.churnedCustomers, row.customersAtEnd])).toEqual([
      [0, 3, 0, 0, 0, 0, 3],
      [3, 2, 0, 0, 0, 1, 4],
      [4, 0, 2, 0, 0, 1, 3],
      [3, 0, 0, 1, 1, 0, 4],
    ]);
  });

  it('gross and net revenue retention, quick ratio and ARPA', () => {
    const [jan, feb, mar, apr] = result.rows;
    expect(jan).toMatchObject({ grossRevenueRetention: null, netRevenueRetention: null, quickRatio: null, arpa: 12000 });
    expect(feb!.grossRevenueRetention).toBeCloseTo(30000 / 36000, 12);
    expect(feb!.netRevenueRetention).toBeCloseTo(30000 / 36000, 12);
    expect(feb).toMatchObject({ quickRatio: 1.5, arpa: 9750 });
    expect(mar!.grossRevenueRetention).toBeCloseTo(19000 / 39000, 12);
    expect(mar!.netRevenueRetention).toBeCloseTo(28000 / 39000, 12);
    expect(mar!.quickRatio).toBeCloseTo(0.45, 12);
    expect(mar!.arpa).toBeCloseTo(28000 / 3, 9);
    expect(apr!.grossRevenueRetention).toBeCloseTo(23000 / 28000, 12);
    expect(apr!.netRevenueRetention).toBeCloseTo(23000 / 28000, 12);
    expect(apr).toMatchObject({ quickRatio: 1.2, arpa: 7250, partial: false });
  });

  it('cohort revenue retention can exceed 100%', () => {
    expect(result.cohorts.map((row) => [row.cohort, row.size, row.mrr])).toEqual([
      ['2024-01', 3, [36000, 30000, 15000, 21000]],
      ['2024-02', 2, [9000, 13000, 8000]],
      ['2024-03', 1, [0, 0]],
    ]);
    expect(result.cohorts[1]!.retention[1]).toBeCloseTo(13000 / 9000, 12);
    expect(result.cohorts[1]!.retention[1]).toBeGreaterThan(1);
    expect(result.cohorts[2]!.retention).toEqual([null, null]);
  });

  it('a partial last month closes on the as-of day', () => {
    // As of 2024-04-03: D's reactivation (04-05) has not happened; C's downgrade (04-01) has.
    const early = mrrMovements(subscriptions, 'month', day('2024-04-03'));
    expect(early.rows.at(-1)).toMatchObject({ period: '2024-04', partial: true, mrrAtStart: 28000, contraction: 5000, reactivation: 0, mrrAtEnd: 23000 });
  });

  it('quarterly: the same movements between quarter ends', () => {
    // Q1 end (03-31): A 150, C 80, F 50 = 280; every one of them new in Q1. Q2 (to 04-30, partial): C −50, D reactivated +60.
    const quarterly = mrrMovements(subscriptions, 'quarter', day('2024-04-30'));
    expect(quarterly.rows.map((row) => [row.period, row.mrrAtStart, row.new, row.reactivation, row.contraction, row.churned, row.mrrAtEnd, row.partial])).toEqual([
      ['2024-Q1', 0, 28000, 0, 0, 0, 28000, false],
      ['2024-Q2', 28000, 0, 6000, 5000, 0, 29000, true],
    ]);
  });
});

describe('monthlyAmount: the price per month', () => {
  it('a year is 12 months, a week 52/12 a month; quantity and interval count scale it', () => {
    expect(monthlyAmount(120000, 'year')).toBe(10000);
    expect(monthlyAmount(1000, 'week')).toBeCloseTo(52000 / 12, 9);
    expect(monthlyAmount(1000, 'month', 1, 3)).toBe(3000);
    expect(monthlyAmount(6000, 'month', 3)).toBe(2000);
  });
});

describe('from the subscriptions reader', () => {
  it('names the interval of a cell, whatever its case; unknown is undefined', () => {
    expect(['month', 'Monthly', 'year', 'ANNUAL', 'week', 'day', 'fortnight'].map(billingInterval)).toEqual(['month', 'month', 'year', 'year', 'week', 'day', undefined]);
  });

  it('turns spans, amounts, intervals and quantities into monthly amounts', () => {
    // 19.00 a month × 1; 2 seats × 5.00 a month; 120.00 a year → 10.00; no interval → monthly.
    const spans = [
      { customer: 0, start: day('2024-01-10'), end: undefined },
      { customer: 0, start: day('2024-03-01'), end: day('2024-04-01') },
      { customer: 1, start: day('2024-02-15'), end: undefined },
      { customer: 2, start: day('2024-02-20'), end: undefined },
    ];
    expect(mrrSubscriptions(spans, [1900, 500, 12000, 700], ['month', 'month', 'year', undefined], [1, 2, undefined, undefined]).map((s) => s.mrr)).toEqual([1900, 1000, 1000, 700]);
  });
});
