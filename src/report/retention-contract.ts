/**
 * The contract of `care retention` (docs/contracts.md): the result a command computes, what the
 * weekly options add to it, and its JSON. `care report` embeds it (the subscriptions section).
 */
import type { OrdersIngest } from '../ingest/orders.js';
import type { EngineIngest } from '../model/engine-ingest.js';
import type { CohortRow } from '../metrics/cohorts.js';
import type { PeriodRow } from '../metrics/retention.js';
import { type ThresholdCheck, thresholdsJson } from '../metrics/thresholds.js';
import type { PeriodKind } from '../time/periods.js';
import { type PeriodComparison, compareJson } from './compare-view.js';
import { roundFraction, toMajor } from './format.js';
import type { CohortMode } from '../metrics/cohorts.js';

/** What reading a subscriptions export counted. */
export interface SubscriptionsIngest {
  rows: number;
  subscriptions: number;
  skipped: Record<string, number>;
  customers: number;
}

/** The period and cohort tables of an orders or subscriptions export. */
export interface RetentionResult {
  asOf: string;
  period: PeriodKind;
  /** null for subscriptions (a subscription is active between its start and end). */
  churnAfterDays: number | null;
  source: 'orders' | 'subscriptions';
  currency?: string;
  ingest: OrdersIngest | SubscriptionsIngest | EngineIngest;
  periods: PeriodRow[];
  cohorts: CohortRow[];
  /** Present only for --cohort-mode on-or-after (metrics/cohorts.ts); absent means "on". */
  cohortMode?: CohortMode;
}

/** What the weekly options add to a retention result. */
export interface WeeklyExtras {
  /** Present with --compare (null: fewer than two complete periods). */
  compare?: PeriodComparison | null;
  /** Present with --fail-if. */
  checks?: ThresholdCheck[];
}

/** JSON with fractions rounded to 6 decimals and revenue in major units; `compare` and `thresholds` only when asked for. */
export function retentionJson(result: RetentionResult, extras: WeeklyExtras = {}) {
  return {
    ...result,
    periods: result.periods.map((row) => ({ ...row, retentionRate: roundFraction(row.retentionRate), churnRate: roundFraction(row.churnRate) })),
    cohorts: result.cohorts.map((row) => ({
      ...row,
      rates: row.rates.map((rate) => roundFraction(rate)),
      ...(row.revenue ? { revenue: row.revenue.map((minor) => toMajor(minor, result.currency)) } : {}),
    })),
    ...(extras.compare === undefined ? {} : { compare: compareJson(extras.compare) }),
    ...(extras.checks === undefined ? {} : { thresholds: thresholdsJson(extras.checks) }),
  };
}

/** The JSON of `care retention --format json`. */
export type RetentionJson = ReturnType<typeof retentionJson>;
