/**
 * What an LTV computation is asked for: the model, its settings with the defaults filled in, and
 * the warnings it gives. Types and defaults only; the options are read into them at the edge
 * (src/commands/ltv-options.ts; parsed and bounded by src/cli).
 */
import type { PeriodKind } from '../../time/periods.js';
import type { TimeUnit } from './types.js';

export type LtvModel = 'simple' | 'historical' | 'bgnbd';

export const LTV_MODELS: readonly LtvModel[] = ['simple', 'historical', 'bgnbd'];
export const TIME_UNITS: readonly TimeUnit[] = ['day', 'week', 'month'];

/** The default horizon: a year of 52 weeks, in whole units of the chosen time unit. */
export const DEFAULT_HORIZON_DAYS = 364;
/** The default annual discount rate of the CLV. */
export const DEFAULT_DISCOUNT_RATE = 0.1;
/** Days without an order after which a customer counts as lost: the churn window's one default. */
export { DEFAULT_CHURN_AFTER_DAYS } from '../activity.js';

/** The options every LTV computation reads, checked and with defaults filled in. */
export interface LtvSettings {
  margin: number;
  /** In major units, as given (`--cac 12.5`); undefined without --cac. The computation turns it into the history's minor units. */
  cac?: number;
  churnAfterDays: number;
  maxLifetimeYears: number;
  period: PeriodKind;
  timeUnit: TimeUnit;
  horizon: number;
  discountRate: number;
}

/** A warning shown on stderr as `care: warning: …` and in JSON under `warnings`. */
export interface LtvNote {
  code: string;
  message: string;
}
