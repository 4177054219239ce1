/**
 * SLA metrics of help-desk tickets (docs/definitions.md, "SLA"): per ticket the first response
 * and resolution durations (calendar or business time) judged against the targets; per group
 * (channel, agent, priority, type) and per period (week, month of creation) the median, the 90th
 * percentile, the share within target, the breaches, and CSAT. Pure: tickets come from
 * src/ingest/tickets.ts, the clock and targets from the command.
 */
import type { ComplainerType } from '../classify/index.js';
import type { Ticket } from '../ingest/tickets.js';
import { type BusinessClock, businessMillis } from '../time/business-time.js';
import type { Day } from '../time/days.js';
import { type PeriodKind, periodEnd, periodLabel, periodOf } from '../time/periods.js';
import type { Readings } from './thresholds.js';
import { type SlaMetric, SLA_METRICS, type SlaTargets, targetFor } from './sla-targets.js';

export const SLA_GROUPS = ['channel', 'agent', 'priority', 'type'] as const;
export type SlaGroup = (typeof SLA_GROUPS)[number];
export const SLA_PERIODS = ['week', 'month'] as const satisfies readonly PeriodKind[];
export type SlaPeriod = (typeof SLA_PERIODS)[number];

/** Label of a ticket without a value in the --by column. */
export const NO_VALUE = '(none)';

export interface SlaComputeOptions {
  targets: SlaTargets;
  /** Business hours, or undefined for calendar time. */
  business?: BusinessClock;
  /** The instant open tickets are measured to (their running time). */
  asOf: number;
  by?: SlaGroup;
  period?: SlaPeriod;
  /** Which metrics the export can give (a first-response column or none). */
  metrics: readonly SlaMetric[];
}

/**
 * How one ticket fared on one metric:
 * - met: answered (or resolved) within the target;
 * - breached: answered after the target, or still waiting and already past it;
 * - running: still waiting, not yet past the target (not met: it may still breach);
 * - noTarget: measured, but no target applies;
 * - unmeasured: resolved without a first reply in the export (nothing to measure).
 */
export type SlaState = 'met' | 'breached' | 'running' | 'noTarget' | 'unmeasured';

export interface TicketMeasure {
  state: SlaState;
  /** Minutes from creation to the reply or resolution; for a running ticket, to asOf. */
  minutes?: number;
  /** Whether `minutes` is still running (the ticket is waiting). */
  open: boolean;
  target?: number;
}

export interface MetricSummary {
  /** Tickets with a finished duration (the median and percentile are over these). */
  measured: number;
  /** Median of the finished durations, minutes (mean of the two middle ones for an even count). */
  median?: number;
  /** 90th percentile of the finished durations, minutes (nearest rank). */
  p90?: number;
  met: number;
  breached: number;
  running: number;
  /** met / (met + breached + running): running tickets count against the share until they are met. */
  withinShare?: number;
}

export interface CsatSummary {
  rated: number;
  satisfied: number;
  /** satisfied / rated. */
  share?: number;
}

export interface SlaRow {
  /** Period label (`2024-W10`, `2024-03`) when --period is given. */
  period?: string;
  /** The --by column's value. */
  group?: string;
  tickets: number;
  open: number;
  firstResponse: MetricSummary;
  resolution: MetricSummary;
  csat: CsatSummary;
}

export interface SlaBreach {
  id: string;
  line: number;
  metric: SlaMetric;
  minutes: number;
  target: number;
  /** Still waiting (the time runs on). */
  open: boolean;
  channel?: string;
  agent?: string;
  priority?: string;
  type?: string;
  /** The complainer type care classify gives the ticket (src/metrics/sla-complainers.ts), when it gives one. */
  complainer?: ComplainerType;
}

export interface SlaComputation {
  total: SlaRow;
  rows: SlaRow[];
  breaches: SlaBreach[];
  /** Tickets reopened at least once (measured to their last resolution). */
  reopened: number;
  /** Tickets created after asOf, left out. */
  afterAsOf: number;
}

/** Median: the middle value, or the mean of the two middle values. `sorted` ascending, non-empty. */
export function median(sorted: ArrayLike<number>): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it (rank ⌈p/100 · n⌉). */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

function elapsedMinutes(options: SlaComputeOptions, from: number, to: number): number {
  const millis = options.business === undefined ? Math.max(0, to - from) : businessMillis(options.business, from, to);
  return millis / 60_000;
}

/** One ticket on one metric. */
export function measureTicket(ticket: Ticket, metric: SlaMetric, options: SlaComputeOptions): TicketMeasure {
  const target = targetFor(options.targets, metric, ticket.priority, ticket.channel);
  const recorded = metric === 'firstResponse' ? ticket.firstReplyAt : ticket.open ? undefined : ticket.resolvedAt;
  // A reply or resolution after asOf had not happened yet at asOf (--as-of on an export made later).
  const end = recorded !== undefined && recorded <= options.asOf ? recorded : undefined;
  if (end !== undefined) {
    const minutes = elapsedMinutes(options, ticket.created, end);
    const state: SlaState = target === undefined ? 'noTarget' : minutes <= target ? 'met' : 'breached';
    return { state, minutes, open: false, target };
  }
  // Resolved with no reply in the export: nothing to measure a first response by.
  if (metric === 'firstResponse' && !openAt(ticket, options.asOf)) return { state: 'unmeasured', open: false, target };
  const minutes = elapsedMinutes(options, ticket.created, Math.max(ticket.created, options.asOf));
  const state: SlaState = target === undefined ? 'noTarget' : minutes > target ? 'breached' : 'running';
  return { state, minutes, open: true, target };
}

/** Whether the ticket was still unresolved at asOf. */
export function openAt(ticket: Ticket, asOf: number): boolean {
  return ticket.open || ticket.resolvedAt === undefined || ticket.resolvedAt > asOf;
}

class MetricTally {
  private readonly durations: number[] = [];
  met = 0;
  breached = 0;
  running = 0;

  add(measure: TicketMeasure): void {
    if (!measure.open && measure.minutes !== undefined) this.durations.push(measure.minutes);
    if (measure.state === 'met') this.met++;
    else if (measure.state === 'breached') this.breached++;
    else if (measure.state === 'running') this.running++;
  }

  summary(): MetricSummary {
    const sorted = Float64Array.from(this.durations).sort(); // typed arrays sort numerically, and fast
    const judged = this.met + this.breached + this.running;
    return {
      measured: sorted.length,
      ...(sorted.length > 0 ? { median: median(sorted), p90: nearestRank(sorted, 90) } : {}),
      met: this.met,
      breached: this.breached,
      running: this.running,
      ...(judged > 0 ? { withinShare: this.met / judged } : {}),
    };
  }
}

class RowTally {
  tickets = 0;
  open = 0;
  rated = 0;
  satisfied = 0;
  readonly metrics = { firstResponse: new MetricTally(), resolution: new MetricTally() };

  add(ticket: Ticket, measures: Partial<Record<SlaMetric, TicketMeasure>>, asOf: number): void {
    this.tickets++;
    if (openAt(ticket, asOf)) this.open++;
    if (ticket.satisfaction !== undefined) {
      this.rated++;
      if (ticket.satisfaction === 'good') this.satisfied++;
    }
    for (const metric of SLA_METRICS) {
      const measure = measures[metric];
      if (measure !== undefined) this.metrics[metric].add(measure);
    }
  }

  row(period: string | undefined, group: string | undefined): SlaRow {
    return {
      ...(period === undefined ? {} : { period }),
      ...(group === undefined ? {} : { group }),
      tickets: this.tickets,
      open: this.open,
      firstResponse: this.metrics.firstResponse.summary(),
      resolution: this.metrics.resolution.summary(),
      csat: { rated: this.rated, satisfied: this.satisfied, ...(this.rated > 0 ? { share: this.satisfied / this.rated } : {}) },
    };
  }
}

/** Every ticket measured, summed in total and per (period, group); rows sorted by period, then by ticket count. */
export function computeSla(tickets: readonly Ticket[], options: SlaComputeOptions): SlaComputation {
  const total = new RowTally();
  const rows = new Map<string, { period?: number; group?: string; tally: RowTally }>();
  const breaches: SlaBreach[] = [];
  let reopened = 0;
  let afterAsOf = 0;
  for (const ticket of tickets) {
    if (ticket.created > options.asOf) {
      afterAsOf++;
      continue;
    }
    if ((ticket.reopens ?? 0) > 0) reopened++;
    const measures: Partial<Record<SlaMetric, TicketMeasure>> = {};
    for (const metric of options.metrics) {
      const measure = measureTicket(ticket, metric, options);
      measures[metric] = measure;
      if (measure.state === 'breached') breaches.push(breachOf(ticket, metric, measure));
    }
    total.add(ticket, measures, options.asOf);
    if (options.by === undefined && options.period === undefined) continue;
    const period = options.period === undefined ? undefined : periodOf(ticket.createdDay, options.period);
    const group = options.by === undefined ? undefined : (ticket[options.by] ?? NO_VALUE);
    const key = `${period ?? ''}\u0000${group ?? ''}`;
    let entry = rows.get(key);
    if (entry === undefined) rows.set(key, (entry = { period, group, tally: new RowTally() }));
    entry.tally.add(ticket, measures, options.asOf);
  }
  const ordered = [...rows.values()].sort((a, b) => (a.period ?? 0) - (b.period ?? 0) || b.tally.tickets - a.tally.tickets || (a.group ?? '').localeCompare(b.group ?? ''));
  breaches.sort((a, b) => b.minutes - b.target - (a.minutes - a.target));
  return {
    total: total.row(undefined, undefined),
    rows: ordered.map((entry) => entry.tally.row(entry.period === undefined ? undefined : periodLabel(entry.period, options.period!), entry.group)),
    breaches,
    reopened,
    afterAsOf,
  };
}

function breachOf(ticket: Ticket, metric: SlaMetric, measure: TicketMeasure): SlaBreach {
  const breach: SlaBreach = { id: ticket.id, line: ticket.line, metric, minutes: measure.minutes!, target: measure.target!, open: measure.open };
  for (const field of SLA_GROUPS) if (ticket[field] !== undefined) breach[field] = ticket[field];
  return breach;
}

/**
 * The last period that ended by asOf (a weekly cron job checks last week, not the days of this
 * week so far): `dayBeforeAsOf` is the local day of the instant just before asOf, `dayOfAsOf` that of asOf.
 */
export function lastCompletePeriod(dayBeforeAsOf: Day, dayOfAsOf: Day, kind: SlaPeriod): number {
  const ordinal = periodOf(dayBeforeAsOf, kind);
  return periodEnd(ordinal, kind) <= dayOfAsOf ? ordinal : ordinal - 1;
}

/** What `--fail-if` reads from a summary row: the two shares within target, the breaches (both metrics), CSAT. */
export function slaReadings(row: SlaRow, scope: string): Readings {
  const reading = (value: number | undefined, missing: string) => ({ value: value ?? null, scope, ...(value === undefined ? { missing } : {}) });
  return {
    firstResponseWithin: reading(row.firstResponse.withinShare, `no first response judged against a target in ${scope}`),
    resolutionWithin: reading(row.resolution.withinShare, `no resolution judged against a target in ${scope}`),
    breaches: reading(row.firstResponse.breached + row.resolution.breached, ''),
    csat: reading(row.csat.share, `no rated ticket in ${scope}`),
  };
}

/** One figure of two periods side by side (--compare). */
export interface SlaChange {
  figure: 'tickets' | 'firstResponseMedian' | 'firstResponseP90' | 'firstResponseWithin' | 'resolutionMedian' | 'resolutionP90' | 'resolutionWithin' | 'breaches' | 'csat';
  /** `minutes`, `share` (0–1) or `count`. */
  unit: 'minutes' | 'share' | 'count';
  previous: number | null;
  last: number | null;
  /** last − previous (shares in fractions: 0.05 is 5 points); null when either is missing. */
  change: number | null;
}

export interface SlaComparison {
  previous: string;
  last: string;
  changes: SlaChange[];
}

/** The figures of a summary row that --compare sets side by side. */
function figuresOf(row: SlaRow): Record<SlaChange['figure'], number | null> {
  return {
    tickets: row.tickets,
    firstResponseMedian: row.firstResponse.median ?? null,
    firstResponseP90: row.firstResponse.p90 ?? null,
    firstResponseWithin: row.firstResponse.withinShare ?? null,
    resolutionMedian: row.resolution.median ?? null,
    resolutionP90: row.resolution.p90 ?? null,
    resolutionWithin: row.resolution.withinShare ?? null,
    breaches: row.firstResponse.breached + row.resolution.breached,
    csat: row.csat.share ?? null,
  };
}

const UNIT_OF: Record<SlaChange['figure'], SlaChange['unit']> = {
  tickets: 'count',
  firstResponseMedian: 'minutes',
  firstResponseP90: 'minutes',
  firstResponseWithin: 'share',
  resolutionMedian: 'minutes',
  resolutionP90: 'minutes',
  resolutionWithin: 'share',
  breaches: 'count',
  csat: 'share',
};

/** The summary of the tickets created in one period (no grouping). */
export function periodTotal(tickets: readonly Ticket[], ordinal: number, kind: SlaPeriod, options: SlaComputeOptions): SlaRow {
  const inPeriod = tickets.filter((ticket) => periodOf(ticket.createdDay, kind) === ordinal);
  return computeSla(inPeriod, { ...options, by: undefined, period: undefined }).total;
}

/** The last complete period against the one before (the figures without the metrics the export cannot give are null). */
export function compareSlaPeriods(tickets: readonly Ticket[], last: number, kind: SlaPeriod, options: SlaComputeOptions): SlaComparison {
  const before = figuresOf(periodTotal(tickets, last - 1, kind, options));
  const after = figuresOf(periodTotal(tickets, last, kind, options));
  const changes = (Object.keys(UNIT_OF) as SlaChange['figure'][])
    .filter((figure) => options.metrics.includes('firstResponse') || !figure.startsWith('firstResponse'))
    .map((figure) => {
      const previous = before[figure];
      const current = after[figure];
      return { figure, unit: UNIT_OF[figure], previous, last: current, change: previous === null || current === null ? null : current - previous };
    });
  return { previous: periodLabel(last - 1, kind), last: periodLabel(last, kind), changes };
}
