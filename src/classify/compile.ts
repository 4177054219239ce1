/**
 * Turning a validated rules set into what `classify` runs: one Matcher over all terms of all
 * languages (a Cyrillic record is not sniffed for Russian or Bulgarian; both lexicons apply, and
 * the ignore lists keep their false friends apart), plus the rules' metadata by index.
 */
import { FIELD_BIT, Matcher } from '../text/matcher.js';
import type { TermSpec } from '../text/matcher.js';
import type { RuleSet, TermsByLanguage } from './schema.js';
import type { ComplainerType } from './types.js';

/** A rules set ready to classify with. Build it once with `compileRules` and reuse it for every record. */
export interface CompiledRules {
  readonly matcher: Matcher;
  readonly ids: readonly string[];
  readonly types: readonly ComplainerType[];
  readonly weights: readonly number[];
  readonly commentWeight: number;
  readonly lowScoreMax: number;
  readonly lowScoreWeight: number;
}

/** Compile a rules set (from `loadRules`, `mergeRules` or `builtinRules`) for classifying. */
export function compileRules(set: RuleSet): CompiledRules {
  const ids: string[] = [];
  const types: ComplainerType[] = [];
  const weights: number[] = [];
  const terms: TermSpec[] = [];
  for (const [id, rule] of Object.entries(set.rules)) {
    const index = ids.length;
    ids.push(id);
    types.push(rule.type);
    weights.push(rule.weight);
    const fields = rule.fields.reduce((mask, field) => mask | FIELD_BIT[field], 0);
    for (const term of allTerms(rule.terms)) terms.push({ term, rule: index, fields, negatable: rule.negatable ?? true });
  }
  const everyField = FIELD_BIT.channel | FIELD_BIT.text | FIELD_BIT.status;
  for (const term of allTerms(set.ignore)) terms.push({ term, rule: -1, fields: everyField, negatable: false });
  const matcher = new Matcher(
    terms,
    allTerms(set.negation.negators),
    allTerms(set.negation.breaks),
    set.negation.window,
  );
  return {
    matcher,
    ids,
    types,
    weights,
    commentWeight: set.signals.comment.weight,
    lowScoreMax: set.signals.lowScore.max,
    lowScoreWeight: set.signals.lowScore.weight,
  };
}

function allTerms(byLanguage: TermsByLanguage): string[] {
  return Object.values(byLanguage).flat();
}
