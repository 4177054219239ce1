/**
 * The contract of `care sla` (docs/contracts.md, docs/definitions.md "SLA"): the result the command
 * computes and its JSON. Durations are minutes; shares are 0–1 fractions.
 */
import type { CsatSummary, MetricSummary, SlaBreach, SlaComparison, SlaGroup, SlaPeriod, SlaRow } from '../metrics/sla.js';
import type { SlaMetric } from '../metrics/sla-targets.js';
import type { BreachComplainers } from '../metrics/sla-complainers.js';
import { type ThresholdCheck, thresholdsJson } from '../metrics/thresholds.js';
import { roundFraction } from './format.js';

export interface SlaResult {
  source: string;
  /** The instant open tickets are measured to, ISO 8601 in UTC. */
  asOf: string;
  /** `calendar`, or the business hours the durations count. */
  time: { kind: 'calendar' } | { kind: 'business'; hours: string; timeZone: string; holidays: number };
  /** The zone of the export's timestamps written without an offset. */
  timeZone: string;
  /** Targets in minutes (defaults, and per priority / channel). */
  targets: { firstResponse?: number; resolution?: number; byPriority: Record<string, { firstResponse?: number; resolution?: number }>; byChannel: Record<string, { firstResponse?: number; resolution?: number }> };
  /** The metrics the export can give (no first-response column: resolution only). */
  metrics: SlaMetric[];
  by?: SlaGroup;
  period?: SlaPeriod;
  ingest: {
    rows: number;
    tickets: number;
    skipped: Record<string, number>;
    unreadableRatings: number;
    afterAsOf: number;
    reopened: number;
    /** field → header it was read from. */
    columns: Record<string, string>;
    profile?: string;
  };
  total: SlaRow;
  rows: SlaRow[];
  breaches: SlaBreach[];
  /** The breached tickets by complainer type (when there are breaches). */
  complainers?: BreachComplainers;
  /** --compare: the last complete period against the one before. */
  compare?: SlaComparison;
  /** --fail-if checks, when asked for. */
  thresholds?: ThresholdCheck[];
}

const minutes = (value: number | undefined) => (value === undefined ? null : Math.round(value * 100) / 100);

function metricJson(summary: MetricSummary) {
  return { ...summary, median: minutes(summary.median), p90: minutes(summary.p90), withinShare: roundFraction(summary.withinShare ?? null) };
}

function csatJson(csat: CsatSummary) {
  return { ...csat, share: roundFraction(csat.share ?? null) };
}

function rowJson(row: SlaRow) {
  return { ...row, firstResponse: metricJson(row.firstResponse), resolution: metricJson(row.resolution), csat: csatJson(row.csat) };
}

function compareJson(comparison: SlaComparison) {
  const round = (unit: string, value: number | null) => (value === null ? null : unit === 'share' ? roundFraction(value) : unit === 'minutes' ? minutes(value) : value);
  return {
    ...comparison,
    changes: comparison.changes.map((change) => ({ ...change, previous: round(change.unit, change.previous), last: round(change.unit, change.last), change: round(change.unit, change.change) })),
  };
}

/** JSON: minutes to 2 decimals, shares to 6; a summary without data has null median, p90 and share. */
export function slaJson(result: SlaResult) {
  return {
    ...result,
    total: rowJson(result.total),
    rows: result.rows.map(rowJson),
    breaches: result.breaches.map((breach) => ({ ...breach, minutes: minutes(breach.minutes) })),
    ...(result.compare === undefined ? {} : { compare: compareJson(result.compare) }),
    ...(result.thresholds === undefined ? {} : { thresholds: thresholdsJson(result.thresholds) }),
  };
}

export type SlaJson = ReturnType<typeof slaJson>;
