/** care sla's output formats, a name → renderer map: the summary and the breaches (table, md), one table (csv), or the JSON. */
import { UsageError } from '../errors.js';
import { type MessageRef, say, sayIn } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';
import { type SlaResult, slaJson } from './sla-contract.js';
import { breachCsvGrid, breachGrid, slaCompareCsvGrid, slaCompareGrid, slaCsvGrid, slaGrid } from './sla-view.js';
import { withSchema } from './schemas/ids.js';

export interface SlaView {
  /** Every breach (table, md), or the breaches instead of the summary (csv). */
  breaches?: boolean;
  color: boolean;
  /** The language of the heading, titles, labels and notes (`--lang`; English when absent). */
  lang?: Locale;
}

/** Breaches shown on a terminal without --breaches. */
export const BREACHES_SHOWN = 20;

type SlaRenderer = (result: SlaResult, view: SlaView) => string;

function heading(result: SlaResult, lang: Locale | undefined): string {
  const ref: MessageRef = say('table.sla.heading', { source: result.source, asOf: result.asOf, count: result.total.tickets, n: String(result.total.tickets) });
  return sayIn(lang ?? 'en', ref);
}

export const SLA_RENDERERS = {
  json: (result) => renderJson(withSchema('sla', slaJson(result))),
  // One table per CSV: the breaches (--breaches), else the comparison (--compare), else the summary.
  csv: (result, view) => renderCsv(view.breaches ? breachCsvGrid(result.breaches) : result.compare !== undefined ? slaCompareCsvGrid(result.compare) : slaCsvGrid(result)),
  md(result, view) {
    const { lang } = view;
    const parts = [renderMarkdown(slaGrid(result, lang), lang)];
    if (result.compare !== undefined) parts.push(renderMarkdown(slaCompareGrid(result, result.compare, lang), lang));
    if (result.breaches.length > 0) parts.push(renderMarkdown(breachGrid(result, view.breaches ? undefined : BREACHES_SHOWN, lang), lang));
    return `# ${heading(result, lang)}\n\n${parts.join('\n')}`;
  },
  table(result, view) {
    const { lang } = view;
    const style = { color: view.color, lang };
    const parts = [renderTable(slaGrid(result, lang), style)];
    if (result.compare !== undefined) parts.push(renderTable(slaCompareGrid(result, result.compare, lang), style));
    if (result.breaches.length > 0) parts.push(renderTable(breachGrid(result, view.breaches ? undefined : BREACHES_SHOWN, lang), style));
    return `${heading(result, lang)}\n\n${parts.join('\n')}`;
  },
  html() {
    throw new UsageError('CARE_BAD_FORMAT', '--format html is for care report', { hint: 'use table, csv, json or md', say: say('error.htmlIsForReport'), hintSay: say('hint.formatsNoHtml') });
  },
} satisfies Record<string, SlaRenderer>;

export function renderSla(result: SlaResult, format: keyof typeof SLA_RENDERERS | undefined, view: SlaView): string {
  return SLA_RENDERERS[format ?? 'table'](result, view);
}
