import { describe, expect, it } from 'vitest';
import { readCsat, readRating, readScore } from '../../../src/ingest/fields/score.js';

describe('readScore: the forms a 0–10 answer is written in', () => {
  it.each([
    ['9', 9],
    [' 10 ', 10],
    ['0', 0],
    ['07', 7],
    ['9/10', 9],
    ['9 / 10', 9],
    ['9 из 10', 9],
    ['9 от 10', 9],
    ['9 of 10', 9],
    ['10 OF 10', 10],
    ['\u00a08\u00a0', 8],
  ])('reads %j as %d', (text, score) => {
    expect(readScore(text)).toBe(score);
  });

  it.each(['11', '-1', '7.5', '7,5', 'ten', '', '   ', 'NA', 'n/a', '9/5', '11/10', '9 из 5', '+9', '9.0', '100'])('refuses %j', (text) => {
    expect(readScore(text)).toBeUndefined();
  });
});

describe('readCsat: 1–5 ratings', () => {
  it('reads 1 … 5 and "4/5", "4 из 5"', () => {
    expect(['1', '5', '4/5', '4 из 5', '3 of 5'].map(readCsat)).toEqual([1, 5, 4, 4, 3]);
  });
  it('refuses 0, 6 and ratings out of 10', () => {
    expect(['0', '6', '9/10', 'good'].map(readCsat)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('readRating', () => {
  it('only takes "x of N" when N is the top of the scale asked for', () => {
    expect(readRating('3/7', 1, 7)).toBe(3);
    expect(readRating('3/7', 0, 10)).toBeUndefined();
  });
});
