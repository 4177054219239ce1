import { describe, expect, it } from 'vitest';
import { aggregateBgNbd, bgNbdLogLikelihood } from '../../../../src/metrics/ltv/bgnbd-likelihood.js';
import { fitBgNbd } from '../../../../src/metrics/ltv/bgnbd.js';
import { minimizeNelderMead } from '../../../../src/metrics/ltv/optimize.js';
import { bgNbdProfileIntervals, CHI_SQUARE_1_95 } from '../../../../src/metrics/ltv/profile.js';
import { observedInformation } from '../../../../src/metrics/ltv/uncertainty.js';
import { CDNOW_SUMMARY, loadCdnowSummary } from './cdnow-data.js';

const cdnow = loadCdnowSummary(CDNOW_SUMMARY);

describe('BG/NBD profile-likelihood intervals', () => {
  it('on CDNOW, each end is where 2(LL_max − profile LL) reaches χ²₁(0.95), by an independent derivative-free profile', () => {
    const aggregate = aggregateBgNbd(cdnow);
    const fit = fitBgNbd(cdnow).params!;
    const estimates = [fit.r, fit.alpha, fit.a, fit.b];
    const intervals = bgNbdProfileIntervals(aggregate, fit);
    const ll = (theta: readonly number[]): number =>
      bgNbdLogLikelihood({ r: Math.exp(theta[0]!), alpha: Math.exp(theta[1]!), a: Math.exp(theta[2]!), b: Math.exp(theta[3]!) }, aggregate);
    const llMax = ll(estimates.map(Math.log));
    // The profile at ln p = value by Nelder–Mead over the other three log-parameters, restarted once
    // from where it stopped (the definition, with another optimiser than the module's BFGS).
    const deviance = (index: number, value: number): number => {
      const negative = (free: readonly number[]): number => {
        const theta = [...free];
        theta.splice(index, 0, value);
        const v = -ll(theta);
        return Number.isFinite(v) ? v : Infinity;
      };
      const start = estimates.map(Math.log);
      start.splice(index, 1);
      const first = minimizeNelderMead(negative, start, { maxIterations: 4000 });
      const second = minimizeNelderMead(negative, first.x, { maxIterations: 4000 });
      return 2 * (llMax + Math.min(first.value, second.value));
    };
    intervals.forEach(({ lower, upper }, i) => {
      expect(lower).toBeLessThan(estimates[i]!);
      expect(upper).toBeGreaterThan(estimates[i]!);
      // Ends found to 1e-3 in ln p; the deviance's slope there is about 2·1.96/SE(ln p) ≈ 10–40, so ±0.05.
      expect(deviance(i, Math.log(lower))).toBeCloseTo(CHI_SQUARE_1_95, 1);
      expect(deviance(i, Math.log(upper))).toBeCloseTo(CHI_SQUARE_1_95, 1);
    });
  });

  it('on CDNOW, brackets from the Wald interval and without it give the same ends', () => {
    const aggregate = aggregateBgNbd(cdnow);
    const fit = fitBgNbd(cdnow).params!;
    const estimates = [fit.r, fit.alpha, fit.a, fit.b];
    const { standardErrors } = observedInformation((v) => bgNbdLogLikelihood({ r: v[0]!, alpha: v[1]!, a: v[2]!, b: v[3]! }, aggregate), estimates, ['r', 'alpha', 'a', 'b']);
    const bracketed = bgNbdProfileIntervals(aggregate, fit, { logStandardErrors: standardErrors.map((se, i) => se / estimates[i]!) });
    const plain = bgNbdProfileIntervals(aggregate, fit);
    bracketed.forEach(({ lower, upper }, i) => {
      expect(Math.log(lower)).toBeCloseTo(Math.log(plain[i]!.lower), 2);
      expect(Math.log(upper)).toBeCloseTo(Math.log(plain[i]!.upper), 2);
    });
  });
});
