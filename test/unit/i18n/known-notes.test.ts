/** The LTV warnings and NPS notes the computations write in English, said in Russian and Bulgarian (src/i18n/known-notes.ts). */
import { describe, expect, it } from 'vitest';
import { KNOWN_NOTE_KEYS, knownNote, sayIn } from '../../../src/i18n/index.js';

/** Each as src/metrics writes it (ltv/compute.ts, bgnbd.ts, gamma-gamma.ts, model-fit.ts, counting-models.ts, nps-survey.ts). */
const ENGLISH = [
  'the export has no amounts: purchases and P(alive) are predicted, spend and CLV are not',
  'the export has no amounts: simple and historical LTV need them',
  'no qualifying orders between 2023-01-01 and 2023-12-31: the simple LTV needs a year of recent orders',
  'no customer was active on 2023-03-06, a year before as-of: annual churn, the expected lifetime and the simple LTV need more than a year of history',
  'annual churn is 4.2%, so 1 / churn exceeds 10 years: the lifetime was capped there (--max-lifetime)',
  'BG/NBD fit did not converge (too many iterations; gradient 1.2e-3): treat its numbers as rough',
  'Gamma-Gamma fit did not converge (too many iterations): treat spend predictions as rough',
  'only 3 of 8 optimiser starts reached the best Pareto/NBD fit: the likelihood may have several optima',
  'only 3 of 8 optimiser starts reached the best Gamma-Gamma fit',
  'BG/NBD parameters ran towards a limit (r = 1.00e+6): the data say little about purchase rates or dropout, so predictions are unreliable',
  "Gamma-Gamma parameters ran towards a limit (p = 1.00e+6, q = 2.00): spends do not look gamma-distributed around each customer's own mean, so spend predictions are unreliable",
  'only 1 of 2 customers bought again (at least 20 are needed to fit BG/NBD)',
  '5 repeat customer(s) with a zero or negative mean spend were left out of the spend model',
  'only 4 repeat customer(s) with a positive spend (at least 10 are needed to fit Gamma-Gamma)',
  'purchase frequency and mean spend are correlated (r = 0.42): Gamma-Gamma assumes they are independent, so spend predictions may be biased',
  'Gamma-Gamma q = 0.900 ≤ 1: the population mean spend is unbounded, so customers without repeat purchases get no spend estimate',
  'the MBG/NBD log-likelihood is flat or not at a maximum in some direction: no standard errors, and no intervals',
  'The "Satisfaction" column is not on a 1–5 scale (1,204 of its values are 0 or 6–10), so no CSAT is computed from it.',
  '12 CSAT cells were not a rating from 1 to 5 and are left out of CSAT.',
  'Only 23 answers: the margin of error (a normal approximation) is a rough guide, and near ±100 it understates the uncertainty.',
  '2,001 answers have no date and are left out of the trend.',
];

describe('known notes', () => {
  it('recognise every warning and note above, and each pattern is reached', () => {
    const keys = ENGLISH.map((text) => knownNote(text)?.key);
    expect(keys.filter((key) => key === undefined)).toEqual([]);
    expect(new Set(keys)).toEqual(new Set(KNOWN_NOTE_KEYS));
  });

  it('say them in Russian and Bulgarian with their numbers', () => {
    for (const text of ENGLISH) {
      for (const lang of ['ru', 'bg'] as const) expect(sayIn(lang, knownNote(text)!)).toMatch(/[А-Яа-я]/);
    }
    expect(sayIn('ru', knownNote('2,001 answers have no date and are left out of the trend.')!)).toBe('2\u00a0001 ответ без даты не учитывается в динамике.');
    expect(sayIn('ru', knownNote('Only 23 answers: the margin of error (a normal approximation) is a rough guide, and near ±100 it understates the uncertainty.')!)).toBe(
      'Всего 23 ответа: погрешность (нормальное приближение) даёт лишь грубую оценку, а около ±100 занижает неопределённость.',
    );
    expect(sayIn('bg', knownNote('only 1 of 2 customers bought again (at least 20 are needed to fit BG/NBD)')!)).toBe('само 1 от 2 клиенти са купили отново (за напасване на BG/NBD са нужни поне 20)');
  });

  it('leave a text they do not know alone', () => {
    expect(knownNote('something new the model says')).toBeUndefined();
  });
});
