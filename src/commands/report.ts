/** care report: the one-screen summary of an orders export. */
import { loadConfig } from '../config/load.js';
import type { Io } from '../io/types.js';
import { activityFromHistory } from '../metrics/activity.js';
import { cohortsFromHistory } from '../metrics/cohorts.js';
import { computeKpis } from '../metrics/kpis.js';
import { retentionTable } from '../metrics/retention.js';
import type { ReportResult } from '../report/report-contract.js';
import { renderReport } from '../report/report-render.js';
import { formatDay } from '../time/days.js';
import type { PeriodKind } from '../time/periods.js';
import type { DataOptions } from './data-options.js';
import { type EngineCliOptions, loadOrdersOrEngine } from './load-engine.js';
import { complaintsReportSection } from './load-complaints.js';
import { ltvReportSection } from './ltv-options.js';
import { npsReportSection } from './load-survey.js';
import { emit, guardOutputs } from './output.js';
import { enforceThresholds } from './weekly.js';
import { REPORT_METRICS, REPORT_SURVEY_METRICS, evaluateThresholds, parseThresholds, reportReadings } from '../metrics/thresholds.js';
import { computeRetention } from './load-retention.js';
import { mrrMovements } from '../metrics/mrr.js';
import { rfmScores, summarizeSegments } from '../metrics/segments-rfm.js';
import type { SegmentsResult } from '../report/segments-view.js';
import { slaReportSection } from './load-tickets.js';
import { DEFAULT_CHURN_AFTER_DAYS } from '../metrics/activity.js';

export interface ReportOptions extends DataOptions, EngineCliOptions {
  period?: PeriodKind;
  churnAfter?: number;
  last?: number;
  /** Share of revenue kept as profit, for LTV. */
  margin?: number;
  cac?: number;
  survey?: string;
  complaints?: string;
  /** A subscriptions export: its period retention table joins the report. */
  subscriptions?: string;
  /** `--fail-if churn>5%,retention<80%,nps<30`: exit 4 when crossed (after the output is written). */
  failIf?: string[];
  /** A help-desk ticket export: the service-level section (care sla with its default targets: none). */
  tickets?: string;
  /** Language of the HTML page. */
  locale?: 'en' | 'ru' | 'bg';
}

export async function buildReport(io: Io, input: string | undefined, options: ReportOptions): Promise<{ report: ReportResult; asOfDay: number; locale: 'en' | 'ru' | 'bg' }> {
  const config = loadConfig(io, options.config);
  const period = options.period ?? 'month';
  const windowDays = options.churnAfter ?? DEFAULT_CHURN_AFTER_DAYS;
  const last = options.last ?? 6;
  const orders = await loadOrdersOrEngine(io, 'report', input, options, config);
  const activity = activityFromHistory(orders.history, windowDays, orders.asOf);
  const periods = retentionTable(activity, period, orders.asOf);
  const complete = periods.filter((row) => !row.partial);
  const lastComplete = complete[complete.length - 1];
  const segments: SegmentsResult = {
    asOf: orders.asOf, currency: orders.history.currency ?? null, customers: 0, ingest: orders.ingest,
    segments: summarizeSegments(rfmScores(orders.history, orders.asOf)),
  };
  segments.customers = segments.segments.reduce((sum, row) => sum + row.customers, 0);
  const ltv = ltvReportSection(orders.history, orders.asOf, { margin: options.margin, cac: options.cac, churnAfter: windowDays, period, lastCohorts: last });
  const nps =
    options.survey === undefined
      ? undefined
      : await npsReportSection(io, options.survey, config, { strict: options.strict, asOf: options.asOf }, { history: orders.history, asOf: orders.asOf, currency: orders.history.currency });
  // Subscriptions are read on their own terms (their own as-of unless --as-of is given); only the period kind is shared.
  const subscriptionsRead =
    options.subscriptions === undefined ? undefined : await computeRetention(io, undefined, { subscriptions: options.subscriptions, period, asOf: options.asOf, strict: options.strict }, config);
  const subscriptions = subscriptionsRead?.result;
  // MRR and its movements over the same periods (metrics/mrr.ts); the report shows the last --last.
  const mrr = subscriptionsRead === undefined ? undefined : mrrMovements(subscriptionsRead.inputs.subscriptions ?? [], period, subscriptionsRead.asOfDay);
  // Only the user's own --as-of applies to complaints: a complaint newer than the last order still counts.
  const complaints = options.complaints === undefined ? undefined : await complaintsReportSection(io, options.complaints, config, { strict: options.strict, asOf: options.asOf });
  const sla = options.tickets === undefined ? undefined : await slaReportSection(io, options.tickets, { strict: options.strict, asOf: options.asOf, config: options.config });
  return {
    locale: options.locale ?? 'en',
    asOfDay: orders.asOf,
    report: {
      asOf: formatDay(orders.asOf),
      period,
      churnAfterDays: windowDays,
      currency: orders.history.currency,
      ingest: { ...orders.ingest },
      kpis: {
        ...computeKpis(orders.history, activity, orders.asOf),
        lastCompletePeriod: lastComplete?.period ?? null,
        retentionRate: lastComplete?.retentionRate ?? null,
        churnRate: lastComplete?.churnRate ?? null,
      },
      periods: periods.slice(-last),
      cohorts: cohortsFromHistory(orders.history, period, orders.asOf).slice(-last),
      ltv,
      segments,
      nps,
      complaints,
      sla,
      subscriptions: subscriptions === undefined ? undefined : { ...subscriptions, periods: subscriptions.periods.slice(-last), cohorts: subscriptions.cohorts.slice(-last) },
      mrr: mrr === undefined ? undefined : { ...mrr, rows: mrr.rows.slice(-last), cohorts: mrr.cohorts.slice(-last) },
    },
  };
}

export async function runReport(io: Io, input: string | undefined, options: ReportOptions): Promise<void> {
  guardOutputs(io, { input, '--survey': options.survey, '--complaints': options.complaints, '--subscriptions': options.subscriptions, '--tickets': options.tickets }, { '--out': options.out, '--rejects': options.rejects }, options.config);
  const thresholds =
    options.survey === undefined
      ? parseThresholds(options.failIf, REPORT_METRICS, 'care report', 'care report checks churn and retention; add --survey FILE to check nps')
      : parseThresholds(options.failIf, REPORT_SURVEY_METRICS, 'care report');
  const { report, asOfDay, locale } = await buildReport(io, input, options);
  emit(io, renderReport(report, options.format, { color: io.color, locale, lang: io.lang }), options.out, asOfDay);
  enforceThresholds(io, evaluateThresholds(thresholds, reportReadings(report)));
}
