/**
 * The options of care ltv (and the LTV part of care report) read into LTV settings, the defaults
 * filled in; and the report's LTV section from them.
 */
import type { CustomerHistory } from '../metrics/history.js';
import type { CountingModelChoice } from '../metrics/ltv/counting-models.js';
import { computeReportLtv } from '../metrics/ltv/compute.js';
import { DEFAULT_CHURN_AFTER_DAYS, DEFAULT_DISCOUNT_RATE, DEFAULT_HORIZON_DAYS, type LtvModel, type LtvSettings } from '../metrics/ltv/settings.js';
import { DEFAULT_MAX_LIFETIME_YEARS } from '../metrics/ltv/simple.js';
import { type TimeUnit, unitDays } from '../metrics/ltv/types.js';
import { type LtvReportSection, buildLtvReportSection } from '../report/ltv-report-section.js';
import type { Day } from '../time/days.js';
import type { PeriodKind } from '../time/periods.js';
import type { DataOptions } from './data-options.js';
import type { EngineCliOptions } from './load-engine.js';

export type { LtvReportSection };

/** Options of care ltv as the CLI hands them over: parsed, checked and config defaults merged (src/cli/option-table.ts). */
export interface LtvOptions extends DataOptions, EngineCliOptions {
  /** simple, historical, or a purchase-count model (bgnbd, pnbd, mbgnbd) or auto. */
  model?: LtvModel | CountingModelChoice | 'sbg';
  /** --subscriptions FILE (with --model sbg): subscription LTV instead of orders. */
  subscriptions?: string;
  /** Standard errors and seeded bootstrap intervals of the predictions. */
  intervals?: boolean;
  /** Seed of the bootstrap draws. */
  seed?: number;
  /** Share of revenue kept as profit, 0–1 (default 1). */
  margin?: number;
  /** Customer acquisition cost in major units of the export's currency. */
  cac?: number;
  /** Prediction horizon in --time-unit (default 52 weeks' worth). */
  horizon?: number;
  /** Annual discount rate of the CLV (default 0.1). */
  discountRate?: number;
  timeUnit?: TimeUnit;
  by?: string;
  /** Where to write the per-customer predictions (CSV). */
  perCustomer?: string;
  /** Fit on the data up to this day and check the predictions against what followed. */
  calibrationEnd?: Day;
  churnAfter?: number;
  /** Period of the historical cohorts (default month). */
  period?: PeriodKind;
  maxLifetime?: number;
}

/** Fills in the defaults of the LTV options. */
export function ltvSettings(options: Omit<LtvOptions, keyof DataOptions>): LtvSettings {
  const timeUnit = options.timeUnit ?? 'week';
  return {
    margin: options.margin ?? 1,
    ...(options.cac === undefined ? {} : { cac: options.cac }),
    churnAfterDays: options.churnAfter ?? DEFAULT_CHURN_AFTER_DAYS,
    maxLifetimeYears: options.maxLifetime ?? DEFAULT_MAX_LIFETIME_YEARS,
    period: options.period ?? 'month',
    timeUnit,
    horizon: options.horizon ?? Math.round(DEFAULT_HORIZON_DAYS / unitDays(timeUnit)),
    discountRate: options.discountRate ?? DEFAULT_DISCOUNT_RATE,
  };
}

/** Options of the report's LTV section (the same meaning as care ltv's). */
/** `lastCohorts`: the report shows only the latest cohorts of the historical table. */
export type LtvSectionOptions = Pick<LtvOptions, 'margin' | 'cac' | 'churnAfter' | 'period' | 'timeUnit' | 'horizon' | 'discountRate' | 'maxLifetime'> & { lastCohorts?: number };

/** The LTV section of care report (report/ltv-report-section.ts) from the report's options and orders. */
export function ltvReportSection(history: CustomerHistory, asOf: Day, options: LtvSectionOptions = {}): LtvReportSection {
  const settings = ltvSettings(options);
  return buildLtvReportSection(computeReportLtv(history, asOf, settings), settings, history.currency, options.lastCohorts);
}
