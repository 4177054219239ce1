/**
 * The JSON contract of care nps and of the NPS section of care report (docs/contracts.md):
 * counts, shares 0–1, NPS and margin in points, camelCase, `ingest`; and the --detractors rows.
 */
import type { NpsComputation, NpsIngest } from '../metrics/nps-survey.js';
import type { BuyerType, CsatSummary, NpsOrdersJoin, NpsSummary, NpsTrendRow, ValueTier } from '../metrics/nps.js';
import { formatDay } from '../time/days.js';
import type { PeriodKind } from '../time/periods.js';
import { roundFraction, toMajor } from './format.js';

export type NpsTrendRowJson = NpsTrendRow;

export interface NpsOrdersJson extends Omit<NpsOrdersJoin, 'customers' | 'tiers' | 'buyerTypes'> {
  currency: string | null;
  tiers: (NpsSummary & { tier: ValueTier; revenue: number | null })[];
  buyerTypes: (NpsSummary & { type: BuyerType })[];
}

/**
 * The JSON of care nps; the summary's counts and shares sit at the top level. A type alias, not an
 * interface, so that it is assignable where a JSON object (Record<string, unknown>) is read.
 */
export type NpsJson = Flat<
  NpsSummary & {
    source: string;
    asOf: string | null;
    distribution: number[];
    csat: CsatSummary | null;
    ingest: NpsIngest;
    notes?: string[];
    period?: PeriodKind;
    trend?: NpsTrendRowJson[];
    by?: string;
    segments?: (NpsSummary & { segment: string })[];
    orders?: NpsOrdersJson;
  }
>;

/** An object type written out key by key (an interface or intersection made plain). */
type Flat<T> = { [K in keyof T]: T[K] };

/** The JSON contract: counts, shares 0–1, NPS and margin in points, camelCase, `ingest`. */
export function npsJson(result: NpsComputation): NpsJson {
  const round = roundSummary;
  const json: NpsJson = {
    source: result.source,
    asOf: result.asOf === undefined ? null : formatDay(result.asOf),
    ...round(result.summary),
    distribution: result.distribution,
    csat: result.csat === null ? null : { ...result.csat, csat: roundFraction(result.csat.csat) },
    ingest: result.ingest,
  };
  if (result.notes.length > 0) json.notes = result.notes;
  if (result.trend !== undefined) {
    json.period = result.period;
    json.trend = result.trend.map((row) => ({ ...round(row), change: roundPoints(row.change), adjustedChange: roundPoints(row.adjustedChange), changeMargin: roundPoints(row.changeMargin) }));
  }
  if (result.segments !== undefined) {
    json.by = result.by;
    json.segments = result.segments.map(round);
  }
  if (result.join !== undefined) {
    const { customers: _customers, ...join } = result.join;
    const money = (minor: number | null) => (minor === null ? null : toMajor(minor, result.currency));
    json.orders = {
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
function roundSummary<Row extends NpsSummary>(row: Row): Row {
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

/** The --detractors CSV: its headers and rows. */
export interface DetractorRows {
  headers: string[];
  rows: (string | number | null)[][];
}

/** The detractors (score 0–6) for follow-up: most revenue first when orders are joined, else lowest score first. */
export function detractorRows(result: NpsComputation): DetractorRows {
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
