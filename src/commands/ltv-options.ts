/**
 * The options of care ltv (and the LTV part of care report) read into LTV settings: each value
 * checked (exit 2 on a bad one) and the defaults filled in; and the report's LTV section from them.
 */
import type { CareConfig } from '../config/schema.js';
import { UsageError } from '../errors.js';
import type { CustomerHistory } from '../metrics/history.js';
import { computeReportLtv } from '../metrics/ltv/compute.js';
import { DEFAULT_CHURN_AFTER_DAYS, DEFAULT_DISCOUNT_RATE, DEFAULT_HORIZON_DAYS, type LtvModel, type LtvSettings, TIME_UNITS } from '../metrics/ltv/settings.js';
import { DEFAULT_MAX_LIFETIME_YEARS } from '../metrics/ltv/simple.js';
import { type TimeUnit, unitDays } from '../metrics/ltv/types.js';
import { type LtvReportSection, buildLtvReportSection } from '../report/ltv-report-section.js';
import type { Day } from '../time/days.js';
import type { PeriodKind } from '../time/periods.js';
import { type DataOptions, parseDayOption, parsePositiveInt } from './data-options.js';

export type { LtvReportSection };

/** Options of care ltv as the CLI hands them over (numbers may still be strings). */
export interface LtvOptions extends DataOptions {
  model?: LtvModel;
  /** Share of revenue kept as profit, 0–1 (default 1). */
  margin?: string | number;
  /** Customer acquisition cost in major units of the export's currency. */
  cac?: string | number;
  /** Prediction horizon in --time-unit (default 52 weeks' worth). */
  horizon?: string | number;
  /** Annual discount rate of the CLV (default 0.1). */
  discountRate?: string | number;
  timeUnit?: TimeUnit;
  by?: string;
  /** Where to write the per-customer predictions (CSV). */
  perCustomer?: string;
  /** Fit on the data up to this date and check the predictions against what followed. */
  calibrationEnd?: string;
  churnAfter?: string | number;
  /** Period of the historical cohorts (default month). */
  period?: PeriodKind;
  maxLifetime?: string | number;
}

/** Checks the LTV options (exit 2 on a bad value) and fills in the defaults. */
export function ltvSettings(options: Omit<LtvOptions, keyof DataOptions>, config: CareConfig = {}): LtvSettings {
  const timeUnit = options.timeUnit ?? 'week';
  if (!TIME_UNITS.includes(timeUnit)) throw new UsageError('CARE_BAD_OPTION', `--time-unit ${String(timeUnit)}: expected day, week or month`);
  const cac = optionalNumber('--cac', options.cac, (value) => value >= 0, 'an amount of 0 or more');
  return {
    margin: optionalNumber('--margin', options.margin, (value) => value >= 0 && value <= 1, 'a share from 0 to 1, e.g. 0.3') ?? 1,
    ...(cac === undefined ? {} : { cac }),
    churnAfterDays: parsePositiveInt('--churn-after', options.churnAfter, config.churnAfterDays ?? DEFAULT_CHURN_AFTER_DAYS),
    maxLifetimeYears: optionalNumber('--max-lifetime', options.maxLifetime, (value) => value > 0, 'a number of years above 0') ?? DEFAULT_MAX_LIFETIME_YEARS,
    period: options.period ?? config.period ?? 'month',
    timeUnit,
    horizon: optionalNumber('--horizon', options.horizon, (value) => value > 0, `a length above 0 in ${timeUnit}s`) ?? Math.round(DEFAULT_HORIZON_DAYS / unitDays(timeUnit)),
    discountRate: optionalNumber('--discount-rate', options.discountRate, (value) => value >= 0, 'an annual rate of 0 or more, e.g. 0.1') ?? DEFAULT_DISCOUNT_RATE,
  };
}

function optionalNumber(name: string, text: string | number | undefined, valid: (value: number) => boolean, expected: string): number | undefined {
  if (text === undefined) return undefined;
  const value = typeof text === 'number' ? text : Number(String(text).trim());
  if (String(text).trim() === '' || !Number.isFinite(value) || !valid(value)) throw new UsageError('CARE_BAD_OPTION', `${name} ${text}: expected ${expected}`);
  return value;
}

/** --calibration-end as a day number (exit 2 when it is not YYYY-MM-DD). */
export function parseCalibrationEnd(text: string | undefined): Day | undefined {
  if (text === undefined) return undefined;
  return parseDayOption('--calibration-end', text, '1997-09-30');
}

/** Options of the report's LTV section (the same meaning as care ltv's). */
/** `lastCohorts`: the report shows only the latest cohorts of the historical table. */
export type LtvSectionOptions = Pick<LtvOptions, 'margin' | 'cac' | 'churnAfter' | 'period' | 'timeUnit' | 'horizon' | 'discountRate' | 'maxLifetime'> & { lastCohorts?: number };

/** The LTV section of care report (report/ltv-report-section.ts) from the report's options and orders. */
export function ltvReportSection(history: CustomerHistory, asOf: Day, options: LtvSectionOptions = {}, config: CareConfig = {}): LtvReportSection {
  const settings = ltvSettings(options, config);
  return buildLtvReportSection(computeReportLtv(history, asOf, settings), settings, history.currency, options.lastCohorts);
}
