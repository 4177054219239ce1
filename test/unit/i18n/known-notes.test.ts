/** The LTV warnings and NPS notes the computations write in English, said in Russian and Bulgarian (src/i18n/known-notes.ts). */
import { describe, expect, it } from 'vitest';
import { KNOWN_NOTE_KEYS, knownNote, sayIn } from '../../../src/i18n/index.js';

/** Each as src/metrics writes it (ltv/compute.ts, bgnbd.ts, gamma-gamma.ts, model-fit.ts, counting-models.ts, nps-survey.ts). */
const ENGLISH = [
  // src/ingest/order-aggregator.ts
  'orders.csv: status values not recognised, counted as purchases: "Отменён" (3 rows), "Тест" (1 row) and 2 more; to leave one out pass --exclude-status "Отменён", to confirm it --include-status "Отменён"',
  'orders.csv: "Дата оплаты" could also be the date; "Дата" was taken (to use the other, pass --map date="Дата оплаты")',
  'orders.csv: no column was read as the amount, so orders carry no revenue; "Сумма, руб" looks like one (to read it, pass --map amount="Сумма, руб")',
  'orders.csv: "Состояние" looks like a status column but is not read (no status column is read, so every order counts as a purchase); to read it, pass --map status="Состояние"',
  'orders.csv: "Оплата" looks like a status column but is not read ("Статус" is read); to read it, pass --map status="Оплата"',
  "orders.csv: 4 rows carry another amount than the first row of their order, whose amount was taken as the order's (amounts repeat on each row of an order)",
  'orders.csv: 12 amounts in BGN dated before 2026-01-01 converted to EUR at the fixed rate 1 EUR = 1.95583 BGN (each order rounded to the cent)',
  'orders.csv: every row of an order repeats its "Order Total" while the items differ (3 such orders in the first rows): taken once per order, not summed; if each row carries its own line\'s amount, read with a profile whose lineItems is "per-line" (docs/profiles.md)',
  // src/ingest/profiles/apply.ts (the reason of src/ingest/profiles/detect.ts)
  'deals.csv: headers Record ID, Deal Name, Deal Stage, Close Date matched; ambiguous: hubspot-deals matched as well (pick one with --profile)',
  // src/metrics/ltv/no-purchase.ts: why care remind's win-back list is not ranked
  'BG/NBD could not be fitted',
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

  it('say the unknown status values with each count in its plural', () => {
    const text = ENGLISH[0] as string;
    expect(sayIn('ru', knownNote(text)!)).toBe(
      'orders.csv: нераспознанные значения статуса, учтены как покупки: "Отменён" (3 строки); "Тест" (1 строка) и ещё 2; чтобы исключить значение, укажите --exclude-status "Отменён", чтобы подтвердить — --include-status "Отменён"',
    );
    expect(sayIn('bg', knownNote(text.replace(' and 2 more', ''))!)).toBe(
      'orders.csv: неразпознати стойности на статуса, отчетени като покупки: "Отменён" (3 реда); "Тест" (1 ред); за да изключите стойност, подайте --exclude-status "Отменён", за да я потвърдите — --include-status "Отменён"',
    );
  });

  it('leave a text they do not know alone', () => {
    expect(knownNote('something new the model says')).toBeUndefined();
  });
});
