/**
 * care nps: NPS and CSAT from a survey export — counts and shares, NPS with its 95% margin of
 * error, the 0–10 distribution, the trend by period, segments, and (with --orders) NPS by customer
 * value and buyer type, the revenue detractors hold, and the detractors list for follow-up.
 */
import { loadConfig } from '../config/load.js';
import type { CareConfig } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { readRating } from '../ingest/fields/score.js';
import { normalizeHeader } from '../ingest/headers.js';
import { openSource } from '../ingest/source.js';
import { type SurveyTable, readSurvey, surveyValues } from '../ingest/survey.js';
import type { Io } from '../io/types.js';
import { writeFileAtomic } from '../io/write-output.js';
import type { CustomerHistory } from '../metrics/history.js';
import { type CsatSummary, type NpsAnswer, type NpsOrdersJoin, joinOrders, npsBySegment, npsTrend, scoreDistribution, summarizeCsat, summarizeScores } from '../metrics/nps.js';
import { roundFraction, toMajor } from '../report/format.js';
import type { Grid } from '../report/grid.js';
import { buyerTypeGrid, distributionChart, distributionGrid, npsCsvGrid, npsSummaryGrid, segmentGrid, tierGrid, trendGrid } from '../report/nps-view.js';
import { renderCsv, renderRecordsCsv } from '../report/render-csv.js';
import { renderMarkdown } from '../report/render-markdown.js';
import { renderTable } from '../report/render-table.js';
import { type Day, formatDay } from '../time/days.js';
import type { PeriodKind } from '../time/periods.js';
import { type DataOptions, parseAsOf, readOptionsFor } from './data-options.js';
import { loadOrders, openRejectsFile, reportSkipped } from './load-orders.js';
import { emit, guardOutputs, toJson } from './output.js';
import { enforceThresholds } from './weekly.js';
import { NPS_METRICS, evaluateThresholds, npsReading, parseThresholds } from '../metrics/thresholds.js';

export interface NpsOptions extends DataOptions {
  /** `--fail-if nps<30`: exit 4 when crossed (after the output is written). */
  failIf?: string | string[];
  period?: PeriodKind;
  /** A column of the survey to segment by (its header, or a survey field name such as `segment`). */
  by?: string;
  /** An orders export to join answers to customers' purchases. */
  orders?: string;
  /** Where to write the detractors as CSV. */
  detractors?: string;
}

/** The customers' orders, already read (care report hands its own in). */
export interface JoinedOrders {
  history: CustomerHistory;
  asOf: Day;
}

/** Everything computed from one survey file; metrics in raw form (see npsJson for the JSON contract). */
export interface NpsComputation {
  source: string;
  mode: SurveyTable['mode'];
  asOf: Day | undefined;
  answers: (NpsAnswer & { line: number; comment?: string })[];
  summary: ReturnType<typeof summarizeScores>;
  distribution: number[];
  csat: CsatSummary | null;
  ingest: Record<string, unknown>;
  notes: string[];
  period?: PeriodKind;
  trend?: ReturnType<typeof npsTrend>;
  by?: string;
  segments?: ReturnType<typeof npsBySegment>;
  join?: NpsOrdersJoin;
  currency?: string;
}

/** Reads the survey (and --orders) and computes every NPS figure the options ask for. */
export async function computeNps(io: Io, file: string, options: NpsOptions, config: CareConfig, orders?: JoinedOrders & { currency?: string }): Promise<NpsComputation> {
  const table = await readSurveyFile(io, file, options, config);
  const byIndex = options.by === undefined ? undefined : columnIndex(table, options.by);
  const asOfOption = parseAsOf(options.asOf);
  const answers: NpsComputation['answers'] = [];
  const ratings: number[] = [];
  let afterAsOf = 0;
  let unreadableCsat = 0;
  let otherScale = 0;
  for (const record of table.records) {
    const values = surveyValues(record);
    if (asOfOption !== undefined && values.date !== undefined && values.date > asOfOption) {
      afterAsOf++;
      continue;
    }
    if (typeof values.csat === 'number') ratings.push(values.csat);
    else if (values.csat !== undefined) {
      unreadableCsat++;
      if (readRating(values.csat, 0, 10) !== undefined) otherScale++;
    }
    if (values.score === undefined) continue;
    const answer: NpsComputation['answers'][number] = { line: record.line, score: values.score };
    if (values.date !== undefined) answer.day = values.date;
    if (values.customer !== undefined) answer.customer = values.customer;
    if (values.comment !== undefined) answer.comment = values.comment;
    answer.segment = byIndex === undefined ? values.segment : (record.cells[byIndex] ?? '').trim();
    answers.push(answer);
  }
  const notes: string[] = [];
  let csat: CsatSummary | null = null;
  if (table.mapping['csat'] !== undefined) {
    if (otherScale > 0 && otherScale * 2 >= unreadableCsat + ratings.length) {
      notes.push(`The "${table.columns['csat']!.header}" column is not on a 1–5 scale (${otherScale.toLocaleString('en-US')} of its values are 0 or 6–10), so no CSAT is computed from it.`);
    } else {
      csat = summarizeCsat(ratings);
      if (unreadableCsat > 0) notes.push(`${unreadableCsat.toLocaleString('en-US')} CSAT cells were not a rating from 1 to 5 and are left out of CSAT.`);
    }
  }
  const lastAnswerDay = answers.reduce<number | undefined>((last, answer) => (answer.day === undefined ? last : Math.max(last ?? -Infinity, answer.day)), undefined);
  const result: NpsComputation = {
    source: file,
    mode: table.mode,
    asOf: asOfOption ?? latestOf(lastAnswerDay, orders?.asOf),
    answers,
    summary: summarizeScores(answers.map((answer) => answer.score)),
    distribution: scoreDistribution(answers.map((answer) => answer.score)),
    csat,
    ingest: { rows: table.ingest.rows, answers: answers.length, skipped: table.ingest.skipped, ...(afterAsOf > 0 ? { afterAsOf } : {}), columns: Object.fromEntries(Object.entries(table.columns).map(([field, column]) => [field, column.header])) },
    notes,
  };
  if (result.summary.n > 0 && result.summary.n < SMALL_SAMPLE) {
    notes.push(`Only ${result.summary.n} answers: the margin of error (a normal approximation) is a rough guide, and near ±100 it understates the uncertainty.`);
  }
  if (options.period !== undefined) {
    result.period = options.period;
    result.trend = npsTrend(answers, options.period);
    const undated = answers.filter((answer) => answer.day === undefined).length;
    if (undated > 0) notes.push(`${undated.toLocaleString('en-US')} answers have no date and are left out of the trend.`);
  }
  if (options.by !== undefined) {
    result.by = table.headers[byIndex!] || options.by;
    result.segments = npsBySegment(answers);
  }
  if (orders !== undefined) {
    result.join = joinOrders(answers, orders.history, orders.asOf);
    if (orders.currency !== undefined) result.currency = orders.currency;
  }
  return result;
}

/** Below this many answers the normal approximation behind the margin of error is rough. */
const SMALL_SAMPLE = 30;

function latestOf(a: Day | undefined, b: Day | undefined): Day | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.max(a, b);
}

/** care nps SURVEY: computes, writes --detractors when asked, and prints in the chosen format. */
export async function runNps(io: Io, file: string, options: NpsOptions = {}): Promise<void> {
  const thresholds = parseThresholds(options.failIf, NPS_METRICS, 'care nps');
  guardOutputs(io, { input: file, '--orders': options.orders }, { '--out': options.out, '--rejects': options.rejects, '--detractors': options.detractors }, options.config);
  const config = loadConfig(io.cwd, options.config);
  let orders: (JoinedOrders & { currency?: string }) | undefined;
  if (options.orders !== undefined) {
    // --map, --delimiter, --encoding, --date-format and --rejects describe the survey file; the orders are sniffed on their own.
    const loaded = await loadOrders(io, options.orders, { config: options.config, strict: options.strict, currency: options.currency, asOf: options.asOf }, config);
    orders = { history: loaded.history, asOf: loaded.asOf, currency: loaded.history.currency };
  }
  const result = await computeNps(io, file, options, config, orders);
  if (options.detractors !== undefined) {
    const rows = detractorRows(result);
    writeFileAtomic(options.detractors, renderRecordsCsv(rows.headers, rows.rows), { what: '--detractors' });
    io.stderr.write(`care: wrote ${rows.rows.length} detractor${rows.rows.length === 1 ? '' : 's'} to ${options.detractors}\n`);
  }
  emit(io, renderNps(result, options.format ?? 'table', io.color), options.out, result.asOf);
  enforceThresholds(io, evaluateThresholds(thresholds, npsReading(result.summary.nps, result.asOf === undefined ? null : formatDay(result.asOf))));
}

/** The detractors (score 0–6) for follow-up: most revenue first when orders are joined, else lowest score first. */
export function detractorRows(result: NpsComputation): { headers: string[]; rows: (string | number | null)[][] } {
  const joined = result.join !== undefined && result.join.tierBasis === 'revenue';
  const revenueOf = (customer: string | undefined) => (customer === undefined ? null : (result.join?.customers.get(customer)?.revenue ?? null));
  const detractors = result.answers
    .filter((answer) => answer.score <= 6)
    .map((answer) => ({ answer, revenue: joined ? revenueOf(answer.customer) : null }))
    .sort((a, b) => (b.revenue ?? -Infinity) - (a.revenue ?? -Infinity) || a.answer.score - b.answer.score || a.answer.line - b.answer.line);
  const headers = ['customer', 'date', 'score', 'comment', ...(joined ? ['revenue'] : [])];
  const rows = detractors.map(({ answer, revenue }) => [
    answer.customer ?? '',
    answer.day === undefined ? '' : formatDay(answer.day),
    answer.score,
    answer.comment ?? '',
    ...(joined ? [revenue === null ? null : toMajor(revenue, result.currency)] : []),
  ]);
  return { headers, rows };
}

/** The JSON contract (DESIGN.md §5): counts, shares 0–1, NPS and margin in points, camelCase, `ingest`. */
export function npsJson(result: NpsComputation) {
  const round = roundSummary;
  const json: Record<string, unknown> = {
    source: result.source,
    asOf: result.asOf === undefined ? null : formatDay(result.asOf),
    ...round(result.summary),
    distribution: result.distribution,
    csat: result.csat === null ? null : { ...result.csat, csat: roundFraction(result.csat.csat) },
    ingest: result.ingest,
  };
  if (result.notes.length > 0) json['notes'] = result.notes;
  if (result.trend !== undefined) {
    json['period'] = result.period;
    json['trend'] = result.trend.map((row) => ({ ...round(row), change: roundPoints(row.change), changeMargin: roundPoints(row.changeMargin) }));
  }
  if (result.segments !== undefined) {
    json['by'] = result.by;
    json['segments'] = result.segments.map(round);
  }
  if (result.join !== undefined) {
    const { customers: _customers, ...join } = result.join;
    const money = (minor: number | null) => (minor === null ? null : toMajor(minor, result.currency));
    json['orders'] = {
      ...join,
      currency: result.currency ?? null,
      tiers: join.tiers.map((row) => ({ ...round(row), revenue: money(row.revenue) })),
      buyerTypes: join.buyerTypes.map(round),
      respondentRevenue: money(join.respondentRevenue),
      detractorRevenue: money(join.detractorRevenue),
      detractorRevenueShare: roundFraction(join.detractorRevenueShare),
      detractorShareOfTotalRevenue: roundFraction(join.detractorShareOfTotalRevenue),
    };
  }
  return json;
}

/** Shares to 6 decimals, NPS and margin to 2 decimals of a point: stable in diffs, finer than any table. */
function roundSummary<Row extends ReturnType<typeof summarizeScores>>(row: Row): Row {
  return {
    ...row,
    promoterShare: roundFraction(row.promoterShare),
    passiveShare: roundFraction(row.passiveShare),
    detractorShare: roundFraction(row.detractorShare),
    nps: roundPoints(row.nps),
    marginOfError: roundPoints(row.marginOfError),
  };
}

function roundPoints(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

/** The grids of a result, in reading order (the distribution chart is apart: it is not a table). */
export function npsGrids(result: NpsComputation): Grid[] {
  const grids = [npsSummaryGrid(result.summary, result.csat)];
  if (result.trend !== undefined) grids.push(trendGrid(result.trend, result.period!));
  if (result.segments !== undefined) grids.push(segmentGrid(result.segments, result.by!));
  if (result.join !== undefined) grids.push(tierGrid(result.join, result.currency), buyerTypeGrid(result.join, result.currency));
  return grids;
}

/** The result in one output format. CSV is one table: the trend with --period, else segments with --by, else the summary row. */
export function renderNps(result: NpsComputation, format: NonNullable<DataOptions['format']>, color: boolean): string {
  const title = `NPS — ${result.source} · ${result.summary.n.toLocaleString('en-US')} answers${result.asOf === undefined ? '' : ` · as of ${formatDay(result.asOf)}`}`;
  const notes = result.notes.map((note) => `${note}\n`).join('');
  switch (format) {
    case 'json':
      return toJson(npsJson(result));
    case 'csv':
      if (result.trend !== undefined) return renderCsv(npsCsvGrid(result.trend, ['period', 'start', 'end', 'n', 'promoters', 'passives', 'detractors', 'promoterShare', 'passiveShare', 'detractorShare', 'nps', 'marginOfError', 'change', 'changeMargin', 'significant']));
      if (result.segments !== undefined) return renderCsv(npsCsvGrid(result.segments, ['segment', 'n', 'promoters', 'passives', 'detractors', 'promoterShare', 'passiveShare', 'detractorShare', 'nps', 'marginOfError']));
      return renderCsv(npsCsvGrid([result.summary], ['n', 'promoters', 'passives', 'detractors', 'promoterShare', 'passiveShare', 'detractorShare', 'nps', 'marginOfError']));
    case 'md': {
      const [summary, ...rest] = npsGrids(result);
      return `# ${title}\n\n${[summary!, distributionGrid(result.distribution), ...rest].map(renderMarkdown).join('\n')}${notes === '' ? '' : `\n${notes}`}`;
    }
    case 'table': {
      const [summary, ...rest] = npsGrids(result);
      const parts = [renderTable(summary!, { color }), distributionChart(result.distribution, { color }), ...rest.map((grid) => renderTable(grid, { color }))];
      return `${title}\n\n${parts.join('\n')}${notes === '' ? '' : `\n${notes}`}`;
    }
    case 'html':
      throw new UsageError('CARE_BAD_FORMAT', '--format html is for care report', { hint: 'use table, csv, json or md' });
  }
}

/** What care report shows of a survey: the JSON section, the grids, and the distribution chart. */
export interface NpsReportSection {
  json: ReturnType<typeof npsJson>;
  grids: Grid[];
  /** The 0–10 bar chart for the terminal (coloured when io.color). */
  chart: string;
  /** The distribution as a grid, for Markdown and HTML. */
  distribution: Grid;
}

/**
 * The NPS section of `care report --survey FILE`. The report's own orders (when given) are joined
 * for the value tiers. Only the survey-neutral options apply: --strict, --as-of, --period; the
 * report's --map, --rejects and --out belong to its orders file and are not used here.
 */
export async function npsReportSection(
  io: Io,
  survey: string,
  config: CareConfig,
  options: Pick<NpsOptions, 'strict' | 'asOf' | 'period' | 'by'> = {},
  orders?: JoinedOrders & { currency?: string },
): Promise<NpsReportSection> {
  const result = await computeNps(io, survey, { strict: options.strict, asOf: options.asOf, period: options.period, by: options.by }, config, orders);
  return { json: npsJson(result), grids: npsGrids(result), chart: distributionChart(result.distribution, { color: io.color }), distribution: distributionGrid(result.distribution) };
}

async function readSurveyFile(io: Io, file: string, options: NpsOptions, config: CareConfig): Promise<SurveyTable> {
  const rejects = options.rejects === undefined ? undefined : openRejectsFile(options.rejects);
  let table: SurveyTable;
  try {
    table = await readSurvey(openSource(io, file), {
      ...readOptionsFor('survey', options, config),
      onReject: rejects?.add,
      alsoRequired: options.period === undefined ? [] : ['date'],
    });
    rejects?.commit();
  } catch (error) {
    rejects?.abort(error);
    throw error;
  }
  reportSkipped(io, file, table.ingest.skipped, (table.ingest['firstLine'] ?? {}) as Record<string, number>);
  return table;
}

/** The header index of --by: the header as written, folded, or the column a survey field was read from. */
function columnIndex(table: SurveyTable, by: string): number {
  let index = table.headers.indexOf(by);
  if (index === -1) index = table.headers.map(normalizeHeader).indexOf(normalizeHeader(by));
  if (index === -1) index = table.mapping[by] ?? -1;
  if (index === -1) {
    throw new UsageError('CARE_UNKNOWN_HEADER', `--by ${by}: the survey has no such column`, { file: table.source, hint: `its headers are: ${table.headers.join(', ')}` });
  }
  return index;
}
