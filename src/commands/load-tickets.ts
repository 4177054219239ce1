/**
 * Reading and measuring a ticket export: the step care sla and care report --tickets share
 * (docs/definitions.md, "SLA"). Reads the tickets (src/ingest/tickets.ts), measures them
 * (src/metrics/sla.ts) in calendar or business time (src/time/business-time.ts).
 */
import { builtinRules, compileRules } from '../classify/index.js';
import { loadConfig } from '../config/load.js';
import type { CareConfig } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { knownNote, say } from '../i18n/index.js';
import { type Ticket, type TicketTable, readTickets } from '../ingest/tickets.js';
import { openSource } from '../ingest/source.js';
import { type SlaHistoryPeriod } from '../io/sla-history-file.js';
import type { Io } from '../io/types.js';
import { type SlaComputeOptions, type SlaGroup, type SlaPeriod, type SlaRow, compareSlaPeriods, computeSla, lastCompletePeriod, periodTotal, slaReadings } from '../metrics/sla.js';
import { SLA_THRESHOLD_METRICS, type Threshold, evaluateThresholds, parseThresholds } from '../metrics/thresholds.js';
import { classifyBreaches } from '../metrics/sla-complainers.js';
import { type SlaMetric, type TargetPair, parseTargets } from '../metrics/sla-targets.js';
import type { SlaResult } from '../report/sla-contract.js';
import { type SlaReportSection, buildSlaReportSection } from '../report/sla-report-section.js';
import { type BusinessClock, ZoneClock, businessClock, parseBusinessHours, parseHolidays } from '../time/business-time.js';
import { describePeriod, periodLabel, periodOf } from '../time/periods.js';
import { type DataOptions, readOptionsFor } from './data-options.js';
import { openRejectsFile, reportSkipped } from './load-orders.js';
import { readOptionJson, readOptionText } from './option-file.js';
import { warn } from './output.js';

export interface SlaOptions extends DataOptions {
  /** --first-response: the first-response target in minutes (the CLI reads `1h` with durationOption). */
  firstResponse?: number;
  /** --resolution: the resolution target in minutes. */
  resolution?: number;
  /** --targets FILE: targets per priority and channel (src/metrics/sla-targets.ts). */
  targets?: string;
  /** --business-hours SPEC: count only working time (`Mon-Fri 09:00-18:00`); calendar time without it. */
  businessHours?: string;
  /** --timezone ZONE: the zone of the working hours, and of timestamps written without an offset (default UTC). */
  timezone?: string;
  /** --export-timezone ZONE: the zone of the export's timestamps when it differs from --timezone. */
  exportTimezone?: string;
  /** --holidays FILE: days off, one YYYY-MM-DD a line (needs --business-hours). */
  holidays?: string;
  by?: SlaGroup;
  period?: SlaPeriod;
  /** --breaches: every breach (table, md), or the breaches as the CSV. */
  breaches?: boolean;
  /** --history FILE: record each completed period's figures in a CSV (needs --period). */
  history?: string;
  /** --compare: the last complete period against the one before (needs --period). */
  compare?: boolean;
  /** --fail-if: `within<90%`, `resolutionWithin<80%`, `breaches>10`, `csat<80%` (repeatable); exit 4 when crossed. */
  failIf?: string | string[];
}

/**
 * The SLA section of `care report --tickets FILE`: the SLA options that make sense in a report
 * (targets, business hours, zone, holidays, --by, --period, --as-of, --strict).
 */
export async function slaReportSection(io: Io, ticketsFile: string, options: Omit<SlaOptions, 'format' | 'out' | 'rejects' | 'failIf' | 'breaches'>): Promise<SlaReportSection> {
  return buildSlaReportSection(await computeSlaResult(io, ticketsFile, options));
}

/** --fail-if for care sla, checked before the export is read (exit 2 naming a bad expression). */
export function parseSlaThresholds(failIf: string | string[] | undefined): Threshold[] {
  return parseThresholds(failIf, SLA_THRESHOLD_METRICS, 'care sla', 'care sla checks within (first response), resolutionWithin, breaches and csat');
}

/** The SLA result of a ticket export. */
export async function computeSlaResult(io: Io, ticketsFile: string, options: SlaOptions, thresholds: readonly Threshold[] = []): Promise<SlaResult> {
  return (await measureExport(io, ticketsFile, options, thresholds, false)).result;
}

/** Reads the export, measures every ticket, and adds what the weekly options ask for; `completed`: the periods for --history. */
export async function measureExport(io: Io, ticketsFile: string, options: SlaOptions, thresholds: readonly Threshold[], wantHistory: boolean): Promise<{ result: SlaResult; completed?: SlaHistoryPeriod[] }> {
  const config = loadConfig(io, options.config);
  const timeZone = options.timezone ?? 'UTC';
  const business = businessCalendarOf(io, options, timeZone);
  const exportClock = new ZoneClock(options.exportTimezone ?? timeZone);
  const targets = parseTargets(options.targets === undefined ? {} : readOptionJson(io, options.targets, '--targets'), options.targets, targetFlags(options));
  const { table, metrics } = await loadTickets(io, ticketsFile, options, config, exportClock);
  // Never later than now: a mistyped year (2099) must not make every open ticket wait 75 years.
  const asOf = options.asOf === undefined ? Math.min(latestInstant(table.tickets), io.now().getTime()) : exportClock.instantOf(options.asOf + 1, 0);
  const measure = { targets, business, asOf, metrics };
  const computed = computeSla(table.tickets, { ...measure, by: options.by, period: options.period });
  // Who waited too long, by care classify's built-in rules (channel, subject, text, status of each breached ticket).
  const complainers = computed.breaches.length === 0 ? undefined : classifyBreaches(computed.breaches, table.tickets, compileRules(builtinRules));
  // --fail-if, --compare and --history read complete periods (as a weekly cron job does); without --period, --fail-if reads every ticket to asOf.
  const last = options.period === undefined ? undefined : lastCompletePeriod(exportClock.localOf(asOf - 1).day, exportClock.localOf(asOf).day, options.period);
  const checks = thresholds.length === 0 ? undefined : evaluateThresholds(thresholds, thresholdReadings(table.tickets, computed.total, last, options.period, measure));
  const compare = options.compare && last !== undefined ? compareSlaPeriods(table.tickets, last, options.period!, measure) : undefined;
  const result: SlaResult = {
    source: ticketsFile,
    asOf: new Date(asOf).toISOString(),
    time: business === undefined ? { kind: 'calendar' } : { kind: 'business', hours: business.calendar.hours.spec, timeZone: business.clock.timeZone, holidays: business.calendar.holidays.size },
    timeZone: exportClock.timeZone,
    targets: { ...(targets.firstResponse === undefined ? {} : { firstResponse: targets.firstResponse }), ...(targets.resolution === undefined ? {} : { resolution: targets.resolution }), byPriority: targets.byPriority, byChannel: targets.byChannel },
    metrics,
    ...(options.by === undefined ? {} : { by: options.by }),
    ...(options.period === undefined ? {} : { period: options.period }),
    ingest: {
      rows: table.ingest.rows,
      tickets: table.tickets.length,
      skipped: table.ingest.skipped,
      unreadableRatings: table.ingest.unreadableRatings,
      afterAsOf: computed.afterAsOf,
      reopened: computed.reopened,
      columns: table.columns,
      ...(table.profile?.profile === undefined ? {} : { profile: table.profile.profile.name }),
    },
    total: computed.total,
    rows: computed.rows,
    breaches: computed.breaches,
    ...(complainers === undefined ? {} : { complainers }),
    ...(compare === undefined ? {} : { compare }),
    ...(checks === undefined ? {} : { thresholds: checks }),
  };
  return { result, ...(wantHistory && last !== undefined ? { completed: completedPeriods(table.tickets, last, options.period!, measure) } : {}) };
}

function targetFlags(options: SlaOptions): TargetPair {
  const flags: TargetPair = {};
  if (options.firstResponse !== undefined) flags.firstResponse = options.firstResponse;
  if (options.resolution !== undefined) flags.resolution = options.resolution;
  return flags;
}

/** The tickets (skipped rows to --rejects and counted on stderr), and the metrics the export can give. */
async function loadTickets(io: Io, ticketsFile: string, options: SlaOptions, config: CareConfig, clock: ZoneClock): Promise<{ table: TicketTable; metrics: SlaMetric[] }> {
  const rejects = options.rejects === undefined ? undefined : openRejectsFile(options.rejects);
  let table: TicketTable;
  try {
    table = await readTickets(openSource(io, ticketsFile), { ...readOptionsFor('complaints', options, config), clock, onReject: rejects?.add, onWarning: (message) => warn(io, message, knownNote(message)) });
    rejects?.commit();
  } catch (error) {
    rejects?.abort(error);
    throw error;
  }
  reportSkipped(io, ticketsFile, table.ingest.skipped, table.ingest.firstLine);
  if (table.ingest.unreadableRatings > 0) {
    const said = say('tickets.unreadableRatings', { file: ticketsFile, count: table.ingest.unreadableRatings });
    warn(io, `${ticketsFile}: ${table.ingest.unreadableRatings} satisfaction rating(s) not understood, left out of CSAT`, said);
  }
  const metrics: SlaMetric[] = [];
  if (['firstReply', 'firstReplyMinutes', 'firstReplyHours'].some((field) => field in table.columns)) metrics.push('firstResponse');
  else warn(io, `${ticketsFile}: no first-reply column (first reply at, first reply time in minutes, …): first response is not measured; map one with --map firstReply=HEADER`, say('tickets.noFirstReply', { file: ticketsFile }));
  metrics.push('resolution');
  return { table, metrics };
}

/** What --fail-if reads: the last complete period with --period, else every ticket to asOf. */
function thresholdReadings(tickets: readonly Ticket[], total: SlaRow, last: number | undefined, period: SlaPeriod | undefined, measure: SlaComputeOptions) {
  if (last === undefined || period === undefined) return slaReadings(total, `tickets to ${new Date(measure.asOf).toISOString()}`);
  return slaReadings(periodTotal(tickets, last, period, measure), `${period} ${periodLabel(last, period)}`);
}

/** Every completed period the export has tickets in, up to the last complete one (the current one is never recorded). */
function completedPeriods(tickets: readonly Ticket[], last: number, kind: SlaPeriod, measure: SlaComputeOptions): SlaHistoryPeriod[] {
  const ordinals = [...new Set(tickets.map((ticket) => periodOf(ticket.createdDay, kind)))].filter((ordinal) => ordinal <= last).sort((a, b) => a - b);
  return ordinals.map((ordinal) => {
    const span = describePeriod(ordinal, kind);
    return { row: { ...periodTotal(tickets, ordinal, kind, measure), period: span.label }, start: span.startLabel, end: span.endLabel };
  });
}

/**
 * Without --as-of, open tickets run until the latest moment the export records (a creation, reply
 * or resolution): the export was made after it, and the figures do not change with the day they
 * are run on (never later than now). With --as-of DAY, until the end of that day in the export's zone.
 */
function latestInstant(tickets: readonly Ticket[]): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const ticket of tickets) latest = Math.max(latest, ticket.created, ticket.firstReplyAt ?? latest, ticket.resolvedAt ?? latest);
  return latest;
}

function businessCalendarOf(io: Io, options: SlaOptions, timeZone: string): BusinessClock | undefined {
  if (options.businessHours === undefined) {
    if (options.holidays !== undefined) throw new UsageError('CARE_HOLIDAYS_WITHOUT_HOURS', '--holidays counts only with --business-hours', { hint: 'add --business-hours "Mon-Fri 09:00-18:00" (calendar time has no days off)', say: say('error.holidaysNeedHours'), hintSay: say('hint.addBusinessHours') });
    return undefined;
  }
  const hours = parseBusinessHours(options.businessHours);
  const holidays = options.holidays === undefined ? new Set<number>() : parseHolidays(readOptionText(io, options.holidays, '--holidays'), options.holidays);
  return businessClock({ hours, timeZone, holidays });
}
