import { describe, expect, it } from 'vitest';
import { auc, brier } from '../../../../src/metrics/ltv/report-card.js';

describe('AUC and Brier score', () => {
  it('AUC is the share of (positive, negative) pairs ordered right', () => {
    // positives 0.9 and 0.7, negatives 0.8 and 0.6: 0.9>0.8, 0.9>0.6, 0.7<0.8, 0.7>0.6 → 3 of 4
    expect(auc([0.9, 0.8, 0.7, 0.6], [true, false, true, false])).toBeCloseTo(0.75, 12);
  });

  it('ties count half, and a constant score is 0.5', () => {
    // positive 0.5 against negatives 0.5 (tie, ½) and 0.2 (right, 1) → 1.5 of 2
    expect(auc([0.5, 0.5, 0.2], [true, false, false])).toBeCloseTo(0.75, 12);
    expect(auc([1, 1, 1, 1], [true, false, true, false])).toBeCloseTo(0.5, 12);
  });

  it('has no AUC without both outcomes', () => {
    expect(auc([0.1, 0.2], [true, true])).toBeNull();
  });

  it('Brier is the mean squared error of the probability', () => {
    // (0.9 − 1)² = 0.01, (0.2 − 0)² = 0.04 → 0.025
    expect(brier([0.9, 0.2], [true, false])).toBeCloseTo(0.025, 12);
  });
});
