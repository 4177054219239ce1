/** Reply fit (docs/definitions.md, "Reply fit"): what a reply to each complainer type needs, in en/ru/bg. */
import { describe, expect, it } from 'vitest';
import { COMPLAINER_TYPES } from '../../../src/classify/index.js';
import { compileLintRules } from '../../../src/lint/compile.js';
import { lintMessage } from '../../../src/lint/engine.js';
import { builtinLintRules } from '../../../src/lint/rules.js';
import type { LintRuleSet } from '../../../src/lint/schema.js';
import { compileTeamRules } from '../../../src/lint/team-rules.js';
import { FIT_TYPES, type FitType, type LintLocale } from '../../../src/lint/types.js';
import { FIT_DRAFTS, elementsOf, replyWithout } from './fit-drafts.js';

const CASES = FIT_TYPES.flatMap((type) => (['en', 'ru', 'bg'] as const).map((locale) => [type, locale] as [FitType, LintLocale]));

function fitRules(text: string, type: FitType, locale: LintLocale): string[] {
  return lintMessage(text, { locale, type }).findings.filter((finding) => finding.rule.startsWith('fit-')).map((finding) => finding.rule);
}

describe('reply fit rules', () => {
  it.each(CASES)('a %s reply in %s that fits has no fit finding', (type, locale) => {
    expect(fitRules(replyWithout(FIT_DRAFTS[type][locale]), type, locale)).toEqual([]);
  });

  it.each(CASES)('a %s reply in %s without one element is told exactly that element', (type, locale) => {
    const lines = FIT_DRAFTS[type][locale];
    const elements = elementsOf(lines);
    expect(elements.length).toBeGreaterThan(0);
    for (const element of elements) expect(fitRules(replyWithout(lines, [element]), type, locale), element).toEqual([element]);
  });

  it('each element is a warning (10 points): an English activist reply with none of the three scores 70, one that fits 100', () => {
    const lines = FIT_DRAFTS.activist.en;
    expect(lintMessage(replyWithout(lines), { type: 'activist' }).score).toBe(100);
    const bare = lintMessage(replyWithout(lines, elementsOf(lines)), { type: 'activist' });
    expect(bare.findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['fit-activist-person', 'warning'], ['fit-activist-escalation', 'warning'], ['fit-activist-compensation', 'warning'],
    ]);
    expect(bare.findings[2]?.message).toContain('compensation beyond the expected');
    expect(bare.score).toBe(70);
  });

  it('a silent customer is asked: a question mark alone, or an invitation alone, is enough', () => {
    const withLine = (asks: string): string => `${FIT_DRAFTS.silent.en.map((line) => (typeof line === 'string' ? line : asks)).join('\n')}\n`;
    expect(fitRules(withLine('Was everything all right with the tea?'), 'silent', 'en')).toEqual([]);
    expect(fitRules(withLine('Please tell us how the tea was.'), 'silent', 'en')).toEqual([]);
    expect(fitRules(withLine('We improved our tea.'), 'silent', 'en')).toEqual(['fit-silent-asks']);
  });

  it("runs a type's rules only for that type, and none without a type", () => {
    const irate = replyWithout(FIT_DRAFTS.irate.en, elementsOf(FIT_DRAFTS.irate.en));
    expect(fitRules(irate, 'irate', 'en')).toEqual(['fit-irate-public', 'fit-irate-private']);
    expect(fitRules(irate, 'voicer', 'en')).toEqual([]);
    expect(lintMessage(irate, { locale: 'en' }).findings.filter((finding) => finding.rule.startsWith('fit-'))).toEqual([]);
  });

  it('without a type, results are those of the rules without the fit rules and their words (the fit lexicons are never scanned)', () => {
    const rules = Object.fromEntries(Object.entries(builtinLintRules.rules).filter(([, rule]) => rule.types === undefined));
    const lexicons = Object.fromEntries(Object.entries(builtinLintRules.lexicons).filter(([name]) => !name.startsWith('fit-')));
    const withoutFit = compileLintRules({ ...builtinLintRules, lexicons, rules } as LintRuleSet);
    for (const [type, locale] of CASES) {
      const text = replyWithout(FIT_DRAFTS[type][locale]);
      expect(lintMessage(text)).toEqual(lintMessage(text, {}, withoutFit));
    }
  });

  it('a reply checked against a type answers a complaint unless the kind is given', () => {
    const text = 'Hello Anna,\n\nYour new card is ready.\n\nKind regards,\nOlga Ivanova\nCustomer Care\n';
    expect(lintMessage(text).kind).toBe('general');
    expect(lintMessage(text, { type: 'voicer' }).kind).toBe('complaint');
    expect(lintMessage(text, { type: 'voicer', kind: 'general' }).kind).toBe('general');
  });

  it('a team switches a fit rule off like any rule', () => {
    const team = compileTeamRules({ version: 1, rules: { 'fit-irate-private': false } });
    if ('problems' in team) throw new Error(JSON.stringify(team.problems));
    const text = replyWithout(FIT_DRAFTS.irate.ru, ['fit-irate-private']);
    expect(fitRules(text, 'irate', 'ru')).toEqual(['fit-irate-private']);
    expect(lintMessage(text, { locale: 'ru', type: 'irate' }, team.rules).findings.map((finding) => finding.rule)).not.toContain('fit-irate-private');
  });

  it("the linter's types are the classifier's", () => {
    expect([...FIT_TYPES]).toEqual([...COMPLAINER_TYPES]);
  });
});
