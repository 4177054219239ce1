/**
 * The JSON of `care ltv --subscriptions FILE --model sbg` (docs/contracts.md): the pooled sBG fit
 * `sbg: { alpha, beta, logLikelihood, cohorts: […] }`, money in major units, shares 0–1.
 */
import type { SbgResult } from '../metrics/ltv/sbg-cohorts.js';
import type { PeriodKind } from '../time/periods.js';
import { toMajor } from './format.js';

export interface SbgCohortJson {
  cohort: string;
  survivors: number[];
  /** The cohort's own fit; null when it has fewer than two ended periods or nobody churned (the pooled fit projects it). */
  alpha: number | null;
  beta: number | null;
  logLikelihood: number | null;
  projectedSurvival: number[];
  projectedRetention: number[];
  residualLifetime: number | null;
  startingMrr: number | null;
  residualValue: number | null;
}

export interface SbgJson {
  alpha: number | null;
  beta: number | null;
  logLikelihood: number | null;
  customers: number;
  period: PeriodKind;
  horizon: number;
  discountRatePerPeriod: number;
  newCustomerResidualLifetime: number | null;
  cohorts: SbgCohortJson[];
}

const orNull = (value: number | undefined): number | null => (value === undefined || !Number.isFinite(value) ? null : value);

/** The sBG result for JSON; money (starting MRR, residual value) in major units of `currency`. */
export function sbgJson(result: SbgResult & { period: PeriodKind }, currency?: string | null): SbgJson {
  const money = (minor: number | undefined): number | null => (minor === undefined || !Number.isFinite(minor) ? null : toMajor(minor, currency));
  return {
    alpha: orNull(result.fit.params?.alpha),
    beta: orNull(result.fit.params?.beta),
    logLikelihood: orNull(result.fit.logLikelihood),
    customers: result.fit.customers,
    period: result.period,
    horizon: result.horizon,
    discountRatePerPeriod: result.discountPerPeriod,
    newCustomerResidualLifetime: orNull(result.newCustomerResidualLifetime),
    cohorts: result.cohorts.map((cohort) => ({
      cohort: cohort.cohort,
      survivors: cohort.survivors,
      alpha: orNull(cohort.params?.alpha),
      beta: orNull(cohort.params?.beta),
      logLikelihood: orNull(cohort.logLikelihood),
      projectedSurvival: cohort.projectedSurvival,
      projectedRetention: cohort.projectedRetention,
      residualLifetime: orNull(cohort.residualLifetime),
      startingMrr: money(cohort.startingMrr),
      residualValue: money(cohort.residualValue),
    })),
  };
}
