import { describe, expect, it } from 'vitest';
import { aggregateBgNbd, bgNbdLogLikelihood } from '../../../../src/metrics/ltv/bgnbd-likelihood.js';
import { fitBgNbd } from '../../../../src/metrics/ltv/bgnbd.js';
import { fitNbd, nbdLogLikelihood } from '../../../../src/metrics/ltv/nbd.js';
import { mulberry32, sampleGamma, simulateBgNbd } from '../../../../src/metrics/ltv/simulate.js';
import { drawParameters, dropoutTest, invertPositiveDefinite, observedInformation, quantileSorted } from '../../../../src/metrics/ltv/uncertainty.js';
import { CDNOW_SUMMARY, loadCdnowSummary } from './cdnow-data.js';

/** Trigamma ψ'(z) = Σₖ 1/(z+k)², summed to k = 20 and the tail by its asymptotic series. */
function trigamma(z: number): number {
  let sum = 0;
  for (let k = 0; k < 20; k++) sum += 1 / ((z + k) * (z + k));
  const w = z + 20;
  return sum + 1 / w + 1 / (2 * w * w) + 1 / (6 * w * w * w) - 1 / (30 * Math.pow(w, 5)) + 1 / (42 * Math.pow(w, 7));
}

const cdnow = loadCdnowSummary(CDNOW_SUMMARY);

describe('standard errors from the observed information', () => {
  it('NBD on CDNOW: equal to the inverse of the analytic Hessian', () => {
    const aggregate = aggregateBgNbd(cdnow);
    const { r, alpha } = fitNbd(aggregate)!.params;
    // ℓᵢ = ln Γ(r+x) − ln Γ(r) + r ln α − (r+x) ln(α+T), differentiated twice by hand.
    let hrr = 0;
    let hra = 0;
    let haa = 0;
    cdnow.x.forEach((x, i) => {
      const T = cdnow.T[i]!;
      hrr += trigamma(r + x) - trigamma(r);
      hra += 1 / alpha - 1 / (alpha + T);
      haa += -r / (alpha * alpha) + (r + x) / ((alpha + T) * (alpha + T));
    });
    const covariance = invertPositiveDefinite([
      [-hrr, -hra],
      [-hra, -haa],
    ])!;
    const result = observedInformation((v) => nbdLogLikelihood({ r: v[0]!, alpha: v[1]! }, aggregate), [r, alpha], ['r', 'alpha']);
    expect(result.standardErrors[0]! / Math.sqrt(covariance[0]![0]!)).toBeCloseTo(1, 4);
    expect(result.standardErrors[1]! / Math.sqrt(covariance[1]![1]!)).toBeCloseTo(1, 4);
  });

  it('BG/NBD on CDNOW: equal to the inverse of the Hessian from differences of the analytic gradient', () => {
    const aggregate = aggregateBgNbd(cdnow);
    const fit = fitBgNbd(cdnow).params!;
    const p = [fit.r, fit.alpha, fit.a, fit.b];
    const gradientAt = (v: number[]): Float64Array => {
      const g = new Float64Array(4);
      bgNbdLogLikelihood({ r: v[0]!, alpha: v[1]!, a: v[2]!, b: v[3]! }, aggregate, g);
      return g;
    };
    const information = p.map((pi, i) => {
      const h = 1e-5 * pi;
      const up = gradientAt(p.map((v, k) => (k === i ? v + h : v)));
      const down = gradientAt(p.map((v, k) => (k === i ? v - h : v)));
      return Array.from(up, (u, j) => -(u - down[j]!) / (2 * h));
    });
    const symmetric = information.map((row, i) => row.map((value, j) => (value + information[j]![i]!) / 2));
    const covariance = invertPositiveDefinite(symmetric)!;
    const result = observedInformation((v) => bgNbdLogLikelihood({ r: v[0]!, alpha: v[1]!, a: v[2]!, b: v[3]! }, aggregate), p, ['r', 'alpha', 'a', 'b']);
    result.standardErrors.forEach((se, i) => expect(se / Math.sqrt(covariance[i]![i]!)).toBeCloseTo(1, 3));
  });

  it('95% intervals cover the true NBD parameters in 93–97% of 200 seeded simulations', () => {
    const truth = { r: 0.6, alpha: 8 };
    const random = mulberry32(16);
    let coveredR = 0;
    let coveredAlpha = 0;
    for (let run = 0; run < 200; run++) {
      const n = 400;
      const x: number[] = [];
      const tx: number[] = [];
      const T: number[] = [];
      for (let i = 0; i < n; i++) {
        const age = 20 + 30 * random();
        const lambda = sampleGamma(random, truth.r, truth.alpha);
        let time = 0;
        let count = 0;
        let last = 0;
        for (;;) {
          time += -Math.log(1 - random()) / lambda;
          if (time > age) break;
          count++;
          last = time;
        }
        x.push(count);
        tx.push(last);
        T.push(age);
      }
      const aggregate = aggregateBgNbd({ x, tx, T });
      const fit = fitNbd(aggregate)!;
      const { standardErrors, estimates } = observedInformation((v) => nbdLogLikelihood({ r: v[0]!, alpha: v[1]! }, aggregate), [fit.params.r, fit.params.alpha], ['r', 'alpha']);
      // The interval on the log scale, as the bootstrap draws: ln p̂ ± 1.96 SE(p̂)/p̂.
      const covers = (estimate: number, se: number, value: number): boolean => Math.abs(Math.log(value) - Math.log(estimate)) <= (1.96 * se) / estimate;
      if (covers(estimates[0]!, standardErrors[0]!, truth.r)) coveredR++;
      if (covers(estimates[1]!, standardErrors[1]!, truth.alpha)) coveredAlpha++;
    }
    expect(coveredR).toBeGreaterThanOrEqual(186);
    expect(coveredR).toBeLessThanOrEqual(194);
    expect(coveredAlpha).toBeGreaterThanOrEqual(186);
    expect(coveredAlpha).toBeLessThanOrEqual(194);
  });

  it('95% log-scale intervals cover the true BG/NBD parameters in 93–97% of 200 seeded simulations', () => {
    // CDNOW's parameters (FHL 2005); 1,000 customers a run, ages 27–39 whole weeks, t_x to the day, so
    // the fit runs on a few hundred distinct (x, t_x, T). Seed 16, as the NBD test above, not tuned.
    // The criterion as stated: each parameter covered in 186–194 of these 200 runs. At seed 16:
    // r 186, α 186, a 194, b 194. Over 800 runs (seeds 1, 2, 3, 16) the log-scale intervals give r 93.1%,
    // α 94.5%, a 97.5%, b 96.9%: a and b over-cover slightly at this size (docs/definitions.md);
    // profile-likelihood intervals (src/metrics/ltv/profile.ts) give 93.0 / 94.3 / 96.1 / 94.9%.
    // Even a perfectly calibrated 95% interval lands in 186–194 of 200 only 86% of the time.
    const truth = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const names = ['r', 'alpha', 'a', 'b'] as const;
    const random = mulberry32(16);
    const covered = [0, 0, 0, 0];
    for (let run = 0; run < 200; run++) {
      const ages = Array.from({ length: 1000 }, () => 27 + Math.floor(13 * random()));
      const simulated = simulateBgNbd(truth, ages, random);
      const data = { x: simulated.x, tx: Float64Array.from(simulated.tx, (t) => Math.round(t * 7) / 7), T: simulated.T };
      const fit = fitBgNbd(data).params!;
      const aggregate = aggregateBgNbd(data);
      const estimates = [fit.r, fit.alpha, fit.a, fit.b];
      const { standardErrors } = observedInformation((v) => bgNbdLogLikelihood({ r: v[0]!, alpha: v[1]!, a: v[2]!, b: v[3]! }, aggregate), estimates, names);
      // ln p̂ ± 1.96 SE(ln p̂), SE(ln p̂) = SE(p̂) / p̂ (the delta method the standard errors came from).
      names.forEach((name, i) => {
        if (Math.abs(Math.log(truth[name]) - Math.log(estimates[i]!)) <= (1.96 * standardErrors[i]!) / estimates[i]!) covered[i]!++;
      });
    }
    names.forEach((name, i) => {
      expect(covered[i], name).toBeGreaterThanOrEqual(186);
      expect(covered[i], name).toBeLessThanOrEqual(194);
    });
  }, 30_000);

  it('gives NaN standard errors, not nonsense, where the likelihood has no maximum', () => {
    // A linear "log-likelihood" has no curvature: the information is singular.
    const result = observedInformation((v) => v[0]! + v[1]!, [1, 2], ['u', 'v']);
    expect(result.standardErrors.every(Number.isNaN)).toBe(true);
    expect(result.logCovariance).toBeUndefined();
  });
});

describe('parametric bootstrap draws', () => {
  it('are seeded and spread as the log-covariance says', () => {
    const uncertainty = { names: ['u', 'v'], estimates: [2, 5], standardErrors: [0, 0], logCovariance: [[0.04, 0.01], [0.01, 0.09]] };
    const draws = drawParameters(uncertainty, 4000, 7)!;
    expect(drawParameters(uncertainty, 4000, 7)).toEqual(draws);
    const logs = draws.map((d) => d.map(Math.log));
    const mean = [0, 1].map((i) => logs.reduce((s, d) => s + d[i]!, 0) / logs.length);
    // Bounds of four standard errors of each estimate over 4,000 draws (SE of a mean σ/√n, of a
    // variance σ²√(2/n), of a covariance √((σ₁²σ₂² + c²)/n)).
    const n = logs.length;
    expect(Math.abs(mean[0]! - Math.log(2))).toBeLessThan((4 * 0.2) / Math.sqrt(n));
    expect(Math.abs(mean[1]! - Math.log(5))).toBeLessThan((4 * 0.3) / Math.sqrt(n));
    const cov = (i: number, j: number): number => logs.reduce((s, d) => s + (d[i]! - mean[i]!) * (d[j]! - mean[j]!), 0) / (n - 1);
    expect(Math.abs(cov(0, 0) - 0.04)).toBeLessThan(4 * 0.04 * Math.sqrt(2 / n));
    expect(Math.abs(cov(1, 1) - 0.09)).toBeLessThan(4 * 0.09 * Math.sqrt(2 / n));
    expect(Math.abs(cov(0, 1) - 0.01)).toBeLessThan(4 * Math.sqrt((0.04 * 0.09 + 0.0001) / n));
  });

  it('quantiles interpolate linearly between order statistics', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0.025)).toBeCloseTo(1.075, 12);
    expect(quantileSorted([10], 0.9)).toBe(10);
  });
});

describe('dropout likelihood-ratio test', () => {
  it('statistic 0.24 (Online Retail, issue 16): p = ½ P(χ²₁ > 0.24) = 0.312, not identified', () => {
    // P(χ²₁ > 0.24) = 2(1 − Φ(√0.24)) = 2(1 − Φ(0.4899)) = 2 × 0.3121.
    const test = dropoutTest(-1000 + 0.12, -1000);
    expect(test.statistic).toBeCloseTo(0.24, 10);
    expect(test.pValue).toBeCloseTo(0.3121, 3);
    expect(test.identified).toBe(false);
  });

  it('the 5% critical value of ½χ²₀ + ½χ²₁ is 2.7055 (the χ²₁ 10% point)', () => {
    expect(dropoutTest(2.7055 / 2, 0).pValue).toBeCloseTo(0.05, 4);
    expect(dropoutTest(2.8 / 2, 0).identified).toBe(true);
    expect(dropoutTest(2.6 / 2, 0).identified).toBe(false);
  });

  it('CDNOW: BG/NBD against the NBD without dropout is clearly identified', () => {
    const fit = fitBgNbd(cdnow);
    const nbd = fitNbd(cdnow)!;
    const test = dropoutTest(fit.logLikelihood!, nbd.logLikelihood);
    expect(test.identified).toBe(true);
    expect(test.statistic).toBeGreaterThan(300);
  });

  it('simulated customers who never drop out: not identified', () => {
    const random = mulberry32(99);
    // a tiny: p ≈ 0 for everyone.
    const data = simulateBgNbd({ r: 0.8, alpha: 5, a: 1e-6, b: 50 }, Float64Array.from({ length: 2000 }, () => 30 + 20 * random()), random);
    const test = dropoutTest(fitBgNbd(data).logLikelihood!, fitNbd(data)!.logLikelihood);
    expect(test.identified).toBe(false);
  });
});
