import { describe, expect, it } from 'vitest';
import { fitSbg, sbgDiscountedResidualLifetime, sbgLogLikelihood, sbgRetentionRates, sbgSurvival } from '../../../../src/metrics/ltv/sbg.js';
import { computeSubscriptionSbg, sbgByCohort, sbgCohortsFromSubscriptions } from '../../../../src/metrics/ltv/sbg-cohorts.js';
import { sbgJson } from '../../../../src/report/sbg-contract.js';
import { lbeta } from '../../../../src/metrics/ltv/special.js';
import { parseIsoDay } from '../../../../src/time/days.js';

/** Fader & Hardie (2007), Table 1: customers still there at the start of years 1–8 out of 1,000. */
const REGULAR = [1000, 631, 468, 382, 326, 289, 262, 241];
const HIGH_END = [1000, 869, 743, 653, 593, 551, 517, 491];

describe('sBG on Fader & Hardie (2007)', () => {
  it('regular: α 0.704, β 1.182, LL −1680.27', () => {
    const fit = fitSbg([REGULAR]);
    expect(fit.warnings).toEqual([]);
    expect(fit.params!.alpha).toBeCloseTo(0.704, 3);
    expect(fit.params!.beta).toBeCloseTo(1.182, 3);
    expect(fit.logLikelihood!).toBeCloseTo(-1680.27, 2);
  });

  it('high end: α 0.668, β 3.806, LL −1611.16', () => {
    const fit = fitSbg([HIGH_END]);
    expect(fit.params!.alpha).toBeCloseTo(0.668, 3);
    expect(fit.params!.beta).toBeCloseTo(3.806, 3);
    expect(fit.logLikelihood!).toBeCloseTo(-1611.16, 2);
  });

  it('projections: fitted on years 0–7, the survivors of years 8–12 come within 2% (regular) and 5% (high end) of Table 1', () => {
    // Fader & Hardie (2007), Table 1, the years the fit did not see; the paper's Figure shows sBG tracking them closely.
    const cases: [number[], number[], number][] = [
      [REGULAR, [223, 207, 194, 183, 173], 0.02],
      [HIGH_END, [468, 445, 427, 409, 394], 0.05],
    ];
    for (const [survivors, later, tolerance] of cases) {
      const projected = sbgByCohort([{ cohort: 'fh', survivors }], 5, 0.1).cohorts[0]!.projectedSurvival;
      expect(projected).toHaveLength(13);
      later.forEach((actual, i) => expect(Math.abs((1000 * projected[8 + i]!) / actual - 1)).toBeLessThan(tolerance));
    }
  });

  it('the likelihood equals its beta-function form: P(T = t) = B(α+1, β+t−1)/B(α, β), S(t) = B(α, β+t)/B(α, β)', () => {
    const p = { alpha: 0.704, beta: 1.182 };
    let expected = 0;
    for (let t = 1; t < REGULAR.length; t++) expected += (REGULAR[t - 1]! - REGULAR[t]!) * (lbeta(p.alpha + 1, p.beta + t - 1) - lbeta(p.alpha, p.beta));
    expected += REGULAR[7]! * (lbeta(p.alpha, p.beta + 7) - lbeta(p.alpha, p.beta));
    expect(sbgLogLikelihood(p, [REGULAR])).toBeCloseTo(expected, 9);
    // Two cohorts: the sum of each.
    expect(sbgLogLikelihood(p, [REGULAR, HIGH_END])).toBeCloseTo(sbgLogLikelihood(p, [REGULAR]) + sbgLogLikelihood(p, [HIGH_END]), 9);
  });

  it('projections: S(t) = B(α, β+t)/B(α, β) to year 12, retention (β+t−1)/(α+β+t−1) rising', () => {
    const p = { alpha: 0.668, beta: 3.806 };
    const survival = sbgSurvival(p, 12);
    survival.forEach((s, t) => expect(s).toBeCloseTo(Math.exp(lbeta(p.alpha, p.beta + t) - lbeta(p.alpha, p.beta)), 12));
    const retention = sbgRetentionRates(p, 12);
    retention.forEach((r, i) => expect(r).toBeCloseTo(survival[i + 1]! / survival[i]!, 12));
    expect(retention[0]).toBeCloseTo(3.806 / 4.474, 12);
    for (let i = 1; i < retention.length; i++) expect(retention[i]!).toBeGreaterThan(retention[i - 1]!);
  });

  it('DERL equals Σ_{t≥n} S(t)/S(n−1) / (1+d)^(t−n), summed directly', () => {
    const p = { alpha: 0.668, beta: 3.806 };
    const d = 0.1;
    const survival = sbgSurvival(p, 3000);
    for (const n of [1, 2, 5]) {
      let sum = 0;
      for (let t = n; t < 3000; t++) sum += survival[t]! / survival[n - 1]! / Math.pow(1 + d, t - n);
      expect(sbgDiscountedResidualLifetime(p, d, n - 1)).toBeCloseTo(sum, 9);
    }
    expect(() => sbgDiscountedResidualLifetime(p, 0, 0)).toThrow(RangeError);
  });

  it('no fit when nobody has churned, and survivors that rise are rejected', () => {
    expect(fitSbg([[10, 10, 10]]).params).toBeUndefined();
    expect(fitSbg([[10, 10, 10]]).warnings.map((warning) => warning.code)).toEqual(['CARE_LTV_SBG_NOT_FITTED']);
    expect(() => fitSbg([[10, 11]])).toThrow(RangeError);
  });
});

describe('sBG cohorts from subscriptions', () => {
  const d = (iso: string) => parseIsoDay(iso)!;
  // Month cohorts, as of 2024-04-30. January: a (runs on), b (ends 2024-02-10), c (renews without a gap
  // on 2024-03-01 and runs on), e (gap: ends 2024-02-01, comes back 2024-03-15 — churned for good in
  // February's count). February: f (ends 2024-04-01).
  const subs = [
    { customer: 0, start: d('2024-01-05'), end: undefined, mrr: 1000 },
    { customer: 1, start: d('2024-01-10'), end: d('2024-02-10'), mrr: 2000 },
    { customer: 2, start: d('2024-01-20'), end: d('2024-03-01'), mrr: 3000 },
    { customer: 2, start: d('2024-03-01'), end: undefined, mrr: 5000 },
    { customer: 4, start: d('2024-01-02'), end: d('2024-02-01'), mrr: 4000 },
    { customer: 4, start: d('2024-03-15'), end: undefined, mrr: 9000 },
    { customer: 5, start: d('2024-02-03'), end: d('2024-04-01'), mrr: 1500 },
  ];

  it('counts those still subscribed at the end of each ended period, a gap ending a lifetime', () => {
    const cohorts = sbgCohortsFromSubscriptions(subs, 'month', d('2024-04-30'));
    // January: end of Jan {a, b, c, e} = 4 (e ends 2024-02-01, after January's last day); end of Feb {a, c} = 2
    // (b ended 02-10, e's lifetime ended 02-01); end of Mar 2; end of Apr (2024-04-30 is its last day) 2.
    // Starting MRR: the subscriptions that began on each customer's first day, (1000 + 2000 + 3000 + 4000) / 4.
    expect(cohorts).toEqual([
      { cohort: '2024-01', survivors: [4, 4, 2, 2, 2], startingMrr: 2500 },
      { cohort: '2024-02', survivors: [1, 1, 1, 0], startingMrr: 1500 },
    ]);
  });

  it('computeSubscriptionSbg: the monthly discount rate from the annual one, residual value = starting MRR × DERL; JSON in major units', () => {
    const result = computeSubscriptionSbg(subs, 'month', d('2024-04-30'), { horizon: 3, annualDiscountRate: 0.1 });
    expect(result.discountPerPeriod).toBeCloseTo(Math.pow(1.1, 1 / 12) - 1, 12);
    const january = result.cohorts[0]!;
    expect(january.residualLifetime).toBeCloseTo(sbgDiscountedResidualLifetime(january.params ?? result.fit.params!, result.discountPerPeriod, 3), 10);
    expect(january.residualValue).toBeCloseTo(2500 * january.residualLifetime!, 8);
    const json = sbgJson(result, 'USD');
    expect(json.cohorts[0]!.startingMrr).toBe(25);
    expect(json.cohorts[0]!.residualValue).toBeCloseTo((2500 * january.residualLifetime!) / 100, 2);
    expect(json).toMatchObject({ period: 'month', horizon: 3, customers: 5 });
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['alpha', 'beta', 'logLikelihood', 'cohorts']));
  });

  it('sbgByCohort: pooled and per-cohort fits, projections and DERL', () => {
    const result = sbgByCohort([{ cohort: 'regular', survivors: REGULAR }, { cohort: 'high end', survivors: HIGH_END }], 5, 0.1);
    expect(result.cohorts[0]!.params!.alpha).toBeCloseTo(0.704, 3);
    expect(result.cohorts[1]!.params!.beta).toBeCloseTo(3.806, 3);
    expect(result.cohorts[1]!.projectedSurvival).toHaveLength(7 + 5 + 1);
    expect(result.cohorts[1]!.residualLifetime).toBeCloseTo(sbgDiscountedResidualLifetime(result.cohorts[1]!.params!, 0.1, 6), 12);
    expect(result.fit.logLikelihood!).toBeLessThan(-1680.27 - 1611.16);
    expect(result.newCustomerResidualLifetime).toBeGreaterThan(0);
  });
});
