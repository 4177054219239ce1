/** An invalid rules file in Russian and Bulgarian (src/classify/load.ts): care's words and its schema's in the catalogs' words. */
import { describe, expect, it } from 'vitest';
import { builtinRules, mergeRules } from '../../../src/classify/index.js';
import { CareError } from '../../../src/errors.js';
import { type MessageRef, sayIn } from '../../../src/i18n/index.js';

function errorOf(user: unknown): CareError {
  try {
    mergeRules(builtinRules, user, 'my-rules.json');
  } catch (error) {
    if (error instanceof CareError) return error;
    throw error;
  }
  throw new Error('expected the rules to be refused');
}

/** The problems of the error as messages: each one's own words must be a message too (not English passed through). */
function problems(error: CareError): MessageRef[] {
  expect(error.say?.key).toBe('error.rulesFileInvalid');
  return error.say!.params!['problems'] as MessageRef[];
}

describe('an invalid rules file, said in the language of the run', () => {
  it('every message of the schema and of the term reader is a catalog message', () => {
    const error = errorOf({
      negation: { window: 21, after: { window: 6, negators: {} } },
      rules: {
        Bad_Id: { type: 'irate', weight: 0.5, terms: { en: ['x'] } },
        'new-rule': { type: 'irate', weight: 2, fields: [], terms: { EN: ['x'], en: ['с*', 'a*b', '!!!', ' '] } },
      },
    });
    const said = problems(error);
    const english = error.message.replace(/^invalid rules: /, '').split('; ');
    expect(said).toHaveLength(english.length);
    // Each problem's words after the key path: a message, never the English string.
    const passedThrough = said.filter((ref) => typeof ref.params?.['message'] === 'string').map((ref) => ref.params!['message']);
    expect(passedThrough).toEqual([]);
    for (const lang of ['ru', 'bg'] as const) {
      for (const ref of said) expect(sayIn(lang, ref)).toMatch(/[А-Яа-я]/);
    }
    expect(english.length).toBeGreaterThanOrEqual(8);
  });

  it('a rule that needs one that is not there', () => {
    const error = errorOf({ rules: { 'new-rule': { type: 'irate', weight: 0.5, terms: { en: ['refund now'] }, needs: 'nope' } } });
    expect(error.message).toBe('invalid rules: rules.new-rule.needs: there is no rule "nope"');
    expect(sayIn('ru', error.say!)).toBe('некорректные правила: rules.new-rule.needs: правила «nope» нет');
    expect(sayIn('bg', error.say!)).toBe('невалидни правила: rules.new-rule.needs: няма правило „nope“');
  });
});
