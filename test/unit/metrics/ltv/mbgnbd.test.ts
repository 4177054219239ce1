import { describe, expect, it } from 'vitest';
import { aggregateBgNbd } from '../../../../src/metrics/ltv/bgnbd-likelihood.js';
import {
  fitMbgNbd,
  mbgNbdConditionalExpectedPurchases,
  mbgNbdCustomerLogLikelihood,
  mbgNbdExpectedPurchases,
  mbgNbdLogLikelihood,
  mbgNbdProbabilityAlive,
  type MbgNbdParams,
} from '../../../../src/metrics/ltv/mbgnbd.js';
import { CDNOW_SUMMARY, loadCdnowSummary } from './cdnow-data.js';

/**
 * MBG/NBD written independently from the model (Batislam et al. 2007): given λ and p,
 * L = (1−p)^(x+1) λ^x e^(−λT) + p(1−p)^x λ^x e^(−λ t_x). The mixing expectations as finite products,
 * with no gamma or beta function: E[λ^x e^(−λt)] = Π_{k<x} (r+k) · α^r / (α+t)^(r+x),
 * E[(1−p)^(x+1)] = Π_{k≤x} (b+k)/(a+b+k), E[p(1−p)^x] = a/(a+b) · Π_{k<x} (b+k)/(a+b+1+k).
 */
function reference(p: MbgNbdParams, x: number, tx: number, T: number): { likelihood: number; pAlive: number } {
  let rising = 1;
  for (let k = 0; k < x; k++) rising *= p.r + k;
  const nbd = (t: number): number => (rising * Math.pow(p.alpha, p.r)) / Math.pow(p.alpha + t, p.r + x);
  let stay = 1;
  for (let k = 0; k <= x; k++) stay *= (p.b + k) / (p.a + p.b + k);
  let leave = p.a / (p.a + p.b);
  for (let k = 0; k < x; k++) leave *= (p.b + k) / (p.a + p.b + 1 + k);
  const alive = stay * nbd(T);
  const gone = leave * nbd(tx);
  return { likelihood: alive + gone, pAlive: alive / (alive + gone) };
}

function simpson(f: (u: number) => number, a: number, b: number, n = 20000): number {
  const h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (sum * h) / 3;
}

/**
 * E[Y(t) | x, t_x, T] from the posterior: given alive at T, λ ~ Gamma(r+x, α+T) and
 * p ~ Beta(a, b+x+1); given λ and p the expected purchases in t are (1 − e^(−λpt)) / p, whose
 * mean over λ is (1 − ((α+T)/(α+T+pt))^(r+x)) / p. When a < 1 the integral over p is taken after
 * u = p^a, which removes the density's singularity at 0; otherwise directly in p.
 */
function expectedByPosterior(p: MbgNbdParams, t: number, x: number, tx: number, T: number): number {
  const b1 = p.b + x + 1;
  const f = (q: number): number => (q === 0 ? ((p.r + x) * t) / (p.alpha + T) : (1 - Math.pow((p.alpha + T) / (p.alpha + T + q * t), p.r + x)) / q);
  const [mass, integral] =
    p.a < 1
      ? [
          simpson((u) => Math.pow(1 - Math.pow(u, 1 / p.a), b1 - 1), 0, 1),
          simpson((u) => f(Math.pow(u, 1 / p.a)) * Math.pow(1 - Math.pow(u, 1 / p.a), b1 - 1), 0, 1),
        ]
      : [
          simpson((q) => Math.pow(q, p.a - 1) * Math.pow(1 - q, b1 - 1), 0, 1),
          simpson((q) => f(q) * Math.pow(q, p.a - 1) * Math.pow(1 - q, b1 - 1), 0, 1),
        ];
  return reference(p, x, tx, T).pAlive * (integral / mass);
}

const LIFETIMES: MbgNbdParams = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };

describe('MBG/NBD against an independent implementation', () => {
  const customers: [number, number, number][] = [
    [0, 0, 38.86],
    [1, 1.71, 38.86],
    [2, 30.43, 38.86],
    [12, 30, 31],
    [5, 20, 20],
  ];
  for (const params of [LIFETIMES, { r: 2, alpha: 20, a: 3.5, b: 2.5 }]) {
    it(`log-likelihood and P(alive) at r=${params.r}, a=${params.a}`, () => {
      for (const [x, tx, T] of customers) {
        const expected = reference(params, x, tx, T);
        expect(mbgNbdCustomerLogLikelihood(params, x, tx, T)).toBeCloseTo(Math.log(expected.likelihood), 10);
        expect(mbgNbdProbabilityAlive(params, x, tx, T)).toBeCloseTo(expected.pAlive, 12);
      }
    });

    it(`expected purchases from the posterior at r=${params.r}, a=${params.a}`, () => {
      for (const [x, tx, T] of customers) {
        expect(mbgNbdConditionalExpectedPurchases(params, 39, x, tx, T)).toBeCloseTo(expectedByPosterior(params, 39, x, tx, T), 5);
      }
      // A new customer: x = 0 and T = 0.
      expect(mbgNbdExpectedPurchases(params, 52)).toBeCloseTo(expectedByPosterior(params, 52, 0, 0, 0), 5);
    });
  }

  it('a customer with no repeat purchase is not certainly alive', () => {
    // x = 0: dropped out at time 0 against alive at T, odds a/b · ((α+T)/α)^r.
    expect(mbgNbdProbabilityAlive(LIFETIMES, 0, 0, 38.86)).toBeCloseTo(1 / (1 + (0.891 / 1.614) * Math.pow((6.183 + 38.86) / 6.183, 0.525)), 12);
  });

  it('sums the per-customer terms over the aggregated rows', () => {
    const data = { x: [0, 0, 2, 2, 5], tx: [0, 0, 10, 10, 20], T: [30, 30, 30, 30, 25] };
    const expected = data.x.reduce((sum, x, i) => sum + Math.log(reference(LIFETIMES, x, data.tx[i]!, data.T[i]!).likelihood), 0);
    expect(mbgNbdLogLikelihood(LIFETIMES, aggregateBgNbd(data))).toBeCloseTo(expected, 9);
  });
});

describe('MBG/NBD on the CDNOW summary', () => {
  it('reproduces BTYDplus / lifetimes: r 0.525, α 6.183, a 0.891, b 1.614', () => {
    // BTYDplus's demo (mplatzer/BTYDplus, CBG/NBD, the model later renamed MBG/NBD) and lifetimes'
    // test_params_out_is_close_to_BTYDplus (ModifiedBetaGeoFitter, to three decimals).
    const data = loadCdnowSummary(CDNOW_SUMMARY);
    const fit = fitMbgNbd(data);
    expect(fit.warnings).toEqual([]);
    expect(fit.diagnostics?.converged).toBe(true);
    const p = fit.params!;
    expect(p.r).toBeCloseTo(0.525, 3);
    expect(p.alpha).toBeCloseTo(6.183, 3);
    expect(p.a).toBeCloseTo(0.891, 3);
    expect(p.b).toBeCloseTo(1.614, 3);
    // The optimum is at least as good as the published parameters.
    expect(fit.logLikelihood!).toBeGreaterThanOrEqual(mbgNbdLogLikelihood(LIFETIMES, aggregateBgNbd(data)));
  });
});
