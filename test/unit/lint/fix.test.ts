/** src/lint/fix.ts and src/text/line-diff.ts: replacements written within lines, shown as a unified diff. */
import { describe, expect, it } from 'vitest';
import { applyFixes, templateSpans } from '../../../src/lint/fix.js';
import type { Finding } from '../../../src/lint/types.js';
import { lineForLineDiff } from '../../../src/text/line-diff.js';

function finding(line: number, column: number, text: string, replacement: string | undefined): Finding {
  return { rule: 'r', severity: 'info', message: 'm', suggestion: 's', line, column, length: [...text].length, text, ...(replacement === undefined ? {} : { replacement }) };
}

describe('applyFixes', () => {
  it('columns count characters: a word after an emoji (two UTF-16 units) is found where the finding says', () => {
    const text = 'We 🙂 utilize it\n';
    // "We 🙂 " is 5 characters, so "utilize" starts at column 6.
    expect(applyFixes(text, [finding(1, 6, 'utilize', 'use')]).text).toBe('We 🙂 use it\n');
  });

  it('leaves words inside {{ }}, {{{ }}} and an unclosed {{ alone, and findings without a replacement', () => {
    const text = 'utilize {{utilize}} {{{utilize}}} utilize {{ utilize';
    const found = [finding(1, 1, 'utilize', 'use'), finding(1, 11, 'utilize', 'use'), finding(1, 24, 'utilize', 'use'), finding(1, 35, 'utilize', 'use'), finding(1, 46, 'utilize', 'use'), finding(1, 1, 'utilize', undefined)];
    const outcome = applyFixes(text, found);
    expect(outcome.text).toBe('use {{utilize}} {{{utilize}}} use {{ utilize');
    expect(outcome.applied.map((item) => item.column)).toEqual([1, 35]);
    expect(outcome.left.map((item) => [item.finding.column, item.why])).toEqual([[11, 'template'], [24, 'template'], [46, 'template']]);
    expect(templateSpans(text)).toEqual([{ start: 8, end: 19 }, { start: 20, end: 33 }, { start: 42, end: 52 }]);
  });

  it('a second fix over the same words, or words that moved, is left', () => {
    const outcome = applyFixes('in order to go\n', [finding(1, 1, 'in order to', 'to'), finding(1, 4, 'order', 'sequence'), finding(1, 1, 'go', 'walk')]);
    expect(outcome.text).toBe('to go\n');
    expect(outcome.left.map((item) => item.why)).toEqual(['overlap', 'moved']);
  });
});

describe('lineForLineDiff', () => {
  it('two changes far apart are two hunks with three lines of context; a last line without a break says so', () => {
    const before = ['1', '2', '3', 'a!!', '5', '6', '7', '8', '9', '10', '11', 'b!!'].join('\n');
    const after = before.replace('a!!', 'a!').replace('b!!', 'b!');
    expect(lineForLineDiff(before, after, 'a/x', 'b/x')).toBe([
      '--- a/x', '+++ b/x',
      '@@ -1,7 +1,7 @@', ' 1', ' 2', ' 3', '-a!!', '+a!', ' 5', ' 6', ' 7',
      '@@ -9,4 +9,4 @@', ' 9', ' 10', ' 11', '-b!!', '\\ No newline at end of file', '+b!', '\\ No newline at end of file',
      '',
    ].join('\n'));
  });

  it('nothing changed: no diff', () => {
    expect(lineForLineDiff('a\nb\n', 'a\nb\n', 'a/x', 'b/x')).toBe('');
  });
});
