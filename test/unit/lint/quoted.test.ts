import { describe, expect, it } from 'vitest';
import { withoutQuotedText } from '../../../src/lint/quoted.js';

describe('withoutQuotedText', () => {
  it('blanks the quoted original and its introduction, keeping line numbers', () => {
    const text = 'Hello Anna,\n\nThanks.\n\nOn Monday, Anna wrote:\n> Where is my order?!\n> NOW!!!\n';
    expect(withoutQuotedText(text)).toBe('Hello Anna,\n\nThanks.\n\n\n\n\n');
  });

  it('keeps a line ending in a colon that introduces no quote', () => {
    expect(withoutQuotedText('Here is what you wrote:\nthanks\n')).toBe('Here is what you wrote:\nthanks\n');
  });
});
