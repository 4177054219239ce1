import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPTION_BOUNDS, checkBound, describeBound, horizonBound } from '../../../src/cli/option-bounds.js';

describe('checkBound (docs/contracts.md "Option bounds")', () => {
  it('accepts each bound itself and refuses just beyond it', () => {
    for (const bound of Object.values(OPTION_BOUNDS)) {
      if (bound.belowMax) expect(() => checkBound(bound, String(bound.max))).toThrow(bound.flag);
      else expect(checkBound(bound, String(bound.max))).toBe(bound.max);
      expect(() => checkBound(bound, String(bound.max + 1))).toThrow(`${bound.flag} ${bound.max + 1}: expected ${describeBound(bound)}`);
      if (!bound.aboveMin) expect(checkBound(bound, String(bound.min))).toBe(bound.min);
      expect(() => checkBound(bound, String(bound.aboveMin ? bound.min : bound.min - 1))).toThrow(bound.flag);
    }
  });

  it('refuses text, an empty value and a fraction where a whole number is needed', () => {
    const churn = OPTION_BOUNDS['churnAfter']!;
    expect(() => checkBound(churn, 'x')).toThrow('--churn-after x: expected a whole number of days from 1 to 3,653');
    expect(() => checkBound(churn, ' ')).toThrow('--churn-after');
    expect(() => checkBound(churn, '7.5')).toThrow('--churn-after 7.5');
  });

  it('bounds --horizon by ten years in its time unit', () => {
    expect(horizonBound('day').max).toBe(3653);
    expect(horizonBound('week').max).toBe(520);
    expect(horizonBound('month').max).toBe(120);
  });
});

describe('docs/contracts.md "Option bounds"', () => {
  it('has a row for every bounded option', () => {
    const doc = readFileSync('docs/contracts.md', 'utf8');
    for (const bound of Object.values(OPTION_BOUNDS)) expect(doc).toContain(`| \`${bound.flag}\` |`);
  });
});
