import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { builtinRules, classify, compileRules, loadRules, mergeRules } from '../../../src/classify/index.js';

/** The UsageError a call throws (fails the test when it does not throw one). */
function usageErrorOf(call: () => unknown): UsageError {
  try {
    call();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('the built-in rules', () => {
  it('are a valid rules set', () => {
    expect(loadRules(builtinRules, 'built-in')).toEqual(builtinRules);
  });

  it('cover every type in en, ru and bg', () => {
    const byType = new Map<string, Set<string>>();
    for (const rule of Object.values(builtinRules.rules)) {
      const langs = byType.get(rule.type) ?? new Set<string>();
      for (const lang of Object.keys(rule.terms)) langs.add(lang);
      byType.set(rule.type, langs);
    }
    for (const type of ['activist', 'irate', 'voicer', 'silent']) expect([...(byType.get(type) ?? [])].sort()).toEqual(['bg', 'en', 'ru']);
  });
});

describe('a bad rules file', () => {
  it.each([
    [{ rules: { 'activist-legal': { terms: { ru: ['юрист*', 'с*'] } } } }, 'rules.activist-legal.terms.ru[1]', /too short/],
    [{ rules: { 'activist-legal': { type: 'angry' } } }, 'rules.activist-legal.type', /activist/],
    [{ rules: { 'activist-legal': { weight: 1.5 } } }, 'rules.activist-legal.weight', /between 0 and 1/],
    [{ rules: { 'activist-legal': { wieght: 0.5 } } }, 'rules.activist-legal.wieght', /unknown key/],
    [{ rules: { 'Bad Id': { type: 'irate', weight: 0.5, terms: {} } } }, 'rules.Bad Id', /rule id/],
    [{ rules: { 'my-rule': { type: 'irate', terms: { en: ['vk'] } } } }, 'rules.my-rule.weight', /required for a new rule/],
    [{ rules: { 'no-such-rule': { disabled: true } } }, 'rules.no-such-rule.disabled', /no rule/],
    [{ rules: { 'irate-social': { fields: ['body'] } } }, 'rules.irate-social.fields[0]', /channel/],
    [{ ignore: { English: ['x'] } }, 'ignore.English', /language code/],
    [{ negation: { window: 50 } }, 'negation.window', /20/],
    [{ negation: { negators: { en: ['waste money on'] } } }, 'negation.negators.en[0]', /one word/],
    [{ negation: { after: { window: 2, negators: { ru: ['не буду'] } } } }, 'negation.after.negators.ru[0]', /one word/],
    [{ signals: { lowScore: { max: 'six' } } }, 'signals.lowScore.max', /number/],
    [{ extra: true }, 'extra', /unknown key/],
  ])('%j names %s', (user, keyPath, message) => {
    const error = usageErrorOf(() => mergeRules(builtinRules, user, 'my-rules.json'));
    expect(error.exitCode).toBe(2);
    expect(error.code).toBe('CARE_BAD_RULES');
    expect(error.file).toBe('my-rules.json');
    expect(error.describe()).toContain(`my-rules.json: invalid rules: ${keyPath}:`);
    expect(error.message).toMatch(message);
  });

  it('reports every problem at once', () => {
    const error = usageErrorOf(() =>
      mergeRules(builtinRules, { rules: { 'activist-legal': { weight: 2, terms: { en: ['*'] } } } }),
    );
    expect(error.message).toContain('rules.activist-legal.weight');
    expect(error.message).toContain('rules.activist-legal.terms.en[0]');
  });

  it('rejects JSON that is not an object', () => {
    expect(usageErrorOf(() => mergeRules(builtinRules, [])).message).toContain('(top level)');
    expect(usageErrorOf(() => loadRules({ version: 2 })).exitCode).toBe(2);
  });
});

describe('merging a user file over the built-in rules', () => {
  const typeWith = (user: unknown, record: Parameters<typeof classify>[0]) => {
    const result = classify(record, compileRules(mergeRules(builtinRules, user)));
    return 'skipped' in result ? 'skipped' : result.type;
  };

  it('adds terms to an existing rule', () => {
    expect(typeWith({}, { text: 'I wrote to the notary.' })).toBe('voicer');
    expect(typeWith({ rules: { 'activist-legal': { terms: { en: ['notary'] } } } }, { text: 'I wrote to the notary.' })).toBe('activist');
  });

  it('adds a new rule, for example a channel map', () => {
    const user = { rules: { 'irate-mastodon': { type: 'irate', weight: 0.8, fields: ['channel'], terms: { en: ['mastodon'] } } } };
    expect(typeWith(user, { channel: 'Mastodon', text: 'Late again' })).toBe('irate');
  });

  it('removes terms and disables rules', () => {
    expect(typeWith({ rules: { 'activist-authority': { removeTerms: { en: ['police'] } } } }, { text: 'I called the police.' })).toBe('voicer');
    expect(typeWith({ rules: { 'activist-media': { disabled: true } } }, { text: 'A journalist called.' })).toBe('voicer');
  });

  it('replaces numbers and adds ignore terms and negators', () => {
    expect(typeWith({ signals: { lowScore: { max: 2 } } }, { score: 3 })).toBe('skipped');
    expect(typeWith({ ignore: { en: ['court jester'] } }, { text: 'The court jester toy broke.' })).toBe('voicer');
    expect(typeWith({ negation: { negators: { en: ['hardly'] } } }, { text: 'Hardly a lawyer matter, just fix it.' })).toBe('voicer');
  });

  it('adds condition words: a negator right after one belongs to the condition, not to a party three words on', () => {
    const text = "If you don't refund me I will sue.";
    expect(typeWith({}, { text })).toBe('voicer');
    expect(typeWith({ negation: { conditions: { en: ['if'] } } }, { text })).toBe('activist');
  });
});
