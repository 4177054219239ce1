import { describe, expect, it } from 'vitest';
import { aggregateBgNbd } from '../../../../src/metrics/ltv/bgnbd-likelihood.js';
import {
  fitParetoNbd,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdCustomerLogLikelihood,
  paretoNbdExpectedPurchases,
  paretoNbdLogLikelihood,
  paretoNbdProbabilityAlive,
  type ParetoNbdParams,
} from '../../../../src/metrics/ltv/pnbd.js';
import { lgamma } from '../../../../src/metrics/ltv/special.js';
import { CDNOW_SUMMARY, loadCdnowSummary } from './cdnow-data.js';

/** Composite Simpson's rule on [a, b] with n (even) intervals. */
function simpson(f: (u: number) => number, a: number, b: number, n = 4000): number {
  if (b <= a) return 0;
  const h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (sum * h) / 3;
}

/**
 * The Pareto/NBD likelihood worked from the model, not from the ₂F₁ form: given λ and μ,
 * L = λ^x e^−(λ+μ)T + ∫_{t_x}^T λ^x e^−λτ μ e^−μτ dτ (alive at T, or died at τ after the last
 * purchase); mixing λ ~ Gamma(r, α) and μ ~ Gamma(s, β) under the integral gives
 * Γ(r+x)α^r/Γ(r) · [β^s (α+T)^−(r+x) (β+T)^−s + ∫ sβ^s (α+τ)^−(r+x) (β+τ)^−(s+1) dτ],
 * integrated here numerically.
 */
function byQuadrature(p: ParetoNbdParams, x: number, tx: number, T: number): { logLikelihood: number; pAlive: number } {
  const front = lgamma(p.r + x) - lgamma(p.r) + p.r * Math.log(p.alpha) + p.s * Math.log(p.beta);
  const alive = Math.pow(p.alpha + T, -(p.r + x)) * Math.pow(p.beta + T, -p.s);
  const died = simpson((tau) => p.s * Math.pow(p.alpha + tau, -(p.r + x)) * Math.pow(p.beta + tau, -(p.s + 1)), tx, T);
  return { logLikelihood: front + Math.log(alive + died), pAlive: alive / (alive + died) };
}

const HARDIE: ParetoNbdParams = { r: 0.5533, alpha: 10.5776, s: 0.6061, beta: 11.665 };

describe('Pareto/NBD log-likelihood and P(alive)', () => {
  const cases: [string, ParetoNbdParams][] = [
    ['α < β', HARDIE],
    ['α > β', { r: 0.8, alpha: 30, s: 1.4, beta: 4 }],
    ['α = β', { r: 2, alpha: 7, s: 0.3, beta: 7 }],
    // z → 1, where the ₂F₁ series crawls and the integral is taken by quadrature instead.
    ['β ≫ α (hardly any dropout)', { r: 0.8, alpha: 10, s: 0.5, beta: 5000 }],
    ['α ≫ β, small s', { r: 0.8, alpha: 5000, s: 0.3, beta: 5 }],
    // z within 1e-6 of 1: the series alone would need millions of terms (no value at all before).
    ['β / α = 5,000,000', { r: 0.8, alpha: 10, s: 0.5, beta: 5e7 }],
  ];
  const customers: [number, number, number][] = [
    [0, 0, 38.86],
    [2, 30.43, 38.86],
    [1, 1.71, 38.86],
    [26, 30.86, 31],
    [40, 12, 60],
    [3, 20, 20],
  ];
  for (const [name, params] of cases) {
    it(`equals the model integrated numerically (${name})`, () => {
      for (const [x, tx, T] of customers) {
        const expected = byQuadrature(params, x, tx, T);
        expect(paretoNbdCustomerLogLikelihood(params, x, tx, T)).toBeCloseTo(expected.logLikelihood, 8);
        expect(paretoNbdProbabilityAlive(params, x, tx, T)).toBeCloseTo(expected.pAlive, 8);
      }
    });
  }

  it('sums the per-customer terms over the aggregated rows', () => {
    const data = { x: [0, 0, 2, 2, 5], tx: [0, 0, 10, 10, 20], T: [30, 30, 30, 30, 25] };
    const expected = data.x.reduce((sum, x, i) => sum + paretoNbdCustomerLogLikelihood(HARDIE, x, data.tx[i]!, data.T[i]!), 0);
    expect(paretoNbdLogLikelihood(HARDIE, aggregateBgNbd(data))).toBeCloseTo(expected, 10);
  });
});

describe('Pareto/NBD expected purchases', () => {
  it('E[X(t)] = (r/α) ∫₀ᵗ (β/(β+u))^s du, and its s = 1 limit', () => {
    for (const params of [HARDIE, { ...HARDIE, s: 1 }, { ...HARDIE, s: 1 + 1e-12 }, { r: 1.2, alpha: 3, s: 2.5, beta: 40 }]) {
      for (const t of [1, 10, 39, 200]) {
        const expected = (params.r / params.alpha) * simpson((u) => Math.pow(params.beta / (params.beta + u), params.s), 0, t);
        expect(paretoNbdExpectedPurchases(params, t)).toBeCloseTo(expected, 9);
      }
    }
  });

  it('E[Y(t) | x, t_x, T] = P(alive) · (r+x)/(α+T) ∫₀ᵗ ((β+T)/(β+T+u))^s du (the posterior rates given alive)', () => {
    for (const [x, tx, T] of [[0, 0, 38.86], [2, 30.43, 38.86], [26, 30.86, 31]] as const) {
      const { pAlive } = byQuadrature(HARDIE, x, tx, T);
      const rate = (HARDIE.r + x) / (HARDIE.alpha + T);
      const expected = pAlive * rate * simpson((u) => Math.pow((HARDIE.beta + T) / (HARDIE.beta + T + u), HARDIE.s), 0, 52);
      expect(paretoNbdConditionalExpectedPurchases(HARDIE, 52, x, tx, T)).toBeCloseTo(expected, 8);
    }
  });
});

describe('Pareto/NBD on the CDNOW summary', () => {
  const data = loadCdnowSummary(CDNOW_SUMMARY);
  const fit = fitParetoNbd(data);

  it('reproduces the published fit: r 0.5533, α 10.578, s 0.6062, β 11.668, LL −9594.97', () => {
    // Fader, Hardie & Lee (2005, "Counting your customers the easy way", the Pareto/NBD column:
    // r 0.55, α 10.58, s 0.61, β 11.67, LL −9595.0); to more digits the figures of issue 16 and
    // BTYD's pnbd.EstimateParameters on the same 2,357 customers (LL −9594.976, BTYDplus demo).
    expect(fit.warnings).toEqual([]);
    expect(fit.diagnostics?.converged).toBe(true);
    const p = fit.params!;
    expect(Math.abs(p.r / 0.5533 - 1)).toBeLessThan(0.002);
    expect(Math.abs(p.alpha / 10.578 - 1)).toBeLessThan(0.002);
    expect(Math.abs(p.s / 0.6062 - 1)).toBeLessThan(0.002);
    expect(Math.abs(p.beta / 11.668 - 1)).toBeLessThan(0.002);
    expect(Math.abs(fit.logLikelihood! - -9594.97)).toBeLessThan(0.01);
    // The published parameters give the same likelihood to the second decimal.
    expect(Math.abs(paretoNbdLogLikelihood(HARDIE, aggregateBgNbd(data)) - -9594.97)).toBeLessThan(0.01);
  });

  it('predicts 25.46 purchases in 52 weeks for x = 26, t_x = 30.86, T = 31 (BTYD walkthrough)', () => {
    expect(paretoNbdConditionalExpectedPurchases(fit.params!, 52, 26, 30.86, 31)).toBeCloseTo(25.46, 2);
  });
});
