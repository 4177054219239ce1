/**
 * The report JSON as the page reads it: typed by reportJson (report-contract.ts), so a renamed key
 * is a compile error here. The NPS part is still typed loosely upstream (a record, commands/nps.ts),
 * so it alone is read through a guard: a shape not recognised is left out of the page.
 */
import type { ReportJson } from '../report-contract.js';

export type { ReportJson };

export type PeriodJson = ReportJson['periods'][number];
export type LtvJson = ReportJson['ltv'];

/** One period of the NPS trend. */
export interface NpsTrendView {
  period: string;
  n: number;
  nps: number | null;
  marginOfError: number | null;
  change: number | null;
}

/** The NPS section as the page uses it. */
export interface NpsView {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  promoterShare: number | null;
  passiveShare: number | null;
  detractorShare: number | null;
  nps: number | null;
  marginOfError: number | null;
  /** Answers per score 0…10. */
  distribution: number[];
  csat: { n: number; satisfied: number; csat: number | null } | null;
  trend: NpsTrendView[] | null;
  notes: string[];
}

/** One complainer type's line of the breakdown (shares 0–1). */
export interface ComplaintTypeView {
  type: string;
  count: number;
  share: number | null;
  benchmark: number;
  difference: number | null;
}

/** The complaints section as the page uses it. */
export interface ComplaintsView {
  types: ComplaintTypeView[];
  records: number | null;
  classified: number | null;
  iceberg: { voicedComplaints: number; multiplier: number; estimatedUnhappyCustomers: number } | null;
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const numberOrNull = (value: unknown): number | null => (isNumber(value) ? value : null);

/** The NPS section of the report JSON, when it is there and complete enough to show. */
export function readNps(json: ReportJson): NpsView | undefined {
  const nps: unknown = (json as Loose)['nps'];
  if (!isObject(nps) || !isNumber(nps['n'])) return undefined;
  const distribution = nps['distribution'];
  if (!Array.isArray(distribution) || distribution.length !== 11 || !distribution.every(isNumber)) return undefined;
  const csat = nps['csat'];
  const trend = nps['trend'];
  return {
    n: nps['n'],
    promoters: numberOrNull(nps['promoters']) ?? 0,
    passives: numberOrNull(nps['passives']) ?? 0,
    detractors: numberOrNull(nps['detractors']) ?? 0,
    promoterShare: numberOrNull(nps['promoterShare']),
    passiveShare: numberOrNull(nps['passiveShare']),
    detractorShare: numberOrNull(nps['detractorShare']),
    nps: numberOrNull(nps['nps']),
    marginOfError: numberOrNull(nps['marginOfError']),
    distribution,
    csat: isObject(csat) && isNumber(csat['n']) ? { n: csat['n'], satisfied: numberOrNull(csat['satisfied']) ?? 0, csat: numberOrNull(csat['csat']) } : null,
    trend: Array.isArray(trend) ? trend.filter(isObject).map(trendRow) : null,
    notes: Array.isArray(nps['notes']) ? nps['notes'].filter((note): note is string => typeof note === 'string') : [],
  };
}

function trendRow(row: Loose): NpsTrendView {
  return { period: String(row['period'] ?? ''), n: numberOrNull(row['n']) ?? 0, nps: numberOrNull(row['nps']), marginOfError: numberOrNull(row['marginOfError']), change: numberOrNull(row['change']) };
}

/** The complaints section of the report (care classify's summary), or nothing when no complaint type was counted. */
export function readComplaints(json: ReportJson): ComplaintsView | undefined {
  const summary = json.complaints?.summary;
  if (summary === undefined || summary.types.length === 0) return undefined;
  return {
    types: summary.types.map((row) => ({ type: row.type, count: row.count, share: row.share, benchmark: row.benchmark, difference: row.difference })),
    records: summary.records,
    classified: summary.classified,
    iceberg: summary.iceberg,
  };
}
