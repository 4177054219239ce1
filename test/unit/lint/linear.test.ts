import { describe, expect, it } from 'vitest';
import { TEXT_CAP } from '../../../src/classify/index.js';
import { lintMessage } from '../../../src/lint/index.js';
import { growthRatio } from '../../helpers/growth.js';

const LINE = 'Hello Anna, sorry for the delay!! We refund 5 EUR in 3 days. I need your ID or I cannot help you, bye. ';
const draft = (chars: number): string => LINE.repeat(Math.ceil(chars / LINE.length)).slice(0, chars);

describe('lint time is linear in the draft (docs/guarantees.md)', () => {
  it('an 8× longer run of digits takes about 8× as long, not 64×', () => {
    // The amount pattern retried an unbounded number run at every digit: 100k digits took 20 s.
    expect(growthRatio((size) => lintMessage('7'.repeat(size)), 5_000)).toBeLessThan(24);
  });

  it('an 8× longer sentence of demands and refusals takes about 8× as long, not 64×', () => {
    // Every demand was compared with every refusal of its line, each time copying the text between.
    const demands = (size: number): string => `Hello Anna, ${'I need your ID or I cannot help you, '.repeat(Math.ceil(size / 36))}thanks.`;
    expect(growthRatio((size) => lintMessage(demands(size)), 5_000)).toBeLessThan(24);
  });

  it('checks a 1 MB draft and finds its shouting, with columns counted on the long line', () => {
    const text = draft(1_000_000);
    const result = lintMessage(text, { locale: 'en' });
    const shouting = result.findings.filter((finding) => finding.rule === 'shouting');
    expect(shouting.length).toBe(Math.ceil(1_000_000 / LINE.length));
    // "!!" sits at offset 31 of every repeat: column 32, then 32 + LINE.length, …
    expect(shouting[1]).toMatchObject({ line: 1, column: 32 + LINE.length, length: 2 });
    expect(result.truncated).toBeUndefined();
  });
});

describe('the text cap', () => {
  it('checks only the first TEXT_CAP characters of a longer draft and says so', () => {
    const text = `Hello Anna,\n${'a '.repeat(TEXT_CAP / 2)}\nSTOP SHOUTING`;
    const result = lintMessage(text, { locale: 'en' });
    expect(result.truncated).toEqual({ chars: text.length, checkedChars: TEXT_CAP });
    expect(result.findings.some((finding) => finding.rule === 'shouting')).toBe(false);
  });
});
