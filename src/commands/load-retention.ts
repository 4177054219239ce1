/**
 * The step care retention and care report --subscriptions start with: read the orders (or the
 * subscriptions export, with --rejects written as it goes) and compute the period and cohort
 * tables (metrics/retention.ts, metrics/cohorts.ts) into the retention contract.
 */
import type { CareConfig } from '../config/schema.js';
import { InputError, UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { SUBSCRIPTION_FIELDS } from '../ingest/kinds.js';
import { readRecords } from '../ingest/records.js';
import { openSource } from '../ingest/source.js';
import type { Io } from '../io/types.js';
import { type Activity, DEFAULT_CHURN_AFTER_DAYS, type Span, activityFromHistory, activityFromSpans } from '../metrics/activity.js';
import { type CohortMode, cohortsFromHistory, cohortsFromSpans } from '../metrics/cohorts.js';
import { type BillingInterval, type MrrSubscription, billingInterval, mrrSubscriptions } from '../metrics/mrr.js';
import { retentionTable } from '../metrics/retention.js';
import type { RetentionResult, SubscriptionsIngest } from '../report/retention-contract.js';
import { type Day, formatDay } from '../time/days.js';
import type { PeriodKind } from '../time/periods.js';
import { type DataOptions, readOptionsFor } from './data-options.js';
import { type EngineCliOptions, inputOrEngine, loadEngineTables } from './load-engine.js';
import { loadOrders, openRejectsFile, reportSkipped } from './load-orders.js';
import { tell } from './output.js';

/** The options that shape what is read and computed. */
export interface RetentionReadOptions extends DataOptions, EngineCliOptions {
  period?: PeriodKind;
  churnAfter?: number;
  revenue?: boolean;
  subscriptions?: string;
  /** on (default) or on-or-after: how the cohort table counts (metrics/cohorts.ts). */
  cohortMode?: CohortMode;
}

/** What was read, beside the result: the activity the conventions read, and the subscriptions MRR reads. */
export interface RetentionInputs {
  activity: Activity;
  subscriptions?: MrrSubscription[];
}

/** Computes the retention result for a file (orders, or subscriptions with --subscriptions). */
export async function computeRetention(io: Io, input: string | undefined, options: RetentionReadOptions, config: CareConfig): Promise<{ result: RetentionResult; asOfDay: Day; inputs: RetentionInputs }> {
  const period = options.period ?? 'month';
  const windowDays = options.churnAfter ?? DEFAULT_CHURN_AFTER_DAYS;
  const mode = options.cohortMode ?? 'on';
  const modeField = mode === 'on' ? {} : { cohortMode: mode };
  if (options.subscriptions !== undefined) {
    const { activity, spans, amounts, intervals, quantities, asOf, ingest, customers } = await loadSubscriptions(io, options.subscriptions, options, config);
    return {
      asOfDay: asOf,
      inputs: { activity, subscriptions: mrrSubscriptions(spans, amounts, intervals, quantities) },
      result: {
        asOf: formatDay(asOf),
        period,
        churnAfterDays: null,
        source: 'subscriptions',
        ingest: { ...ingest, customers },
        periods: retentionTable(activity, period, asOf),
        cohorts: cohortsFromSpans(spans, customers, period, asOf, amounts, options.revenue, mode),
        ...modeField,
      },
    };
  }
  if (input === undefined && options.engine === undefined) throw new UsageError('CARE_NO_INPUT', 'name an orders file, or --subscriptions FILE', { hint: 'care retention orders.csv', say: say('error.nameOrdersOrSubscriptions'), hintSay: say('hint.forExampleOnly', { example: 'care retention orders.csv' }) });
  if (options.engine !== undefined) return engineRetention({ ...options, engine: options.engine }, input, config, period, windowDays, mode);
  const orders = await loadOrders(io, input!, options, config);
  const activity = activityFromHistory(orders.history, windowDays, orders.asOf);
  return {
    asOfDay: orders.asOf,
    inputs: { activity },
    result: {
      asOf: formatDay(orders.asOf),
      period,
      churnAfterDays: windowDays,
      source: 'orders',
      currency: orders.history.currency,
      ingest: { ...orders.ingest },
      periods: retentionTable(activity, period, orders.asOf),
      cohorts: cohortsFromHistory(orders.history, period, orders.asOf, options.revenue, mode),
      ...modeField,
    },
  };
}

/**
 * --engine: the period and cohort tables computed inside the engine (load-engine.ts); the
 * customer-days only where a view needs them (the conventions' activity, the on-or-after cohorts).
 */
async function engineRetention(options: RetentionReadOptions & { engine: string; conventions?: boolean; convention?: string }, input: string | undefined, config: CareConfig, period: PeriodKind, windowDays: number, mode: CohortMode) {
  inputOrEngine('retention', input, options);
  const needsHistory = options.conventions === true || options.convention !== undefined;
  const read = await loadEngineTables(options, config, { period, churnAfter: windowDays, revenue: options.revenue, cohortMode: mode, history: needsHistory });
  const activity = read.history === undefined ? undefined : activityFromHistory(read.history, windowDays, read.asOf);
  const cohorts = mode === 'on' || read.history === undefined ? read.cohorts : cohortsFromHistory(read.history, period, read.asOf, options.revenue, mode);
  return {
    asOfDay: read.asOf,
    // Only the vendor conventions read the activity, and for them the customer-days were read.
    inputs: { activity: activity as Activity },
    result: {
      asOf: formatDay(read.asOf),
      period,
      churnAfterDays: windowDays,
      source: 'orders' as const,
      currency: read.currency,
      ingest: read.ingest,
      periods: read.periods,
      cohorts,
      ...(mode === 'on' ? {} : { cohortMode: mode }),
    },
  };
}

interface LoadedSubscriptions {
  activity: Activity;
  spans: Span[];
  amounts: number[];
  intervals: (BillingInterval | undefined)[];
  quantities: (number | undefined)[];
  asOf: Day;
  customers: number;
  ingest: Omit<SubscriptionsIngest, 'customers'>;
}

async function loadSubscriptions(io: Io, path: string, options: DataOptions, config: CareConfig): Promise<LoadedSubscriptions> {
  const rejects = options.rejects === undefined ? undefined : openRejectsFile(options.rejects);
  let table;
  try {
    table = await readRecords(openSource(io, path), SUBSCRIPTION_FIELDS, {
      ...readOptionsFor('subscriptions', options, config),
      onReject: rejects?.add,
      onRestart: rejects?.reset,
      onNotice: (message) => tell(io, message),
      validate: (record) => {
        const start = record.values['start'] as number | undefined;
        const end = record.values['end'] as number | undefined;
        if (start !== undefined && end !== undefined && end < start) return ['badDate', 'the end date is before the start date', 'end'];
        const interval = record.values['interval'] as string | undefined;
        return interval !== undefined && interval.trim() !== '' && billingInterval(interval) === undefined ? ['badValue', `unknown billing interval "${interval}" (month, year, week or day)`, 'interval'] : undefined;
      },
    });
    rejects?.commit();
  } catch (error) {
    rejects?.abort(error);
    throw error;
  }
  reportSkipped(io, path, table.ingest.skipped, (table.ingest['firstLine'] ?? {}) as Record<string, number>);
  const index = new Map<string, number>();
  const spans: Span[] = [];
  const amounts: number[] = [];
  const intervals: (BillingInterval | undefined)[] = [];
  const quantities: (number | undefined)[] = [];
  let lastDay = -Infinity;
  for (const record of table.records) {
    const id = record.values['customer'] as string;
    let customer = index.get(id);
    if (customer === undefined) index.set(id, (customer = index.size));
    const start = record.values['start'] as number;
    const end = record.values['end'] as number | undefined;
    spans.push({ customer, start, end });
    amounts.push((record.values['amount'] as number | undefined) ?? 0);
    intervals.push(billingInterval(record.values['interval'] as string | undefined));
    quantities.push(record.values['quantity'] as number | undefined);
    lastDay = Math.max(lastDay, start, end ?? -Infinity);
  }
  const asOf = options.asOf ?? lastDay;
  if (!Number.isFinite(asOf)) throw new InputError('CARE_NO_ROWS', 'no dated subscriptions', { file: path, say: say('error.noDatedSubscriptions') });
  return { activity: activityFromSpans(spans, index.size, asOf), spans, amounts, intervals, quantities, asOf, customers: index.size, ingest: { rows: table.ingest.rows, subscriptions: spans.length, skipped: table.ingest.skipped } };
}
