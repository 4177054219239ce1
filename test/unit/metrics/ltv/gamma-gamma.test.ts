import { describe, expect, it } from 'vitest';
import { fitGammaGamma, gammaGammaExpectedSpend, gammaGammaLogLikelihood, pearsonCorrelation } from '../../../../src/metrics/ltv/gamma-gamma.js';
import { rfmFromHistory } from '../../../../src/metrics/ltv/rfm.js';
import { mulberry32, simulateGammaGamma } from '../../../../src/metrics/ltv/simulate.js';
import { lgamma } from '../../../../src/metrics/ltv/special.js';
import type { GammaGammaParams } from '../../../../src/metrics/ltv/types.js';
import { CDNOW_CALIBRATION_END, CDNOW_SAMPLE, loadCdnowHistory } from './cdnow-data.js';

const CDNOW: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };

describe('Gamma-Gamma log-likelihood and expected spend', () => {
  it('matches the marginal density of the mean spend worked by hand for one customer', () => {
    // x = 2, m = 30: ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ + x m).
    const { p, q, gamma } = CDNOW;
    const px = 2 * p;
    const expected = lgamma(px + q) - lgamma(px) - lgamma(q) + q * Math.log(gamma) + (px - 1) * Math.log(30) + px * Math.log(2) - (px + q) * Math.log(gamma + 60);
    expect(gammaGammaLogLikelihood(CDNOW, { x: [2], monetary: [30] })).toBeCloseTo(expected, 12);
  });

  it('expected spend is a weighted average of the population mean pγ/(q−1) and the customer mean', () => {
    const population = (6.25 * 15.44) / 2.74;
    expect(gammaGammaExpectedSpend(CDNOW, 0, 0)).toBeCloseTo(population, 12);
    const x = 3;
    const m = 50;
    const weight = (6.25 * x) / (6.25 * x + 2.74);
    expect(gammaGammaExpectedSpend(CDNOW, x, m)).toBeCloseTo((1 - weight) * population + weight * m, 12);
    // Customers left out of the fit (non-positive mean spend) get the population mean.
    expect(gammaGammaExpectedSpend(CDNOW, 2, -10)).toBeCloseTo(population, 12);
    expect(gammaGammaExpectedSpend({ ...CDNOW, q: 0.9 }, 0, 0)).toBeNaN();
  });

  it('pearsonCorrelation is ±1 on lines and NaN when a series is constant', () => {
    expect(pearsonCorrelation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearsonCorrelation([1, 2, 3], [6, 4, 2])).toBeCloseTo(-1, 12);
    expect(pearsonCorrelation([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
});

describe('fitGammaGamma', () => {
  it('fits simulated spends back within sampling error and reports a near-zero correlation', () => {
    const truth: GammaGammaParams = { p: 4, q: 5, gamma: 2000 };
    const random = mulberry32(42);
    const x = Int32Array.from({ length: 4000 }, () => 1 + Math.floor(random() * 8));
    const monetary = simulateGammaGamma(truth, x, random);
    const fit = fitGammaGamma({ x, monetary });
    expect(fit.warnings).toEqual([]);
    expect(fit.customers).toBe(4000);
    expect(Math.abs(fit.frequencySpendCorrelation)).toBeLessThan(0.1);
    // 2(LL(fit) − LL(truth)) ~ χ²(3); its 99.9% point is 16.27.
    const lr = 2 * (fit.logLikelihood! - gammaGammaLogLikelihood(truth, { x, monetary }));
    expect(lr).toBeGreaterThanOrEqual(0);
    expect(lr).toBeLessThan(16.27);
    const mean = (params: GammaGammaParams): number => (params.p * params.gamma) / (params.q - 1);
    expect(Math.abs(mean(fit.params!) / mean(truth) - 1)).toBeLessThan(0.05);
  });

  it('leaves out and counts zero, negative and missing spends; ignores customers with x = 0', () => {
    const random = mulberry32(3);
    const x = Int32Array.from({ length: 300 }, (_, i) => (i < 50 ? 0 : 1 + (i % 4)));
    const monetary = simulateGammaGamma({ p: 3, q: 4, gamma: 10 }, x, random);
    monetary[60] = 0;
    monetary[61] = -25;
    monetary[62] = NaN;
    const fit = fitGammaGamma({ x, monetary });
    expect(fit.customers).toBe(247);
    expect(fit.excludedNonPositive).toBe(3);
    expect(fit.warnings.map((warning) => warning.code)).toEqual(['CARE_LTV_NONPOSITIVE_SPEND_EXCLUDED']);
    expect(fit.params).toBeDefined();
  });

  it('warns when spend rises with frequency, breaking the independence assumption', () => {
    const random = mulberry32(9);
    const x = Int32Array.from({ length: 500 }, () => 1 + Math.floor(random() * 10));
    const monetary = Float64Array.from(x, (xi) => 10 * xi * (0.8 + 0.4 * random()));
    const fit = fitGammaGamma({ x, monetary });
    expect(fit.frequencySpendCorrelation).toBeGreaterThan(0.9);
    expect(fit.warnings.map((warning) => warning.code)).toContain('CARE_LTV_SPEND_FREQUENCY_CORRELATED');
    // Nearly the same spend level for everyone once x is known: q runs off to infinity, and the fit says so.
    expect(fit.warnings.map((warning) => warning.code)).toContain('CARE_LTV_DEGENERATE_PARAMETERS');
  });

  it('returns no parameters, with a warning, when too few repeat customers have a spend', () => {
    const fit = fitGammaGamma({ x: [0, 1, 2, 1], monetary: [0, 10, 12, -3] });
    expect(fit.params).toBeUndefined();
    expect(fit.customers).toBe(2);
    expect(fit.warnings.map((warning) => warning.code)).toEqual(['CARE_LTV_NONPOSITIVE_SPEND_EXCLUDED', 'CARE_LTV_TOO_FEW_REPEAT_CUSTOMERS']);
  });
});

describe('Gamma-Gamma on the CDNOW sample', () => {
  it('reproduces Fader & Hardie (2013): p 6.25, q 3.74, γ 15.44, LL −4055.9 on the 946 repeat customers', () => {
    const rfm = rfmFromHistory(loadCdnowHistory(CDNOW_SAMPLE), { calibrationEnd: CDNOW_CALIBRATION_END, unit: 'week' });
    // rfm gives minor units (cents); the published γ and LL are in dollars.
    const dollars = Float64Array.from(rfm.monetary!, (cents) => cents / 100);
    const fit = fitGammaGamma({ x: rfm.x, monetary: dollars });
    expect(fit.customers).toBe(946);
    expect(fit.excludedNonPositive).toBe(0);
    expect(fit.warnings).toEqual([]);
    expect(fit.diagnostics?.converged).toBe(true);
    const { p, q, gamma } = fit.params!;
    expect(Math.abs(p / 6.25 - 1)).toBeLessThan(0.01);
    expect(Math.abs(q / 3.74 - 1)).toBeLessThan(0.01);
    expect(Math.abs(gamma / 15.44 - 1)).toBeLessThan(0.01);
    expect(Math.abs(fit.logLikelihood! - -4055.9)).toBeLessThan(0.5);
    // The independence check the paper makes: frequency and mean spend barely correlate (≈ 0.11).
    expect(fit.frequencySpendCorrelation).toBeCloseTo(0.11, 2);

    // Same fit in cents: p and q unchanged, γ scales by 100.
    const cents = fitGammaGamma({ x: rfm.x, monetary: rfm.monetary! });
    expect(cents.params!.p).toBeCloseTo(p, 4);
    expect(cents.params!.gamma / 100).toBeCloseTo(gamma, 3);
  });
});
