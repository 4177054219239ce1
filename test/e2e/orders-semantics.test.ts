/**
 * The orders semantics through the built care, on one thread and on two (CARE_PARALLEL_MIN_BYTES=0
 * cuts even this file in two; CARE_DEBUG=threads says how many threads read it): the counts by
 * status meaning, the status table, split transactions, refunds and the BGN → EUR conversion are
 * merged from the worker exactly, and each warning reaches stderr once and ingest.warnings
 * (docs/ingestion.md, "Reading orders").
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCare } from '../helpers/run-care.js';

const INVOICES = 3000;

/**
 * Invoice i of customer C(i mod 500), one a day from 2025-03-01 (so the last ones fall in 2026):
 * i mod 10 = 0 a failed charge and its paid retry (two rows, two charge ids); 1 pending;
 * 2 "Frobnicated" (unknown: a purchase); 3 refunded; 4 partially refunded (2.50 back); else paid.
 * Amounts are in BGN before 2026-01-01 and in EUR from then on.
 */
function invoicesFile(): { csv: string; convertedRows: number } {
  const lines = ['Invoice ID,Charge ID,Customer,Created at,Paid at,Amount,Amount Refunded,Status,Currency'];
  const start = Date.UTC(2025, 2, 1);
  const euro = Date.UTC(2026, 0, 1);
  let convertedRows = 0;
  for (let i = 0; i < INVOICES; i++) {
    const time = start + Math.floor(i / 6) * 86_400_000;
    const date = new Date(time).toISOString().slice(0, 10);
    const currency = time < euro ? 'BGN' : 'EUR';
    const amount = (10 + (i % 7)).toFixed(2);
    const row = (charge: string, status: string, refunded = '0.00') => lines.push(`in_${i},${charge},C${i % 500},${date},${date},${amount},${refunded},${status},${currency}`);
    const kind = i % 10;
    if (kind === 0) {
      row(`ch_${i}a`, 'failed');
      row(`ch_${i}b`, 'paid');
    } else if (kind === 1) row(`ch_${i}`, 'pending');
    else if (kind === 2) row(`ch_${i}`, 'Frobnicated');
    else if (kind === 3) row(`ch_${i}`, 'refunded');
    else if (kind === 4) row(`ch_${i}`, 'partially_refunded', '2.50');
    else row(`ch_${i}`, 'paid');
    // Only purchases are read as money: the kept row of each invoice, when in BGN.
    if (currency === 'BGN' && kind !== 1 && kind !== 3) convertedRows++;
  }
  return { csv: lines.join('\n') + '\n', convertedRows };
}

describe('orders semantics on one thread and on two', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-semantics-'));
  const file = path.join(dir, 'invoices.csv');
  const { csv, convertedRows } = invoicesFile();
  writeFileSync(file, csv);
  const args = ['retention', file, '--format', 'json', '--currency', 'EUR'];
  const threadLine = /^care: .*: read on (\d) threads?\b.*\n/m;

  it('counts by meaning, statuses, splits, refunds and conversions alike, and warns once', () => {
    const one = runCare(args, { env: { CARE_THREADS: '1', CARE_DEBUG: 'threads' } });
    const two = runCare(args, { env: { CARE_PARALLEL_MIN_BYTES: '0', CARE_DEBUG: 'threads' } });
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(threadLine.exec(one.stderr)?.[1]).toBe('1');
    expect(threadLine.exec(two.stderr)?.[1]).toBe('2');
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr.replace(threadLine, '')).toBe(one.stderr.replace(threadLine, ''));

    const { ingest } = JSON.parse(two.stdout);
    // Per ten invoices: kept 8 (the retry, unknown, partially refunded, five paid); out 3 (failed, pending, refunded).
    expect(ingest).toMatchObject({
      rows: INVOICES + INVOICES / 10,
      orders: (INVOICES / 10) * 8,
      excludedOrders: (INVOICES / 10) * 3,
      excludedByMeaning: { excluded: 300, refunded: 300, pending: 300 },
      splitTransactions: 300,
      refundedOrders: 300,
      convertedFromBgn: convertedRows,
    });
    expect(ingest.statuses).toEqual({
      paid: { meaning: 'completed', rows: 1800 },
      failed: { meaning: 'excluded', rows: 300 },
      pending: { meaning: 'pending', rows: 300 },
      Frobnicated: { meaning: 'unknown', rows: 300 },
      refunded: { meaning: 'refunded', rows: 300 },
      partially_refunded: { meaning: 'completed', rows: 300 },
    });

    const warnings = two.stderr.split('\n').filter((line) => line.startsWith('care: warning: '));
    expect(warnings).toEqual([
      expect.stringContaining('"Paid at" could also be the date; "Created at" was taken'),
      expect.stringContaining('status values not recognised, counted as purchases: "Frobnicated" (300 rows)'),
    ]);
    expect(ingest.warnings).toEqual(warnings.map((line) => line.slice('care: warning: '.length)));
    expect(two.stderr).toContain(`care: ${file}: ${convertedRows} amounts in BGN dated before 2026-01-01 converted to EUR at the fixed rate 1 EUR = 1.95583 BGN`);
  });
});
