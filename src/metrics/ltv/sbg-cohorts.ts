/**
 * sBG per cohort from a subscriptions export: survivor counts by period of age, the model fitted
 * on all cohorts together and on each cohort with at least two full periods, projected survival
 * and retention, and the subscription LTV (value per period × DERL). docs/definitions.md
 * (Subscription retention, sBG) defines each figure.
 *
 * A customer's cohort is the period of their first subscription start; their lifetime runs until
 * the first day no subscription of theirs covers (a renewal that starts the day the previous one
 * ends is one lifetime; a gap ends it, and a later comeback does not revive it: sBG's churn is for
 * good). Period t = 1 is the cohort's own period; survivors[t] counts the customers still
 * subscribed at the end of period t, for every period that ended by the as-of day.
 */
import { say } from '../../i18n/index.js';
import type { Day } from '../../time/days.js';
import { type PeriodKind, periodEnd, periodLabel, periodOf } from '../../time/periods.js';
import { type MrrSubscription, groupByCustomer } from '../mrr.js';
import { fitSbg, sbgDiscountedResidualLifetime, sbgRetentionRates, sbgSurvival, sbgWithoutHeterogeneity, type SbgFit, type SbgParams, type Survivors } from './sbg.js';
import type { LtvWarning } from './types.js';

export interface SbgCohortData {
  cohort: string;
  survivors: number[];
  /** Mean monthly amount of the cohort's customers when they started (minor units); absent without amounts. */
  startingMrr?: number;
}

/** First start and end of the first continuous lifetime (exclusive; undefined while running at as-of) per customer. */
function lifetimes(subscriptions: readonly MrrSubscription[], asOf: Day): Map<number, { start: Day; end: Day | undefined; mrr: number }> {
  const result = new Map<number, { start: Day; end: Day | undefined; mrr: number }>();
  for (const [customer, list] of groupByCustomer(subscriptions, asOf)) {
    const start = list[0]!.start;
    let end: Day | undefined = list[0]!.end;
    for (const subscription of list.slice(1)) {
      if (end === undefined) break;
      if (subscription.start > end) break; // a gap: the first lifetime is over
      end = subscription.end === undefined ? undefined : Math.max(end, subscription.end);
    }
    // The MRR they started with: every subscription that began on the first day.
    const mrr = list.filter((subscription) => subscription.start === start).reduce((sum, subscription) => sum + subscription.mrr, 0);
    result.set(customer, { start, end: end !== undefined && end <= asOf ? end : undefined, mrr });
  }
  return result;
}

/** Survivor counts per cohort, oldest cohort first; a cohort's periods stop at the last one that ended by as-of. */
export function sbgCohortsFromSubscriptions(subscriptions: readonly MrrSubscription[], kind: PeriodKind, asOf: Day): SbgCohortData[] {
  const byCohort = new Map<number, { start: Day; end: Day | undefined; mrr: number }[]>();
  for (const life of lifetimes(subscriptions, asOf).values()) {
    const cohort = periodOf(life.start, kind);
    let list = byCohort.get(cohort);
    if (list === undefined) byCohort.set(cohort, (list = []));
    list.push(life);
  }
  return [...byCohort.keys()]
    .sort((a, b) => a - b)
    .map((cohort) => {
      const members = byCohort.get(cohort)!;
      const survivors = [members.length];
      // Period t (1-based) is calendar period cohort + t − 1; it counts once it has ended (its last day ≤ as-of).
      for (let t = 1; periodEnd(cohort + t - 1, kind) - 1 <= asOf; t++) {
        const endOfPeriod = periodEnd(cohort + t - 1, kind);
        survivors.push(members.filter((life) => life.end === undefined || life.end >= endOfPeriod).length);
      }
      const startingMrr = members.reduce((sum, life) => sum + life.mrr, 0) / members.length;
      return { cohort: periodLabel(cohort, kind), survivors, ...(startingMrr > 0 ? { startingMrr } : {}) };
    });
}

/** One cohort's fit and what it projects. */
export interface SbgCohortResult extends SbgCohortData {
  params?: SbgParams;
  logLikelihood?: number;
  /** Projected share still subscribed after t = 0 … observed + horizon periods (the cohort's own fit, else the pooled one). */
  projectedSurvival: number[];
  /** Projected retention rate of each of those periods (t = 1 …). */
  projectedRetention: number[];
  /** DERL of a customer still there at the end of the last observed period; undefined without a discount rate. */
  residualLifetime?: number;
  /** startingMrr × months per period × DERL: the discounted expected residual value (minor units). */
  residualValue?: number;
}

export interface SbgResult {
  /** The pooled fit over every cohort. */
  fit: SbgFit;
  cohorts: SbgCohortResult[];
  /** Periods projected beyond each cohort's last observed one. */
  horizon: number;
  /** Discount rate per period used for DERL. */
  discountPerPeriod: number;
  /** DERL of a new customer just after the first payment (0 renewals), pooled fit. */
  newCustomerResidualLifetime?: number;
  warnings: LtvWarning[];
}

/**
 * sBG on survivor counts: pooled and per cohort (a cohort with fewer than two ended periods, or
 * nobody lost, uses the pooled fit), projected `horizon` periods on; DERL with the per-period
 * discount rate (FH 2010).
 */
export function sbgByCohort(cohorts: readonly SbgCohortData[], horizon: number, discountPerPeriod: number, period?: PeriodKind): SbgResult {
  const fit = fitSbg(cohorts.map((cohort) => cohort.survivors as Survivors));
  let warnings = [...fit.warnings];
  const results = cohorts.map((cohort): SbgCohortResult => {
    const observed = cohort.survivors.length - 1;
    const own = observed >= 2 ? fitSbg([cohort.survivors]) : undefined;
    const params = own?.params ?? fit.params;
    const result: SbgCohortResult = { ...cohort, projectedSurvival: [], projectedRetention: [] };
    if (own?.params) {
      result.params = own.params;
      result.logLikelihood = own.logLikelihood!;
    }
    if (params) {
      result.projectedSurvival = sbgSurvival(params, observed + horizon);
      result.projectedRetention = sbgRetentionRates(params, observed + horizon);
      if (discountPerPeriod > 0) result.residualLifetime = sbgDiscountedResidualLifetime(params, discountPerPeriod, Math.max(observed - 1, 0));
    }
    return result;
  });
  const degenerate = noHeterogeneityWarning(fit, results, period);
  // It says why the parameters ran off, in place of the generic "ran towards a limit" of the optimiser.
  if (degenerate) warnings = [...warnings.filter((warning) => warning.code !== 'CARE_LTV_DEGENERATE_PARAMETERS'), degenerate];
  return {
    fit,
    cohorts: results,
    horizon,
    discountPerPeriod,
    ...(fit.params && discountPerPeriod > 0 ? { newCustomerResidualLifetime: sbgDiscountedResidualLifetime(fit.params, discountPerPeriod, 0) } : {}),
    warnings,
  };
}

/**
 * One warning when the pooled fit or cohorts' own fits ran off to huge α and β: no heterogeneity
 * in churn, so the honest model is the geometric one, a constant churn rate θ = α / (α + β).
 */
function noHeterogeneityWarning(fit: SbgFit, cohorts: readonly SbgCohortResult[], period?: PeriodKind): LtvWarning | undefined {
  const own = cohorts.filter((cohort) => cohort.params !== undefined);
  const flat = own.filter((cohort) => sbgWithoutHeterogeneity(cohort.params!));
  const pooled = fit.params !== undefined && sbgWithoutHeterogeneity(fit.params);
  if (!pooled && flat.length === 0) return undefined;
  const sizes = [...(pooled ? [fit.params!] : []), ...flat.map((cohort) => cohort.params!)].map((params) => params.alpha + params.beta);
  const which = [pooled ? 'the pooled fit' : '', flat.length > 0 ? `${flat.length} of ${own.length} cohort fits` : ''].filter(Boolean).join(' and ');
  const rate = pooled ? (100 * (fit.params!.alpha / (fit.params!.alpha + fit.params!.beta))).toFixed(1) : '';
  const churn = pooled ? `, ${rate}% a ${period ?? 'period'} pooled` : '';
  const size = Math.max(...sizes);
  return {
    code: 'CARE_LTV_SBG_NO_HETEROGENEITY',
    message: `sBG's α and β ran off to huge values in ${which} (α + β up to ${formatSize(size)}): churn shows no spread across customers, so the honest model is a constant churn rate θ = α / (α + β) (geometric${churn}), and the rising retention sBG projects is not in these data`,
    say: say('ltv.sbgNoHeterogeneity', {
      which: pooled && flat.length > 0 ? say('ltv.sbgWhichBoth', { flat: String(flat.length), count: own.length }) : pooled ? say('ltv.sbgWhichPooled') : say('ltv.sbgWhichCohorts', { flat: String(flat.length), count: own.length }),
      size: size >= 1e6 ? say('ltv.sbgMillions', { n: (size / 1e6).toFixed(1) }) : String(Math.round(size)),
      churn: pooled ? say('ltv.sbgPooledChurn', { rate, per: period === undefined ? say('ltv.sbgPerPeriod') : say(`table.sbg.per.${period}`) }) : '',
    }),
  };
}

/** As the English message writes α + β: `3.9 million`, else a whole number. */
function formatSize(value: number): string {
  return value >= 1e6 ? `${(value / 1e6).toFixed(1)} million` : String(Math.round(value));
}

/** Months in one period, for the value per period (a week is 12 / 52 of a month, as MRR counts it). */
const MONTHS_PER_PERIOD: Record<PeriodKind, number> = { week: 12 / 52, month: 1, quarter: 3, year: 12 };
const YEARS_PER_PERIOD: Record<PeriodKind, number> = { week: 7 / 365.25, month: 1 / 12, quarter: 1 / 4, year: 1 };

/** Options of `computeSubscriptionSbg`. */
export interface SbgOptions {
  /** Periods to project beyond each cohort's last observed one. */
  horizon: number;
  /** Annual discount rate (0.1 = 10%); the per-period rate is (1 + annual)^(period in years) − 1. */
  annualDiscountRate: number;
}

/**
 * The one call for `care ltv --subscriptions FILE --model sbg`: survivor counts per cohort of
 * `kind` periods up to as-of, sBG pooled and per cohort, projections, DERL and the residual value
 * (the cohort's starting MRR per period × DERL).
 */
export function computeSubscriptionSbg(subscriptions: readonly MrrSubscription[], kind: PeriodKind, asOf: Day, options: SbgOptions): SbgResult & { period: PeriodKind } {
  const cohorts = sbgCohortsFromSubscriptions(subscriptions, kind, asOf);
  const discountPerPeriod = Math.pow(1 + options.annualDiscountRate, YEARS_PER_PERIOD[kind]) - 1;
  const result = sbgByCohort(cohorts, options.horizon, discountPerPeriod, kind);
  for (const cohort of result.cohorts) {
    if (cohort.startingMrr !== undefined && cohort.residualLifetime !== undefined) cohort.residualValue = cohort.startingMrr * MONTHS_PER_PERIOD[kind] * cohort.residualLifetime;
  }
  return { ...result, period: kind };
}
