/**
 * A yen and a dinar export through the built care: amounts keep their currency's own decimals
 * (none for JPY, three for KWD) in the JSON and in the table (docs/definitions.md, "Money").
 * Worked by hand: JPY 1,200 + 300 + 1,000 = 2,500 yen over 3 orders (833.33 → 833 a order);
 * KWD 12.345 + 1.000 + 2.001 = 15.346 over 3 orders (5.11533 → 5.115).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCare } from '../helpers/run-care.js';

const dir = mkdtempSync(path.join(tmpdir(), 'care-money-'));
const yen = path.join(dir, 'yen.csv');
writeFileSync(yen, 'customer_id,order_date,amount\nc1,2025-01-10,"¥1,200"\nc1,2025-03-10,¥300\nc2,2025-02-01,"¥1,000"\n');
const dinar = path.join(dir, 'dinar.csv');
writeFileSync(dinar, 'customer_id,order_date,amount\nc1,2025-01-10,12.345 KWD\nc1,2025-03-10,1.000 KWD\nc2,2025-02-01,2.001 KWD\n');

function reportJson(file: string): { currency: string; kpis: { revenue: number; averageOrderValue: number } } {
  const run = runCare(['report', file, '--as-of', '2025-04-01', '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describe('currencies with other than two decimals', () => {
  it('JPY: the revenue is 2500 yen in JSON and 2,500 JPY in the table', () => {
    const json = reportJson(yen);
    expect(json.currency).toBe('JPY');
    expect(json.kpis.revenue).toBe(2500);
    expect(json.kpis.averageOrderValue).toBe(833);
    const table = runCare(['report', yen, '--as-of', '2025-04-01']).stdout;
    expect(table).toMatch(/Revenue \(net of returns\)\s+│\s+2,500 JPY │/);
    expect(table).toMatch(/Average order value\s+│\s+833 JPY │/);
  });

  it('JPY on two threads (CARE_PARALLEL_MIN_BYTES=0 cuts the file): each half rounds to yen, 2500 in all', () => {
    const run = runCare(['report', yen, '--as-of', '2025-04-01', '--format', 'json'], { env: { CARE_PARALLEL_MIN_BYTES: '0', CARE_DEBUG: 'threads' } });
    expect(run.stderr).toContain('read on 2 threads');
    expect((JSON.parse(run.stdout) as { kpis: { revenue: number } }).kpis.revenue).toBe(2500);
  });

  it('JPY named only from the second row on: the first order is read in yen too (1200 + 300 + 1000 = 2500)', () => {
    const late = path.join(dir, 'late-sign.csv');
    writeFileSync(late, 'customer_id,order_date,amount\nc1,2025-01-10,1200\nc1,2025-03-10,¥300\nc2,2025-02-01,"¥1,000"\n');
    expect((JSON.parse(runCare(['inspect', late, '--format', 'json']).stdout) as { netRevenue: number }).netRevenue).toBe(2500);
  });

  it('KWD: three decimals kept, 12.345 is not rounded to 12.35', () => {
    const json = reportJson(dinar);
    expect(json.kpis.revenue).toBe(15.346);
    expect(json.kpis.averageOrderValue).toBe(5.115);
    const table = runCare(['report', dinar, '--as-of', '2025-04-01']).stdout;
    expect(table).toMatch(/Revenue \(net of returns\)\s+│\s+15\.346 KWD │/);
  });

  it('JPY joined to a survey: c1 spent 1,200 + 300 = 1,500 yen, the top tier revenue in care nps JSON', () => {
    const survey = path.join(dir, 'survey.csv');
    writeFileSync(survey, 'customer_id,date,score,comment\nc1,2025-03-20,3,slow\nc2,2025-03-21,10,great\n');
    const run = runCare(['nps', survey, '--orders', yen, '--as-of', '2025-04-01', '--format', 'json']);
    expect(run.code).toBe(0);
    const tiers = (JSON.parse(run.stdout) as { orders: { tiers: { tier: string; revenue: number }[] } }).orders.tiers;
    expect(tiers.find((tier) => tier.tier === 'top')?.revenue).toBe(1500);
  });

  it('care inspect: a cell ¥1,200 reads as 1200 JPY, net revenue 2500 in JSON and 2,500 JPY in the table; KWD keeps 12.345', () => {
    const json = JSON.parse(runCare(['inspect', yen, '--format', 'json']).stdout) as { netRevenue: number; currency: string };
    expect(json).toMatchObject({ currency: 'JPY', netRevenue: 2500 });
    const table = runCare(['inspect', yen]).stdout;
    expect(table).toMatch(/net revenue\s+│ 2,500 JPY\s+│/);
    expect(table).toMatch(/│ 2025-01-10 │ 1200 JPY │/);
    const dinar = runCare(['inspect', path.join(dir, 'dinar.csv')]).stdout;
    expect(dinar).toMatch(/net revenue\s+│ 15\.346 KWD\s+│/);
    expect(dinar).toMatch(/│ 2025-01-10 │ 12\.345 KWD │/);
  });

  it('care retention --cohorts --revenue: yen per cohort age in JSON, fils kept in CSV', () => {
    const run = runCare(['retention', yen, '--cohorts', '--revenue', '--as-of', '2025-04-01', '--format', 'json']);
    const cohorts = (JSON.parse(run.stdout) as { cohorts: { cohort: string; revenue: number[] }[] }).cohorts;
    // c1 bought ¥1,200 in January and ¥300 two months later; c2 ¥1,000 in February.
    expect(cohorts.map((row) => [row.cohort, row.revenue])).toEqual([
      ['2025-01', [1200, 0, 300, 0]],
      ['2025-02', [1000, 0, 0]],
    ]);
    const csv = runCare(['retention', path.join(dir, 'dinar.csv'), '--cohorts', '--revenue', '--as-of', '2025-04-01', '--format', 'csv']).stdout;
    expect(csv.split('\n')[1]).toBe('2025-01,1,0,1,1,12.345');
  });

  it('care ltv: --cac 500 is 500 yen, the order value 833 yen and the historical revenue 2500 yen; KWD cohort revenue keeps fils', () => {
    const run = runCare(['ltv', yen, '--as-of', '2025-04-01', '--cac', '500', '--format', 'json']);
    const json = JSON.parse(run.stdout) as { settings: { cac: number }; simple: { cac: number; averageOrderValue: number } };
    expect(json.settings.cac).toBe(500);
    expect(json.simple).toMatchObject({ cac: 500, averageOrderValue: 833 });
    expect(runCare(['ltv', yen, '--as-of', '2025-04-01', '--cac', '500']).stdout).toMatch(/│ CAC\s+│ 500 JPY │/);
    const historical = JSON.parse(runCare(['ltv', yen, '--as-of', '2025-04-01', '--model', 'historical', '--format', 'json']).stdout) as { historical: { revenue: number } };
    expect(historical.historical.revenue).toBe(2500);
    const csv = runCare(['ltv', path.join(dir, 'dinar.csv'), '--as-of', '2025-04-01', '--model', 'historical', '--format', 'csv']).stdout;
    // The January cohort (c1): 12.345 at age 0.
    expect(csv.split('\n')[1]).toBe('2025-01,1,0,12.345,12.345');
  });

  it('care remind: invoice amounts in the currency of their column or sign (1200 JPY, 12.345 KWD, ¥300)', () => {
    const invoices = path.join(dir, 'invoices.csv');
    writeFileSync(
      invoices,
      'Invoice,Customer,Name,Email,Amount,Currency,Issued,Due,Paid\n' +
        'INV-1,C1,Ann,ann@example.com,"1,200",JPY,2025-11-20,2025-12-04,\n' +
        'INV-2,C2,Bo,bo@example.com,12.345,KWD,2025-11-20,2025-12-04,\n' +
        'INV-3,C3,Cy,cy@example.com,¥300,,2025-11-20,2025-12-04,\n',
    );
    const run = runCare(['remind', invoices, '--template', 'payment-reminder', '--as-of', '2025-12-16', '--format', 'json']);
    expect(run.code).toBe(0);
    const items = (JSON.parse(run.stdout) as { items: { invoice: string; amount: number; currency: string }[] }).items;
    expect(items.map(({ invoice, amount, currency }) => [invoice, amount, currency])).toEqual([
      ['INV-1', 1200, 'JPY'],
      ['INV-2', 12.345, 'KWD'],
      ['INV-3', 300, 'JPY'],
    ]);
    const table = runCare(['remind', invoices, '--template', 'payment-reminder', '--as-of', '2025-12-16']).stdout;
    expect(table).toMatch(/│ INV-1\s+│\s+1,200 │ JPY/);
    expect(table).toMatch(/│ INV-2\s+│\s+12\.345 │ KWD/);
  });
});
