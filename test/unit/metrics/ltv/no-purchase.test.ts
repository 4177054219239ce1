import { describe, expect, it } from 'vitest';
import { bgNbdProbabilityOfPurchases } from '../../../../src/metrics/ltv/bgnbd-predict.js';
import { bgNbdProbabilityNoPurchase } from '../../../../src/metrics/ltv/no-purchase.js';

// The published CDNOW fit (Fader, Hardie & Lee 2005), in weeks.
const CDNOW = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('P(no purchase in the next t), BG/NBD', () => {
  it('with no repeat purchase is ((α+T)/(α+T+t))^r: alive for sure, nothing from the Poisson process', () => {
    // (14.414 / 19.414)^0.243 = exp(0.243 × ln 0.742454) = exp(0.243 × −0.297796) = exp(−0.072364) = 0.930192
    expect(bgNbdProbabilityNoPurchase(CDNOW, 5, 0, 0, 10)).toBeCloseTo(0.930192, 6);
  });

  it('for a new customer (T = 0) equals the model\'s own P(X(t) = 0) (eq. 8 of the 2005 paper)', () => {
    for (const t of [1, 13, 52]) expect(bgNbdProbabilityNoPurchase(CDNOW, t, 0, 0, 0)).toBeCloseTo(bgNbdProbabilityOfPurchases(CDNOW, t, 0), 10);
  });

  it('with repeat purchases is 1 − P(alive) + P(alive) × ((α+T)/(α+T+t))^(r+x)', () => {
    // x = 2, t_x = 4, T = 10, t = 5: P(alive) = 1 / (1 + 0.793/3.426 × (14.414/8.414)^2.243) = 0.563631;
    // none if alive = (14.414/19.414)^2.243 = 0.512757 (a Monte Carlo mean of e^(−λt), λ ~ Gamma(2.243, 14.414),
    // over 400,000 draws gave 0.512773); 1 − 0.563631 + 0.563631 × 0.512757 = 0.725375.
    expect(bgNbdProbabilityNoPurchase(CDNOW, 5, 2, 4, 10)).toBeCloseTo(0.725375, 5);
  });

  it('is 1 over no time, falls as t grows, and tends to 1 − P(alive)', () => {
    expect(bgNbdProbabilityNoPurchase(CDNOW, 0, 2, 4, 10)).toBeCloseTo(1, 12);
    expect(bgNbdProbabilityNoPurchase(CDNOW, 10, 2, 4, 10)).toBeLessThan(bgNbdProbabilityNoPurchase(CDNOW, 5, 2, 4, 10));
    expect(bgNbdProbabilityNoPurchase(CDNOW, 1e9, 2, 4, 10)).toBeCloseTo(1 - 0.563631, 5);
  });
});
