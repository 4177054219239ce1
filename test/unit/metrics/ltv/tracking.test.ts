/**
 * The tracking chart's series (metrics/ltv/tracking.ts): a small case worked by hand, and CDNOW
 * (Fader, Hardie & Lee 2005) with the published BG/NBD parameters — the actual curve against the
 * published summary and a plain scan of the file, the expected curve at the calibration end against
 * E[X(T_i)] summed over the published T, each E[X(t)] integrated numerically over the dropout p.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bgNbdPredictor } from '../../../../src/metrics/ltv/clv.js';
import { rfmFromHistory } from '../../../../src/metrics/ltv/rfm.js';
import { trackingSeries } from '../../../../src/metrics/ltv/tracking.js';
import { buildHistory } from '../../../helpers/history-builder.js';
import { CDNOW_CALIBRATION_END, CDNOW_HOLDOUT_END, CDNOW_SAMPLE, CDNOW_SUMMARY, loadCdnowHistory, loadCdnowSummary } from './cdnow-data.js';

describe('trackingSeries', () => {
  it('a hand-worked case: weeks laid from the calibration end, customers entering on their first purchase', () => {
    // A buys on days 0, 3, 10; B on days 5 and 20. Calibration end day 14, holdout end day 24.
    const history = buildHistory([
      ['A', 0, 100],
      ['A', 3, 100],
      ['A', 10, 100],
      ['B', 5, 100],
      ['B', 20, 100],
    ]);
    const rfm = rfmFromHistory(history, { calibrationEnd: 14, unit: 'day' });
    // A model that expects a new customer to buy once every 10 days: E[X(t)] = t / 10.
    const tracking = trackingSeries(history, rfm, { expectedPurchases: (t) => t / 10 }, 24);
    // Week ends 7 and 14 (back from the calibration end), 21, then the holdout end 24.
    // Expected at D: (D − 0)/10 for A, plus (D − 5)/10 for B: 0.7+0.2, 1.4+0.9, 2.1+1.6, 2.4+1.9.
    // Actual repeat purchase days by D: day 3 (A), day 10 (A), day 20 (B).
    expect(tracking.start).toBe(0);
    expect(tracking.calibrationWeeks).toBe(2);
    expect(tracking.points.map((point) => point.day)).toEqual([7, 14, 21, 24]);
    expect(tracking.points.map((point) => point.actual)).toEqual([1, 2, 3, 3]);
    const expected = [0.9, 2.3, 3.7, 4.3];
    tracking.points.forEach((point, k) => expect(point.expected).toBeCloseTo(expected[k]!, 12));
  });

  it('CDNOW: 78 weeks; actual 2,457 repeat purchases at week 39 (the published Σx) and the holdout counted from the file; expected at week 39 = Σ E[X(T_i)]', () => {
    const history = loadCdnowHistory(CDNOW_SAMPLE);
    const rfm = rfmFromHistory(history, { calibrationEnd: CDNOW_CALIBRATION_END, unit: 'week' });
    const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const tracking = trackingSeries(history, rfm, bgNbdPredictor(params), CDNOW_HOLDOUT_END);
    expect(tracking.points).toHaveLength(78);
    expect(tracking.calibrationWeeks).toBe(39);
    const atCalibration = tracking.points[38]!;
    expect(atCalibration.day).toBe(CDNOW_CALIBRATION_END);

    const summary = loadCdnowSummary(CDNOW_SUMMARY);
    expect(atCalibration.actual).toBe(summary.x.reduce((sum, x) => sum + x, 0));
    expect(atCalibration.actual).toBe(2457);
    // Holdout purchase days: distinct (customer, date) rows after 1997-09-30, through 1998-06-30.
    const holdoutDays = new Set(
      readFileSync(CDNOW_SAMPLE, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(','))
        .filter(([, , date]) => Number(date) > 19970930 && Number(date) <= 19980630)
        .map(([, id, date]) => `${id}|${date}`),
    );
    expect(tracking.points[77]!.actual - atCalibration.actual).toBe(holdoutDays.size);

    // E[X(t)] of a new BG/NBD customer: E over p ~ Beta(a, b) of (1/p)(1 − (α/(α+pt))^r) (λ integrated by
    // the gamma's Laplace transform), p on a logit grid (p^a (1−p)^b is the density times the Jacobian).
    const { r, alpha, a, b } = params;
    const expectedX = (t: number): number => {
      let top = 0;
      let bottom = 0;
      for (let v = -60; v <= 60; v += 0.005) {
        const p = 1 / (1 + Math.exp(-v));
        const weight = Math.exp(a * Math.log(p) + b * Math.log1p(-p));
        top += weight * (1 - Math.pow(alpha / (alpha + p * t), r)) / p;
        bottom += weight;
      }
      return top / bottom;
    };
    const byT = new Map<number, number>();
    for (const T of summary.T) byT.set(T, (byT.get(T) ?? 0) + 1);
    let total = 0;
    for (const [T, count] of byT) total += count * expectedX(T);
    expect(Math.abs(atCalibration.expected / total - 1)).toBeLessThan(1e-3);
    // The model tracks the calibration period to within a few per cent (FHL 2005, Figure 2).
    expect(Math.abs(atCalibration.expected / atCalibration.actual - 1)).toBeLessThan(0.05);
  });
});
