import { describe, expect, it } from 'vitest';
import { simpleLtvBySegment, subsetHistory, segmentGroups } from '../../../../src/metrics/ltv/segments.js';
import { simpleLtv, simpleLtvBasis, simpleLtvFromHistory } from '../../../../src/metrics/ltv/simple.js';
import { parseIsoDay } from '../../../../src/time/days.js';
import { buildHistory, type OrderTuple } from '../../../helpers/history-builder.js';

const day = (iso: string) => parseIsoDay(iso)!;

describe('simpleLtv on explicit inputs (docs/definitions.md, "Lifetime value")', () => {
  it('1,000 per purchase × 6 a year × 5 years = 30,000', () => {
    const ltv = simpleLtv({ averageOrderValue: 1000, purchasesPerYear: 6, lifetimeYears: 5 });
    expect(ltv.ltv).toBe(30000);
    expect(ltv.annualRevenuePerCustomer).toBe(6000);
  });

  it('the same 5 years from an annual churn of 20% (lifetime = 1 / churn)', () => {
    const ltv = simpleLtv({ averageOrderValue: 1000, purchasesPerYear: 6, annualChurnRate: 0.2 });
    expect(ltv.expectedLifetimeYears).toBeCloseTo(5, 12);
    expect(ltv.ltv).toBeCloseTo(30000, 8);
  });

  it('net form: 200,000 revenue over five years with 100,000 costs is an LTV of 100,000 (margin 50%)', () => {
    const ltv = simpleLtv({ averageOrderValue: 10000, purchasesPerYear: 4, lifetimeYears: 5, margin: 0.5 });
    expect(ltv.lifetimeRevenue).toBe(200000);
    expect(ltv.lifetimeCosts).toBe(100000);
    expect(ltv.ltv).toBe(100000);
  });

  it('a customer buying 100 once is worth 100; monthly, 1,200 a year', () => {
    expect(simpleLtv({ averageOrderValue: 100, purchasesPerYear: 1, lifetimeYears: 1 }).ltv).toBe(100);
    expect(simpleLtv({ averageOrderValue: 100, purchasesPerYear: 12, lifetimeYears: 1 }).ltv).toBe(1200);
  });

  it('LTV − CAC and LTV : CAC', () => {
    const ltv = simpleLtv({ averageOrderValue: 1000, purchasesPerYear: 6, lifetimeYears: 5, cac: 6000 });
    expect(ltv.ltvMinusCac).toBe(24000);
    expect(ltv.ltvToCac).toBe(5);
    expect(simpleLtv({ averageOrderValue: 1000, purchasesPerYear: 6, lifetimeYears: 5, cac: 0 }).ltvToCac).toBeNull();
    expect(simpleLtv({ averageOrderValue: 1000, purchasesPerYear: 6, lifetimeYears: 5 }).ltvMinusCac).toBeNull();
  });

  it('caps the lifetime (zero churn would be forever)', () => {
    const none = simpleLtv({ averageOrderValue: 10, purchasesPerYear: 2, annualChurnRate: 0 });
    expect(none).toMatchObject({ expectedLifetimeYears: 10, lifetimeCapped: true, ltv: 200 });
    const low = simpleLtv({ averageOrderValue: 10, purchasesPerYear: 2, annualChurnRate: 0.05, maxLifetimeYears: 8 });
    expect(low).toMatchObject({ expectedLifetimeYears: 8, lifetimeCapped: true });
  });

  it('unknown churn or no orders give no LTV rather than a number', () => {
    expect(simpleLtv({ averageOrderValue: 10, purchasesPerYear: 2, annualChurnRate: null }).ltv).toBeNull();
    expect(simpleLtv({ averageOrderValue: null, purchasesPerYear: 2, lifetimeYears: 3 }).ltv).toBeNull();
  });
});

describe('simpleLtvFromHistory: the DOMAIN example through the real code path', () => {
  // As of 2024-12-31 with the default 90-day window. Five customers each bought 1,000.00 on
  // 2023-11-15, so all five are active on 2024-01-01 (= as-of − 365): S = 5. In the year
  // 2024-01-02 … 2024-12-31 each buys six times, every two months, for 1,000.00. Four keep
  // buying to 2024-12-15 (active on as-of); the fifth's last purchase is 2024-09-01 (active to
  // 2024-11-29 only): lost = 1. AOV = 30,000 / 30 = 1,000; frequency = 30 / 5 = 6;
  // churn = 1 / 5 = 20%, lifetime 5 years → LTV = 1,000 × 6 × 5 = 30,000.
  const orders: OrderTuple[] = [];
  const loyal = ['2024-02-15', '2024-04-15', '2024-06-15', '2024-08-15', '2024-10-15', '2024-12-15'];
  const leaving = ['2024-01-15', '2024-03-01', '2024-04-15', '2024-06-01', '2024-07-15', '2024-09-01'];
  for (const customer of ['a', 'b', 'c', 'd', 'e']) {
    orders.push([customer, '2023-11-15', 100000]);
    for (const date of customer === 'e' ? leaving : loyal) orders.push([customer, date, 100000]);
  }
  const history = buildHistory(orders);

  it('measures AOV 1,000, 6 purchases a year, 20% churn and an LTV of 30,000', () => {
    const ltv = simpleLtvFromHistory(history, day('2024-12-31'), { churnAfterDays: 90 });
    expect(ltv.basis).toMatchObject({ orders: 30, customers: 5, revenue: 3000000, customersAtStart: 5, retained: 4, lost: 1 });
    expect(ltv.averageOrderValue).toBe(100000);
    expect(ltv.purchasesPerYear).toBe(6);
    expect(ltv.annualChurnRate).toBeCloseTo(0.2, 12);
    expect(ltv.expectedLifetimeYears).toBeCloseTo(5, 12);
    expect(ltv.ltv! / 100).toBeCloseTo(30000, 6);
  });
});

describe('simpleLtvFromHistory, worked by hand', () => {
  // As of 2024-12-31; the AOV/frequency window is 2024-01-02 … 2024-12-31 (365 days), the churn
  // start day is 2024-01-01; a purchase keeps a customer active for 90 days.
  //   a: 2023-12-01 100.00 (active 2023-12-01 … 2024-02-28: in S), 2024-03-01 50.00, 2024-11-15 80.00 (active on as-of: retained)
  //   b: 2023-11-20 40.00 (active to 2024-02-17: in S), 2024-02-10 60.00 (active to 2024-05-09 only: lost)
  //   c: 2024-06-01 120.00 and a 20.00 return the same day (one order, net 100.00), 2024-12-01 30.00 — new this year
  //   d: 2023-06-01 70.00 only — inactive on 2024-01-01 and silent since: in neither
  //   e: a 25.00 credit on 2024-05-05 and no purchase — revenue only, not a customer
  // Window revenue = 50 + 80 + 60 + 100 + 30 − 25 = 295.00 over 5 qualifying orders → AOV 59.00;
  // customers with an order in the window: a, b, c → frequency 5 / 3;
  // S = {a, b}, lost = {b} → churn 1/2, lifetime 2 years;
  // LTV at margin 40% = 59.00 × 5/3 × 2 × 0.4 = 78.666…; CAC 30.00 → LTV − CAC 48.67, LTV : CAC 2.622.
  const orders: OrderTuple[] = [
    ['a', '2023-12-01', 10000],
    ['a', '2024-03-01', 5000],
    ['a', '2024-11-15', 8000],
    ['b', '2023-11-20', 4000],
    ['b', '2024-02-10', 6000],
    ['c', '2024-06-01', 12000],
    ['c', '2024-06-01', -2000],
    ['c', '2024-12-01', 3000],
    ['d', '2023-06-01', 7000],
    ['e', '2024-05-05', -2500],
  ];
  const history = buildHistory(orders, { segments: { a: 'web', b: 'web', c: 'store' } });
  const asOf = day('2024-12-31');

  it('measures the year by hand', () => {
    expect(simpleLtvBasis(history, asOf, 90)).toEqual({
      windowStart: day('2024-01-02'),
      asOf,
      churnFrom: day('2024-01-01'),
      churnAfterDays: 90,
      revenue: 29500,
      orders: 5,
      customers: 3,
      customersAtStart: 2,
      retained: 1,
      lost: 1,
    });
  });

  it('gives 59.00 × 5/3 × 2 × 40% = 78.67, and the CAC comparisons', () => {
    const ltv = simpleLtvFromHistory(history, asOf, { churnAfterDays: 90, margin: 0.4, cac: 3000 });
    expect(ltv.averageOrderValue).toBe(5900);
    expect(ltv.purchasesPerYear).toBeCloseTo(5 / 3, 12);
    expect(ltv.annualChurnRate).toBe(0.5);
    expect(ltv.expectedLifetimeYears).toBe(2);
    expect(ltv.ltv).toBeCloseTo(((5900 * 5) / 3) * 2 * 0.4, 9);
    expect(ltv.ltv! / 100).toBeCloseTo(78.67, 2);
    expect(ltv.ltvMinusCac! / 100).toBeCloseTo(48.67, 2);
    expect(ltv.ltvToCac).toBeCloseTo(7866.666666 / 3000, 6);
  });

  it('a history shorter than a year has no churn, so no LTV', () => {
    const ltv = simpleLtvFromHistory(history, day('2024-06-30'), { churnAfterDays: 30 });
    // Nobody was active on 2023-07-01 with a 30-day window (d bought 2023-06-01: active to 2023-06-30).
    expect(ltv.basis.customersAtStart).toBe(0);
    expect(ltv.annualChurnRate).toBeNull();
    expect(ltv.ltv).toBeNull();
  });

  it('per segment: each measured on its own customers (LTV per segment, docs/definitions.md)', () => {
    // web = a, b: revenue 50 + 80 + 60 = 190.00 over 3 orders → AOV 63.33; 3 orders / 2 customers = 1.5;
    //   S = {a, b}, lost {b} → churn 50%, 2 years → LTV 63.33 × 1.5 × 2 = 190.00.
    // store = c: AOV (100 + 30) / 2 = 65.00, 2 a year, but c was not a customer a year ago: no churn, no LTV.
    // (none) = d, e: no qualifying order in the year, only e's −25.00 credit: no AOV, no LTV.
    const rows = simpleLtvBySegment(history, asOf, { churnAfterDays: 90 });
    expect(rows.map((row) => row.segment)).toEqual(['(none)', 'store', 'web']);
    const [none, store, web] = rows;
    expect(web!.averageOrderValue).toBeCloseTo(19000 / 3, 9);
    expect(web!.purchasesPerYear).toBe(1.5);
    expect(web!.annualChurnRate).toBe(0.5);
    expect(web!.ltv).toBeCloseTo(19000, 9);
    expect(store).toMatchObject({ averageOrderValue: 6500, purchasesPerYear: 2, annualChurnRate: null, ltv: null });
    expect(none).toMatchObject({ averageOrderValue: null, purchasesPerYear: null, ltv: null });
    expect(none!.basis.revenue).toBe(-2500);
  });

  it('subsetHistory keeps the chosen customers’ entries as they are', () => {
    const groups = segmentGroups(history);
    const web = subsetHistory(history, groups.find((group) => group.segment === 'web')!.customers);
    expect(web.customers).toEqual(['a', 'b']);
    expect(Array.from(web.days)).toEqual([day('2023-12-01'), day('2024-03-01'), day('2024-11-15'), day('2023-11-20'), day('2024-02-10')]);
    expect(Array.from(web.offsets)).toEqual([0, 3, 5]);
    expect(web.firstDay).toBe(day('2023-11-20'));
    expect(web.lastDay).toBe(day('2024-11-15'));
    expect(web.segments).toEqual(['web', 'web']);
  });
});
