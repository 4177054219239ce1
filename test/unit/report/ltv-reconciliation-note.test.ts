import { describe, expect, it } from 'vitest';
import { reconciliationNote } from '../../../src/report/ltv-view.js';

describe('historical LTV: the note on how cohort revenue and headline revenue reconcile', () => {
  it('names the credits of customers in no cohort and those counted before a first purchase', () => {
    // The hand-built history of test/unit/metrics/ltv/historical.test.ts: 299.50 = 310.00 + (−10.50).
    const note = reconciliationNote(
      {
        headlineRevenue: 29950,
        cohortRevenue: 31000,
        difference: -1050,
        noCohort: { customers: 2, days: 2, amount: -1050 },
        creditsBeforeFirstPurchase: { customers: 2, days: 2, amount: -3500 },
        explained: true,
      },
      'EUR',
    );
    expect(note).toBe(
      "Headline net revenue 299.50 EUR = cohort revenue 310.00 EUR + credits of 2 customer(s) who never bought, in no cohort (-10.50 EUR). Credits dated before a customer's first purchase (-35.00 EUR, 2 customer(s)) count in the cohort's first period.",
    );
  });

  it('says what is unexplained, if anything', () => {
    const note = reconciliationNote({ headlineRevenue: 1000, cohortRevenue: 900, difference: 100, noCohort: { customers: 0, days: 0, amount: 0 }, creditsBeforeFirstPurchase: { customers: 0, days: 0, amount: 0 }, explained: false }, 'EUR');
    expect(note).toBe('Headline net revenue 10.00 EUR = cohort revenue 9.00 EUR. 1.00 EUR is unexplained.');
  });
});
