/**
 * The report JSON as the page reads it: typed by reportJson (report-contract.ts), so a renamed key
 * is a compile error here, never a section that silently vanishes.
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

/** The NPS section of the report, when a survey was given. */
export function readNps(json: ReportJson): NpsView | undefined {
  const nps = json.nps;
  if (nps === undefined) return undefined;
  return {
    n: nps.n,
    promoters: nps.promoters,
    passives: nps.passives,
    detractors: nps.detractors,
    promoterShare: nps.promoterShare,
    passiveShare: nps.passiveShare,
    detractorShare: nps.detractorShare,
    nps: nps.nps,
    marginOfError: nps.marginOfError,
    distribution: nps.distribution,
    csat: nps.csat === null ? null : { n: nps.csat.n, satisfied: nps.csat.satisfied, csat: nps.csat.csat },
    trend: nps.trend === undefined ? null : nps.trend.map((row) => ({ period: row.period, n: row.n, nps: row.nps, marginOfError: row.marginOfError, change: row.change })),
    notes: nps.notes ?? [],
  };
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
