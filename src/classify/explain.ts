/**
 * Why a record got its type, and what would have changed it: the reading of read.ts told as data
 * (for `care classify --explain ID`). Pure: the same record and rules give the same explanation,
 * and the type it names is always the one `classify` gives.
 */
import type { CompiledRules } from './compile.js';
import { type DecisionStep, type LineKind, type ReadHit, type Reading, type RecordPart, type SetAside, readRecord, ruleIdOf, typeOfHit } from './read.js';
import type { ComplainerType, ComplaintRecord } from './types.js';

/** One piece of evidence found in the record, counted or set aside. */
export interface ExplainedHit {
  /** Rule id (`silent-low-score` for a low score). */
  rule: string;
  type: ComplainerType;
  part: RecordPart;
  /** The words as written in the record. */
  words: string;
  /** Whether it counted (was not set aside). */
  counted: boolean;
  /** Whether it is evidence of the type the record got (a counted hit of a weaker type was outweighed). */
  decisive: boolean;
  /** Why it did not count: negated ("no lawyer"), hedged ("might post"), or a public channel outweighed by a private message. */
  setAside?: SetAside;
}

/** Which change a what-if is (the view says it in the run's language; `change` is the English). */
export type WhatIfKind = 'without-third-party' | 'without-public-post' | 'name-third-party' | 'say-public' | 'own-comment' | 'signal-only' | 'contact-or-words' | 'status-or-score';

/** What a change to the record would do. */
export interface WhatIf {
  kind: WhatIfKind;
  /** The change, in words. */
  change: string;
  /** The type the record would get then (undefined: it would be skipped). */
  type: ComplainerType | undefined;
  /** For `status-or-score`: the highest score that reads as low. */
  scoreMax?: number;
}

/** Why a record got its type. */
export interface Explanation {
  /** The type `classify` gives; undefined when the record is skipped (no evidence). */
  type: ComplainerType | undefined;
  /** The step of the precedence that decided (docs/definitions.md, "Complainer types"). */
  step: DecisionStep;
  /** One sentence: the step and the evidence that decided. */
  because: string;
  /** What the subject and the text were read as: absent, the customer's own words (comment), a form's line, or an agent's note. */
  subject: LineKind;
  text: LineKind;
  /** A score read from the score column, or written in a form's subject or text. */
  score?: { value: number; part: 'score' | 'subject' | 'text'; low: boolean };
  /** Every hit, counted or set aside, in the order of the record's parts. */
  evidence: ExplainedHit[];
  /** What would have changed the type. */
  whatIf: WhatIf[];
}

const STEP_SENTENCE: Record<DecisionStep, string> = {
  'third-party': 'a third party is brought in (activist beats every other type)',
  public: 'the complaint went public or to others, and no third party is named',
  'silent-signal': 'a sign of dissatisfaction with no words of the customer\'s own (a contact channel does not outweigh it)',
  contact: 'the customer contacted the company itself, with nothing public and no third party',
  comment: 'the customer\'s own words are in the company\'s log with no other evidence, so they said it to the company',
  none: 'nothing to go by: no complaint words, no contact channel, no dissatisfaction status and no low score',
};

/** Explains the type `classify(record, rules)` gives. */
export function explainClassification(record: ComplaintRecord, rules: CompiledRules): Explanation {
  const reading = readRecord(record, rules);
  const evidence = distinctHits(reading.hits).map((hit) => explainHit(hit, rules, reading.type));
  const cited = citedHits(reading.step, evidence);
  const because = cited.length === 0
    ? STEP_SENTENCE[reading.step]
    : `${STEP_SENTENCE[reading.step]}: ${cited.map((hit) => `"${hit.words}" (${hit.rule}, ${hit.part})`).join(', ')}`;
  const explanation: Explanation = {
    type: reading.type,
    step: reading.step,
    because,
    subject: reading.subject,
    text: reading.text,
    evidence,
    whatIf: whatIf(record, reading, rules),
  };
  if (reading.score !== undefined) explanation.score = { value: reading.score.value, part: reading.score.part, low: reading.score.low };
  return explanation;
}

/**
 * The evidence `because` cites after the step: the deciding hits, each words-rule-part once, at most
 * six; none when the step is the customer's comment alone or nothing.
 */
export function citedHits(step: DecisionStep, evidence: readonly ExplainedHit[]): ExplainedHit[] {
  if (step === 'comment' || step === 'none') return [];
  const seen = new Set<string>();
  return evidence.filter((hit) => {
    const key = `${hit.words}\u0000${hit.rule}\u0000${hit.part}`;
    if (!hit.decisive || seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, 6);
}

/** The hits without repeats: two terms of one rule can match the same words ("email*" and "email"). */
function distinctHits(hits: readonly ReadHit[]): ReadHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => {
    const key = `${hit.rule}\u0000${hit.part}\u0000${hit.start}\u0000${hit.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function explainHit(hit: ReadHit, rules: CompiledRules, decided: ComplainerType | undefined): ExplainedHit {
  const type = typeOfHit(hit, rules);
  const explained: ExplainedHit = {
    rule: ruleIdOf(hit.rule, rules),
    type,
    part: hit.part,
    words: hit.words,
    counted: !hit.negated,
    decisive: !hit.negated && type === decided,
  };
  if (hit.negated) explained.setAside = hit.setAside ?? 'negated';
  return explained;
}

/** The changes that would move the record to another type, worked out by reading it again. */
function whatIf(record: ComplaintRecord, reading: Reading, rules: CompiledRules): WhatIf[] {
  const changes: WhatIf[] = [];
  const type = reading.type;
  if (type === 'activist' || type === 'irate') {
    const without = readRecord(record, rules, new Set<ComplainerType>(type === 'activist' ? ['activist'] : ['irate']));
    const what = type === 'activist' ? 'the third party' : 'the public post';
    changes.push({ kind: type === 'activist' ? 'without-third-party' : 'without-public-post', change: `without ${what} (or with it negated or, for a post, only hedged: "might post")`, type: without.type });
  }
  if (type !== 'activist') changes.push({ kind: 'name-third-party', change: 'naming a third party (a lawyer, a court, a regulator, the media)', type: 'activist' });
  if (type === 'voicer' || type === 'silent' || type === undefined) {
    changes.push({ kind: 'say-public', change: 'saying the complaint was posted publicly (a review site, social media, "told everyone")', type: 'irate' });
  }
  if (type === 'silent') {
    changes.push({ kind: 'own-comment', change: 'a comment in the customer\'s own words (the silent signal would then be a voiced complaint)', type: 'voicer' });
  }
  if (type === 'voicer') {
    const signal = readRecord({ ...withoutWords(record), status: 'cancelled' }, rules);
    if (reading.step === 'comment' || reading.step === 'contact') {
      changes.push({ kind: 'signal-only', change: 'no words of the customer\'s own, only a dissatisfaction signal (a return, a cancellation, a low score)', type: signal.type });
    }
  }
  if (type === undefined) {
    changes.push({ kind: 'contact-or-words', change: 'a contact channel (email, phone, chat, a form) or the customer\'s own words', type: 'voicer' });
    changes.push({ kind: 'status-or-score', change: `a dissatisfaction status (returned, cancelled) or a score ≤ ${rules.lowScoreMax}`, type: 'silent', scoreMax: rules.lowScoreMax });
  }
  return changes;
}

/** The record with neither subject nor text: what its channel and status say alone. */
function withoutWords(record: ComplaintRecord): ComplaintRecord {
  const { subject: _subject, text: _text, ...rest } = record;
  return rest;
}
