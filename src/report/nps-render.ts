/**
 * care nps's output formats, a name → renderer map: the summary, the 0–10 distribution and the
 * trend, segment and value tables (table, md), one table (csv), or the JSON contract.
 */
import { UsageError } from '../errors.js';
import { knownNote, say, sayIn, sayOr } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import type { NpsComputation } from '../metrics/nps-survey.js';
import { formatDay } from '../time/days.js';
import type { Grid } from './grid.js';
import { npsJson } from './nps-contract.js';
import { buyerTypeGrid, distributionChart, distributionGrid, npsCsvGrid, npsSummaryGrid, segmentGrid, tierGrid, trendGrid } from './nps-view.js';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';
import { withSchema } from './schemas/ids.js';

/** The grids of a result, in reading order (the distribution chart is apart: it is not a table); their cells in `lang` (English when absent). */
export function npsGrids(result: NpsComputation, lang?: Locale): Grid[] {
  const grids = [npsSummaryGrid(result.summary, result.csat, lang)];
  if (result.trend !== undefined) grids.push(trendGrid(result.trend, result.period!, lang));
  if (result.segments !== undefined) grids.push(segmentGrid(result.segments, result.by!));
  if (result.join !== undefined) grids.push(tierGrid(result.join, result.currency, lang), buyerTypeGrid(result.join, result.currency, lang));
  return grids;
}

function title(result: NpsComputation, lang: Locale | undefined): string {
  const n = result.summary.n;
  const answers = { source: result.source, count: n, n: n.toLocaleString('en-US') };
  return sayIn(lang ?? 'en', result.asOf === undefined ? say('table.nps.heading', answers) : say('table.nps.headingAsOf', { ...answers, asOf: formatDay(result.asOf) }));
}
/** The computation's notes, in `lang` where the catalogs know them (i18n/known-notes.ts), else as written. */
const notesOf = (result: NpsComputation, lang: Locale | undefined) => result.notes.map((note) => `${sayOr(lang, note, knownNote(note))}\n`).join('');

const SUMMARY_COLUMNS = ['n', 'promoters', 'passives', 'detractors', 'promoterShare', 'passiveShare', 'detractorShare', 'nps', 'marginOfError'] as const;

/** How the result is shown: colour, and the language of titles, labels and notes (English when absent). */
export interface NpsView {
  color: boolean;
  lang?: Locale;
}

type NpsRenderer = (result: NpsComputation, view: NpsView) => string;

/** CSV is one table: the trend with --period, else segments with --by, else the summary row. */
export const NPS_RENDERERS = {
  json: (result) => renderJson(withSchema('nps', npsJson(result))),
  csv(result) {
    if (result.trend !== undefined) return renderCsv(npsCsvGrid(result.trend, ['period', 'start', 'end', ...SUMMARY_COLUMNS, 'change', 'adjustedChange', 'changeMargin', 'belowMinimum', 'significant']));
    if (result.segments !== undefined) return renderCsv(npsCsvGrid(result.segments, ['segment', ...SUMMARY_COLUMNS]));
    return renderCsv(npsCsvGrid([result.summary], [...SUMMARY_COLUMNS]));
  },
  md(result, { lang }) {
    const notes = notesOf(result, lang);
    const [summary, ...rest] = npsGrids(result, lang);
    return `# ${title(result, lang)}\n\n${[summary!, distributionGrid(result.distribution, lang), ...rest].map((grid) => renderMarkdown(grid, lang)).join('\n')}${notes === '' ? '' : `\n${notes}`}`;
  },
  table(result, { color, lang }) {
    const notes = notesOf(result, lang);
    const [summary, ...rest] = npsGrids(result, lang);
    const style = { color, lang };
    const parts = [renderTable(summary!, style), distributionChart(result.distribution, style), ...rest.map((grid) => renderTable(grid, style))];
    return `${title(result, lang)}\n\n${parts.join('\n')}${notes === '' ? '' : `\n${notes}`}`;
  },
  html() {
    throw new UsageError('CARE_BAD_FORMAT', '--format html is for care report', { hint: 'use table, csv, json or md', say: say('error.htmlIsForReport'), hintSay: say('hint.formatsNoHtml') });
  },
} satisfies Record<string, NpsRenderer>;

/** The result in one output format (default table). */
export function renderNps(result: NpsComputation, format: keyof typeof NPS_RENDERERS | undefined, view: NpsView): string {
  return NPS_RENDERERS[format ?? 'table'](result, view);
}
