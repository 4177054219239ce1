/** The rules format: the built-in set is valid, mistakes in a set are reported by key path, and rules are data. */
import { describe, expect, it } from 'vitest';
import { builtinLintRules, compileLintRules, lintDraft, lintRuleSetSchema } from '../../../src/lint/index.js';
import type { LintRuleSet } from '../../../src/lint/index.js';

function withChange(change: (set: LintRuleSet) => void): LintRuleSet {
  const set = structuredClone(builtinLintRules);
  change(set);
  return set;
}

function issues(set: LintRuleSet): { path: PropertyKey[]; message: string }[] {
  const parsed = lintRuleSetSchema.safeParse(set);
  return parsed.success ? [] : parsed.error.issues.map(({ path, message }) => ({ path, message }));
}

describe('lint rules schema', () => {
  it('accepts the built-in rules', () => {
    expect(issues(builtinLintRules)).toEqual([]);
  });

  it('gives every rule an id, a severity, a message and a suggestion', () => {
    for (const [id, rule] of Object.entries(builtinLintRules.rules)) {
      expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.message.length).toBeGreaterThan(10);
      expect(rule.suggestion.length).toBeGreaterThan(10);
    }
  });

  it('has the hated phrases in all three languages', () => {
    const terms = builtinLintRules.lexicons['hated-phrase']?.terms;
    expect(terms?.en).toContain('company policy');
    expect(terms?.ru?.length).toBeGreaterThan(10);
    expect(terms?.bg?.length).toBeGreaterThan(10);
  });

  it('reports a reference to an unknown lexicon with its key path', () => {
    const set = withChange((draft) => {
      draft.rules['thanks'] = { ...draft.rules['thanks']!, check: { type: 'require', find: ['gratitude'] } };
    });
    expect(issues(set)).toEqual([{ path: ['rules', 'thanks', 'check', 'find', 0], message: 'unknown lexicon "gratitude"' }]);
  });

  it('reports a bad pattern, a bad term and an unknown superseded rule', () => {
    const set = withChange((draft) => {
      draft.lexicons['amount'] = { patterns: ['(unclosed'] };
      draft.lexicons['thanks'] = { terms: { en: ['th*nks'] } };
      draft.rules['conditional-request'] = { ...draft.rules['conditional-request']!, supersedes: ['no-such-rule'] };
    });
    const messages = issues(set).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toHaveLength(3);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^lexicons\.thanks\.terms\.en\.0: "\*" may only end a word/),
      expect.stringMatching(/^lexicons\.amount\.patterns\.0: not a valid regular expression/),
      'rules.conditional-request.supersedes: unknown rule "no-such-rule"',
    ]));
  });

  it('runs a rule added as data, with no code', () => {
    const set = withChange((draft) => {
      draft.lexicons['jargon'] = { terms: { en: ['per our records', 'kindly be advised'] } };
      draft.rules['no-jargon'] = {
        severity: 'info',
        message: 'Office jargon.',
        suggestion: 'Say it plainly.',
        check: { type: 'forbid', find: ['jargon'] },
      };
    });
    const text = 'Hello Anna,\n\nKindly be advised that we will call you on Monday.\n\nIf you have any questions, just reply.\n\nKind regards,\nOlga Ivanova\nCustomer Care\n';
    const result = lintDraft(text, compileLintRules(set));
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'no-jargon', line: 3, column: 1, text: 'Kindly be advised' })]);
    expect(result.score).toBe(100 - 3);
  });

  it('a require check with `except` does not count a hit lying within a hit of those lexicons, and names only known lexicons', () => {
    const set = withChange((draft) => {
      draft.lexicons['vague-time'] = { patterns: ['on Monday or so'] };
      draft.rules['next-step'] = { ...draft.rules['next-step']!, check: { type: 'require', find: ['date-time'], at: 'end', except: ['vague-time'] } };
    });
    const text = (when: string): string => `Hello Anna,\n\nThank you. I will write ${when}.\n\nIf you have any questions, just reply.\n\nKind regards,\nOlga Ivanova\nCustomer Care\n`;
    const rules = compileLintRules(set);
    expect(lintDraft(text('on Monday or so'), rules).findings.map((finding) => finding.rule)).toEqual(['next-step']);
    expect(lintDraft(text('on Monday'), rules).findings).toEqual([]);
    const unknown = withChange((draft) => {
      draft.rules['next-step'] = { ...draft.rules['next-step']!, check: { type: 'require', find: ['date-time'], except: ['vagueness'] } };
    });
    expect(issues(unknown)).toEqual([{ path: ['rules', 'next-step', 'check', 'except', 0], message: 'unknown lexicon "vagueness"' }]);
  });
});
