/**
 * care ltv: P(no purchase in the next churn window) per customer (--per-customer column pNoPurchase),
 * summed up in JSON and the table, for every purchase-count model; and with --intervals, the table of
 * the customers of highest CLV with each figure's interval.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { careInProcess } from '../helpers/care-in-process.js';
import { fixture } from '../helpers/datasets.js';

const cdnow = fixture('cdnow', 'cdnow-sample.csv');
const dir = mkdtempSync(path.join(tmpdir(), 'care-ltv-no-purchase-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function perCustomer(model: string, extra: string[] = []) {
  const file = path.join(dir, `${model}-${extra.join('')}.csv`);
  const run = await careInProcess(['ltv', cdnow, '--model', model, '--calibration-end', '1997-09-30', '--per-customer', file, '--format', 'json', ...extra]);
  expect(run.code).toBe(0);
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n').map((line) => line.split(','));
  const rows = lines.map((cells) => Object.fromEntries(header!.map((name, i) => [name, name === 'customer' ? cells[i] : Number(cells[i])])) as Record<string, number>);
  return { json: JSON.parse(run.stdout), rows };
}

describe('care ltv: P(no purchase in the next 90 days) per customer', () => {
  for (const model of ['bgnbd', 'mbgnbd'] as const) {
    it(`${model}: 1 − P(alive) + P(alive) · ((α+T)/(α+T+t))^(r+x), t = 90 days in weeks, for every customer`, async () => {
      const { json, rows } = await perCustomer(model);
      const { r, alpha } = json[model];
      const t = 90 / 7;
      expect(rows).toHaveLength(2349);
      for (const row of rows) {
        const quiet = ((alpha + row.T!) / (alpha + row.T! + t)) ** (r + row.x!);
        expect(row.pNoPurchase).toBeCloseTo(1 - row.pAlive! + row.pAlive! * quiet, 5);
      }
      const mean = rows.reduce((sum, row) => sum + row.pNoPurchase!, 0) / rows.length;
      expect(json.noPurchase).toMatchObject({ days: 90, customers: 2349, likely: rows.filter((row) => row.pNoPurchase! > 0.5).length });
      expect(json.noPurchase.meanProbability).toBeCloseTo(mean, 5);
    }, 60_000);
  }

  it('pnbd: between 1 − P(alive) and 1, and smaller over a longer window (--churn-after 180)', async () => {
    const ninety = await perCustomer('pnbd');
    const longer = await perCustomer('pnbd', ['--churn-after', '180']);
    expect(longer.json.noPurchase.days).toBe(180);
    ninety.rows.forEach((row, i) => {
      expect(row.pNoPurchase).toBeGreaterThanOrEqual(1 - row.pAlive! - 1e-6);
      expect(row.pNoPurchase).toBeLessThanOrEqual(1);
      if (row.pAlive! > 0.01) expect(longer.rows[i]!.pNoPurchase).toBeLessThan(row.pNoPurchase!);
    });
  }, 120_000);
});

describe('care ltv --intervals in the table', () => {
  it('lists the customers of highest CLV with each figure and its interval, and P(no purchase)', async () => {
    const run = await careInProcess(['ltv', cdnow, '--model', 'bgnbd', '--intervals', '--seed', '3']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Customers of highest CLV, with 90% intervals');
    expect(run.stdout).toContain('P(none in 90 days)');
    expect(run.stdout).toMatch(/Likely no purchase in 90 days \(P > 0\.5\)/);
    // A row: customer │ x │ P(alive) (lower–upper) │ purchases (lower–upper) │ CLV (lower–upper) │ P(none).
    const row = run.stdout.split('\n').find((line) => /^│ \S+\s+│\s+\d+ │ \d\.\d\d \(\d\.\d\d–\d\.\d\d\)/.test(line));
    expect(row).toBeDefined();
    const [, , , alive, purchases, clv] = row!.split('│').map((cell) => cell.trim());
    for (const cell of [alive, purchases, clv]) {
      const [point, lower, upper] = cell!.replace(/,/g, '').match(/[\d.]+/g)!.map(Number);
      expect(lower).toBeLessThanOrEqual(point! + 0.01);
      expect(upper).toBeGreaterThanOrEqual(point! - 0.01);
    }
  }, 60_000);

  it('shows no such table without --intervals', async () => {
    const run = await careInProcess(['ltv', cdnow, '--model', 'bgnbd']);
    expect(run.stdout).not.toContain('Customers of highest');
  }, 60_000);
});
