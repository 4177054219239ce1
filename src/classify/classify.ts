/**
 * One complaint record → one complainer type, with confidence, evidence and the next action.
 *
 * The reading (read.ts) finds every hit and the step of the precedence that decides
 * (docs/definitions.md, "Complainer types"): a third party (activist) beats a public complaint
 * (irate); a dissatisfaction signal with no words of the customer's own (a low score in the
 * subject, a return or cancellation form, a CRM churn note) is silent even when it came through a
 * contact channel; a contact with the company or the customer's own words is a voicer. A record
 * with none of these is skipped with reason `noEvidence`.
 */
import type { CompiledRules } from './compile.js';
import { FIELD_BIT } from '../text/matcher.js';
import { nextAction } from './playbook.js';
import { type ReadHit, SCORE_FIELD, readRecord, ruleIdOf } from './read.js';
import type { ClassifyResult, ComplainerType, ComplaintRecord, Evidence, EvidenceField, Locale } from './types.js';
import { severityRank } from './types.js';

/** Rule id shown when a comment with no other evidence made the record a voicer. */
export const COMMENT_RULE = 'voicer-comment';
export { LOW_SCORE_RULE } from './read.js';

/** How many corroborating hits count towards confidence; more add nothing. */
const MAX_CORROBORATING = 4;
/** A negated mention of something more severe leaves some doubt. */
const NEGATED_SEVERE_FACTOR = 0.85;
const MAX_WORDS = 6;

type FieldHit = ReadHit;
const FIELD_NAMES: Record<number, EvidenceField> = {
  [FIELD_BIT.channel]: 'channel',
  [FIELD_BIT.text]: 'text',
  [FIELD_BIT.status]: 'status',
  [SCORE_FIELD]: 'score',
};

/** Classify one complaint record with compiled rules; the action is written in `locale`. */
export function classify(record: ComplaintRecord, rules: CompiledRules, locale: Locale = 'en'): ClassifyResult {
  const reading = readRecord(record, rules);
  if (reading.type === undefined) return { skipped: 'noEvidence' };
  if (reading.step === 'comment') {
    return finish('voicer', rules.commentWeight, { rule: COMMENT_RULE, field: 'text', words: [] }, reading.hits, rules, locale);
  }
  return classified(reading.type, reading.hits, record, rules, locale);
}

function classified(
  type: ComplainerType,
  hits: FieldHit[],
  record: ComplaintRecord,
  rules: CompiledRules,
  locale: Locale,
): ClassifyResult {
  let strongest: FieldHit | undefined;
  let fromChannel = false;
  const words: string[] = [];
  // The distinct words seen so far: a Set, since a long complaint can hold thousands of hits.
  const seen = new Set<string>();
  let doubt = 1;
  let clues = 0;
  for (const hit of hits) {
    if (hit.negated || typeOf(hit, rules) !== type) continue;
    if (strongest === undefined || weightOf(hit, rules) > weightOf(strongest, rules)) strongest = hit;
    if (hit.part === 'channel') fromChannel = true;
    // Each distinct clue adds to the certainty: confidence = 1 − Π(1 − weight).
    if (!seen.has(hit.words)) {
      seen.add(hit.words);
      if (words.length < MAX_WORDS) words.push(hit.words);
      if (clues < MAX_CORROBORATING) doubt *= 1 - weightOf(hit, rules);
      clues += 1;
    }
  }
  const decisive = strongest as FieldHit;
  const evidence: Evidence = {
    rule: ruleIdOf(decisive.rule, rules),
    field: FIELD_NAMES[decisive.field] ?? 'text',
    words,
  };
  if (fromChannel && record.channel !== undefined) evidence.channel = record.channel;
  return finish(type, Math.min(0.99, 1 - doubt), evidence, hits, rules, locale);
}

function finish(
  type: ComplainerType,
  weight: number,
  evidence: Evidence,
  hits: FieldHit[],
  rules: CompiledRules,
  locale: Locale,
): ClassifyResult {
  let confidence = weight;
  for (const hit of hits) {
    if (!hit.negated || severityRank(typeOf(hit, rules)) >= severityRank(type)) continue;
    evidence.negated ??= [];
    if (!evidence.negated.includes(hit.words) && evidence.negated.length < MAX_WORDS) evidence.negated.push(hit.words);
  }
  if (evidence.negated !== undefined) confidence *= NEGATED_SEVERE_FACTOR;
  return { type, confidence: Math.round(confidence * 100) / 100, evidence, action: nextAction(type, locale) };
}

function typeOf(hit: FieldHit, rules: CompiledRules): ComplainerType {
  return hit.rule < 0 ? 'silent' : (rules.types[hit.rule] as ComplainerType);
}

function weightOf(hit: FieldHit, rules: CompiledRules): number {
  return hit.rule < 0 ? rules.lowScoreWeight : (rules.weights[hit.rule] as number);
}
