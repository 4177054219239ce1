/** The HTML report's recurring-revenue section (report/html/mrr-section.ts) on a history worked by hand. */
import { describe, expect, it } from 'vitest';
import { mrrMovements } from '../../../src/metrics/mrr.js';
import { labelsFor } from '../../../src/report/html/labels.js';
import { localeFormat } from '../../../src/report/html/locale-format.js';
import { mrrSection } from '../../../src/report/html/mrr-section.js';
import { mrrJson } from '../../../src/report/mrr-view.js';
import { parseIsoDay } from '../../../src/time/days.js';

const day = (iso: string) => parseIsoDay(iso)!;

// One customer: 100.00 a month from 2024-01-05, upgraded to 150.00 from 2024-02-10.
// January: new 100 → 100. February: expansion 50 → 150; GRR 100%, NRR 150%. Cohort 2024-01: 100%, 150%.
const result = mrrJson(
  mrrMovements(
    [
      { customer: 0, start: day('2024-01-05'), end: day('2024-02-10'), mrr: 10000 },
      { customer: 0, start: day('2024-02-10'), end: undefined, mrr: 15000 },
    ],
    'month',
    day('2024-02-29'),
  ),
  'EUR',
);

const cell = (page: string, table: string, row: string, column: string) => {
  const body = page.slice(page.indexOf(`id="${table}"`));
  const start = body.indexOf(`data-row="${row}"`);
  const match = new RegExp(`data-col="${column}"[^>]*>([^<]*)<`).exec(body.slice(start));
  return match?.[1];
};

describe('MRR section of the HTML report', () => {
  it('movements and revenue retention, in the locale', () => {
    const page = String(mrrSection({ labels: labelsFor('en'), format: localeFormat('en', 'EUR') }, result));
    expect(page).toContain('Recurring revenue (MRR)');
    expect(cell(page, 'mrr-table', '2024-02', 'expansion')).toBe('€50.00');
    expect(cell(page, 'mrr-table', '2024-02', 'nrr')).toBe('150.0%');
    expect(cell(page, 'mrr-cohort-table', '2024-01', 'k1')).toBe('150.0%');
    expect(String(mrrSection({ labels: labelsFor('ru'), format: localeFormat('ru', 'EUR') }, result))).toContain('Движение MRR');
  });

  it('nothing without periods', () => {
    expect(String(mrrSection({ labels: labelsFor('bg'), format: localeFormat('bg', 'EUR') }, { period: 'month', currency: 'EUR', rows: [], cohorts: [] }))).toBe('');
  });
});
