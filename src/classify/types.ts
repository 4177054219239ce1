/**
 * The classifier's vocabulary: the four complainer types (docs/definitions.md,
 * "Complainer types"), the record it reads, and the result it gives.
 */

/** The four complainer types, most severe first: the order evidence is weighed in. */
export const COMPLAINER_TYPES = ['activist', 'irate', 'voicer', 'silent'] as const;

/** One of the four kinds of unhappy customer. */
export type ComplainerType = (typeof COMPLAINER_TYPES)[number];

/** Languages the built-in lexicons and the playbook are written in: all of care's. */
export { LOCALES, type Locale } from '../locale.js';

/** Where a piece of evidence was found. `score` is the numeric survey score. */
export type EvidenceField = 'channel' | 'text' | 'status' | 'score';

/** The fields of a complaint record the classifier reads (the canonical complaint fields). */
export interface ComplaintRecord {
  channel?: string;
  subject?: string;
  text?: string;
  status?: string;
  /** A help desk's tags or labels of the ticket (`twitter legal refund`): read as the channel is. */
  tags?: string;
  score?: number;
}

/** Why a record got its type: the deciding rule and the words (or channel) it matched. */
export interface Evidence {
  /** Id of the strongest rule of the winning type, e.g. `activist-legal`. */
  rule: string;
  /** Where that rule matched. */
  field: EvidenceField;
  /** The words as written in the record, for every hit of the winning type (at most 6). */
  words: string[];
  /** The channel value as written, when the channel counted towards the type. */
  channel?: string;
  /** Words of a more severe type that were ignored because they were negated ("no lawyer"). */
  negated?: string[];
}

/** A record that got a type. */
export interface Classified {
  type: ComplainerType;
  /** 0–1: how sure the evidence makes us. */
  confidence: number;
  evidence: Evidence;
  /** The next step from the playbook for this type, in the requested locale. */
  action: string;
}

/** Why a record got no type; the caller skips it and counts the reason. */
export type SkipReason = 'noEvidence';

/** A record that could not be classified. */
export interface Skipped {
  skipped: SkipReason;
}

/** What `classify` returns for one record. */
export type ClassifyResult = Classified | Skipped;

/** Whether a result is a skip rather than a type. */
export function isSkipped(result: ClassifyResult): result is Skipped {
  return 'skipped' in result;
}

/** Severity rank: 0 for activist (most severe) … 3 for silent. */
export function severityRank(type: ComplainerType): number {
  return COMPLAINER_TYPES.indexOf(type);
}
