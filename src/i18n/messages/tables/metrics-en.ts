/**
 * The titles, column labels and notes of the metric commands' text tables (`--format table|md`:
 * retention, report, ltv, nps, sla, segments, mrr), in English: the key set metrics-ru.ts and
 * metrics-bg.ts are typed against. Merged into the catalogs by ../en.ts, ../ru.ts, ../bg.ts.
 */
import type { Message } from '../../types.js';

export const metricsTablesEn = {
  'table.retention.heading': 'Retention as of {asOf} · {period} periods · {activity}',
  'table.retention.markdownHeading': 'Retention — as of {asOf}',
  'table.retention.subscriptions': 'subscriptions',
  'table.retention.activeFor': { one: 'a customer counts as active for {count} day after a purchase', other: 'a customer counts as active for {count} days after a purchase' },
  'table.period.day': 'daily',
  'table.period.week': 'weekly',
  'table.period.month': 'monthly',
  'table.period.quarter': 'quarterly',
  'table.period.year': 'yearly',
  'table.periodGrid.title': 'Retention by period',
  'table.periodGrid.period': 'Period',
  'table.periodGrid.atStart': 'At start',
  'table.periodGrid.new': 'New',
  'table.periodGrid.reactivated': 'Reactivated',
  'table.periodGrid.retained': 'Retained',
  'table.periodGrid.lost': 'Lost',
  'table.periodGrid.atEnd': 'At end',
  'table.periodGrid.crr': 'CRR',
  'table.periodGrid.churn': 'Churn',
  'table.periodGrid.partialNote': '* partial period: "At end" counts the customers active on the as-of day.',
  'table.cohortGrid.retentionTitle': 'Cohort retention',
  'table.cohortGrid.revenueTitle': 'Cohort revenue',
  'table.cohortGrid.cohort': 'Cohort',
  'table.cohortGrid.customers': 'Customers',
  'table.cohortGrid.revenueNote': 'Net revenue of each cohort by age in periods.',
  'table.cohortGrid.revenueNoteIn': 'Net revenue of each cohort by age in periods ({currency}).',
  'table.cohortGrid.onOrAfterNote': 'Share of each cohort buying k or more periods after its first purchase ("on or after" k; +0 = 100%).',
  'table.cohortGrid.onNote': 'Share of each cohort buying again k periods after its first purchase (+0 = 100%).',
  'table.cohortGrid.agesShown': 'Showing ages +0…+{last} of +{widest}; --format csv or json has them all.',
} satisfies Record<string, Message>;
