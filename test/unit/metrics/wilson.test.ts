import { describe, expect, it } from 'vitest';
import { newcombeDifference, wilsonInterval } from '../../../src/metrics/wilson.js';

describe('Wilson score interval (95%)', () => {
  it('2 of 10: 5.67% to 50.98%', () => {
    // z² = 3.8415; 1 + z²/n = 1.38415; center = (0.2 + 0.192079) / 1.38415 = 0.283263;
    // half = 1.959964 / 1.38415 × √(0.016 + 0.0096039) = 1.416006 × 0.160012 = 0.226581 → 0.056682 … 0.509838.
    const interval = wilsonInterval(2, 10)!;
    expect(interval.low).toBeCloseTo(0.056682, 5);
    expect(interval.high).toBeCloseTo(0.509838, 5);
  });

  it('0 of 5 is not a certainty: 0% to 43.45%', () => {
    // p = 0: center = (z²/10) / (1 + z²/5) = 0.384146 / 1.768292 = 0.217241 = half → 0 … 0.434482.
    const interval = wilsonInterval(0, 5)!;
    expect(interval.low).toBe(0);
    expect(interval.high).toBeCloseTo(0.434482, 5);
  });

  it('no trials, no interval', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe('Newcombe interval of a difference of proportions (method 10, 95%)', () => {
  // Newcombe (1998), Statistics in Medicine 17, table II: 56/70 − 48/80 = 0.2000, 95% interval +0.0524 to +0.3339.
  it('56/70 against 48/80: +0.0524 to +0.3339, the published figures', () => {
    const interval = newcombeDifference(56, 70, 48, 80)!;
    expect(interval.difference).toBeCloseTo(0.2, 10);
    expect(interval.low).toBeCloseTo(0.0524, 4);
    expect(interval.high).toBeCloseTo(0.3339, 4);
  });

  // Same table: 9/10 − 3/10 = 0.6000, 95% interval +0.1705 to +0.8090.
  it('9/10 against 3/10: +0.1705 to +0.8090', () => {
    const interval = newcombeDifference(9, 10, 3, 10)!;
    expect(interval.low).toBeCloseTo(0.1705, 4);
    expect(interval.high).toBeCloseTo(0.809, 4);
  });

  it('no trials on a side, no interval', () => {
    expect(newcombeDifference(1, 2, 0, 0)).toBeNull();
  });
});
