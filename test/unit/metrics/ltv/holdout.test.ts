import { describe, expect, it } from 'vitest';
import { bgNbdConditionalExpectedPurchases } from '../../../../src/metrics/ltv/bgnbd-predict.js';
import { fitBgNbd } from '../../../../src/metrics/ltv/bgnbd.js';
import { holdoutCheck } from '../../../../src/metrics/ltv/holdout.js';
import { rfmFromHistory } from '../../../../src/metrics/ltv/rfm.js';
import type { BgNbdParams } from '../../../../src/metrics/ltv/types.js';
import { parseIsoDay } from '../../../../src/time/days.js';
import { buildHistory, type OrderTuple } from '../../../helpers/history-builder.js';
import { CDNOW_CALIBRATION_END, CDNOW_HOLDOUT_END, CDNOW_SAMPLE, loadCdnowHistory } from './cdnow-data.js';

const CDNOW: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const day = (iso: string): number => parseIsoDay(iso)!;

describe('holdoutCheck', () => {
  // Calibration to 2024-03-31 (13 weeks from 2023-12-31), holdout of 13 weeks to 2024-06-30.
  const orders: OrderTuple[] = [
    ['a', '2024-01-01', 100],
    ['a', '2024-05-01', 100],
    ['a', '2024-05-01', 50], // same day: one holdout purchase
    ['b', '2024-01-01', 100],
    ['b', '2024-02-01', 100],
    ['b', '2024-04-10', 100],
    ['b', '2024-06-30', 100],
    ['b', '2024-07-01', 100], // after the holdout
    ['c', '2024-01-10', 100],
    ...Array.from({ length: 9 }, (_, i): OrderTuple => ['d', day('2024-01-01') + 7 * i, 100]),
    ['e', '2024-04-02', 100], // first bought in the holdout: not in the table
  ];
  const history = buildHistory(orders);
  const rfm = rfmFromHistory(history, { calibrationEnd: day('2024-03-31') });
  const check = holdoutCheck(history, rfm, CDNOW, day('2024-06-30'));

  it('groups customers by calibration repeat purchases 0…6, 7+', () => {
    expect(check.rows.map((row) => row.calibrationPurchases)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
    expect(check.rows.map((row) => row.customers)).toEqual([2, 1, 0, 0, 0, 0, 0, 1]);
    expect(check.total.customers).toBe(4);
    expect(check.holdoutLength).toBe(13);
  });

  it('counts actual holdout purchase days and sums the eq. 10 predictions', () => {
    expect(check.rows.map((row) => row.actual)).toEqual([1, 2, 0, 0, 0, 0, 0, 0]);
    const expectedZero =
      bgNbdConditionalExpectedPurchases(CDNOW, 13, 0, 0, rfm.T[0]!) + bgNbdConditionalExpectedPurchases(CDNOW, 13, 0, 0, rfm.T[2]!);
    expect(check.rows[0]!.predicted).toBeCloseTo(expectedZero, 12);
    expect(check.rows[0]!.predictedMean).toBeCloseTo(expectedZero / 2, 12);
    expect(check.rows[0]!.actualMean).toBe(0.5);
    expect(check.rows[2]!.actualMean).toBeNaN();
    expect(check.total.actual).toBe(3);
  });
});

describe('holdout check on CDNOW weeks 40–78', () => {
  it('has the paper’s groups and tracks the actual purchases the way BG/NBD is known to', () => {
    const history = loadCdnowHistory(CDNOW_SAMPLE);
    const rfm = rfmFromHistory(history, { calibrationEnd: CDNOW_CALIBRATION_END, unit: 'week' });
    const check = holdoutCheck(history, rfm, fitBgNbd(rfm).params!, CDNOW_HOLDOUT_END);
    expect(check.holdoutLength).toBe(39);
    expect(check.rows.map((row) => row.customers)).toEqual([1411, 439, 214, 100, 62, 38, 29, 64]);
    expect(check.total.actual).toBe(1882);
    // Predictions rise with past purchases and stay within 0.4 purchases of the actual mean in each group.
    for (let i = 1; i < check.rows.length; i++) expect(check.rows[i]!.predictedMean).toBeGreaterThan(check.rows[i - 1]!.predictedMean);
    for (const row of check.rows) expect(Math.abs(row.predictedMean - row.actualMean)).toBeLessThan(0.4);
    expect(check.total.predicted / check.total.actual).toBeGreaterThan(0.85);
    expect(check.total.predicted / check.total.actual).toBeLessThan(1.0);
  });
});
