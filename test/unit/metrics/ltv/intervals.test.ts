import { describe, expect, it } from 'vitest';
import { bgNbdProbabilityAlive } from '../../../../src/metrics/ltv/bgnbd-predict.js';
import { bgNbdPredictor } from '../../../../src/metrics/ltv/clv.js';
import { bootstrapIntervals } from '../../../../src/metrics/ltv/intervals.js';
import { rfmFromHistory } from '../../../../src/metrics/ltv/rfm.js';
import { computeLtvModel } from '../../../../src/metrics/ltv/compute.js';
import type { LtvSettings } from '../../../../src/metrics/ltv/settings.js';
import type { BgNbdParams } from '../../../../src/metrics/ltv/types.js';
import { PER_CUSTOMER_HEADERS, perCustomerHeaders, perCustomerRows } from '../../../../src/report/ltv-contract.js';
import { CDNOW_CALIBRATION_END, CDNOW_SAMPLE, loadCdnowHistory } from './cdnow-data.js';

const history = loadCdnowHistory(CDNOW_SAMPLE);
const fullRfm = rfmFromHistory(history, { calibrationEnd: CDNOW_CALIBRATION_END, unit: 'week' });
/** The first 80 customers (the bootstrap costs draws × distinct histories). */
const rfm = {
  ...fullRfm,
  customer: fullRfm.customer.slice(0, 80),
  firstDay: fullRfm.firstDay.slice(0, 80),
  x: fullRfm.x.slice(0, 80),
  tx: fullRfm.tx.slice(0, 80),
  T: fullRfm.T.slice(0, 80),
  monetary: fullRfm.monetary!.slice(0, 80),
};
const PUBLISHED: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const toParams = (v: readonly number[]): BgNbdParams => ({ r: v[0]!, alpha: v[1]!, a: v[2]!, b: v[3]! });
const inputs = (logCovariance: number[][]) => ({
  predictorOf: (v: readonly number[]) => bgNbdPredictor(toParams(v)),
  counting: { names: ['r', 'alpha', 'a', 'b'], estimates: [PUBLISHED.r, PUBLISHED.alpha, PUBLISHED.a, PUBLISHED.b], standardErrors: [], logCovariance },
  horizon: 52,
  margin: 1,
  annualDiscountRate: 0.1,
});

describe('bootstrap intervals', () => {
  it('with only b uncertain, the P(alive) interval is P(alive) at b · e^(±1.645σ) (P(alive) rises with b)', () => {
    const sigma = 0.3;
    const tiny = 1e-14;
    const result = bootstrapIntervals(rfm, inputs([[tiny, 0, 0, 0], [0, tiny, 0, 0], [0, 0, tiny, 0], [0, 0, 0, sigma * sigma]]), { draws: 4000, level: 0.9, seed: 3 })!;
    // The 5% quantile of 4,000 normal draws is off by about 0.033σ (√(0.05·0.95/4000) / φ(1.645)): allow 0.15σ.
    const at = (z: number, x: number, tx: number, T: number): number => bgNbdProbabilityAlive({ ...PUBLISHED, b: PUBLISHED.b * Math.exp(z * sigma) }, x, tx, T);
    let checked = 0;
    for (let row = 0; row < rfm.x.length; row++) {
      const [x, tx, T] = [rfm.x[row]!, rfm.tx[row]!, rfm.T[row]!];
      if (x === 0) {
        expect(result.pAlive.lower[row]).toBe(1);
        continue;
      }
      checked++;
      expect(result.pAlive.lower[row]).toBeGreaterThanOrEqual(at(-1.645 - 0.15, x, tx, T));
      expect(result.pAlive.lower[row]).toBeLessThanOrEqual(at(-1.645 + 0.15, x, tx, T));
      expect(result.pAlive.upper[row]).toBeGreaterThanOrEqual(at(1.645 - 0.15, x, tx, T));
      expect(result.pAlive.upper[row]).toBeLessThanOrEqual(at(1.645 + 0.15, x, tx, T));
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('is reproducible for a seed and differs for another; identical histories get identical intervals', () => {
    const cov = [[0.003, 0, 0, 0], [0, 0.007, 0, 0], [0, 0, 0.05, 0.06], [0, 0, 0.06, 0.08]];
    const one = bootstrapIntervals(rfm, inputs(cov), { draws: 100, level: 0.9, seed: 5 })!;
    expect(bootstrapIntervals(rfm, inputs(cov), { draws: 100, level: 0.9, seed: 5 })).toEqual(one);
    expect(bootstrapIntervals(rfm, inputs(cov), { draws: 100, level: 0.9, seed: 6 })!.expectedPurchases.upper).not.toEqual(one.expectedPurchases.upper);
    const zeros = Array.from(rfm.x.keys()).filter((row) => rfm.x[row] === 0 && rfm.T[row] === rfm.T[0]);
    for (const row of zeros) expect(one.expectedPurchases.upper[row]).toBe(one.expectedPurchases.upper[zeros[0]!]);
  });

  it('rejects a level outside (0, 1) and fewer than 2 draws', () => {
    const cov = [[0.003, 0, 0, 0], [0, 0.007, 0, 0], [0, 0, 0.05, 0], [0, 0, 0, 0.08]];
    expect(() => bootstrapIntervals(rfm, inputs(cov), { draws: 100, level: 1, seed: 1 })).toThrow(RangeError);
    expect(() => bootstrapIntervals(rfm, inputs(cov), { draws: 1, level: 0.9, seed: 1 })).toThrow(RangeError);
  });
});

describe('intervals through computeLtvModel (--intervals)', () => {
  const settings: LtvSettings = { margin: 1, churnAfterDays: 90, maxLifetimeYears: 10, period: 'month', timeUnit: 'week', horizon: 52, discountRate: 0.1 };

  it('CDNOW, MBG/NBD with Gamma-Gamma: bounds in order, and the point predictions inside for nearly every customer', () => {
    const result = computeLtvModel(history, CDNOW_CALIBRATION_END, 'mbgnbd', settings, { intervals: { draws: 50, level: 0.9, seed: 1 } });
    const { intervals, predictions } = result.predictive!;
    expect(intervals!.clv).toBeDefined();
    const n = predictions!.pAlive.length;
    let inside = 0;
    for (let row = 0; row < n; row++) {
      for (const key of ['pAlive', 'expectedPurchases', 'clv'] as const) expect(intervals![key]!.lower[row]).toBeLessThanOrEqual(intervals![key]!.upper[row]!);
      const within = (key: 'pAlive' | 'expectedPurchases' | 'clv'): boolean =>
        intervals![key]!.lower[row]! - 1e-9 <= predictions![key][row]! && predictions![key][row]! <= intervals![key]!.upper[row]! + 1e-9;
      if (within('pAlive') && within('expectedPurchases') && within('clv')) inside++;
    }
    expect(inside / n).toBeGreaterThan(0.95);
  });
});

describe('--per-customer CSV with intervals', () => {
  it('adds the bounds after the figures, one cell per header', () => {
    const settings: LtvSettings = { margin: 1, churnAfterDays: 90, maxLifetimeYears: 10, period: 'month', timeUnit: 'week', horizon: 52, discountRate: 0.1 };
    const small = loadCdnowHistory(CDNOW_SAMPLE);
    const result = computeLtvModel(small, CDNOW_CALIBRATION_END, 'bgnbd', settings, { intervals: { draws: 20, level: 0.8, seed: 2 } });
    const headers = perCustomerHeaders(result.predictive);
    expect(headers.slice(-6)).toEqual(['pAliveLower', 'pAliveUpper', 'expectedPurchasesLower', 'expectedPurchasesUpper', 'clvLower', 'clvUpper']);
    const rows = perCustomerRows(result.predictive, 'USD')!;
    expect(rows[0]).toHaveLength(headers.length);
    const intervals = result.predictive!.intervals!;
    expect(rows[5]![headers.indexOf('pAliveLower')]).toBe(Number(intervals.pAlive.lower[5]!.toFixed(6)));
    expect(rows[5]![headers.indexOf('clvUpper')]).toBe(Math.round(intervals.clv!.upper[5]!) / 100);
    // Without --intervals the columns are as before.
    expect(perCustomerHeaders(computeLtvModel(small, CDNOW_CALIBRATION_END, 'bgnbd', settings).predictive)).toEqual(PER_CUSTOMER_HEADERS);
  });
});
