/**
 * care nps's output formats, a name → renderer map: the summary, the 0–10 distribution and the
 * trend, segment and value tables (table, md), one table (csv), or the JSON contract.
 */
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
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

/** The grids of a result, in reading order (the distribution chart is apart: it is not a table). */
export function npsGrids(result: NpsComputation): Grid[] {
  const grids = [npsSummaryGrid(result.summary, result.csat)];
  if (result.trend !== undefined) grids.push(trendGrid(result.trend, result.period!));
  if (result.segments !== undefined) grids.push(segmentGrid(result.segments, result.by!));
  if (result.join !== undefined) grids.push(tierGrid(result.join, result.currency), buyerTypeGrid(result.join, result.currency));
  return grids;
}

const title = (result: NpsComputation) => `NPS — ${result.source} · ${result.summary.n.toLocaleString('en-US')} answers${result.asOf === undefined ? '' : ` · as of ${formatDay(result.asOf)}`}`;
const notesOf = (result: NpsComputation) => result.notes.map((note) => `${note}\n`).join('');

const SUMMARY_COLUMNS = ['n', 'promoters', 'passives', 'detractors', 'promoterShare', 'passiveShare', 'detractorShare', 'nps', 'marginOfError'] as const;

type NpsRenderer = (result: NpsComputation, view: { color: boolean }) => string;

/** CSV is one table: the trend with --period, else segments with --by, else the summary row. */
export const NPS_RENDERERS = {
  json: (result) => renderJson(withSchema('nps', npsJson(result))),
  csv(result) {
    if (result.trend !== undefined) return renderCsv(npsCsvGrid(result.trend, ['period', 'start', 'end', ...SUMMARY_COLUMNS, 'change', 'adjustedChange', 'changeMargin', 'belowMinimum', 'significant']));
    if (result.segments !== undefined) return renderCsv(npsCsvGrid(result.segments, ['segment', ...SUMMARY_COLUMNS]));
    return renderCsv(npsCsvGrid([result.summary], [...SUMMARY_COLUMNS]));
  },
  md(result) {
    const notes = notesOf(result);
    const [summary, ...rest] = npsGrids(result);
    return `# ${title(result)}\n\n${[summary!, distributionGrid(result.distribution), ...rest].map((grid) => renderMarkdown(grid)).join('\n')}${notes === '' ? '' : `\n${notes}`}`;
  },
  table(result, { color }) {
    const notes = notesOf(result);
    const [summary, ...rest] = npsGrids(result);
    const parts = [renderTable(summary!, { color }), distributionChart(result.distribution, { color }), ...rest.map((grid) => renderTable(grid, { color }))];
    return `${title(result)}\n\n${parts.join('\n')}${notes === '' ? '' : `\n${notes}`}`;
  },
  html() {
    throw new UsageError('CARE_BAD_FORMAT', '--format html is for care report', { hint: 'use table, csv, json or md', say: say('error.htmlIsForReport'), hintSay: say('hint.formatsNoHtml') });
  },
} satisfies Record<string, NpsRenderer>;

/** The result in one output format (default table). */
export function renderNps(result: NpsComputation, format: keyof typeof NPS_RENDERERS | undefined, color: boolean): string {
  return NPS_RENDERERS[format ?? 'table'](result, { color });
}
