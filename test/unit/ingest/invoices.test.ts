import { describe, expect, it } from 'vitest';
import { invoicesFromRecords } from '../../../src/ingest/invoices.js';
import type { FieldRecord } from '../../../src/ingest/types.js';

let line = 1;
/** A record of an invoices export as the reader gives it (money in minor units, dates as day numbers). */
function row(invoice: string, values: Record<string, string | number>): FieldRecord {
  line++;
  return { line, values: { customer: 'C1', invoice, due: 20_000, ...values }, cells: [] };
}

describe('invoicesFromRecords', () => {
  it('takes a total written on every line row once, and sums line amounts that differ', () => {
    const read = invoicesFromRecords([row('A', { amount: 30_000 }), row('A', { amount: 30_000 }), row('B', { amount: 10_000 }), row('B', { amount: 5_000 })]);
    expect(read.total).toBe(2);
    expect(read.invoices.map((invoice) => [invoice.invoice, invoice.amount])).toEqual([
      ['A', 30_000],
      ['B', 15_000],
    ]);
    expect(read.summedLines).toBe(1);
  });

  it('owes what is due, not the total, and nothing when the amount due is zero', () => {
    const read = invoicesFromRecords([row('A', { amount: 7_500, amountDue: 2_500 }), row('B', { amount: 7_500, amountDue: 0 })]);
    expect(read.invoices.map((invoice) => [invoice.invoice, invoice.amount])).toEqual([['A', 2_500]]);
    expect(read.setAside).toEqual({ paid: 1 });
  });

  it('owes the total less what was paid, and nothing on a zero invoice or a credit note', () => {
    const read = invoicesFromRecords([
      row('A', { amount: 98_400, amountPaid: 50_000 }),
      row('B', { amount: 12_300, amountPaid: 12_300 }),
      row('C', { amount: 0 }),
      row('D', { amount: -5_000 }),
    ]);
    expect(read.invoices.map((invoice) => [invoice.invoice, invoice.amount])).toEqual([['A', 48_400]]);
    expect(read.setAside).toEqual({ paid: 1, nothingOwed: 1, creditNote: 1 });
  });

  it('sets aside paid, draft, void and uncollectible invoices in Russian, Bulgarian and English', () => {
    const read = invoicesFromRecords([
      row('1', { amount: 100, status: 'Оплачен' }),
      row('2', { amount: 100, status: 'Черновик' }),
      row('3', { amount: 100, status: 'Аннулирован' }),
      row('4', { amount: 100, status: 'Платена' }),
      row('5', { amount: 100, status: 'uncollectible' }),
      row('6', { amount: 100, status: 'Выставлен' }),
      row('7', { amount: 100, status: 'open' }),
    ]);
    expect(read.setAside).toEqual({ paid: 2, draft: 1, void: 1, uncollectible: 1 });
    expect(read.invoices.map((invoice) => invoice.invoice)).toEqual(['6', '7']);
    expect(read.statuses['выставлен']).toEqual({ meaning: 'pending', invoices: 1 });
  });

  it('sets aside an invoice with no due date (charged automatically): it is never past due', () => {
    const read = invoicesFromRecords([row('A', { amount: 100 }), { line: 99, values: { customer: 'C1', invoice: 'B', amount: 100 }, cells: [] }]);
    expect(read.invoices.map((invoice) => invoice.invoice)).toEqual(['A']);
    expect(read.setAside).toEqual({ noDueDate: 1 });
  });

  it('obeys --include-status and --exclude-status over the word rules', () => {
    const read = invoicesFromRecords([row('1', { amount: 100, status: 'Sent' }), row('2', { amount: 100, status: 'Hold' })], { excludeStatus: ['sent'] });
    expect(read.invoices.map((invoice) => invoice.invoice)).toEqual(['2']);
  });
});
