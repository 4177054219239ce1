import { describe, expect, it } from 'vitest';
import { countPurchaseDays, rfmFromHistory } from '../../../../src/metrics/ltv/rfm.js';
import { parseIsoDay } from '../../../../src/time/days.js';
import { buildHistory, type OrderTuple } from '../../../helpers/history-builder.js';
import { CDNOW_CALIBRATION_END, CDNOW_SAMPLE, CDNOW_SUMMARY, loadCdnowHistory, loadCdnowSummary } from './cdnow-data.js';

const day = (iso: string): number => parseIsoDay(iso)!;

const ORDERS: OrderTuple[] = [
  ['anna', '2024-01-01', 1000],
  ['anna', '2024-01-01', 500], // same day: one purchase day
  ['anna', '2024-01-08', 2000],
  ['anna', '2024-01-15', -300], // a return alone on its day: not a purchase
  ['anna', '2024-01-22', 700],
  ['anna', '2024-03-01', 900], // after the calibration end
  ['boris', '2024-01-05', -500], // only a credit: never a customer
  ['vera', '2024-02-10', 1200], // first bought after the calibration end
  ['gleb', '2024-01-31', 400], // first bought on the calibration end
];

describe('rfmFromHistory', () => {
  const history = buildHistory(ORDERS);
  const end = day('2024-01-31');

  it('counts repeat purchase days up to the calibration end, in weeks by default', () => {
    const rfm = rfmFromHistory(history, { calibrationEnd: end });
    expect(rfm.unit).toBe('week');
    expect([...rfm.customer].map((c) => history.customers[c])).toEqual(['anna', 'gleb']);
    expect([...rfm.x]).toEqual([2, 0]);
    expect(rfm.tx[0]).toBeCloseTo(21 / 7, 12);
    expect(rfm.T[0]).toBeCloseTo(30 / 7, 12);
    expect(rfm.tx[1]).toBe(0);
    expect(rfm.T[1]).toBe(0);
    expect(rfm.firstDay[0]).toBe(day('2024-01-01'));
  });

  it('takes the mean net amount of the repeat purchase days, first purchase and returns excluded', () => {
    const rfm = rfmFromHistory(history, { calibrationEnd: end });
    expect([...rfm.monetary!]).toEqual([(2000 + 700) / 2, 0]);
  });

  it('measures in days and in months of 365.25 / 12 days', () => {
    const days = rfmFromHistory(history, { calibrationEnd: end, unit: 'day' });
    expect(days.tx[0]).toBe(21);
    expect(days.T[0]).toBe(30);
    const months = rfmFromHistory(history, { calibrationEnd: end, unit: 'month' });
    expect(months.T[0]).toBeCloseTo(30 / (365.25 / 12), 12);
  });

  it('a later calibration end takes in the later purchases and the later customer', () => {
    const rfm = rfmFromHistory(history, { calibrationEnd: day('2024-03-31') });
    expect([...rfm.customer].map((c) => history.customers[c])).toEqual(['anna', 'vera', 'gleb']);
    expect(rfm.x[0]).toBe(3);
    expect(rfm.monetary![0]).toBe((2000 + 700 + 900) / 3);
  });

  it('leaves monetary out when the export had no amounts', () => {
    const rfm = rfmFromHistory(buildHistory(ORDERS, { hasAmounts: false }), { calibrationEnd: end });
    expect(rfm.monetary).toBeUndefined();
  });

  it('counts purchase days in a holdout range', () => {
    expect(countPurchaseDays(history, 0, end, day('2024-06-30'))).toBe(1);
    expect(countPurchaseDays(history, 0, day('2023-12-31'), end)).toBe(3);
  });
});

describe(
  'rfm on the CDNOW sample',
  () => {
    it('reproduces the published (x, t_x, T) of every one of the 2,357 customers', () => {
      const history = loadCdnowHistory(CDNOW_SAMPLE);
      const published = loadCdnowSummary(CDNOW_SUMMARY);
      const rfm = rfmFromHistory(history, { calibrationEnd: CDNOW_CALIBRATION_END, unit: 'week' });
      expect(rfm.customer).toHaveLength(2357);
      const row = new Map([...rfm.customer].map((c, i) => [history.customers[c]!, i]));
      const mismatches: string[] = [];
      published.id.forEach((id, i) => {
        const r = row.get(id);
        // The summary rounds t_x and T to two decimals.
        if (r === undefined || rfm.x[r] !== published.x[i] || Math.abs(rfm.tx[r]! - published.tx[i]!) > 0.005 + 1e-9 || Math.abs(rfm.T[r]! - published.T[i]!) > 0.005 + 1e-9) {
          mismatches.push(id);
        }
      });
      expect(mismatches).toEqual([]);
    });
  },
);
