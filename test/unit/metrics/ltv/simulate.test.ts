import { describe, expect, it } from 'vitest';
import { mulberry32, sampleBeta, sampleGamma, simulateBgNbd } from '../../../../src/metrics/ltv/simulate.js';

function moments(draw: () => number, n: number): { mean: number; variance: number } {
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < n; i++) {
    const value = draw();
    sum += value;
    sumSquares += value * value;
  }
  const mean = sum / n;
  return { mean, variance: sumSquares / n - mean * mean };
}

describe('seeded simulation', () => {
  it('mulberry32 is deterministic per seed and uniform on [0, 1)', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, mulberry32(124))).not.toEqual(first);
    const { mean, variance } = moments(mulberry32(1), 100_000);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 2);
  });

  it('draws Gamma(shape, rate) with mean shape/rate and variance shape/rate², shapes below 1 included', () => {
    const random = mulberry32(77);
    for (const [shape, rate] of [
      [0.243, 4.414],
      [2.5, 0.5],
    ] as const) {
      const { mean, variance } = moments(() => sampleGamma(random, shape, rate), 200_000);
      expect(mean / (shape / rate)).toBeCloseTo(1, 1);
      expect(variance / (shape / rate ** 2)).toBeCloseTo(1, 1);
    }
  });

  it('draws Beta(a, b) with mean a/(a+b)', () => {
    const random = mulberry32(5);
    const { mean } = moments(() => sampleBeta(random, 0.793, 2.426), 100_000);
    expect(mean).toBeCloseTo(0.793 / (0.793 + 2.426), 2);
  });

  it('simulated BG/NBD customers respect 0 ≤ t_x ≤ T and t_x = 0 when x = 0', () => {
    const data = simulateBgNbd({ r: 1, alpha: 5, a: 1, b: 3 }, new Float64Array(2000).fill(52), mulberry32(8));
    for (let i = 0; i < 2000; i++) {
      expect(data.tx[i]).toBeLessThanOrEqual(52);
      if (data.x[i] === 0) expect(data.tx[i]).toBe(0);
      else expect(data.tx[i]).toBeGreaterThan(0);
    }
  });
});

describe('benchLtvFit', () => {
  it('simulates, fits both models and reports the time and parameters', async () => {
    const { benchLtvFit } = await import('../../../../bench/ltv-fit.js');
    const result = await benchLtvFit(3000);
    expect(result.customers).toBe(3000);
    expect(result.seconds).toBeGreaterThan(0);
    expect(result.converged).toBe(true);
    expect(result.params.bgnbd?.r).toBeGreaterThan(0.15);
    expect(result.params.bgnbd?.r).toBeLessThan(0.35);
    expect(result.params.gammaGamma?.p).toBeGreaterThan(0);
  });
});
