/**
 * care retention's output formats, a name → renderer map: the period table, with --compare the
 * comparison and with --cohorts the cohort table (table, md), one table (csv), or the JSON.
 */
import { UsageError } from '../errors.js';
import { type MessageRef, say, sayIn, translate } from '../i18n/index.js';
import type { Locale } from '../locale.js';
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
  /** The language of titles, labels and notes (`--lang`; English when absent). */
  lang?: Locale;
}

type RetentionRenderer = (result: RetentionResult, view: RetentionView, extras: WeeklyExtras) => string;

export const RETENTION_RENDERERS = {
  json: (result, _view, extras) => renderJson(withSchema('retention', retentionJson(result, extras))),
  csv(result, view, extras) {
    if (extras.compare !== undefined) return renderCsv(compareCsvGrid(extras.compare));
    return renderCsv(view.cohorts ? cohortCsvGrid(result.cohorts, result.currency) : periodCsvGrid(result.periods));
  },
  md(result, view, extras) {
    const lang = view.lang;
    const parts = [renderMarkdown(periodGrid(result.periods), lang)];
    if (extras.compare !== undefined) parts.push(renderMarkdown(compareGrid(extras.compare, lang), lang));
    if (view.cohorts) parts.push(renderMarkdown(cohortGrid(result.cohorts, { revenue: view.revenue, currency: result.currency, mode: result.cohortMode }), lang));
    return `# ${translate(lang, 'table.retention.markdownHeading', { asOf: result.asOf })}\n\n${parts.join('\n')}`;
  },
  table(result, view, extras) {
    const style = { color: view.color, lang: view.lang };
    const header = `${sayIn(view.lang ?? 'en', retentionHeading(result))}\n\n`;
    const parts = [renderTable(periodGrid(result.periods), style)];
    if (extras.compare !== undefined) parts.push(renderTable(compareGrid(extras.compare, view.lang), style));
    if (view.cohorts) parts.push(renderTable(cohortGrid(result.cohorts.slice(-24), { maxAges: 13, revenue: view.revenue, currency: result.currency, mode: result.cohortMode }), style));
    return header + parts.join('\n');
  },
  html() {
    throw new UsageError('CARE_BAD_FORMAT', '--format html is for care report', { hint: 'use table, csv, json or md', say: say('error.htmlIsForReport'), hintSay: say('hint.formatsNoHtml') });
  },
} satisfies Record<string, RetentionRenderer>;

/** "Retention as of … · monthly periods · a customer counts as active for 90 days after a purchase". */
function retentionHeading(result: RetentionResult): MessageRef {
  const activity = result.churnAfterDays === null ? say('table.retention.subscriptions') : say('table.retention.activeFor', { count: result.churnAfterDays });
  return say('table.retention.heading', { asOf: result.asOf, period: say(`table.period.${result.period}`), activity });
}

/** The result in one output format; `extras` adds the --compare grid (csv: instead of the period table) and, in JSON, the --fail-if checks. */
export function renderRetention(result: RetentionResult, format: keyof typeof RETENTION_RENDERERS | undefined, view: RetentionView, extras: WeeklyExtras = {}): string {
  return RETENTION_RENDERERS[format ?? 'table'](result, view, extras);
}
