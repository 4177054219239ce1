/**
 * What a care lead reads after classifying a complaint log: counts and shares per type against the
 * published benchmark, the complaint-iceberg estimate, the channels each type comes through, the
 * records a manager should take today, and the roll-up to one type per customer.
 */
import { needsManager, nextAction } from './playbook.js';
import { COMPLAINER_TYPES, isSkipped, severityRank } from './types.js';
import type { Classified, ClassifyResult, ComplainerType, ComplaintRecord, Evidence, Locale } from './types.js';

/** One source's shares of the four types (docs/definitions.md, "Complainer types"; varies by industry). */
export const BENCHMARK_SHARES: Readonly<Record<ComplainerType, number>> = {
  activist: 0.28,
  irate: 0.21,
  voicer: 0.37,
  silent: 0.14,
};

/** About 26 of 27 customers served badly never complain (docs/definitions.md, "Complainer types"). */
export const ICEBERG_MULTIPLIER = 27;

/**
 * Types whose records are complaints the company received: voicers complain to it directly and
 * activists' third parties bring the complaint to it. Irate posts and silent signals are the part
 * of the iceberg the company only sees by looking, so they are not multiplied.
 */
export const VOICED_TYPES: readonly ComplainerType[] = ['voicer', 'activist'];

/** A complaint record with the identifying fields the summary reports. */
export interface SummaryRecord extends ComplaintRecord {
  id?: string;
  customer?: string;
  date?: string | number;
}

/** One classified (or skipped) record, in input order. */
export interface ClassifiedItem {
  record: SummaryRecord;
  result: ClassifyResult;
}

/** One type's line of the breakdown. Shares are 0–1 of the classified records; null when none were. */
export interface TypeShare {
  type: ComplainerType;
  count: number;
  share: number | null;
  benchmark: number;
  /** share − benchmark. */
  difference: number | null;
}

/** A channel value and how many records of a type came through it. */
export interface ChannelCount {
  channel: string;
  count: number;
}

/** A record a manager should take today. */
export interface ManagerItem {
  /** Position of the record in the input (0-based). */
  index: number;
  id?: string;
  customer?: string;
  date?: string | number;
  type: ComplainerType;
  confidence: number;
  rule: string;
}

/** The complaints summary (docs/definitions.md, issue 5). */
export interface ComplaintSummary {
  records: number;
  classified: number;
  skipped: Record<string, number>;
  types: TypeShare[];
  iceberg: { voicedComplaints: number; multiplier: number; estimatedUnhappyCustomers: number };
  topChannels: Record<ComplainerType, ChannelCount[]>;
  needsManager: ManagerItem[];
}

/** Summarise classified records: breakdown vs benchmark, iceberg, top channels, manager list. */
export function summarize(items: readonly ClassifiedItem[], topChannelCount = 3): ComplaintSummary {
  const counts = emptyByType(() => 0);
  const channels = emptyByType(() => new Map<string, ChannelCount>());
  const skipped: Record<string, number> = {};
  const manager: ManagerItem[] = [];
  items.forEach(({ record, result }, index) => {
    if (isSkipped(result)) {
      skipped[result.skipped] = (skipped[result.skipped] ?? 0) + 1;
      return;
    }
    counts[result.type] += 1;
    countChannel(channels[result.type], record.channel);
    if (needsManager(result.type)) manager.push(managerItem(record, result, index));
  });
  const classified = COMPLAINER_TYPES.reduce((sum, type) => sum + counts[type], 0);
  const voiced = VOICED_TYPES.reduce((sum, type) => sum + counts[type], 0);
  return {
    records: items.length,
    classified,
    skipped,
    types: COMPLAINER_TYPES.map((type) => typeShare(type, counts[type], classified)),
    iceberg: { voicedComplaints: voiced, multiplier: ICEBERG_MULTIPLIER, estimatedUnhappyCustomers: voiced * ICEBERG_MULTIPLIER },
    topChannels: emptyByType((type) => topChannels(channels[type], topChannelCount)),
    needsManager: manager.sort(byUrgency),
  };
}

function typeShare(type: ComplainerType, count: number, classified: number): TypeShare {
  const share = classified === 0 ? null : count / classified;
  const benchmark = BENCHMARK_SHARES[type];
  return { type, count, share, benchmark, difference: share === null ? null : share - benchmark };
}

/** Channels are grouped case- and space-insensitively and shown as first written. */
function countChannel(byKey: Map<string, ChannelCount>, channel: string | undefined): void {
  const shown = channel?.trim() ?? '';
  if (shown === '') return;
  const key = shown.toLowerCase().replace(/\s+/g, ' ');
  const entry = byKey.get(key);
  if (entry === undefined) byKey.set(key, { channel: shown, count: 1 });
  else entry.count += 1;
}

function topChannels(byKey: Map<string, ChannelCount>, n: number): ChannelCount[] {
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.channel.localeCompare(b.channel)).slice(0, n);
}

function managerItem(record: SummaryRecord, result: Classified, index: number): ManagerItem {
  const item: ManagerItem = { index, type: result.type, confidence: result.confidence, rule: result.evidence.rule };
  if (record.id !== undefined) item.id = record.id;
  if (record.customer !== undefined) item.customer = record.customer;
  if (record.date !== undefined) item.date = record.date;
  return item;
}

/** Activists first, then the surest first, then input order. */
function byUrgency(a: ManagerItem, b: ManagerItem): number {
  return severityRank(a.type) - severityRank(b.type) || b.confidence - a.confidence || a.index - b.index;
}

/** One customer's most severe type over all their records. */
export interface CustomerRollUp {
  customer: string;
  type: ComplainerType;
  /** Confidence of the record that decided the type (the surest of the most severe). */
  confidence: number;
  evidence: Evidence;
  action: string;
  /** How many classified records the customer has, in total and per type. */
  records: number;
  byType: Record<ComplainerType, number>;
}

/** Roll classified records up to each customer's most severe type; records without a customer or type are left out. */
export function rollUpByCustomer(items: readonly ClassifiedItem[], locale: Locale = 'en'): CustomerRollUp[] {
  const byCustomer = new Map<string, { decisive: Classified; records: number; byType: Record<ComplainerType, number> }>();
  for (const { record, result } of items) {
    const customer = record.customer?.trim() ?? '';
    if (customer === '' || isSkipped(result)) continue;
    let entry = byCustomer.get(customer);
    if (entry === undefined) {
      entry = { decisive: result, records: 0, byType: emptyByType(() => 0) };
      byCustomer.set(customer, entry);
    } else if (isMoreSevere(result, entry.decisive)) entry.decisive = result;
    entry.records += 1;
    entry.byType[result.type] += 1;
  }
  return [...byCustomer].map(([customer, { decisive, records, byType }]) => ({
    customer,
    type: decisive.type,
    confidence: decisive.confidence,
    evidence: decisive.evidence,
    action: nextAction(decisive.type, locale),
    records,
    byType,
  }));
}

function isMoreSevere(candidate: Classified, current: Classified): boolean {
  const rank = severityRank(candidate.type) - severityRank(current.type);
  return rank < 0 || (rank === 0 && candidate.confidence > current.confidence);
}

function emptyByType<T>(make: (type: ComplainerType) => T): Record<ComplainerType, T> {
  return { activist: make('activist'), irate: make('irate'), voicer: make('voicer'), silent: make('silent') };
}
