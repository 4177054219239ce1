/**
 * One complaint record → one complainer type, with confidence, evidence and the next action.
 *
 * Evidence is weighed strongest first (DESIGN.md §4): any third party (activist) beats any public
 * complaint (irate), which beats a complaint to the company (voicer), which beats a bare
 * dissatisfaction signal (silent). Channel, subject, text and status are all read; a hit preceded
 * by a negation ("I don't want a lawyer") does not count.
 *
 * When no rule fires:
 * - text (subject or text) that is not itself a note of silence ("returned without comment") is a
 *   voicer: it is in the company's own complaint log, so the customer said it to the company;
 * - otherwise the record is silent only if it is itself a dissatisfaction signal — a status rule
 *   (returned, cancelled, refunded, chargeback, unsubscribed… in en/ru/bg) or a score at or below
 *   `signals.lowScore.max` (default 6, a detractor on the 0–10 scale);
 * - anything else has no evidence and is skipped with reason `noEvidence`.
 */
import type { CompiledRules } from './compile.js';
import { FIELD_BIT } from './matcher.js';
import type { Hit } from './matcher.js';
import { nextAction } from './playbook.js';
import type { ClassifyResult, ComplainerType, ComplaintRecord, Evidence, EvidenceField, Locale } from './types.js';
import { severityRank } from './types.js';

/** Rule id shown when a comment with no other evidence made the record a voicer. */
export const COMMENT_RULE = 'voicer-comment';
/** Rule id shown when a low score made the record silent. */
export const LOW_SCORE_RULE = 'silent-low-score';

/** How many corroborating hits count towards confidence; more add nothing. */
const MAX_CORROBORATING = 4;
/** A negated mention of something more severe leaves some doubt. */
const NEGATED_SEVERE_FACTOR = 0.85;
const MAX_WORDS = 6;

/** A hit in a record: a lexicon hit, or the low score (rule -1, field SCORE_FIELD). */
type FieldHit = Hit;
const SCORE_FIELD = 8;
const FIELD_NAMES: Record<number, EvidenceField> = {
  [FIELD_BIT.channel]: 'channel',
  [FIELD_BIT.text]: 'text',
  [FIELD_BIT.status]: 'status',
  [SCORE_FIELD]: 'score',
};

/** Classify one complaint record with compiled rules; the action is written in `locale`. */
export function classify(record: ComplaintRecord, rules: CompiledRules, locale: Locale = 'en'): ClassifyResult {
  const hits = collectHits(record, rules);
  const winner = strongestType(hits, rules);
  if (winner !== undefined) return classified(winner, hits, record, rules, locale);

  const hasText = !isBlank(record.subject) || !isBlank(record.text);
  const silentInText = hits.some((hit) => !hit.negated && hit.field === FIELD_BIT.text);
  if (hasText && !silentInText) {
    return finish('voicer', rules.commentWeight, { rule: COMMENT_RULE, field: 'text', words: [] }, hits, rules, locale);
  }
  const lowScore = isLowScore(record.score, rules.lowScoreMax);
  if (lowScore) {
    hits.push({ rule: -1, field: SCORE_FIELD, words: String(record.score), negated: false });
  }
  if (lowScore || hits.some((hit) => !hit.negated)) return classified('silent', hits, record, rules, locale);
  return { skipped: 'noEvidence' };
}

function collectHits(record: ComplaintRecord, rules: CompiledRules): FieldHit[] {
  const hits: FieldHit[] = [];
  const scan = (value: string | undefined, bit: number): void => {
    if (value !== undefined && value !== '') rules.matcher.scan(value, bit, hits);
  };
  scan(record.channel, FIELD_BIT.channel);
  scan(record.subject, FIELD_BIT.text);
  scan(record.text, FIELD_BIT.text);
  scan(record.status, FIELD_BIT.status);
  return hits;
}

/** The most severe of activist / irate / voicer with a hit that is not negated. */
function strongestType(hits: FieldHit[], rules: CompiledRules): ComplainerType | undefined {
  let best: ComplainerType | undefined;
  for (const hit of hits) {
    if (hit.negated) continue;
    const type = rules.types[hit.rule] as ComplainerType;
    if (type === 'silent') continue;
    if (best === undefined || severityRank(type) < severityRank(best)) best = type;
  }
  return best;
}

function classified(
  type: ComplainerType,
  hits: FieldHit[],
  record: ComplaintRecord,
  rules: CompiledRules,
  locale: Locale,
): ClassifyResult {
  const own = hits.filter((hit) => !hit.negated && typeOf(hit, rules) === type);
  let strongest = own[0] as FieldHit;
  for (const hit of own) if (weightOf(hit, rules) > weightOf(strongest, rules)) strongest = hit;
  const evidence: Evidence = {
    rule: strongest.rule < 0 ? LOW_SCORE_RULE : (rules.ids[strongest.rule] as string),
    field: FIELD_NAMES[strongest.field] ?? 'text',
    words: unique(own.map((hit) => hit.words)).slice(0, MAX_WORDS),
  };
  if (own.some((hit) => hit.field === FIELD_BIT.channel) && record.channel !== undefined) evidence.channel = record.channel;
  return finish(type, combinedWeight(own, rules), evidence, hits, rules, locale);
}

function finish(
  type: ComplainerType,
  weight: number,
  evidence: Evidence,
  hits: FieldHit[],
  rules: CompiledRules,
  locale: Locale,
): ClassifyResult {
  const negated = hits.filter((hit) => hit.negated && severityRank(typeOf(hit, rules)) < severityRank(type));
  let confidence = weight;
  if (negated.length > 0) {
    evidence.negated = unique(negated.map((hit) => hit.words)).slice(0, MAX_WORDS);
    confidence *= NEGATED_SEVERE_FACTOR;
  }
  return { type, confidence: Math.round(confidence * 100) / 100, evidence, action: nextAction(type, locale) };
}

/** 1 − Π(1 − w) over the distinct hits: each independent clue adds to the certainty. */
function combinedWeight(hits: FieldHit[], rules: CompiledRules): number {
  const seen = new Set<string>();
  let doubt = 1;
  for (const hit of hits) {
    const key = `${hit.rule}:${hit.words.toLowerCase()}`;
    if (seen.has(key) || seen.size >= MAX_CORROBORATING) continue;
    seen.add(key);
    doubt *= 1 - weightOf(hit, rules);
  }
  return Math.min(0.99, 1 - doubt);
}

function typeOf(hit: FieldHit, rules: CompiledRules): ComplainerType {
  return hit.rule < 0 ? 'silent' : (rules.types[hit.rule] as ComplainerType);
}

function weightOf(hit: FieldHit, rules: CompiledRules): number {
  return hit.rule < 0 ? rules.lowScoreWeight : (rules.weights[hit.rule] as number);
}

function isLowScore(score: number | undefined, max: number): boolean {
  return score !== undefined && Number.isFinite(score) && score <= max;
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
