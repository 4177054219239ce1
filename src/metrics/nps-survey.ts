/**
 * Every NPS figure of one survey read: the answers up to as-of, NPS with its margin, the 0–10
 * distribution, CSAT (when the CSAT column really is on a 1–5 scale), the trend by period, the
 * segments, and the join with the customers' orders; with notes where the sample or the data
 * limit what the numbers say. docs/definitions.md defines each figure. Pure: no I/O.
 */
import { readRating } from '../ingest/fields/score.js';
import { type SurveyTable, surveyValues } from '../ingest/survey.js';
import type { Day } from '../time/days.js';
import type { PeriodKind } from '../time/periods.js';
import type { CustomerHistory } from './history.js';
import { type CsatSummary, type NpsAnswer, type NpsOrdersJoin, type NpsSegmentRow, type NpsSummary, type NpsTrendRow, joinOrders, npsBySegment, npsTrend, scoreDistribution, summarizeCsat, summarizeScores } from './nps.js';

/** The customers' orders, already read (care report hands its own in). */
export interface JoinedOrders {
  history: CustomerHistory;
  asOf: Day;
  currency?: string;
}

/** An answer with where it came from: its line, and its comment for the detractors list. */
export type SurveyAnswer = NpsAnswer & { line: number; comment?: string };

/** What was read: rows, answers, skipped rows by reason, rows after as-of, and field → header. */
export interface NpsIngest {
  rows: number;
  answers: number;
  skipped: Record<string, number>;
  afterAsOf?: number;
  columns: Record<string, string>;
}

/** Everything computed from one survey file; metrics in raw form (report/nps-contract.ts shapes the JSON). */
export interface NpsComputation {
  source: string;
  mode: SurveyTable['mode'];
  asOf: Day | undefined;
  answers: SurveyAnswer[];
  summary: NpsSummary;
  distribution: number[];
  csat: CsatSummary | null;
  ingest: NpsIngest;
  notes: string[];
  period?: PeriodKind;
  trend?: NpsTrendRow[];
  by?: string;
  segments?: NpsSegmentRow[];
  join?: NpsOrdersJoin;
  currency?: string;
}

/** What to compute: as-of (answers after it are left out), the trend's period, and the --by column (its index in the table). */
export interface NpsComputeOptions {
  asOf?: Day;
  period?: PeriodKind;
  by?: { name: string; index: number };
}

/** Below this many answers the normal approximation behind the margin of error is rough. */
const SMALL_SAMPLE = 30;

/** Computes every NPS figure the options ask for from a survey read (`source`: the file as named), joined to `orders` when given. */
export function computeNps(source: string, table: SurveyTable, options: NpsComputeOptions, orders?: JoinedOrders): NpsComputation {
  const byIndex = options.by?.index;
  const asOfOption = options.asOf;
  const answers: SurveyAnswer[] = [];
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
    const answer: SurveyAnswer = { line: record.line, score: values.score };
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
    source,
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
    result.by = table.headers[options.by.index] || options.by.name;
    result.segments = npsBySegment(answers);
  }
  if (orders !== undefined) {
    result.join = joinOrders(answers, orders.history, orders.asOf);
    if (orders.currency !== undefined) result.currency = orders.currency;
  }
  return result;
}

function latestOf(a: Day | undefined, b: Day | undefined): Day | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.max(a, b);
}
