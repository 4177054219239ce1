/**
 * `care retention --conventions` and `--convention NAME` in each output format: every vendor's
 * churn side by side with the bridge from care's, or one vendor's churn month by month
 * (docs/definitions.md "Churn conventions").
 */
import type { ConventionName, ConventionResult, ConventionsResult } from '../metrics/conventions.js';
import { translate } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import { formatDay } from '../time/days.js';
import { bridgeCsvGrid, bridgeSentences, conventionSeriesGrid, conventionsGrid, conventionsJson } from './conventions-view.js';
import { roundFraction } from './format.js';
import type { Grid } from './grid.js';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';
import { withSchema } from './schemas/ids.js';

export type ConventionsFormat = 'table' | 'csv' | 'json' | 'md';
type SeriesRow = ConventionResult & { period: string };

const bridgeText = (result: ConventionsResult, lang: Locale | undefined) => bridgeSentences(result.bridges, lang).map((line) => `${line}\n`).join('');

/** The renderers; table and Markdown say titles, labels, notes and the bridge in `lang` (CSV and JSON English). */
export const CONVENTIONS_RENDERERS: Record<ConventionsFormat, (result: ConventionsResult, color: boolean, lang?: Locale) => string> = {
  table: (result, color, lang) => `${renderTable(conventionsGrid(result, lang), { color, lang })}${bridgeText(result, lang)}`,
  md: (result, _color, lang) => `# ${translate(lang, 'table.conventions.markdownHeading', { month: formatDay(result.end).slice(0, 7) })}\n\n${renderMarkdown(conventionsGrid(result, lang), lang)}\n${bridgeText(result, lang)}`,
  // One row per convention, then the bridge rows: two tables would not make one CSV.
  csv: (result) => renderCsv(bridgeCsvGrid(result.bridges)),
  json: (result) => renderJson(withSchema('retention.conventions', conventionsJson(result))),
};

export function renderConventions(result: ConventionsResult, format: ConventionsFormat, color: boolean, lang?: Locale): string {
  return CONVENTIONS_RENDERERS[format](result, color, lang);
}

export function renderConventionSeries(name: ConventionName, rows: readonly SeriesRow[], format: ConventionsFormat, color: boolean, lang?: Locale): string {
  const grid: Grid = conventionSeriesGrid(name, rows);
  switch (format) {
    case 'json':
      return renderJson(withSchema('retention.convention', { convention: name, periods: rows.map((row) => ({ ...row, from: formatDay(row.from), to: formatDay(row.to), churnRate: roundFraction(row.churnRate), retentionRate: roundFraction(row.retentionRate) })) }));
    case 'csv':
      return renderCsv(grid);
    case 'md':
      return `# ${translate(lang, 'table.conventions.seriesHeading', { name })}\n\n${renderMarkdown(grid, lang)}`;
    default:
      return renderTable(grid, { color, lang });
  }
}
