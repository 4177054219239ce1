/** The headline KPI grid of care report. */
import type { Locale } from '../locale.js';
import { say } from '../i18n/index.js';
import type { ReportResult } from './report-contract.js';
import { formatDecimal, formatInteger, formatMoney, formatPercent, toMajor } from './format.js';
import type { Grid } from './grid.js';
import { METRIC_COLUMNS, textIn } from './ltv-view.js';

/** The headline figures; their names in `lang` (English when absent, as the CSV takes them). */
export function kpiGrid(report: ReportResult, lang?: Locale): Grid {
  const { kpis, currency } = report;
  const period = kpis.lastCompletePeriod ?? '–';
  const text = textIn(lang);
  const rows = [
    { metric: text('table.report.customers'), value: formatInteger(kpis.customers), raw: kpis.customers },
    { metric: text('table.report.activeNow', { days: String(report.churnAfterDays) }), value: formatInteger(kpis.activeNow), raw: kpis.activeNow },
    { metric: text('table.report.retentionRate', { period }), value: formatPercent(kpis.retentionRate), raw: kpis.retentionRate },
    { metric: text('table.report.churnRate', { period }), value: formatPercent(kpis.churnRate), raw: kpis.churnRate },
    { metric: text('table.report.repeatRate'), value: formatPercent(kpis.repeatPurchaseRate), raw: kpis.repeatPurchaseRate },
    { metric: text('table.report.orders'), value: formatInteger(kpis.orders), raw: kpis.orders },
    { metric: text('table.ltv.aov'), value: formatMoney(kpis.averageOrderValue, currency), raw: kpis.averageOrderValue === null ? null : toMajor(kpis.averageOrderValue, currency) },
    { metric: text('table.report.revenue'), value: formatMoney(kpis.revenue, currency), raw: kpis.revenue === null ? null : toMajor(kpis.revenue, currency) },
    { metric: text('table.report.ordersPerCustomer'), value: formatDecimal(kpis.customers === 0 ? null : kpis.orders / kpis.customers), raw: kpis.customers === 0 ? null : kpis.orders / kpis.customers },
  ];
  return { title: say('table.report.headline'), columns: METRIC_COLUMNS, rows };
}
