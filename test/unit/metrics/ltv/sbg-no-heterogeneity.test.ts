/**
 * sBG fits that run off to huge α and β (no spread in churn across customers): one warning naming
 * the constant churn rate of the geometric model they reduce to; none on Fader & Hardie's (2007)
 * cohorts, whose churn does vary across customers.
 */
import { describe, expect, it } from 'vitest';
import { sbgByCohort } from '../../../../src/metrics/ltv/sbg-cohorts.js';

/** Every customer churns with probability 0.2 a period: survivors × 0.8, rounded. */
const GEOMETRIC = [1000, 800, 640, 512, 410, 328, 262];
const REGULAR = [1000, 631, 468, 382, 326, 289, 262, 241];
const HIGH_END = [1000, 869, 743, 653, 593, 551, 517, 491];

describe('sBG without heterogeneity', () => {
  it('a cohort that churns at a constant rate: α and β run off, one warning, θ = 738 lost / 3,690 periods at risk = 20.0%', () => {
    // Lost 200, 160, 128, 102, 82, 66 (738) over 200·1 + 160·2 + 128·3 + 102·4 + 82·5 + 66·6 + 262·6 = 3,690 periods at risk.
    const result = sbgByCohort([{ cohort: 'flat', survivors: GEOMETRIC }], 3, 0.01, 'month');
    expect(result.fit.params!.alpha + result.fit.params!.beta).toBeGreaterThan(1000);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['CARE_LTV_SBG_NO_HETEROGENEITY']);
    expect(result.warnings[0]!.message).toContain('geometric, 20.0% a month pooled');
    expect(result.warnings[0]!.message).toContain('1 of 1 cohort fits');
  });

  it('no warning on the regular and high-end cohorts of Fader & Hardie (2007)', () => {
    const result = sbgByCohort([{ cohort: 'regular', survivors: REGULAR }, { cohort: 'high end', survivors: HIGH_END }], 5, 0.1);
    expect(result.warnings).toEqual([]);
  });
});
