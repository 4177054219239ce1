/**
 * care retention's output formats, a name → renderer map: the period table, with --compare the
 * comparison and with --cohorts the cohort table (table, md), one table (csv), or the JSON.
 */
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { compareCsvGrid, compareGrid } from './compare-view.js';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';
import { type RetentionResult, type WeeklyExtras, retentionJson } from './retention-contract.js';
import { cohortCsvGrid, cohortGrid, periodCsvGrid, periodGrid } from './retention-view.js';
import { withSchema } from './schemas/ids.js';

/** What the output shows besides the period table, and how. */
export interface RetentionView {
  cohorts?: boolean;
  revenue?: boolean;
  color: boolean;
}

type RetentionRenderer = (result: RetentionResult, view: RetentionView, extras: WeeklyExtras) => string;

export const RETENTION_RENDERERS = {
  json: (result, _view, extras) => renderJson(withSchema('retention', retentionJson(result, extras))),
  csv(result, view, extras) {
    if (extras.compare !== undefined) return renderCsv(compareCsvGrid(extras.compare));
    return renderCsv(view.cohorts ? cohortCsvGrid(result.cohorts, result.currency) : periodCsvGrid(result.periods));
  },
  md(result, view, extras) {
    const parts = [renderMarkdown(periodGrid(result.periods))];
    if (extras.compare !== undefined) parts.push(renderMarkdown(compareGrid(extras.compare)));
    if (view.cohorts) parts.push(renderMarkdown(cohortGrid(result.cohorts, { revenue: view.revenue, currency: result.currency, mode: result.cohortMode })));
    return `# Retention — as of ${result.asOf}\n\n${parts.join('\n')}`;
  },
  table(result, view, extras) {
    const color = view.color;
    const header = `Retention as of ${result.asOf} · ${result.period}ly periods · ${result.churnAfterDays === null ? 'subscriptions' : `a customer counts as active for ${result.churnAfterDays} days after a purchase`}\n\n`;
    const parts = [renderTable(periodGrid(result.periods), { color })];
    if (extras.compare !== undefined) parts.push(renderTable(compareGrid(extras.compare), { color }));
    if (view.cohorts) parts.push(renderTable(cohortGrid(result.cohorts.slice(-24), { maxAges: 13, revenue: view.revenue, currency: result.currency, mode: result.cohortMode }), { color }));
    return header + parts.join('\n');
  },
  html() {
    throw new UsageError('CARE_BAD_FORMAT', '--format html is for care report', { hint: 'use table, csv, json or md', say: say('error.htmlIsForReport'), hintSay: say('hint.formatsNoHtml') });
  },
} satisfies Record<string, RetentionRenderer>;

/** The result in one output format; `extras` adds the --compare grid (csv: instead of the period table) and, in JSON, the --fail-if checks. */
export function renderRetention(result: RetentionResult, format: keyof typeof RETENTION_RENDERERS | undefined, view: RetentionView, extras: WeeklyExtras = {}): string {
  return RETENTION_RENDERERS[format ?? 'table'](result, view, extras);
}
