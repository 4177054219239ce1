/**
 * care verify --engine URL [--table NAME] FILE.csv (docs/sql.md, "care verify"): the CSV path and
 * the engine path on the same data — the period table, the cohort table (with revenue) and the
 * per-customer summary — and every difference between them. Exit 0 when they agree, 4 when they
 * differ (docs/exit-codes.md).
 */
import { loadConfig } from '../config/load.js';
import { ThresholdError, UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { Io } from '../io/types.js';
import { DEFAULT_CHURN_AFTER_DAYS, activityFromHistory } from '../metrics/activity.js';
import { cohortsFromHistory } from '../metrics/cohorts.js';
import { rfmFromHistory } from '../metrics/ltv/rfm.js';
import { retentionTable } from '../metrics/retention.js';
import type { CustomerHistory } from '../model/customer-history.js';
import { type VerifyResult, renderVerify } from '../report/verify-view.js';
import { type SummaryRow, type VerifyTables, diffTables } from '../sql/contract-diff.js';
import { engineBounds, engineCohorts, engineCustomers, engineIngest, engineRetention } from '../sql/engine-metrics.js';
import type { Day } from '../time/days.js';
import type { PeriodKind } from '../time/periods.js';
import type { DataOptions } from './data-options.js';
import { type EngineCliOptions, withEngineOrders } from './load-engine.js';
import { loadOrders } from './load-orders.js';
import { emit, guardOutputs } from './output.js';

export interface VerifyOptions extends DataOptions, EngineCliOptions {
  period?: PeriodKind;
  churnAfter?: number;
}

/** The per-customer summary in weeks to the as-of day, as BG/NBD reads it (metrics/ltv/rfm.ts). */
function csvSummary(history: CustomerHistory, asOf: Day): SummaryRow[] {
  const rfm = rfmFromHistory(history, { calibrationEnd: asOf, unit: 'week' });
  const rows: SummaryRow[] = [];
  for (let row = 0; row < rfm.customer.length; row++) {
    rows.push({
      customer: history.customers[rfm.customer[row]!]!,
      firstDay: rfm.firstDay[row]!,
      x: rfm.x[row]!,
      tx: rfm.tx[row]!,
      T: rfm.T[row]!,
      ...(history.hasAmounts && rfm.monetary !== undefined ? { meanRepeatSpend: rfm.monetary[row]! } : {}),
    });
  }
  return rows;
}

export async function runVerify(io: Io, file: string | undefined, options: VerifyOptions): Promise<void> {
  const engine = options.engine;
  if (engine === undefined) throw new UsageError('CARE_MISSING_OPTION', 'care verify compares a CSV export with an engine: give --engine URL', {
    hint: 'care verify --engine duckdb:shop.duckdb --table orders orders.csv', say: say('error.verifyNeedsEngine'), hintSay: say('hint.forExampleOnly', { example: 'care verify --engine duckdb:shop.duckdb --table orders orders.csv' }),
  });
  if (file === undefined) throw new UsageError('CARE_NO_INPUT', 'name the CSV export to compare with the engine', {
    hint: 'care verify --engine duckdb:shop.duckdb --table orders orders.csv', say: say('error.verifyNeedsCsv'), hintSay: say('hint.forExampleOnly', { example: 'care verify --engine duckdb:shop.duckdb --table orders orders.csv' }),
  });
  guardOutputs(io, { input: file }, { '--out': options.out, '--rejects': options.rejects }, options.config);
  const config = loadConfig(io, options.config);
  const period = options.period ?? 'month';
  const churnAfter = options.churnAfter ?? DEFAULT_CHURN_AFTER_DAYS;
  const orders = await loadOrders(io, file, options, config);
  const asOf = orders.asOf;
  const csv: VerifyTables = {
    asOf,
    periods: retentionTable(activityFromHistory(orders.history, churnAfter, asOf), period, asOf),
    cohorts: cohortsFromHistory(orders.history, period, asOf, true),
    customers: csvSummary(orders.history, asOf),
  };
  // The engine computes as of the CSV's day, so that a difference in the data shows in the tables,
  // and reports its own last day beside it.
  const { tables, ingest } = await withEngineOrders({ ...options, engine }, config, async (session, engineOrders) => {
    const own = await engineBounds(session, engineOrders);
    const at = { ...engineOrders, asOf };
    const [retention, cohorts, customers] = [await engineRetention(session, { ...at, period, churnAfter }), await engineCohorts(session, { ...at, period, revenue: true }), await engineCustomers(session, { ...at, unitDays: 7 })];
    const summary = customers.rows.map(({ customer, firstDay, x, tx, T, meanRepeatSpend }): SummaryRow => ({ customer, firstDay, x, tx, T, ...(customers.hasAmounts ? { meanRepeatSpend } : {}) }));
    return { tables: { asOf: own.asOf, periods: retention.rows, cohorts: cohorts.rows, customers: summary }, ingest: await engineIngest(session, engineOrders) };
  });
  const result: VerifyResult = {
    asOf, file, engine: ingest.engine, table: ingest.table, period, churnAfterDays: churnAfter,
    compared: { periods: csv.periods.length, cohorts: csv.cohorts.length, customers: csv.customers.length },
    differences: diffTables(csv, tables),
  };
  emit(io, renderVerify(result, options.format === 'html' || options.format === undefined ? 'table' : options.format, io.color, io.lang), options.out, asOf);
  if (result.differences.length > 0) throw new ThresholdError('CARE_VERIFY_DIFFERS', `the engine's numbers differ from the CSV path's in ${result.differences.length} places`, {
    hint: 'each is listed above: table, period, cohort or customer, field, both values', say: say('error.verifyDiffers', { count: result.differences.length }), hintSay: say('hint.differencesAbove'),
  });
}
