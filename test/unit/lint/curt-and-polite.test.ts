/**
 * docs/definitions.md, "Replies": three curt messages in each language
 * fail with the rules they break named; our polite versions pass. Expected scores are worked out
 * from the weights (error 20, warning 10, info 3) and the rules each message breaks.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale, ReplyKind } from '../../../src/lint/index.js';
import { ERROR, INFO, WARNING, fixture } from './drafts.js';

const LOCALES: LintLocale[] = ['en', 'ru', 'bg'];

interface CurtCase {
  name: string;
  kind: ReplyKind;
  rules: string[];
  score: number;
}

const CURT: CurtCase[] = [
  {
    // "We don't work weekends. Bye!": no greeting, no thanks, no next step, no offer, no signature, a bare
    // goodbye, and nothing in it for the customer (no-substance, read in notices since round 7).
    name: 'weekend',
    kind: 'notice',
    rules: ['greeting', 'next-step', 'no-substance', 'signature', 'thanks', 'offer-questions', 'abrupt-sign-off'],
    score: Math.max(0, 100 - 4 * ERROR - 3 * WARNING),
  },
  {
    // "No calls after hours. Call again during working hours.": the same gaps, without the goodbye, and
    // a bare order to come back (a hated phrase, round 7).
    name: 'after-hours',
    kind: 'notice',
    rules: ['greeting', 'next-step', 'no-substance', 'signature', 'thanks', 'offer-questions', 'hated-phrase'],
    score: Math.max(0, 100 - 5 * ERROR - 2 * WARNING),
  },
  {
    // "Please pay for our services this month. Bye!": a reminder with no invoice, amount or date.
    name: 'payment',
    kind: 'reminder',
    rules: ['greeting', 'signature', 'reminder-invoice', 'reminder-amount', 'reminder-due-date', 'offer-questions',
      'abrupt-sign-off', 'reminder-goodwill'],
    score: Math.max(0, 100 - 5 * ERROR - 2 * WARNING - INFO),
  },
];

describe('curt messages score below 50 with the rules they break', () => {
  for (const locale of LOCALES) {
    for (const curt of CURT) {
      it(`${locale}: ${curt.name}`, () => {
        const result = lintMessage(fixture(`${locale}/${curt.name}-curt.txt`));
        expect(result.locale).toBe(locale);
        expect(result.kind).toBe(curt.kind);
        expect(result.findings.map((finding) => finding.rule).sort()).toEqual([...curt.rules].sort());
        expect(result.score).toBe(curt.score);
        expect(result.score).toBeLessThan(50);
      });
    }
  }

  it('points at the bare goodbye itself, counting columns in characters', () => {
    const columns = { en: 25, ru: 29, bg: 26 } as const;
    const words = { en: 'Bye', ru: 'До свидания', bg: 'Довиждане' } as const;
    for (const locale of LOCALES) {
      const goodbye = lintMessage(fixture(`${locale}/weekend-curt.txt`)).findings.find((finding) => finding.rule === 'abrupt-sign-off');
      expect(goodbye).toMatchObject({ severity: 'warning', line: 1, column: columns[locale], length: words[locale].length, text: words[locale] });
    }
  });

  it('places what is missing at the start of the draft', () => {
    const greeting = lintMessage(fixture('en/weekend-curt.txt')).findings.find((finding) => finding.rule === 'greeting');
    expect(greeting).toMatchObject({ line: 1, column: 1, length: 0, severity: 'error' });
    expect(greeting?.text).toBeUndefined();
  });
});

describe('polite versions score 90 or more', () => {
  const KINDS: Record<string, ReplyKind> = { weekend: 'notice', 'after-hours': 'notice', payment: 'reminder' };
  for (const locale of LOCALES) {
    for (const [name, kind] of Object.entries(KINDS)) {
      it(`${locale}: ${name}`, () => {
        const result = lintMessage(fixture(`${locale}/${name}-polite.txt`));
        expect(result).toMatchObject({ locale, kind, detected: { locale: true, kind: true } });
        // Each one greets by name, thanks or wishes well, gives a day or time, offers help and signs with name and team.
        expect(result.findings).toEqual([]);
        expect(result.score).toBe(100);
      });
    }
  }
});
