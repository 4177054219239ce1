/**
 * care report's output formats, a name → renderer map: the terminal tables, Markdown, the
 * headline figures as CSV, the JSON, and the HTML page (which takes the typed JSON, html/page.ts).
 */
import { say, translate } from '../i18n/index.js';
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

/** How the report is shown: colour in the terminal, the language of the HTML page, and of the text tables (`--lang`; English when absent). */
export interface ReportView {
  color: boolean;
  locale: Locale;
  lang?: Locale;
}

type ReportRenderer = (report: ReportResult, view: ReportView) => string;

/** The grids every text format shows first: headline, periods, cohorts, LTV, segments (named in `lang`), subscriptions. */
function orderGrids(report: ReportResult, lang: Locale | undefined): Grid[] {
  const cohorts = cohortGrid(report.cohorts, { maxAges: 13, currency: report.currency });
  const shown = report.periods.length;
  const periods = periodGrid(report.periods, say(`table.report.last.${report.period}`, { count: shown, n: String(shown) }));
  const subscriptions = report.subscriptions;
  const subscriptionGrids =
    subscriptions === undefined
      ? []
      : [periodGrid(subscriptions.periods, say(`table.report.subscriptions.${report.period}`, { count: subscriptions.periods.length, n: String(subscriptions.periods.length), asOf: subscriptions.asOf }))];
  if (report.mrr !== undefined) subscriptionGrids.push(mrrGrid(report.mrr.rows, report.subscriptions?.currency));
  return [kpiGrid(report, lang), periods, cohorts, ...report.ltv.grids(lang), segmentsGrid(report.segments, lang ?? 'en'), ...subscriptionGrids];
}

/** "Customer report — as of 2026-03-05". */
const heading = (report: ReportResult, lang: Locale | undefined) => translate(lang, 'table.report.heading', { asOf: report.asOf });

export const REPORT_RENDERERS = {
  json: (report) => renderJson(withSchema('report', reportJson(report))),
  html: (report, view) => renderReportHtml(reportJson(report), { locale: view.locale }),
  csv: (report) =>
    renderCsv({ columns: [{ key: 'metric', label: 'metric' }, { key: 'value', label: 'value' }], rows: kpiGrid(report).rows.map((row) => ({ metric: row['metric'] ?? null, value: row['raw'] ?? null })) }),
  md(report, { lang }) {
    const nps = report.nps ? [...report.nps.grids(lang), report.nps.distribution(lang)] : [];
    const grids = [...orderGrids(report, lang), ...nps, ...(report.complaints?.grids ?? []), ...(report.sla?.grids(lang) ?? [])];
    return `# ${heading(report, lang)}\n\n${grids.map((grid) => renderMarkdown(grid, lang)).join('\n')}`;
  },
  table(report, { color, lang }) {
    const style = { color, lang };
    const tables = orderGrids(report, lang).map((grid) => renderTable(grid, style));
    if (report.nps) tables.push(...report.nps.grids(lang).map((grid) => renderTable(grid, style)), report.nps.chart(lang));
    if (report.complaints) tables.push(...report.complaints.grids.map((grid) => renderTable(grid, style)));
    if (report.sla) tables.push(...report.sla.grids(lang).map((grid) => renderTable(grid, style)));
    return `${heading(report, lang)}\n\n${tables.join('\n')}`;
  },
} satisfies Record<string, ReportRenderer>;

/** The report in one output format (table when none is given). */
export function renderReport(report: ReportResult, format: keyof typeof REPORT_RENDERERS | undefined, view: ReportView): string {
  return REPORT_RENDERERS[format ?? 'table'](report, view);
}
