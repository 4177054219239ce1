import { describe, expect, it } from 'vitest';
import { type CampaignRow, splitHoldout } from '../../../src/metrics/holdout-split.js';
import { measureLift, momentsOf, roughly, sampleSizePerGroup, twoProportionWald, welchInterval } from '../../../src/metrics/lift.js';
import { mulberry32 } from '../../../src/metrics/ltv/simulate.js';
import { studentTQuantile } from '../../../src/metrics/student-t.js';
import { type OrderTuple, buildHistory } from '../../helpers/history-builder.js';

// Expected values worked out apart from the code (by hand, and checked with scipy.stats).

describe('the intervals', () => {
  it('two-proportion Wald: 30 of 200 sent against 10 of 100 held out', () => {
    // d = 0.15 − 0.10 = 0.05; SE = √(0.15 · 0.85 / 200 + 0.1 · 0.9 / 100) = √0.0015375 = 0.0392110
    // → 0.05 ± 1.959964 · 0.0392110 = −0.0268521 … 0.1268521.
    const interval = twoProportionWald(30, 200, 10, 100)!;
    expect(interval.difference).toBeCloseTo(0.05, 12);
    expect(interval.standardError).toBeCloseTo(0.039211, 6);
    expect(interval.low).toBeCloseTo(-0.0268521, 6);
    expect(interval.high).toBeCloseTo(0.1268521, 6);
    expect(twoProportionWald(1, 10, 0, 0)).toBeNull();
  });

  it('Welch: 10 20 30 40 against 5 15 10', () => {
    // Means 25 and 10, variances 500/3 and 25: SE = √(41.667 + 8.333) = √50 = 7.0711;
    // ν = 50² / (41.667² / 3 + 8.333² / 2) = 4.07547; t(0.975, 4.07547) = 2.756277 → 15 ± 19.48988.
    const interval = welchInterval(momentsOf([10, 20, 30, 40]), momentsOf([5, 15, 10]))!;
    expect(interval.difference).toBe(15);
    expect(interval.standardError).toBeCloseTo(Math.sqrt(50), 12);
    expect(interval.df).toBeCloseTo(4.0754717, 6);
    expect(interval.low).toBeCloseTo(-4.489877, 5);
    expect(interval.high).toBeCloseTo(34.489877, 5);
    expect(welchInterval(momentsOf([1]), momentsOf([1, 2]))).toBeNull();
  });

  it("Student's t quantiles match the printed table", () => {
    // t(0.975, ν): 12.706 (1), 4.303 (2), 2.228 (10), 2.042 (30), 1.960 (∞).
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 4);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.3027, 4);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.2281, 4);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.0423, 4);
    expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(1.96, 4);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.2281, 4);
  });

  it('customers per group to see a 2-point lift from 10% (80% power, two-sided 5%)', () => {
    // p̄ = 0.11: (1.959964 · √(2 · 0.11 · 0.89) + 0.841621 · √(0.09 + 0.1056))² / 0.02² = 3840.85 → 3841.
    expect(sampleSizePerGroup(0.1, 0.02)).toBe(3841);
    // From 5%: p̄ = 0.06: (1.959964 · 0.335857 + 0.841621 · 0.334066)² / 0.0004 = 2212.2 → 2213.
    expect(sampleSizePerGroup(0.05, 0.02)).toBe(2213);
    expect(sampleSizePerGroup(0.99, 0.02)).toBeNull();
  });

  it('roughly: two significant figures above 100, rounded up', () => {
    expect([roughly(42), roughly(398), roughly(8844), roughly(100)]).toEqual(['42', '400', '8900', '100']);
  });
});

const row = (customer: string, group: CampaignRow['group'], asOf = 100): CampaignRow => ({ customer, segment: 'at-risk', group, template: 'win-back', asOf, seed: 1, holdout: 0.4 });

describe('measureLift on a built history', () => {
  // Campaign on day 100, window 30 days: purchases on days 101 … 130 count.
  //   sent s1 buys day 110 (500); s2 days 130 (1000) and 140 (200, after the window); s3 day 131 (outside);
  //   s4 only a credit of −100 on day 120 (not a purchase, but revenue).
  //   held-out h1 buys day 105 (300); h2 nothing; h3 day 99 (before the campaign).
  //   p1 a row of day 180: 180 + 30 > 200, pending.
  const orders: OrderTuple[] = [
    ['s1', 50, 100], ['s1', 110, 500], ['s2', 50, 100], ['s2', 130, 1000], ['s2', 140, 200], ['s3', 50, 100], ['s3', 131, 700],
    ['s4', 50, 100], ['s4', 120, -100], ['h1', 50, 100], ['h1', 105, 300], ['h2', 50, 100], ['h3', 99, 400], ['p1', 200, 100],
  ];
  const rows = [row('s1', 'sent'), row('s2', 'sent'), row('s3', 'sent'), row('s4', 'sent'), row('h1', 'held-out'), row('h2', 'held-out'), row('h3', 'held-out'), row('p1', 'sent', 180)];
  const result = measureLift(rows, buildHistory(orders), { windowDays: 30, dataAsOf: 200, minLift: 0.02 });

  it('the two groups by hand', () => {
    expect(result.pending).toBe(1);
    // Sent: 2 of 4 bought; revenue 500 + 1000 − 100 = 1400 → 350 a customer; days to next 10 and 30 → 20.
    expect(result.sent).toEqual({ customers: 4, buyers: 2, purchaseRate: 0.5, revenue: 1400, revenuePerCustomer: 350, meanDaysToNextPurchase: 20 });
    // Held out: 1 of 3; revenue 300 → 100; days to next 5.
    expect(result.heldOut).toEqual({ customers: 3, buyers: 1, purchaseRate: 1 / 3, revenue: 300, revenuePerCustomer: 100, meanDaysToNextPurchase: 5 });
  });

  it('the differences and their intervals by hand', () => {
    // Rate: 1/6 ± 1.959964 · √(0.25/4 + (2/9)/3) = 0.166667 ± 0.724322 → −0.557656 … 0.890990.
    expect(result.purchaseRate!.low).toBeCloseTo(-0.557656, 5);
    expect(result.purchaseRate!.high).toBeCloseTo(0.89099, 5);
    // Sent revenues 500, 1000, 0, −100: mean 350, deviations 150 650 −350 −450 → s² = 770 000 / 3;
    // held out 300, 0, 0: mean 100, s² = 30 000. SE = √(64 166.67 + 10 000) = 272.336;
    // ν = 74 166.67² / (64 166.67² / 3 + 10 000² / 2) = 5 500 694 444 / 1 422 453 704 = 3.86705.
    const se = Math.sqrt(770000 / 3 / 4 + 10000);
    expect(result.revenuePerCustomer!.difference).toBe(250);
    expect(result.revenuePerCustomer!.standardError).toBeCloseTo(se, 9);
    expect(result.revenuePerCustomer!.standardError).toBeCloseTo(272.336, 3);
    expect(result.revenuePerCustomer!.df).toBeCloseTo(3.86705, 4);
    // One held-out buyer: no interval for days to next purchase.
    expect(result.daysToNextPurchase).toBeNull();
  });

  it('the verdict: no evidence yet, with the customers still needed', () => {
    // From p0 = 1/3 to 1/3 + 0.02: n = 8846.69 → 8847 per group; the smaller group has 3 → 8844 more, "about 8900".
    expect(result.neededPerGroup).toBe(8847);
    expect(result.morePerGroup).toBe(8844);
    expect(result.verdict.code).toBe('no-evidence');
    expect(result.verdict.text).toBe('no evidence yet: about 8900 more customers per group are needed to see a 2-point lift (95% interval -55.8 to 89.1 points)');
  });
});

describe('a simulated campaign with a known lift', () => {
  // 3000 due customers in three segments, 30% held out; in the 30-day window a held-out customer
  // buys with probability 0.15, a sent one with 0.20: the true lift is 5 points.
  const TRUE_LIFT = 0.05;

  function run(seed: number): { low: number; high: number } {
    const random = mulberry32(seed);
    const segments = ['at-risk', 'hibernating', 'loyal'];
    const due = Array.from({ length: 3000 }, (_, i) => ({ customer: `c${i}`, segment: segments[i % 3]! }));
    const split = splitHoldout(due, { share: 0.3, seed });
    const orders: OrderTuple[] = [];
    const rows: CampaignRow[] = [];
    for (const customer of split) {
      orders.push([customer.customer, 10, 1000]);
      const p = customer.group === 'sent' ? 0.15 + TRUE_LIFT : 0.15;
      if (random() < p) orders.push([customer.customer, 101 + Math.floor(random() * 30), 1000]);
      rows.push({ ...customer, template: 'win-back', asOf: 100, seed, holdout: 0.3 });
    }
    const result = measureLift(rows, buildHistory(orders), { windowDays: 30, dataAsOf: 130, minLift: 0.02 });
    return result.purchaseRate!;
  }

  it('covers the true lift in 93–97 of 100 seeded runs', () => {
    let covered = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const { low, high } = run(seed);
      if (low <= TRUE_LIFT && TRUE_LIFT <= high) covered++;
    }
    expect(covered).toBeGreaterThanOrEqual(93);
    expect(covered).toBeLessThanOrEqual(97);
  });
});
