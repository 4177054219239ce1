/**
 * The report JSON as the page reads it. The orders part is typed by reportJson itself; the NPS
 * part is typed loosely upstream (a record), and the complaints part is read through a guard too
 * (the summary of care report --complaints, or a bare summary): a section whose shape is not
 * recognised is left out of the page rather than rendered wrongly.
 */
import type { reportJson } from '../../commands/report.js';

/** The JSON of `care report --format json`: what the page must agree with. */
export type ReportJson = ReturnType<typeof reportJson>;

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

/**
 * The complaints section: `{ summary: { types, iceberg, records, classified } }` as care classify
 * summarises (the records beside it are not shown), or a bare summary.
 */
export function readComplaints(json: ReportJson): ComplaintsView | undefined {
  const complaints: unknown = (json as Loose)['complaints'];
  if (!isObject(complaints)) return undefined;
  const summary = isObject(complaints['summary']) ? complaints['summary'] : complaints;
  const types = summary['types'];
  if (!Array.isArray(types)) return undefined;
  const rows = types.filter(isObject).filter((row) => typeof row['type'] === 'string' && isNumber(row['count']) && isNumber(row['benchmark']));
  if (rows.length === 0) return undefined;
  const iceberg = summary['iceberg'];
  return {
    types: rows.map((row) => ({
      type: row['type'] as string,
      count: row['count'] as number,
      share: numberOrNull(row['share']),
      benchmark: row['benchmark'] as number,
      difference: numberOrNull(row['difference']),
    })),
    records: numberOrNull(summary['records']),
    classified: numberOrNull(summary['classified']),
    iceberg:
      isObject(iceberg) && isNumber(iceberg['voicedComplaints']) && isNumber(iceberg['multiplier']) && isNumber(iceberg['estimatedUnhappyCustomers'])
        ? { voicedComplaints: iceberg['voicedComplaints'], multiplier: iceberg['multiplier'], estimatedUnhappyCustomers: iceberg['estimatedUnhappyCustomers'] }
        : null,
  };
}
