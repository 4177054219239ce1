/** The JSON schemas of `care retention` and its views (--compare, --conventions, --convention, --mrr). */
import { z } from 'zod';
import { day, engineIngest, int, nnum, nstr, num, ordersIngest, periodKind, str, subscriptionsIngest } from './common.js';

export const periodRow = z.strictObject({
  period: str, start: day, end: day, partial: z.boolean(),
  customersAtStart: int, new: int, reactivated: int, retained: int, lost: int, customersAtEnd: int,
  retentionRate: nnum, churnRate: nnum,
});

export const cohortRow = z.strictObject({
  cohort: str, size: int, active: z.array(int), rates: z.array(nnum),
  revenue: z.array(nnum).optional(),
});

const metricChange = z.strictObject({
  current: nnum, previous: nnum, change: nnum,
  relativeChange: nnum.optional(), changePoints: nnum.optional(),
  changeInterval: z.strictObject({ low: num, high: num }).nullable().optional(),
});
const metricNames = ['customersAtStart', 'new', 'reactivated', 'retained', 'lost', 'customersAtEnd', 'retentionRate', 'churnRate'] as const;

export const periodComparison = z.strictObject({
  period: str, previousPeriod: str, partialPeriod: nstr,
  metrics: z.strictObject(Object.fromEntries(metricNames.map((name) => [name, metricChange])) as Record<(typeof metricNames)[number], typeof metricChange>),
});

export const thresholdCheck = z.strictObject({
  expression: str, metric: str, op: str, limit: num, actual: nnum, scope: nstr, crossed: z.boolean(), missing: str.optional(),
});

/** The body of `care retention --format json` (also care report's `subscriptions` section). */
export const retentionBody = {
  asOf: day,
  period: periodKind,
  churnAfterDays: int.nullable(),
  source: z.enum(['orders', 'subscriptions']),
  currency: str.optional(),
  ingest: z.union([ordersIngest, engineIngest, subscriptionsIngest]),
  periods: z.array(periodRow),
  cohorts: z.array(cohortRow),
  cohortMode: z.enum(['on', 'on-or-after']).optional(),
  compare: periodComparison.nullable().optional(),
  thresholds: z.array(thresholdCheck).optional(),
};

const conventionRow = z.strictObject({
  convention: str, vendor: str, family: str, from: day, to: day,
  base: num, churned: num, churnRate: nnum, retentionRate: nnum,
});

/** --conventions: every vendor's churn of the last complete month, and the bridges between them. */
export const conventionsBody = {
  end: day,
  conventions: z.array(conventionRow),
  bridges: z.array(z.strictObject({ reference: str, convention: str, lines: z.array(z.strictObject({ reason: str, label: str, customers: int, churned: num, base: num })) })),
};

/** --convention NAME: month by month by one vendor's rule. */
export const conventionBody = {
  convention: str,
  periods: z.array(conventionRow.extend({ period: str })),
};

const mrrRow = z.strictObject({
  period: str, start: day, end: day, partial: z.boolean(),
  mrrAtStart: num, new: num, expansion: num, reactivation: num, contraction: num, churned: num, mrrAtEnd: num,
  customersAtStart: int, customersAtEnd: int, newCustomers: int, reactivatedCustomers: int, expandedCustomers: int, contractedCustomers: int, churnedCustomers: int,
  netMovement: num, arpa: nnum, grossRevenueRetention: nnum, netRevenueRetention: nnum, quickRatio: nnum,
});

/** --mrr (and care report's `mrr` section). */
export const mrrBody = {
  period: periodKind,
  currency: nstr,
  rows: z.array(mrrRow),
  cohorts: z.array(z.strictObject({ cohort: str, size: int, mrr: z.array(num), retention: z.array(nnum) })),
};


