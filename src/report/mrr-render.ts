/**
 * MRR movements in each output format (metrics/mrr.ts → report/mrr-view.ts): the period table and
 * the cohort revenue retention (table, md), the period rows (csv), or the JSON section.
 */
import type { Locale } from '../locale.js';
import type { MrrResult } from '../metrics/mrr.js';
import { mrrCohortGrid, mrrCsvGrid, mrrGrid, mrrJson } from './mrr-view.js';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';
import { withSchema } from './schemas/ids.js';

export interface MrrView {
  color: boolean;
  currency?: string;
  /** The language of titles, labels and notes (`--lang`; English when absent). */
  lang?: Locale;
}

type MrrRenderer = (result: MrrResult, view: MrrView) => string;

export const MRR_RENDERERS = {
  json: (result, view) => renderJson(withSchema('retention.mrr', mrrJson(result, view.currency))),
  csv: (result, view) => renderCsv(mrrCsvGrid(result.rows, view.currency)),
  md: (result, view) => [renderMarkdown(mrrGrid(result.rows, view.currency), view.lang), renderMarkdown(mrrCohortGrid(result.cohorts), view.lang)].join('\n'),
  table(result, view) {
    const style = { color: view.color, lang: view.lang };
    return [renderTable(mrrGrid(result.rows, view.currency), style), renderTable(mrrCohortGrid(result.cohorts.slice(-24), { maxAges: 13 }), style)].join('\n');
  },
} satisfies Record<string, MrrRenderer>;

/** The MRR result in one output format (table by default). */
export function renderMrr(result: MrrResult, format: keyof typeof MRR_RENDERERS | undefined, view: MrrView): string {
  return MRR_RENDERERS[format ?? 'table'](result, view);
}
