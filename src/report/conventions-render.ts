/**
 * `care retention --conventions` and `--convention NAME` in each output format: every vendor's
 * churn side by side with the bridge from care's, or one vendor's churn month by month
 * (docs/definitions.md "Churn conventions").
 */
import type { ConventionName, ConventionResult, ConventionsResult } from '../metrics/conventions.js';
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

const bridgeText = (result: ConventionsResult) => bridgeSentences(result.bridges).map((line) => `${line}\n`).join('');

export const CONVENTIONS_RENDERERS: Record<ConventionsFormat, (result: ConventionsResult, color: boolean) => string> = {
  table: (result, color) => `${renderTable(conventionsGrid(result), { color })}${bridgeText(result)}`,
  md: (result) => `# Churn by convention — ${formatDay(result.end).slice(0, 7)}\n\n${renderMarkdown(conventionsGrid(result))}\n${bridgeText(result)}`,
  // One row per convention, then the bridge rows: two tables would not make one CSV.
  csv: (result) => renderCsv(bridgeCsvGrid(result.bridges)),
  json: (result) => renderJson(withSchema('retention.conventions', conventionsJson(result))),
};

export function renderConventions(result: ConventionsResult, format: ConventionsFormat, color: boolean): string {
  return CONVENTIONS_RENDERERS[format](result, color);
}

export function renderConventionSeries(name: ConventionName, rows: readonly SeriesRow[], format: ConventionsFormat, color: boolean): string {
  const grid: Grid = conventionSeriesGrid(name, rows);
  switch (format) {
    case 'json':
      return renderJson(withSchema('retention.convention', { convention: name, periods: rows.map((row) => ({ ...row, from: formatDay(row.from), to: formatDay(row.to), churnRate: roundFraction(row.churnRate), retentionRate: roundFraction(row.retentionRate) })) }));
    case 'csv':
      return renderCsv(grid);
    case 'md':
      return `# Churn by the ${name} convention\n\n${renderMarkdown(grid)}`;
    default:
      return renderTable(grid, { color });
  }
}
