import { describe, expect, it } from 'vitest';
import { bgNbdConditionalExpectedPurchases, bgNbdProbabilityAlive } from '../../../../src/metrics/ltv/bgnbd-predict.js';
import { discountSchedule, predictCustomer, predictCustomers } from '../../../../src/metrics/ltv/clv.js';
import { gammaGammaExpectedSpend } from '../../../../src/metrics/ltv/gamma-gamma.js';
import { rfmFromHistory } from '../../../../src/metrics/ltv/rfm.js';
import { unitDays, type BgNbdParams, type GammaGammaParams } from '../../../../src/metrics/ltv/types.js';
import { parseIsoDay } from '../../../../src/time/days.js';
import { buildHistory } from '../../../helpers/history-builder.js';

const BG: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const GG: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };
const WEEK = unitDays('week');
const CUSTOMER = { x: 2, tx: 30.43, T: 38.86, monetary: 40 };

describe('discountSchedule', () => {
  it('makes monthly steps with annual discounting', () => {
    const { ends, factors } = discountSchedule({ horizon: 12, unitDays: unitDays('month'), annualDiscountRate: 0.1 });
    expect(ends).toHaveLength(12);
    expect(ends[0]).toBeCloseTo(1, 12);
    expect(ends[11]).toBeCloseTo(12, 12);
    expect(factors[11]).toBeCloseTo(1 / 1.1, 12);
    expect(factors[0]).toBeCloseTo(Math.pow(1.1, -1 / 12), 12);
  });

  it('ends exactly at a horizon that is not a whole number of months', () => {
    const { ends } = discountSchedule({ horizon: 39, unitDays: WEEK });
    expect(ends).toHaveLength(9); // 273 days = 8.97 months
    expect(ends[8]).toBeCloseTo(39, 12);
  });

  it('refuses a negative horizon or a rate of −100% or less', () => {
    expect(() => discountSchedule({ horizon: -1, unitDays: 7 })).toThrow(RangeError);
    expect(() => discountSchedule({ horizon: 1, unitDays: 7, annualDiscountRate: -1 })).toThrow(RangeError);
  });
});

describe('predictCustomer', () => {
  it('without discounting, CLV = margin × expected spend × expected purchases (the published 1.226 in 39 weeks)', () => {
    const prediction = predictCustomer(BG, GG, CUSTOMER, { horizon: 39, unitDays: WEEK, margin: 0.3 });
    expect(prediction.expectedPurchases).toBeCloseTo(1.226, 3);
    expect(prediction.pAlive).toBeCloseTo(bgNbdProbabilityAlive(BG, 2, 30.43, 38.86), 14);
    expect(prediction.expectedSpend).toBeCloseTo(gammaGammaExpectedSpend(GG, 2, 40), 14);
    expect(prediction.clv).toBeCloseTo(0.3 * prediction.expectedSpend * prediction.expectedPurchases, 10);
  });

  it('discounts each month’s expected purchases at its end (worked by hand for two months)', () => {
    const month = unitDays('month');
    const rate = 0.2;
    // In weeks: the two monthly step ends are 30.4375/7 and 60.875/7 weeks.
    const e1 = bgNbdConditionalExpectedPurchases(BG, month / WEEK, 2, 30.43, 38.86);
    const e2 = bgNbdConditionalExpectedPurchases(BG, (2 * month) / WEEK, 2, 30.43, 38.86);
    const spend = gammaGammaExpectedSpend(GG, 2, 40);
    const byHand = spend * (e1 * Math.pow(1.2, -1 / 12) + (e2 - e1) * Math.pow(1.2, -2 / 12));
    const prediction = predictCustomer(BG, GG, CUSTOMER, { horizon: (2 * month) / WEEK, unitDays: WEEK, annualDiscountRate: rate });
    expect(prediction.clv).toBeCloseTo(byHand, 10);
    expect(prediction.clv).toBeLessThan(spend * e2);
  });

  it('is worth nothing over a zero horizon', () => {
    const prediction = predictCustomer(BG, GG, CUSTOMER, { horizon: 0, unitDays: WEEK });
    expect(prediction.clv).toBe(0);
    expect(prediction.expectedPurchases).toBe(0);
  });
});

describe('predictCustomers', () => {
  it('predicts every row of an RFM table with the same numbers as predictCustomer', () => {
    const history = buildHistory([
      ['a', '2024-01-01', 1000],
      ['a', '2024-02-01', 3000],
      ['a', '2024-03-01', 2000],
      ['b', '2024-02-15', 500],
    ]);
    const rfm = rfmFromHistory(history, { calibrationEnd: parseIsoDay('2024-03-31')!, unit: 'week' });
    const spend: GammaGammaParams = { ...GG, gamma: 1544 }; // minor units
    const result = predictCustomers(BG, spend, rfm, { horizon: 52, margin: 0.25, annualDiscountRate: 0.1 });
    for (let row = 0; row < 2; row++) {
      const single = predictCustomer(
        BG,
        spend,
        { x: rfm.x[row]!, tx: rfm.tx[row]!, T: rfm.T[row]!, monetary: rfm.monetary![row]! },
        { horizon: 52, unitDays: WEEK, margin: 0.25, annualDiscountRate: 0.1 },
      );
      expect(result.clv[row]).toBeCloseTo(single.clv, 10);
      expect(result.pAlive[row]).toBeCloseTo(single.pAlive, 14);
    }
    expect(result.pAlive[1]).toBe(1); // b has not bought again: alive by definition
    expect(result.expectedSpend[1]).toBeCloseTo((6.25 * 1544) / 2.74, 8);
  });
});
