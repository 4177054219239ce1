/**
 * care ltv's output formats, a name → renderer map: the grids of the chosen model in reading
 * order (table, md), one table (csv), or the JSON contract (report/ltv-contract.ts).
 */
import { UsageError } from '../errors.js';
import { knownNote, type MessageKey, say, sayOr, translate } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import { countingModelLabel, type CountingModelChoice } from '../metrics/ltv/counting-models.js';
import type { LtvModel } from '../metrics/ltv/settings.js';
import { formatDay } from '../time/days.js';
import type { Grid } from './grid.js';
import { type LtvResult, ltvJson } from './ltv-contract.js';
import { countingFitGrid, modelComparisonGrid } from './ltv-models-view.js';
import {
  historicalCsvGrid,
  historicalGrid,
  historicalSegmentGrid,
  holdoutGrid,
  metricCsvGrid,
  modelParametersGrid,
  predictionSegmentGrid,
  predictionSummaryGrid,
  rawCsvGrid,
  simpleLtvGrid,
  simpleSegmentGrid,
} from './ltv-view.js';
import { customerIntervalsGrid, noPurchaseRows } from './ltv-customers-view.js';
import { reportCardGrid } from './report-card-view.js';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderTable } from './render-table.js';
import { trackingGrid } from './tracking-view.js';
import { withSchema } from './schemas/ids.js';

const MODEL_TITLES: Record<LtvModel | CountingModelChoice, MessageKey> = {
  simple: 'table.ltv.model.simple',
  historical: 'table.ltv.model.historical',
  bgnbd: 'table.ltv.model.bgnbd',
  pnbd: 'table.ltv.model.pnbd',
  mbgnbd: 'table.ltv.model.mbgnbd',
  auto: 'table.ltv.model.auto',
};

/** The grids of a result, in reading order; `maxAges` trims the historical curve for terminals; the cells' words in `lang` (English when absent, as CSV takes them). */
export function ltvGrids(result: LtvResult, maxAges?: number, lang?: Locale): Grid[] {
  const { currency } = result;
  const by = result.by ?? 'segment';
  const grids: Grid[] = [];
  if (result.simple) grids.push(simpleLtvGrid(result.simple, result.simple.basis, currency, undefined, lang));
  if (result.simpleSegments) grids.push(simpleSegmentGrid(result.simpleSegments, by, currency));
  if (result.historical) grids.push(historicalGrid(result.historical, { maxAges, currency, lang }));
  if (result.historicalSegments) grids.push(historicalSegmentGrid(result.historicalSegments, by, currency));
  const predictive = result.predictive;
  if (predictive) {
    const { timeUnit, horizon, discountRate } = result.settings;
    const plainBgNbd = predictive.choice === 'bgnbd' && !predictive.uncertaintyRequested;
    if (plainBgNbd || !predictive.fit) grids.push(modelParametersGrid(predictive.bgnbd, predictive.gammaGamma, timeUnit, currency, lang));
    else grids.push(countingFitGrid(predictive.fit, predictive.gammaGamma, predictive.dropout, timeUnit, currency, lang));
    if (predictive.selection) grids.push(modelComparisonGrid(predictive.selection, lang));
    if (predictive.summary) {
      const summary = predictionSummaryGrid(predictive.summary, { length: horizon, unit: timeUnit, discountRate }, currency, lang);
      const withChurn = { ...summary, rows: [...summary.rows, ...noPurchaseRows(predictive, lang)] };
      grids.push(plainBgNbd ? withChurn : { ...withChurn, title: say('table.ltv.predictedTitle', { model: countingModelLabel(predictive.model) }) });
    }
    const customers = customerIntervalsGrid(predictive, currency);
    if (customers) grids.push(customers);
    if (predictive.holdout) grids.push(holdoutGrid(predictive.holdout, formatDay(predictive.calibrationEnd), formatDay(predictive.holdout.holdoutEnd), timeUnit, lang), reportCardGrid(predictive.holdout.card, lang));
    const tracking = predictive.holdout ? trackingGrid(predictive.holdout.tracking, lang) : undefined;
    if (tracking) grids.push(tracking);
  }
  if (result.predictiveSegments) grids.push(predictionSegmentGrid(result.predictiveSegments, by, currency));
  return grids;
}

/** CSV: the per-segment table with --by; else the cohort curves (historical), the holdout table, or metric/value rows. */
export function ltvCsvGrid(result: LtvResult): Grid {
  const by = result.by ?? 'segment';
  if (result.simpleSegments) return rawCsvGrid(simpleSegmentGrid(result.simpleSegments, by), ['averageOrderValue', 'ltv', 'ltvMinusCac'], result.currency);
  if (result.historicalSegments) return rawCsvGrid(historicalSegmentGrid(result.historicalSegments, by), ['revenue', 'revenuePerCustomer'], result.currency);
  if (result.predictiveSegments) return rawCsvGrid(predictionSegmentGrid(result.predictiveSegments, by), ['meanClv'], result.currency);
  if (result.historical) return historicalCsvGrid(result.historical, result.currency);
  if (result.predictive?.holdout) {
    const grid = holdoutGrid(result.predictive.holdout, '', '', result.settings.timeUnit);
    return rawCsvGrid({ ...grid, rows: grid.rows.slice(0, -1) });
  }
  return metricCsvGrid(ltvGrids(result));
}

const title = (result: LtvResult, lang: Locale | undefined) => translate(lang, 'table.ltv.heading', { asOf: formatDay(result.asOf), model: say(MODEL_TITLES[result.model]) });

/** How the result is shown: colour, and the language of titles, labels and notes (English when absent). */
export interface LtvView {
  color: boolean;
  lang?: Locale;
}

type LtvRenderer = (result: LtvResult, view: LtvView) => string;

export const LTV_RENDERERS = {
  json: (result) => renderJson(withSchema('ltv', ltvJson(result))),
  csv: (result) => renderCsv(ltvCsvGrid(result)),
  md(result, { lang }) {
    const said = (message: string) => sayOr(lang, message, knownNote(message));
    const warnings = result.warnings.length === 0 ? '' : `\n## ${translate(lang, 'table.ltv.warnings')}\n\n${result.warnings.map((warning) => `- ${said(warning.message)}`).join('\n')}\n`;
    return `# ${title(result, lang)}\n\n${ltvGrids(result, undefined, lang).map((grid) => renderMarkdown(grid, lang)).join('\n')}${warnings}`;
  },
  table: (result, { color, lang }) => `${title(result, lang)}\n\n${ltvGrids(result, 13, lang).map((grid) => renderTable(grid, { color, lang })).join('\n')}`,
  html() {
    throw new UsageError('CARE_BAD_FORMAT', '--format html is for care report', { hint: 'use table, csv, json or md', say: say('error.htmlIsForReport'), hintSay: say('hint.formatsNoHtml') });
  },
} satisfies Record<string, LtvRenderer>;

/** The result in one output format (default table). */
export function renderLtv(result: LtvResult, format: keyof typeof LTV_RENDERERS | undefined, view: LtvView): string {
  return LTV_RENDERERS[format ?? 'table'](result, view);
}
