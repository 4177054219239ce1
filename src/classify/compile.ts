/**
 * Turning a validated rules set into what `classify` runs: one Matcher over all terms of all
 * languages (a Cyrillic record is not sniffed for Russian or Bulgarian; both lexicons apply, and
 * the ignore lists keep their false friends apart), plus the rules' metadata by index.
 */
import { FIELD_BIT, Matcher } from '../text/matcher.js';
import type { TermSpec } from '../text/matcher.js';
import type { RuleSet, TermsByLanguage } from './schema.js';
import type { ComplainerType } from './types.js';

/** Rule index of a hedge of a public hit ("might") in CompiledRules.hedges. */
export const HEDGE_PUBLIC = 0;
/** Rule index of someone else's advice before a third party ("told me to") in CompiledRules.hedges. */
export const HEDGE_ADVICE = 1;
/** Rule index of a form word in CompiledRules.notes. */
export const NOTE_FORM_WORD = 0;
/** Rule index of a customer-voice word in CompiledRules.notes. */
export const NOTE_CUSTOMER_VOICE = 1;
/** Rule index of a closing act ("cancel", «закройте», «отпишете») in CompiledRules.notes. */
export const NOTE_CLOSURE_ACT = 2;
/** Rule index of a word that gives a reason or a grievance ("because", "broken", «не работает») in CompiledRules.notes. */
export const NOTE_GRIEVANCE = 3;
/** Rule index of a change of mind ("changed my mind", «промених решението си») in CompiledRules.notes. */
export const NOTE_CHANGED_MIND = 4;
/**
 * Field bit of the words only the company writes about the customer (the notes' `companyWriter`).
 * They are in the rules' matcher under this side bit alone (SIDE_BITS), so no scan makes hits of
 * them and `matcher.sawInLastScan(COMPANY_WRITER_BIT)` says whether the words just scanned hold one.
 */
export const COMPANY_WRITER_BIT = 16;
/** Side bit of the acts of closing (the notes' `closureActs`), so the closure-request reading runs only where the scan met one. */
export const CLOSURE_ACT_BIT = 32;
/** Side bit of a change of mind (the notes' `changedMind`), so its reading runs only where the scan met one. */
export const CHANGED_MIND_BIT = 64;

/** A rules set ready to classify with. Build it once with `compileRules` and reuse it for every record. */
export interface CompiledRules {
  readonly matcher: Matcher;
  readonly ids: readonly string[];
  readonly types: readonly ComplainerType[];
  readonly weights: readonly number[];
  /** Per rule: its hits in the text say the talk was private (schema `private`). */
  readonly privateRules: readonly boolean[];
  /** Per rule: the index of the rule it needs a live hit of (schema `needs`), or -1. */
  readonly needs: readonly number[];
  /** Whether any rule needs another (so the reading checks pairs only then). */
  readonly anyNeeds: boolean;
  /** Per rule: its terms are a third party's own formulae (schema `author`): quoted, they do not count. */
  readonly authorRules: readonly boolean[];
  /** The hedges (negation.hedges, rule HEDGE_PUBLIC: "might", "read the") and advice (negation.advice, rule HEDGE_ADVICE). */
  readonly hedges: Matcher;
  /** The words of `notes`: form words, customer-voice words, closing acts and grievances (rules NOTE_*). */
  readonly notes: Matcher;
  readonly commentWeight: number;
  readonly lowScoreMax: number;
  readonly lowScoreWeight: number;
}

/** Compile a rules set (from `loadRules`, `mergeRules` or `builtinRules`) for classifying. */
export function compileRules(set: RuleSet): CompiledRules {
  const ids: string[] = [];
  const types: ComplainerType[] = [];
  const weights: number[] = [];
  const privateRules: boolean[] = [];
  const authorRules: boolean[] = [];
  const terms: TermSpec[] = [];
  for (const [id, rule] of Object.entries(set.rules)) {
    const index = ids.length;
    ids.push(id);
    types.push(rule.type);
    weights.push(rule.weight);
    privateRules.push(rule.private === true);
    authorRules.push(rule.author === true);
    const fields = rule.fields.reduce((mask, field) => mask | FIELD_BIT[field], 0);
    for (const term of allTerms(rule.terms)) terms.push({ term, rule: index, fields, negatable: rule.negatable ?? true });
    if (rule.type === 'activist' || rule.type === 'irate') {
      for (const term of possessives(rule.terms.en ?? [])) terms.push({ term, rule: index, fields, negatable: rule.negatable ?? true });
    }
  }
  const needs = Object.values(set.rules).map((rule) => (rule.needs === undefined ? -1 : ids.indexOf(rule.needs)));
  const everyField = FIELD_BIT.channel | FIELD_BIT.text | FIELD_BIT.status;
  for (const term of allTerms(set.ignore)) terms.push({ term, rule: -1, fields: everyField, negatable: false });
  for (const term of allTerms(set.notes?.companyWriter ?? {})) terms.push({ term, rule: 0, fields: COMPANY_WRITER_BIT, negatable: false });
  for (const term of allTerms(set.notes?.closureActs ?? {})) terms.push({ term, rule: 0, fields: CLOSURE_ACT_BIT, negatable: false });
  for (const term of allTerms(set.notes?.changedMind ?? {})) terms.push({ term, rule: 0, fields: CHANGED_MIND_BIT, negatable: false });
  const matcher = new Matcher(
    terms,
    allTerms(set.negation.negators),
    allTerms(set.negation.breaks),
    set.negation.window,
    set.negation.after?.window ?? 0,
    allTerms(set.negation.after?.negators ?? {}),
    allTerms(set.negation.after?.breaks ?? {}),
    allTerms(set.negation.after?.asides ?? {}),
    allTerms(set.negation.conditions ?? {}),
  );
  const hedgeTerms = [
    ...allTerms(set.negation.hedges ?? {}).map((term): TermSpec => ({ term, rule: HEDGE_PUBLIC, fields: everyField, negatable: false })),
    ...allTerms(set.negation.advice ?? {}).map((term): TermSpec => ({ term, rule: HEDGE_ADVICE, fields: everyField, negatable: false })),
  ];
  const noteTerms = [
    ...allTerms(set.notes?.formWords ?? {}).map((term): TermSpec => ({ term, rule: NOTE_FORM_WORD, fields: everyField, negatable: false })),
    ...allTerms(set.notes?.customerVoice ?? {}).map((term): TermSpec => ({ term, rule: NOTE_CUSTOMER_VOICE, fields: everyField, negatable: false })),
    ...allTerms(set.notes?.closureActs ?? {}).map((term): TermSpec => ({ term, rule: NOTE_CLOSURE_ACT, fields: everyField, negatable: false })),
    ...allTerms(set.notes?.grievance ?? {}).map((term): TermSpec => ({ term, rule: NOTE_GRIEVANCE, fields: everyField, negatable: false })),
    ...allTerms(set.notes?.changedMind ?? {}).map((term): TermSpec => ({ term, rule: NOTE_CHANGED_MIND, fields: everyField, negatable: false })),
  ];
  return {
    matcher,
    ids,
    types,
    weights,
    privateRules,
    needs,
    anyNeeds: needs.some((index) => index >= 0),
    authorRules,
    hedges: new Matcher(hedgeTerms, [], [], 0),
    notes: new Matcher(noteTerms, [], [], 0),
    commentWeight: set.signals.comment.weight,
    lowScoreMax: set.signals.lowScore.max,
    lowScoreWeight: set.signals.lowScore.weight,
  };
}

/**
 * A third party or a public place named in the English possessive ("Ofcom's ADR scheme", "the
 * FCA's rules", "Trustpilot's page"): the matcher keeps an apostrophe between letters in the word,
 * so "ofcom's" is its own word. A term whose last word is a whole word gets its possessive too; a
 * stem ("ombudsman*") already covers it.
 */
function possessives(terms: readonly string[]): string[] {
  const out: string[] = [];
  for (const term of terms) if (WHOLE_LAST_WORD.test(term)) out.push(`${term}'s`);
  return out;
}

const WHOLE_LAST_WORD = /(?:^|\s)[a-z]+$/u;

function allTerms(byLanguage: TermsByLanguage): string[] {
  return Object.values(byLanguage).flat();
}
