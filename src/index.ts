/**
 * care as a library: the same reading, metrics, classification and rendering the CLI uses.
 * Importing this module has no side effects (a test says so).
 */
export { CareError, InputError, InternalError, ThresholdError, UsageError, isCareError } from './errors.js';

// Reading exports
export { readOrders, type OrdersRead, type ReadOrdersOptions } from './ingest/orders.js';
export { readRecords, readTable } from './ingest/records.js';
export { fileSource, stdinSource } from './ingest/source.js';
export { FIELDS_BY_KIND, COMPLAINT_FIELDS, INVOICE_FIELDS, ORDER_FIELDS, SUBSCRIPTION_FIELDS, SURVEY_FIELDS } from './ingest/kinds.js';
export type { FieldRecord, InputSource, ReadOptions, RecordTable, Sniffed } from './ingest/types.js';

// Time
export { dayFromYmd, formatDay, parseIsoDay, ymdFromDay, type Day } from './time/days.js';
export { periodLabel, periodOf, periodStart, type PeriodKind } from './time/periods.js';

// Metrics
export type { CustomerHistory } from './metrics/history.js';
export { activityFromHistory, activityFromSpans, type Activity, type Span } from './metrics/activity.js';
export { retentionBetween, retentionTable, type PeriodRow } from './metrics/retention.js';
export { cohortsFromHistory, cohortsFromSpans, type CohortMode, type CohortRow } from './metrics/cohorts.js';
export * as mrr from './metrics/mrr.js';
export * as conventions from './metrics/conventions.js';
export { computeKpis, type Kpis } from './metrics/kpis.js';
export * as ltv from './metrics/ltv/index.js';
export * as nps from './metrics/nps.js';
export * as due from './metrics/due.js';

// Complaints and replies
export * as complaints from './classify/index.js';
export { lintMessage } from './lint/index.js';
