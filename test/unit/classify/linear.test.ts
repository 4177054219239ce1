import { describe, expect, it } from 'vitest';
import { TEXT_CAP, capText, classify, isSkipped } from '../../../src/classify/index.js';
import { growthRatio } from '../../helpers/growth.js';
import { rules } from './helpers.js';

// A complaint that is nearly all hits: every sentence names a lawyer, a court, a post and a regulator.
const SENTENCE = 'I will sue you, my lawyer says the court will agree. I will post on twitter and tell the ombudsman. ';
const complaint = (chars: number): string => SENTENCE.repeat(Math.ceil(chars / SENTENCE.length)).slice(0, chars);

describe('classification time is linear in the text (docs/guarantees.md)', () => {
  it('an 8× longer complaint full of hits takes about 8× as long, not 64×', () => {
    // Comparing every match with every other made this quadratic: 420 KB took 25 s.
    const hits = (size: number): string => 'lawyer court twitter ombudsman '.repeat(Math.ceil(size / 31));
    expect(growthRatio((size) => classify({ text: hits(size) }, rules), 50_000)).toBeLessThan(24);
  });

  it('an 8× longer company note full of colons and no sentence end takes about 8× as long', () => {
    // A log line of fields ("Log: key:value key:value …") on a contact channel: each colon's
    // value was read to the sentence's end, which this text never reaches.
    const fields = (size: number): string => `Log: ${'status:open '.repeat(Math.ceil(size / 12))}`;
    expect(growthRatio((size) => classify({ channel: 'phone', text: fields(size) }, rules), 50_000)).toBeLessThan(24);
  });

  it('classifies a 1 MB complaint as activist', () => {
    const result = classify({ text: complaint(1_000_000) }, rules);
    expect(isSkipped(result) ? 'skipped' : result.type).toBe('activist');
  });
});

describe('the text cap', () => {
  it('reads only the first TEXT_CAP characters of a field', () => {
    // The only clue lies past the cap, so the record has nothing but its (comment) text.
    const text = `${'x '.repeat(TEXT_CAP / 2)}I will sue you`;
    const result = classify({ text }, rules);
    expect(isSkipped(result) ? 'skipped' : result.type).toBe('voicer');
    expect(classify({ text: 'I will sue you' }, rules)).toMatchObject({ type: 'activist' });
  });

  it('never cuts a surrogate pair in half', () => {
    expect(capText('ab😀', 3)).toBe('ab');
    expect(capText('ab😀', 4)).toBe('ab😀');
    expect(capText('short')).toBe('short');
  });
});
