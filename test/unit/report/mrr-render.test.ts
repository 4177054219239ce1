/** MRR movements in JSON, CSV and table (report/mrr-view.ts, mrr-render.ts) on a two-customer history worked by hand. */
import { describe, expect, it } from 'vitest';
import { mrrMovements } from '../../../src/metrics/mrr.js';
import { renderMrr } from '../../../src/report/mrr-render.js';
import { parseIsoDay } from '../../../src/time/days.js';

const day = (iso: string) => parseIsoDay(iso)!;

// A: 100.00 from 2024-01-05, upgraded to 150.00 from 2024-02-10. B: 50.00 from 2024-01-20 to 2024-02-15.
// Jan: new 150 → 150. Feb: expansion 50, churned 50 → 150; GRR 100/150, NRR 150/150 = 100%, quick ratio 1, ARPA 150.
// Cohort 2024-01 {A, B}: 150, 150 → 100%, 100%.
const result = mrrMovements(
  [
    { customer: 0, start: day('2024-01-05'), end: day('2024-02-10'), mrr: 10000 },
    { customer: 0, start: day('2024-02-10'), end: undefined, mrr: 15000 },
    { customer: 1, start: day('2024-01-20'), end: day('2024-02-15'), mrr: 5000 },
  ],
  'month',
  day('2024-02-29'),
);

describe('MRR output', () => {
  it('JSON: money in major units, rates 0–1', () => {
    const json = JSON.parse(renderMrr(result, 'json', { color: false, currency: 'EUR' }));
    expect(json.currency).toBe('EUR');
    expect(json.rows[1]).toMatchObject({ period: '2024-02', mrrAtStart: 150, expansion: 50, churned: 50, mrrAtEnd: 150, grossRevenueRetention: 0.666667, netRevenueRetention: 1, quickRatio: 1, arpa: 150 });
    expect(json.cohorts).toEqual([{ cohort: '2024-01', size: 2, mrr: [150, 150], retention: [1, 1] }]);
  });

  it('CSV: one row per period', () => {
    const lines = renderMrr(result, 'csv', { color: false, currency: 'EUR' }).trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.startsWith('period,start,end,partial,mrrAtStart,new,expansion,reactivation,contraction,churned,mrrAtEnd')).toBe(true);
  });

  it('table: the movements and the cohort revenue retention', () => {
    const text = renderMrr(result, 'table', { color: false, currency: 'EUR' });
    expect(text).toContain('MRR movements (EUR)');
    expect(text).toMatch(/2024-02 .*150\.00 EUR.*50\.00 EUR.*66\.7%.*100\.0%/);
    expect(text).toContain('Cohort revenue retention');
  });
});
