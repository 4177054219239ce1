import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../src/errors.js';
import { computeLtvModel, computeReportLtv } from '../../../../src/metrics/ltv/compute.js';
import type { LtvSettings } from '../../../../src/metrics/ltv/settings.js';
import { parseIsoDay } from '../../../../src/time/days.js';
import { buildHistory, type OrderTuple } from '../../../helpers/history-builder.js';

const day = (iso: string) => parseIsoDay(iso)!;
const settings: LtvSettings = { margin: 1, churnAfterDays: 90, maxLifetimeYears: 10, period: 'month', timeUnit: 'week', horizon: 52, discountRate: 0.1 };

// docs/definitions.md's worked example: five customers active a year before as-of (2024-01-01),
// each buying 1,000.00 six times in the year; one of them ("e") stops in September and is lost.
// AOV 1,000 × 6 purchases a year × 1 / (1 lost of 5 = 20% churn) = 5 years → LTV 30,000.00.
const LOYAL = ['2024-02-15', '2024-04-15', '2024-06-15', '2024-08-15', '2024-10-15', '2024-12-15'];
const LEAVING = ['2024-01-15', '2024-03-01', '2024-04-15', '2024-06-01', '2024-07-15', '2024-09-01'];
const orders: OrderTuple[] = [];
for (const customer of ['a', 'b', 'c', 'd', 'e']) {
  orders.push([customer, '2023-11-15', 100000]);
  for (const date of customer === 'e' ? LEAVING : LOYAL) orders.push([customer, date, 100000]);
}
const asOf = day('2024-12-31');

describe('computeLtvModel', () => {
  it('simple: 1,000.00 × 6 a year × 5 years = 30,000.00 (minor units), no warnings', () => {
    const result = computeLtvModel(buildHistory(orders), asOf, 'simple', settings);
    expect(result.simple).toMatchObject({ averageOrderValue: 100000, purchasesPerYear: 6, annualChurnRate: 0.2, expectedLifetimeYears: 5, ltv: 3000000 });
    expect(result.warnings).toEqual([]);
    expect(result.historical).toBeUndefined();
    expect(result.predictive).toBeUndefined();
  });

  it('simple with under a year of history: the short-history warning', () => {
    const result = computeLtvModel(buildHistory([['a', '2024-10-01', 5000], ['a', '2024-11-01', 5000]]), asOf, 'simple', settings);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['CARE_LTV_SHORT_HISTORY']);
  });

  it('bgnbd: --calibration-end on or after as-of leaves no holdout (exit 2)', () => {
    expect(() => computeLtvModel(buildHistory(orders), asOf, 'bgnbd', settings, { calibrationEnd: asOf })).toThrow(UsageError);
    expect(() => computeLtvModel(buildHistory(orders), asOf, 'bgnbd', settings, { calibrationEnd: day('2023-01-01') })).toThrow(/before the first order \(2023-11-15\)/);
  });
});

describe('computeReportLtv', () => {
  it('without amounts: no simple or historical LTV, a warning in their place', () => {
    const report = computeReportLtv(buildHistory(orders, { hasAmounts: false }), asOf, settings);
    expect(report.simple).toBeUndefined();
    expect(report.historical).toBeUndefined();
    expect(report.warnings[0]).toEqual({ code: 'CARE_NO_AMOUNTS', message: 'the export has no amounts: simple and historical LTV need them' });
  });
});
