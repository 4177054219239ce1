/**
 * care segments ORDERS: RFM segments on the as-of day — sizes, revenue shares, the suggested
 * template and reminder rule of each — and with --since, who moved between segments since then
 * (docs/definitions.md, "Segments"). Orchestration only: read → metrics/segments-rfm.ts →
 * report/segments-view.ts → write.
 */
import { loadConfig } from '../config/load.js';
import type { CareConfig } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { Io } from '../io/types.js';
import { writeFileAtomic } from '../io/write-output.js';
import { type RfmScores, rfmScores, segmentMovement, summarizeSegments } from '../metrics/segments-rfm.js';
import type { CustomerHistory } from '../model/customer-history.js';
import { toMajor } from '../money/index.js';
import { renderRecordsCsv } from '../report/render-csv.js';
import { PER_CUSTOMER_SEGMENT_HEADERS, type SegmentNames, type SegmentsResult, renderSegments } from '../report/segments-view.js';
import { type Day, formatDay } from '../time/days.js';
import type { DataOptions } from './data-options.js';
import { loadOrders } from './load-orders.js';
import { emit, guardOutputs, tell } from './output.js';

/** Options of `care segments`, as the CLI parses them. */
export interface SegmentsOptions extends DataOptions {
  /** --since YYYY-MM-DD: also who moved between segments from this day to the as-of day. */
  since?: Day;
  /** --names en|ru|bg: the language of the segment names in tables (default: the config's locale, else en). */
  names?: SegmentNames;
  /** --per-customer FILE: each scored customer's values, scores and segment as CSV. */
  perCustomer?: string;
}

/** Reads the orders and computes the segments (and the movement with --since). */
export async function computeSegments(io: Io, file: string, options: SegmentsOptions, config: CareConfig): Promise<{ result: SegmentsResult; scores: RfmScores; history: CustomerHistory }> {
  const orders = await loadOrders(io, file, options, config);
  if (options.since !== undefined && options.since >= orders.asOf) {
    throw new UsageError('CARE_BAD_OPTION', `--since ${formatDay(options.since)} is not before the as-of day ${formatDay(orders.asOf)}`, {
      hint: 'pick an earlier --since, or a later --as-of', say: say('error.sinceNotBeforeAsOf', { since: formatDay(options.since), asOf: formatDay(orders.asOf) }), hintSay: say('hint.earlierSince'),
    });
  }
  const history = orders.history;
  const scores = rfmScores(history, orders.asOf);
  const result: SegmentsResult = {
    asOf: orders.asOf,
    currency: history.currency ?? null,
    customers: scores.customer.length,
    segments: summarizeSegments(scores),
    ingest: { ...orders.ingest },
  };
  if (options.since !== undefined) {
    if (history.firstDay !== undefined && options.since < history.firstDay) tell(io, `--since ${formatDay(options.since)} is before the first order: every customer comes from "not yet a customer"`, say('notice.sinceBeforeFirst', { day: formatDay(options.since) }));
    result.movement = segmentMovement(history, options.since, orders.asOf);
  }
  return { result, scores, history };
}

/** care segments ORDERS: prints the segments (or writes --out) and --per-customer. */
export async function runSegments(io: Io, file: string, options: SegmentsOptions): Promise<void> {
  guardOutputs(io, { input: file }, { '--out': options.out, '--rejects': options.rejects, '--per-customer': options.perCustomer }, options.config);
  const config = loadConfig(io, options.config);
  // Segment names: --names, else the config's locale; else the run's language in the text tables (CSV stays English).
  const textTable = options.format === undefined || options.format === 'table' || options.format === 'md';
  const names = options.names ?? namesOf(config.locale) ?? (textTable ? (io.lang ?? 'en') : 'en');
  const { result, scores, history } = await computeSegments(io, file, options, config);
  if (options.perCustomer !== undefined) {
    writeFileAtomic(options.perCustomer, renderRecordsCsv(PER_CUSTOMER_SEGMENT_HEADERS, perCustomerRows(history, scores)), { what: '--per-customer' });
    tell(io, `wrote ${options.perCustomer}`, say('notice.wrote', { file: options.perCustomer }));
  }
  emit(io, renderSegments(result, options.format, { names, color: io.color, lang: io.lang }), options.out, result.asOf);
}

/** The segment names of the config's locale; undefined when it names none. */
function namesOf(locale: string | undefined): SegmentNames | undefined {
  if (locale === undefined) return undefined;
  return locale === 'ru' || locale === 'bg' ? locale : 'en';
}

function perCustomerRows(history: CustomerHistory, scores: RfmScores): (string | number | null)[][] {
  return Array.from(scores.customer, (c, i) => [
    history.customers[c]!, scores.recencyDays[i]!, scores.frequency[i]!,
    scores.monetary === undefined ? null : toMajor(scores.monetary[i]!, history.currency),
    scores.r[i]!, scores.f[i]!, scores.m?.[i] ?? null, scores.segment[i]!,
  ]);
}
