/**
 * One complaint record → one complainer type, with confidence, evidence and the next action.
 *
 * Evidence is weighed strongest first (docs/definitions.md): any third party (activist) beats any public
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
import { FIELD_BIT } from '../text/matcher.js';
import type { Hit } from '../text/matcher.js';
import { nextAction } from './playbook.js';
import { capText } from '../text/text-cap.js';
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
  const hits: FieldHit[] = [];
  scanField(rules, record.channel, FIELD_BIT.channel, hits);
  scanField(rules, record.subject, FIELD_BIT.text, hits);
  scanField(rules, record.text, FIELD_BIT.text, hits);
  scanField(rules, record.status, FIELD_BIT.status, hits);
  const winner = strongestType(hits, rules);
  if (winner !== undefined) return classified(winner, hits, record, rules, locale);

  const hasText = !isBlank(record.subject) || !isBlank(record.text);
  if (hasText && !hasSilentNote(hits)) {
    return finish('voicer', rules.commentWeight, { rule: COMMENT_RULE, field: 'text', words: [] }, hits, rules, locale);
  }
  const lowScore = isLowScore(record.score, rules.lowScoreMax);
  if (lowScore) hits.push({ rule: -1, field: SCORE_FIELD, words: String(record.score), start: -1, end: -1, negated: false });
  if (lowScore || hasLiveHit(hits)) return classified('silent', hits, record, rules, locale);
  return { skipped: 'noEvidence' };
}

/** Scans one field; only its first TEXT_CAP characters are read (see text-cap.ts). */
function scanField(rules: CompiledRules, value: string | undefined, bit: number, hits: FieldHit[]): void {
  if (value !== undefined && value !== '') rules.matcher.scan(capText(value), bit, hits);
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

/** A note of silence in the text ("returned without comment"): the text is not a complaint. */
function hasSilentNote(hits: FieldHit[]): boolean {
  for (const hit of hits) if (!hit.negated && hit.field === FIELD_BIT.text) return true;
  return false;
}

function hasLiveHit(hits: FieldHit[]): boolean {
  for (const hit of hits) if (!hit.negated) return true;
  return false;
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
    if (hit.field === FIELD_BIT.channel) fromChannel = true;
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
    rule: decisive.rule < 0 ? LOW_SCORE_RULE : (rules.ids[decisive.rule] as string),
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

function isLowScore(score: number | undefined, max: number): boolean {
  return score !== undefined && Number.isFinite(score) && score <= max;
}

function isBlank(value: string | undefined): boolean {
  if (value === undefined) return true;
  for (let i = 0; i < value.length; i += 1) if (value.charCodeAt(i) > 0x20) return false;
  return true;
}
