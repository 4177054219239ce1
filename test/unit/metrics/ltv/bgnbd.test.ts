import { describe, expect, it } from 'vitest';
import { fitBgNbd } from '../../../../src/metrics/ltv/bgnbd.js';
import { aggregateBgNbd, bgNbdCustomerLogLikelihood, bgNbdLogLikelihood } from '../../../../src/metrics/ltv/bgnbd-likelihood.js';
import { mulberry32, simulateBgNbd } from '../../../../src/metrics/ltv/simulate.js';
import type { BgNbdParams } from '../../../../src/metrics/ltv/types.js';
import { CDNOW_SUMMARY, loadCdnowSummary } from './cdnow-data.js';

const PUBLISHED: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** A small data set with repeated rows, x = 0 rows and t_x = T. */
const SMALL = {
  x: [0, 0, 1, 2, 2, 5, 0, 1, 2, 3, 1],
  tx: [0, 0, 3, 10, 10, 20.5, 0, 7, 10, 30, 3],
  T: [30, 30, 30, 30, 30, 30, 12, 40, 30, 30, 30],
};

describe('BG/NBD log-likelihood', () => {
  it('folds identical (x, t_x, T) rows into weights and x = 0 rows regardless of t_x', () => {
    const aggregate = aggregateBgNbd({ x: [0, 0, 2, 2, 2], tx: [0, 5, 10, 10, 11], T: [30, 30, 30, 30, 30] });
    expect(aggregate.rows).toBe(3);
    expect([...aggregate.rowWeight].sort()).toEqual([1, 2, 2]);
    expect(aggregate.repeatCustomers).toBe(3);
    expect(aggregate.totalRepeatPurchases).toBe(6);
  });

  it('the aggregated fast path equals the sum of per-customer eq. 6 terms', () => {
    const aggregate = aggregateBgNbd(SMALL);
    let expected = 0;
    SMALL.x.forEach((x, i) => (expected += bgNbdCustomerLogLikelihood(PUBLISHED, x, SMALL.tx[i]!, SMALL.T[i]!)));
    expect(bgNbdLogLikelihood(PUBLISHED, aggregate)).toBeCloseTo(expected, 10);
  });

  it('matches a hand-worked eq. 6 value for one customer', () => {
    // x = 0, T = 38.86: ln L = r ln α − r ln(α + T) = r ln(α / (α + T)).
    expect(bgNbdCustomerLogLikelihood(PUBLISHED, 0, 0, 38.86)).toBeCloseTo(0.243 * Math.log(4.414 / 43.274), 12);
  });

  it('has an analytic gradient that agrees with finite differences', () => {
    const aggregate = aggregateBgNbd(SMALL);
    const gradient = new Float64Array(4);
    bgNbdLogLikelihood(PUBLISHED, aggregate, gradient);
    const keys = ['r', 'alpha', 'a', 'b'] as const;
    keys.forEach((key, i) => {
      const h = 1e-6 * PUBLISHED[key];
      const up = bgNbdLogLikelihood({ ...PUBLISHED, [key]: PUBLISHED[key] + h }, aggregate);
      const down = bgNbdLogLikelihood({ ...PUBLISHED, [key]: PUBLISHED[key] - h }, aggregate);
      expect(gradient[i]).toBeCloseTo((up - down) / (2 * h), 5);
    });
  });

  it('rejects impossible inputs loudly', () => {
    expect(() => aggregateBgNbd({ x: [1], tx: [5], T: [4] })).toThrow(RangeError);
    expect(() => aggregateBgNbd({ x: [1.5], tx: [1], T: [4] })).toThrow(RangeError);
    expect(() => aggregateBgNbd({ x: [1, 2], tx: [1], T: [4] })).toThrow(/differ in length/);
  });
});

describe('BG/NBD on the CDNOW summary', () => {
  it('reproduces Fader, Hardie & Lee (2005): r 0.243, α 4.414, a 0.793, b 2.426, LL −9582.4', () => {
    const data = loadCdnowSummary(CDNOW_SUMMARY);
    expect(data.x).toHaveLength(2357);
    const fit = fitBgNbd(data);
    expect(fit.warnings).toEqual([]);
    expect(fit.diagnostics?.converged).toBe(true);
    expect(fit.diagnostics?.startsAtBest).toBe(fit.diagnostics?.starts);
    expect(fit.repeatCustomers).toBe(946);
    const params = fit.params!;
    expect(Math.abs(params.r / 0.243 - 1)).toBeLessThan(0.01);
    expect(Math.abs(params.alpha / 4.414 - 1)).toBeLessThan(0.01);
    expect(Math.abs(params.a / 0.793 - 1)).toBeLessThan(0.01);
    expect(Math.abs(params.b / 2.426 - 1)).toBeLessThan(0.01);
    expect(Math.abs(fit.logLikelihood! - -9582.4)).toBeLessThanOrEqual(0.5);
  });
});

describe('fitBgNbd warnings', () => {
  it('returns no parameters and a warning when too few customers bought again', () => {
    const fit = fitBgNbd({ x: [0, 0, 0, 1, 2], tx: [0, 0, 0, 3, 4], T: [10, 10, 10, 10, 10] });
    expect(fit.params).toBeUndefined();
    expect(fit.logLikelihood).toBeUndefined();
    expect(fit.repeatCustomers).toBe(2);
    expect(fit.warnings.map((warning) => warning.code)).toEqual(['CARE_LTV_TOO_FEW_REPEAT_CUSTOMERS']);
    expect(fit.warnings[0]!.message).toMatch(/only 2 of 5/);
  });

  it('flags a fit that did not converge', () => {
    const random = mulberry32(7);
    const data = simulateBgNbd(PUBLISHED, new Float64Array(500).fill(39), random);
    const fit = fitBgNbd(data, { maxIterations: 1 });
    expect(fit.params).toBeDefined();
    expect(fit.diagnostics?.converged).toBe(false);
    expect(fit.warnings.map((warning) => warning.code)).toContain('CARE_LTV_NOT_CONVERGED');
  });

  it('flags parameters that run to a limit when nobody seems to drop out', () => {
    // Every customer bought steadily right up to the end: no sign of dropout, so a → 0 or b → ∞.
    const x = Array.from({ length: 200 }, (_, i) => 1 + (i % 6));
    const fit = fitBgNbd({ x, tx: x.map((xi) => 5 * xi), T: x.map((xi) => 5 * xi) });
    expect(fit.warnings.map((warning) => warning.code)).toContain('CARE_LTV_DEGENERATE_PARAMETERS');
  });
});

describe('BG/NBD simulation round trip', () => {
  it('fits seeded simulated customers back to their parameters within sampling error', () => {
    const truth: BgNbdParams = { r: 0.5, alpha: 6, a: 0.9, b: 3 };
    const random = mulberry32(20260105);
    const n = 5000;
    // Ages spread over 26–78 weeks, like a half-year acquisition window followed for a year.
    const T = Float64Array.from({ length: n }, () => 26 + 52 * random());
    const data = simulateBgNbd(truth, T, random);
    const fit = fitBgNbd(data);
    expect(fit.warnings).toEqual([]);
    const params = fit.params!;
    // Likelihood-ratio check: 2(LL(fit) − LL(truth)) ~ χ²(4); its 99.9% point is 18.47.
    const llTruth = bgNbdLogLikelihood(truth, aggregateBgNbd(data));
    expect(2 * (fit.logLikelihood! - llTruth)).toBeGreaterThanOrEqual(0);
    expect(2 * (fit.logLikelihood! - llTruth)).toBeLessThan(18.47);
    // The rate parameters are well identified at this size; the dropout ones less so.
    expect(Math.abs(params.r / truth.r - 1)).toBeLessThan(0.15);
    expect(Math.abs(params.alpha / truth.alpha - 1)).toBeLessThan(0.2);
    expect(Math.abs(params.a / truth.a - 1)).toBeLessThan(0.4);
    expect(Math.abs(params.b / truth.b - 1)).toBeLessThan(0.4);
    // The mean purchase rate α/r… r/α is pinned down more tightly than either.
    expect(Math.abs(params.r / params.alpha / (truth.r / truth.alpha) - 1)).toBeLessThan(0.08);
  });
});
