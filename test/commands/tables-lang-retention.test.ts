/**
 * care retention's text tables in the run's language (docs/messages.md): the heading, titles,
 * column labels and notes are said in --lang; numbers, periods and cohorts stay as data.
 */
import { describe, expect, it } from 'vitest';
import { careInProcess } from '../helpers/care-in-process.js';

describe('care retention speaks the run\'s language in its tables', () => {
  it('in Russian: heading, labels and the cohort note; 90 days takes the "many" form', async () => {
    const run = await careInProcess(['--lang', 'ru', 'retention', 'fixtures/orders.csv', '--cohorts']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Удержание на 2026-03-05 · периоды: месяцы · клиент считается активным 90 дней после покупки\n/);
    expect(run.stdout).toMatch(/│ Период +│ На начало │ Новые │ Вернувшиеся │ Удержано │ Потеряно │ На конец │ +CRR │ Отток │/);
    expect(run.stdout).toContain('Удержание когорт');
    expect(run.stdout).toContain('Доля когорты, купившей снова через k периодов после первой покупки (+0 = 100%).');
    expect(run.stdout).not.toMatch(/Retention|Period|Cohort|Share of/);
  });

  it('in Bulgarian Markdown, and a heading per period length', async () => {
    const run = await careInProcess(['--lang', 'bg', 'retention', 'fixtures/orders.csv', '--period', 'week', '--churn-after', '1', '-f', 'md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Задържане — към 2026-03-05\n\n## Задържане по периоди\n\n\| Период \| В началото \| Нови \|/);
  });

  it('in English the table says "weekly periods" and "1 day" in the singular', async () => {
    const run = await careInProcess(['retention', 'fixtures/orders.csv', '--period', 'week', '--churn-after', '1']);
    expect(run.stdout).toMatch(/^Retention as of 2026-03-05 · weekly periods · a customer counts as active for 1 day after a purchase\n/);
  });
});
