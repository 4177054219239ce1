/**
 * The contract of `care report` (docs/contracts.md): the result the command computes and its
 * JSON. Every view of the report — the terminal tables, Markdown, CSV, the JSON and the HTML page —
 * reads these types, so renaming a key is a compile error in every view that shows it.
 */
import type { OrdersIngest } from '../ingest/orders.js';
import type { EngineIngest } from '../model/engine-ingest.js';
import type { CohortRow } from '../metrics/cohorts.js';
import type { Kpis } from '../metrics/kpis.js';
import type { PeriodRow } from '../metrics/retention.js';
import type { PeriodKind } from '../time/periods.js';
import type { ComplaintsReportSection } from './classify-render.js';
import type { LtvReportSection } from './ltv-report-section.js';
import type { NpsReportSection } from './nps-report-section.js';
import { roundFraction, toMajor } from './format.js';
import { type RetentionResult, retentionJson } from './retention-contract.js';
import type { SlaReportSection } from './sla-report-section.js';
import type { MrrResult } from '../metrics/mrr.js';
import { mrrJson } from './mrr-view.js';
import { type SegmentsResult, segmentsJson } from './segments-view.js';

/** The headline figures, with the last complete period's retention and churn. */
export type ReportKpis = Kpis & { lastCompletePeriod: string | null; retentionRate: number | null; churnRate: number | null };

/** Everything care report computed, before it is shown. */
export interface ReportResult {
  asOf: string;
  period: PeriodKind;
  churnAfterDays: number;
  currency?: string;
  ingest: OrdersIngest | EngineIngest;
  kpis: ReportKpis;
  /** The last --last periods. */
  periods: PeriodRow[];
  /** The last --last cohorts. */
  cohorts: CohortRow[];
  ltv: LtvReportSection;
  /** RFM segments of the customers (metrics/segments-rfm.ts), with the template each is suggested. */
  segments: SegmentsResult;
  nps?: NpsReportSection;
  complaints?: ComplaintsReportSection;
  subscriptions?: RetentionResult;
  /** With --subscriptions: MRR and its movements per period (metrics/mrr.ts). */
  mrr?: MrrResult;
  /** care report --tickets: first response and resolution against the targets (care sla). */
  sla?: SlaReportSection;
}

/** The JSON of `care report --format json`: fractions rounded to 6 decimals, money in major units. */
export function reportJson(report: ReportResult) {
  const { kpis } = report;
  const retention = retentionJson({ ...report, churnAfterDays: report.churnAfterDays, source: 'orders' });
  return {
    asOf: report.asOf,
    period: report.period,
    churnAfterDays: report.churnAfterDays,
    currency: report.currency ?? null,
    ingest: report.ingest,
    kpis: {
      ...kpis,
      repeatPurchaseRate: roundFraction(kpis.repeatPurchaseRate),
      retentionRate: roundFraction(kpis.retentionRate),
      churnRate: roundFraction(kpis.churnRate),
      revenue: kpis.revenue === null ? null : toMajor(kpis.revenue, report.currency),
      averageOrderValue: kpis.averageOrderValue === null ? null : toMajor(kpis.averageOrderValue, report.currency),
    },
    periods: retention.periods,
    cohorts: retention.cohorts,
    ltv: report.ltv.json,
    segments: (({ customers, segments }) => ({ customers, segments }))(segmentsJson(report.segments)),
    ...(report.nps ? { nps: report.nps.json } : {}),
    ...(report.complaints ? { complaints: report.complaints.json } : {}),
    ...(report.subscriptions ? { subscriptions: retentionJson(report.subscriptions) } : {}),
    ...(report.mrr ? { mrr: mrrJson(report.mrr, report.subscriptions?.currency) } : {}),
    ...(report.sla ? { sla: report.sla.json } : {}),
  };
}

/** The JSON of `care report --format json`, as the HTML page reads it. */
export type ReportJson = ReturnType<typeof reportJson>;
