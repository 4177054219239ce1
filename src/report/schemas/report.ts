/** The JSON schema of `care report` (report/report-contract.ts, ReportJson): its sections are the other commands' documents, without their `schema` key. */
import { z } from 'zod';
import { day, int, nnum, nstr, orderSourceIngest, periodKind, str } from './common.js';
import { complaintsSection } from './classify.js';
import { ltvSection } from './ltv.js';
import { npsBody } from './nps.js';
import { segmentRow, slaSection } from './others.js';
import { cohortRow, mrrBody, periodRow, retentionBody } from './retention.js';

export const reportBody = {
  asOf: day,
  period: periodKind,
  churnAfterDays: int,
  currency: nstr,
  ingest: orderSourceIngest,
  kpis: z.strictObject({
    customers: int, activeNow: int, orders: int, repeatCustomers: int, repeatPurchaseRate: nnum,
    revenue: nnum, averageOrderValue: nnum, lastCompletePeriod: str.nullable(), retentionRate: nnum, churnRate: nnum,
  }),
  periods: z.array(periodRow),
  cohorts: z.array(cohortRow),
  ltv: ltvSection,
  segments: z.strictObject({ customers: int, segments: z.array(segmentRow) }),
  nps: z.strictObject(npsBody).optional(),
  complaints: complaintsSection.optional(),
  subscriptions: z.strictObject(retentionBody).optional(),
  mrr: z.strictObject(mrrBody).optional(),
  sla: slaSection.optional(),
};
