/** The headline KPI grid of care report. */
import type { ReportResult } from './report-contract.js';
import { formatDecimal, formatInteger, formatMoney, formatPercent, toMajor } from './format.js';
import type { Grid } from './grid.js';

export function kpiGrid(report: ReportResult): Grid {
  const { kpis, currency } = report;
  const period = kpis.lastCompletePeriod ?? '–';
  const rows = [
    { metric: 'Customers (ever bought)', value: formatInteger(kpis.customers), raw: kpis.customers },
    { metric: `Active now (bought in the last ${report.churnAfterDays} days)`, value: formatInteger(kpis.activeNow), raw: kpis.activeNow },
    { metric: `Retention rate, ${period}`, value: formatPercent(kpis.retentionRate), raw: kpis.retentionRate },
    { metric: `Churn rate, ${period}`, value: formatPercent(kpis.churnRate), raw: kpis.churnRate },
    { metric: 'Repeat-purchase rate', value: formatPercent(kpis.repeatPurchaseRate), raw: kpis.repeatPurchaseRate },
    { metric: 'Orders', value: formatInteger(kpis.orders), raw: kpis.orders },
    { metric: 'Average order value', value: formatMoney(kpis.averageOrderValue, currency), raw: kpis.averageOrderValue === null ? null : toMajor(kpis.averageOrderValue, currency) },
    { metric: 'Revenue (net of returns)', value: formatMoney(kpis.revenue, currency), raw: kpis.revenue === null ? null : toMajor(kpis.revenue, currency) },
    { metric: 'Orders per customer', value: formatDecimal(kpis.customers === 0 ? null : kpis.orders / kpis.customers), raw: kpis.customers === 0 ? null : kpis.orders / kpis.customers },
  ];
  return {
    title: 'Headline',
    columns: [
      { key: 'metric', label: 'Metric' },
      { key: 'value', label: 'Value', align: 'right' },
    ],
    rows,
  };
}
