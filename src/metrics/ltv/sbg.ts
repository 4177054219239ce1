/**
 * The shifted-beta-geometric (sBG) model of contractual retention (Fader & Hardie 2007, "How to
 * project customer retention", J. Interactive Marketing 21(1)): each customer churns at the end of
 * any period with probability θ, and θ ~ Beta(α, β) across customers. Then, with T the period in
 * which a customer churns,
 *   P(T = 1) = α / (α + β),   P(T = t) = (β + t − 2) / (α + β + t − 1) · P(T = t − 1)   (FH 2007 eq. 7)
 *   S(t) = P(T > t) = B(α, β + t) / B(α, β) = S(t − 1) · (β + t − 1) / (α + β + t − 1)
 * and the retention rate of period t, S(t) / S(t − 1) = (β + t − 1) / (α + β + t − 1), rises with t
 * (the survivors are the loyal ones). Fitted by maximum likelihood on survivor counts: n₀ customers
 * at the start, n_t still there at the end of period t, t = 1 … k (FH 2007 eq. 8):
 *   LL = Σ_{t=1..k} (n_{t−1} − n_t) ln P(T = t) + n_k ln S(k).
 * Subscription value: the discounted expected residual lifetime of a customer who has made n − 1
 * renewals (Fader & Hardie 2010, "Customer-base valuation in a contractual setting: the perils of
 * ignoring heterogeneity", Marketing Science 29(1), eq. 6), with d the discount rate per period:
 *   DERL(d | α, β, n) = (β + n − 1) / (α + β + n − 1) · ₂F₁(1, β + n; α + β + n; 1 / (1 + d))
 * the expected number of further payments, each discounted from its period to now.
 */
import { say } from '../../i18n/index.js';
import { fitByLogParameters } from './model-fit.js';
import { hyp2f1 } from './special.js';
import type { FitDiagnostics, LtvWarning } from './types.js';

export interface SbgParams {
  alpha: number;
  beta: number;
}

/** Survivor counts of one cohort: survivors[0] customers at the start, survivors[t] at the end of period t. */
export type Survivors = readonly number[];

function checkSurvivors(survivors: Survivors): void {
  for (let t = 0; t < survivors.length; t++) {
    const n = survivors[t]!;
    if (!(Number.isInteger(n) && n >= 0) || (t > 0 && n > survivors[t - 1]!)) {
      throw new RangeError(`sBG survivors must be whole numbers that never rise (period ${t}: ${n})`);
    }
  }
}

/** Log-likelihood of one or more cohorts' survivor counts (each censored at its own last period). */
export function sbgLogLikelihood(params: SbgParams, cohorts: readonly Survivors[]): number {
  const { alpha, beta } = params;
  let ll = 0;
  for (const survivors of cohorts) {
    let churn = alpha / (alpha + beta); // P(T = 1)
    let survive = 1 - churn; // S(1)
    for (let t = 1; t < survivors.length; t++) {
      if (t > 1) {
        churn *= (beta + t - 2) / (alpha + beta + t - 1);
        survive *= (beta + t - 1) / (alpha + beta + t - 1);
      }
      const lost = survivors[t - 1]! - survivors[t]!;
      if (lost > 0) ll += lost * Math.log(churn);
    }
    const last = survivors.length - 1;
    if (last >= 1 && survivors[last]! > 0) ll += survivors[last]! * Math.log(survive);
  }
  return ll;
}

/** S(t) for t = 0 … periods: the share of a cohort still subscribed after t periods. */
export function sbgSurvival(params: SbgParams, periods: number): number[] {
  const survival = [1];
  for (let t = 1; t <= periods; t++) survival.push(survival[t - 1]! * ((params.beta + t - 1) / (params.alpha + params.beta + t - 1)));
  return survival;
}

/** The retention rate of period t = 1 … periods: S(t) / S(t − 1) = (β + t − 1) / (α + β + t − 1). */
export function sbgRetentionRates(params: SbgParams, periods: number): number[] {
  return Array.from({ length: periods }, (_, i) => (params.beta + i) / (params.alpha + params.beta + i));
}

/**
 * DERL(d | α, β, n): expected further payments of a customer who has made n − 1 renewals (has
 * been subscribed n periods), each discounted by (1 + d) per period. d > 0 (at d = 0 the sum
 * diverges when α ≤ 1).
 */
export function sbgDiscountedResidualLifetime(params: SbgParams, discountPerPeriod: number, renewals: number): number {
  if (!(discountPerPeriod > 0)) throw new RangeError(`DERL needs a discount rate per period above 0 (got ${discountPerPeriod})`);
  const { alpha, beta } = params;
  const n = renewals + 1;
  return ((beta + n - 1) / (alpha + beta + n - 1)) * hyp2f1(1, beta + n, alpha + beta + n, 1 / (1 + discountPerPeriod), { maxTerms: 10_000_000 });
}

/**
 * α + β above which the Beta mixing distribution has all but collapsed onto its mean: its
 * polarisation index φ = 1 / (α + β + 1) (Fader & Hardie 2007) is below 0.001, θ's standard
 * deviation under 3% of √(θ(1 − θ)). Then every customer churns at the same rate θ = α / (α + β),
 * sBG is the geometric model, and its rising retention curve is not in the data.
 */
export const SBG_NO_HETEROGENEITY = 1000;

/** Whether a fit ran off to a Beta with no spread (α + β above SBG_NO_HETEROGENEITY). */
export function sbgWithoutHeterogeneity(params: SbgParams): boolean {
  return params.alpha + params.beta > SBG_NO_HETEROGENEITY;
}

export interface SbgFit {
  params?: SbgParams;
  logLikelihood?: number;
  /** Customers at the start, over all cohorts fitted. */
  customers: number;
  diagnostics?: FitDiagnostics;
  warnings: LtvWarning[];
}

/** Fits sBG to one or more cohorts' survivor counts; no fit without anyone lost and anyone kept. */
export function fitSbg(cohorts: readonly Survivors[]): SbgFit {
  cohorts.forEach(checkSurvivors);
  const observed = cohorts.filter((survivors) => survivors.length >= 2);
  const customers = observed.reduce((sum, survivors) => sum + survivors[0]!, 0);
  const lost = observed.reduce((sum, survivors) => sum + survivors[0]! - survivors[survivors.length - 1]!, 0);
  if (customers === 0 || lost === 0) {
    return {
      customers,
      warnings: [
        customers === 0
          ? { code: 'CARE_LTV_SBG_NOT_FITTED', message: 'no cohort has a full period to fit sBG on', say: say('ltv.sbgNoFullPeriod') }
          : { code: 'CARE_LTV_SBG_NOT_FITTED', message: 'no customer has churned yet: sBG cannot estimate churn', say: say('ltv.sbgNoChurn') },
      ],
    };
  }
  const fit = fitByLogParameters({
    label: 'sBG',
    names: ['alpha', 'beta'],
    scales: [1, 1],
    logLikelihood: (v) => sbgLogLikelihood({ alpha: v[0]!, beta: v[1]! }, observed),
    customers,
    starts: [
      [1, 1],
      [0.5, 3],
      [3, 10],
    ],
  });
  return { params: { alpha: fit.params[0]!, beta: fit.params[1]! }, logLikelihood: fit.logLikelihood, customers, diagnostics: fit.diagnostics, warnings: fit.warnings };
}
