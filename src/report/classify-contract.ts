/**
 * The JSON contract of `care classify` (docs/contracts.md): every record with its type,
 * confidence, evidence and action, the summary, `ingest`, and with --by-customer the roll-up;
 * `care report --complaints` carries the head, the summary and `ingest`. Shares are 0–1 with 6
 * decimals here (tables show percentages).
 */
import type { ComplaintFields } from '../ingest/complaints.js';
import type { ChannelCount, ComplainerType, CustomerRollUp, Evidence, Locale, SkipReason } from '../classify/index.js';
import { isSkipped } from '../classify/index.js';
import type { ClassifyComputation, ClassifyIngest, ClassifyItem } from '../classify/log.js';
import { customerSummary, sortedRollUp } from '../classify/roll-up.js';
import { formatDay } from '../time/days.js';
import type { ManagerRow } from './classify-view.js';
import { roundFraction } from './format.js';

/** The head of the document, before its records. */
export interface ClassifyJsonHead {
  source: string;
  /** ISO date; null when no record has a date and no --as-of was given. */
  asOf: string | null;
  locale: Locale;
}

/** A record's own fields, as read (empty cells left out), with its line. */
interface RecordFieldsJson extends ComplaintFields {
  line: number;
  /** Field → its length, only when a field was longer than the text cap. */
  truncated?: Record<string, number>;
}

/** A record that got a type. */
export interface ClassifiedRecordJson extends RecordFieldsJson {
  type: ComplainerType;
  confidence: number;
  evidence: Evidence;
  action: string;
}

/** A record with nothing to classify it by: kept, with the reason. */
export interface SkippedRecordJson extends RecordFieldsJson {
  type: null;
  confidence: null;
  evidence: null;
  action: null;
  skipped: SkipReason;
}

export type ClassifyRecordJson = ClassifiedRecordJson | SkippedRecordJson;

/** One type's line of the breakdown; shares rounded to 6 decimals. */
export interface TypeShareJson {
  type: ComplainerType;
  count: number;
  share: number | null;
  benchmark: number;
  difference: number | null;
}

/** A record a manager should take today, with its line and the rule that decided it. */
export interface ManagerRowJson extends ManagerRow {
  line: number;
  rule: string;
}

/** The summary: counts, shares, benchmark, iceberg, channels, manager list. */
export interface ClassifySummaryJson {
  records: number;
  classified: number;
  skipped: Record<string, number>;
  types: TypeShareJson[];
  iceberg: { voicedComplaints: number; multiplier: number; estimatedUnhappyCustomers: number };
  topChannels: Record<ComplainerType, ChannelCount[]>;
  needsManager: ManagerRowJson[];
}

/** --by-customer: the breakdown over customers and each customer's most severe type. */
export interface ByCustomerJson {
  types: TypeShareJson[];
  customers: CustomerRollUp[];
}

/** The whole `care classify --format json` document. */
export interface ClassifyJson extends ClassifyJsonHead {
  records: ClassifyRecordJson[];
  summary: ClassifySummaryJson;
  ingest: ClassifyIngest;
  byCustomer?: ByCustomerJson;
}

/** The complaints section of `care report --format json`. */
export interface ComplaintsSectionJson extends ClassifyJsonHead {
  summary: ClassifySummaryJson;
  ingest: ClassifyIngest;
}

/** The head of the JSON document, before its records. */
export function classifyJsonHead(result: ClassifyComputation): ClassifyJsonHead {
  return { source: result.source, asOf: result.asOf === undefined ? null : formatDay(result.asOf), locale: result.locale };
}

/** The JSON contract: every record with type, confidence, evidence and action, the summary, `ingest`. */
export function classifyJson(result: ClassifyComputation, byCustomer: boolean): ClassifyJson {
  const json: ClassifyJson = {
    ...classifyJsonHead(result),
    records: result.items.map(recordJson),
    summary: summaryJson(result),
    ingest: result.ingest,
  };
  if (byCustomer) json.byCustomer = byCustomerJson(result);
  return json;
}

/** The complaints section of the report: the head, the summary and `ingest` (no records). */
export function complaintsSectionJson(result: ClassifyComputation): ComplaintsSectionJson {
  return { ...classifyJsonHead(result), summary: summaryJson(result), ingest: result.ingest };
}

/** The summary as JSON: counts, shares 0–1 (6 decimals), benchmark, iceberg, channels, manager list. */
export function summaryJson(result: ClassifyComputation): ClassifySummaryJson {
  const { summary } = result;
  return {
    records: summary.records,
    classified: summary.classified,
    skipped: summary.skipped,
    types: summary.types.map(typeShareJson),
    iceberg: summary.iceberg,
    topChannels: summary.topChannels,
    needsManager: managerRows(result),
  };
}

/** The breakdown over customers and the sorted roll-up. */
export function byCustomerJson(result: ClassifyComputation): ByCustomerJson {
  const rollUp = sortedRollUp(result.items, result.locale);
  return { types: customerSummary(rollUp).types.map(typeShareJson), customers: rollUp };
}

function typeShareJson(row: TypeShareJson): TypeShareJson {
  return { ...row, share: roundFraction(row.share), difference: roundFraction(row.difference) };
}

/** One record in JSON; `truncated` (field → its length) only when a field was longer than the text cap. */
export function recordJson(item: ClassifyItem): ClassifyRecordJson {
  const { line, record, result } = item;
  const json: ClassifyRecordJson = isSkipped(result)
    ? { line, ...record, type: null, confidence: null, evidence: null, action: null, skipped: result.skipped }
    : { line, ...record, type: result.type, confidence: result.confidence, evidence: result.evidence, action: result.action };
  if (item.truncated !== undefined) json.truncated = item.truncated;
  return json;
}

/** The manager list with each record's date as written in ISO form and the words that decided it. */
export function managerRows(result: ClassifyComputation): ManagerRowJson[] {
  return result.summary.needsManager.map((item) => {
    const source = result.items[item.index]!;
    const words = isSkipped(source.result) ? [] : source.result.evidence.words;
    const row: ManagerRowJson = { line: source.line, type: item.type, confidence: item.confidence, rule: item.rule, words };
    if (item.id !== undefined) row.id = item.id;
    if (item.customer !== undefined) row.customer = item.customer;
    if (source.record.date !== undefined) row.date = source.record.date;
    return row;
  });
}
