import { describe, expect, it } from 'vitest';
import {
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdProbabilityAlive,
  bgNbdProbabilityOfPurchases,
} from '../../../../src/metrics/ltv/bgnbd-predict.js';
import type { BgNbdParams } from '../../../../src/metrics/ltv/types.js';

/** The published CDNOW estimates (Fader, Hardie & Lee 2005), weeks. */
const CDNOW: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('published CDNOW predictions (Fader, Hardie & Lee 2005)', () => {
  it('a customer with x = 2, t_x = 30.43, T = 38.86 is expected to buy 1.226 times in the next 39 weeks', () => {
    expect(bgNbdConditionalExpectedPurchases(CDNOW, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
  });

  it('P(X(39) = 0) = 0.5737864 for a new customer', () => {
    expect(bgNbdProbabilityOfPurchases(CDNOW, 39, 0)).toBeCloseTo(0.5737864, 7);
  });
});

describe('P(alive)', () => {
  it('is 1 for a customer without repeat purchases, by the model definition', () => {
    expect(bgNbdProbabilityAlive(CDNOW, 0, 0, 38.86)).toBe(1);
    expect(bgNbdProbabilityAlive(CDNOW, 0, 0, 1000)).toBe(1);
  });

  it('matches hand-worked values of 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))', () => {
    // x = 2: a/(b+1) = 0.793/3.426 = 0.231465; (43.274/34.844)^2.243 = 1.625797 → 1/(1 + 0.376316).
    expect(bgNbdProbabilityAlive(CDNOW, 2, 30.43, 38.86)).toBeCloseTo(0.7265786, 6);
    // x = 1, last purchase early: a/b = 0.326876; (43.274/6.124)^1.243 = 11.3648 → 1/(1 + 3.71489).
    expect(bgNbdProbabilityAlive(CDNOW, 1, 1.71, 38.86)).toBeCloseTo(0.2121010, 6);
  });

  it('is 1/(1 + a/(b+x−1)) when the last purchase was today, and falls as the silence grows', () => {
    expect(bgNbdProbabilityAlive(CDNOW, 3, 20, 20)).toBeCloseTo(1 / (1 + 0.793 / 4.426), 12);
    const later = [20, 30, 60, 200].map((T) => bgNbdProbabilityAlive(CDNOW, 3, 20, T));
    for (let i = 1; i < later.length; i++) expect(later[i]).toBeLessThan(later[i - 1]!);
    expect(bgNbdProbabilityAlive(CDNOW, 50, 1, 1e6)).toBeGreaterThanOrEqual(0);
  });
});

describe('expected purchases', () => {
  it('conditional expectation matches hand-worked eq. 10 values (2F1 from scipy)', () => {
    expect(bgNbdConditionalExpectedPurchases(CDNOW, 39, 1, 1.71, 38.86)).toBeCloseTo(0.2031870, 6);
    expect(bgNbdConditionalExpectedPurchases(CDNOW, 39, 0, 0, 38.86)).toBeCloseTo(0.1950981, 6);
    expect(bgNbdConditionalExpectedPurchases(CDNOW, 39, 7, 35, 38)).toBeCloseTo(4.5561853, 6);
    expect(bgNbdConditionalExpectedPurchases(CDNOW, 0, 7, 35, 38)).toBe(0);
  });

  it('E[X(t)] for a new customer equals the mean of the P(X(t) = x) distribution, which sums to 1', () => {
    for (const t of [5, 39, 78]) {
      let total = 0;
      let mean = 0;
      for (let x = 0; x < 400; x++) {
        const probability = bgNbdProbabilityOfPurchases(CDNOW, t, x);
        total += probability;
        mean += x * probability;
      }
      expect(total).toBeCloseTo(1, 9);
      expect(bgNbdExpectedPurchases(CDNOW, t)).toBeCloseTo(mean, 6);
    }
    expect(bgNbdExpectedPurchases(CDNOW, 39)).toBeCloseTo(1.1967232, 6);
  });

  it('a new customer (x = 0, T = 0) is the unconditional case', () => {
    expect(bgNbdConditionalExpectedPurchases(CDNOW, 39, 0, 0, 0)).toBeCloseTo(bgNbdExpectedPurchases(CDNOW, 39), 12);
  });

  it('stays finite and continuous through a = 1, where eq. 10 is 0/0', () => {
    const at = (a: number): number => bgNbdConditionalExpectedPurchases({ ...CDNOW, a }, 39, 2, 30.43, 38.86);
    const exact = at(1);
    expect(Number.isFinite(exact)).toBe(true);
    expect(exact).toBeCloseTo((at(0.999) + at(1.001)) / 2, 5);
  });

  it('gives probability 0 to impossible counts', () => {
    expect(bgNbdProbabilityOfPurchases(CDNOW, 39, -1)).toBe(0);
    expect(bgNbdProbabilityOfPurchases(CDNOW, 39, 1.5)).toBe(0);
  });
});
