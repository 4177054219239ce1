/**
 * care report's output formats, a name → renderer map: the terminal tables, Markdown, the
 * headline figures as CSV, the JSON, and the HTML page (which takes the typed JSON, html/page.ts).
 */
import type { Locale } from '../locale.js';
import type { Grid } from './grid.js';
import { renderReportHtml } from './html/page.js';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';
import { type ReportResult, reportJson } from './report-contract.js';
import { kpiGrid } from './report-view.js';
import { cohortGrid, periodGrid } from './retention-view.js';
import { mrrGrid } from './mrr-view.js';
import { segmentsGrid } from './segments-view.js';
import { withSchema } from './schemas/ids.js';

/** How the report is shown: colour in the terminal, the language of the HTML page. */
export interface ReportView {
  color: boolean;
  locale: Locale;
}

type ReportRenderer = (report: ReportResult, view: ReportView) => string;

/** The grids every text format shows first: headline, periods, cohorts, LTV, subscriptions. */
function orderGrids(report: ReportResult): Grid[] {
  const cohorts = cohortGrid(report.cohorts, { maxAges: 13, currency: report.currency });
  const periods = periodGrid(report.periods, `Last ${report.periods.length} ${report.period}s`);
  const subscriptionGrids = report.subscriptions === undefined ? [] : [periodGrid(report.subscriptions.periods, `Subscriptions — last ${report.subscriptions.periods.length} ${report.period}s (as of ${report.subscriptions.asOf})`)];
  if (report.mrr !== undefined) subscriptionGrids.push(mrrGrid(report.mrr.rows, report.subscriptions?.currency));
  return [kpiGrid(report), periods, cohorts, ...report.ltv.grids(), segmentsGrid(report.segments, 'en'), ...subscriptionGrids];
}

export const REPORT_RENDERERS = {
  json: (report) => renderJson(withSchema('report', reportJson(report))),
  html: (report, view) => renderReportHtml(reportJson(report), { locale: view.locale }),
  csv: (report) =>
    renderCsv({ columns: [{ key: 'metric', label: 'metric' }, { key: 'value', label: 'value' }], rows: kpiGrid(report).rows.map((row) => ({ metric: row['metric'] ?? null, value: row['raw'] ?? null })) }),
  md(report) {
    const nps = report.nps ? [...report.nps.grids(), report.nps.distribution()] : [];
    return `# Customer report — as of ${report.asOf}\n\n${[...orderGrids(report), ...nps, ...(report.complaints?.grids ?? []), ...(report.sla?.grids() ?? [])].map((grid) => renderMarkdown(grid)).join('\n')}`;
  },
  table(report, { color }) {
    const tables = orderGrids(report).map((grid) => renderTable(grid, { color }));
    if (report.nps) tables.push(...report.nps.grids().map((grid) => renderTable(grid, { color })), report.nps.chart());
    if (report.complaints) tables.push(...report.complaints.grids.map((grid) => renderTable(grid, { color })));
    if (report.sla) tables.push(...report.sla.grids().map((grid) => renderTable(grid, { color })));
    return `Customer report — as of ${report.asOf}\n\n${tables.join('\n')}`;
  },
} satisfies Record<string, ReportRenderer>;

/** The report in one output format (table when none is given). */
export function renderReport(report: ReportResult, format: keyof typeof REPORT_RENDERERS | undefined, view: ReportView): string {
  return REPORT_RENDERERS[format ?? 'table'](report, view);
}
