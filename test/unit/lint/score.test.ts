/** The score: 100 minus the weight of each finding, at most `repeatLimit` findings per rule, never below 0. */
import { describe, expect, it } from 'vitest';
import { builtinLintRules, scoreTallies } from '../../../src/lint/index.js';
import { ERROR, INFO, WARNING } from './drafts.js';

describe('scoreTallies', () => {
  it('uses the documented weights', () => {
    expect(builtinLintRules.weights).toEqual({ error: ERROR, warning: WARNING, info: INFO });
    expect(builtinLintRules.repeatLimit).toBe(2);
  });

  it('is 100 without findings', () => {
    expect(scoreTallies([], 2)).toBe(100);
  });

  it('takes off each finding\'s weight', () => {
    expect(scoreTallies([{ count: 1, weight: ERROR }, { count: 1, weight: WARNING }, { count: 1, weight: INFO }], 2)).toBe(67);
  });

  it('counts a rule at most repeatLimit times', () => {
    expect(scoreTallies([{ count: 5, weight: WARNING }], 2)).toBe(80);
  });

  it('never goes below 0', () => {
    expect(scoreTallies([{ count: 2, weight: ERROR }, { count: 2, weight: ERROR }, { count: 2, weight: ERROR }], 2)).toBe(0);
  });
});
