/** The JSON schemas of `care classify` (report/classify-contract.ts, ClassifyJson) and `--explain` (report/explain-view.ts). */
import { z } from 'zod';
import { counts, day, int, nnum, num, str } from './common.js';

const complainerType = z.enum(['silent', 'voicer', 'irate', 'activist']);
const evidence = z.strictObject({
  rule: str, field: z.enum(['channel', 'text', 'status', 'score']), words: z.array(str), channel: str.optional(), negated: z.array(str).optional(),
});

const recordFields = {
  line: int, id: str.optional(), customer: str.optional(), date: str.optional(), channel: str.optional(), subject: str.optional(),
  text: str.optional(), status: str.optional(), tags: str.optional(), score: num.optional(), truncated: z.record(z.string(), int).optional(),
};
const classifiedRecord = z.strictObject({ ...recordFields, type: complainerType, confidence: num, evidence, action: str });
const skippedRecord = z.strictObject({ ...recordFields, type: z.null(), confidence: z.null(), evidence: z.null(), action: z.null(), skipped: str });

const typeShare = z.strictObject({ type: complainerType, count: int, share: nnum, benchmark: num, difference: nnum });
const channelCounts = z.array(z.strictObject({ channel: str, count: int }));

export const classifySummary = z.strictObject({
  records: int, classified: int, skipped: counts,
  types: z.array(typeShare),
  iceberg: z.strictObject({ voicedComplaints: int, multiplier: num, estimatedUnhappyCustomers: num }),
  topChannels: z.strictObject({ activist: channelCounts, irate: channelCounts, voicer: channelCounts, silent: channelCounts }),
  needsManager: z.array(z.strictObject({
    line: int, type: complainerType, confidence: num, rule: str, words: z.array(str),
    id: str.optional(), customer: str.optional(), date: z.union([str, num]).optional(),
  })),
});

export const classifyIngest = z.strictObject({
  rows: int, records: int, classified: int, skipped: counts, afterAsOf: int.optional(), unreadableScores: int.optional(), columns: z.record(z.string(), str),
});

export const classifyHead = { source: str, asOf: day.nullable(), locale: z.enum(['en', 'ru', 'bg']) };

const byType = z.strictObject({ activist: int, irate: int, voicer: int, silent: int });

export const classifyBody = {
  ...classifyHead,
  records: z.array(z.union([classifiedRecord, skippedRecord])),
  summary: classifySummary,
  ingest: classifyIngest,
  byCustomer: z.strictObject({
    types: z.array(typeShare),
    customers: z.array(z.strictObject({ customer: str, type: complainerType, confidence: num, evidence, action: str, records: int, byType })),
  }).optional(),
};

/** care report's `complaints` section: the head, the summary and `ingest`. */
export const complaintsSection = z.strictObject({ ...classifyHead, summary: classifySummary, ingest: classifyIngest });

/** --explain ID: why one record got its type (classify/explain.ts, Explanation); `type` is absent for a skipped record. */
export const explainBody = {
  source: str,
  id: str.nullable(),
  line: int,
  type: complainerType.optional(),
  step: str,
  because: str,
  subject: str,
  text: str,
  score: z.strictObject({ value: num, part: z.enum(['score', 'subject', 'text']), low: z.boolean() }).optional(),
  evidence: z.array(z.strictObject({ rule: str, type: complainerType, part: str, words: str, counted: z.boolean(), decisive: z.boolean(), setAside: str.optional() })),
  whatIf: z.array(z.strictObject({ kind: z.enum(['without-third-party', 'without-public-post', 'name-third-party', 'say-public', 'own-comment', 'signal-only', 'contact-or-words', 'status-or-score']), change: str, type: complainerType.optional(), scoreMax: num.optional() })),
};
