import { describe, expect, it } from 'vitest';
import { configDefaults, contactFor, reminderCells, reminderLabel } from '../../../src/email/reminders.js';
import type { DueItem } from '../../../src/metrics/due.js';
import { parseIsoDay } from '../../../src/time/days.js';

const day = (iso: string) => parseIsoDay(iso)!;
const payment = { kind: 'payment', customer: 'C1', invoice: 'INV-7', amount: 12_345, currency: 'EUR', issued: day('2025-11-01'), due: day('2025-12-01'), daysOverdue: 15, line: 4, reason: 'overdue' } as unknown as DueItem;

describe('reminderCells', () => {
  it('fills the invoice variables: amount in major units (12345 cents → 123.45), ISO dates, days overdue', () => {
    expect(reminderCells({ item: payment, contact: { name: 'Ana' } })).toEqual({
      'customer.id': 'C1', 'customer.name': 'Ana', 'invoice.number': 'INV-7', 'invoice.amount': '123.45', 'invoice.currency': 'EUR',
      'invoice.sentDate': '2025-11-01', 'invoice.dueDate': '2025-12-01', 'invoice.daysOverdue': '15',
    });
  });

  it('an invoice not yet due gets daysLeft instead', () => {
    const cells = reminderCells({ item: { ...payment, daysOverdue: -3 } as DueItem, contact: {} });
    expect(cells['invoice.daysLeft']).toBe('3');
    expect(cells['invoice.daysOverdue']).toBeUndefined();
  });
});

describe('contactFor', () => {
  it('prefers the export, then the lookup, then a customer id that is an address', () => {
    const lookup = new Map([['C1', { name: 'Lookup', email: 'l@x.org' }]]);
    expect(contactFor(payment, { name: 'Own' }, lookup, () => {})).toEqual({ name: 'Own', email: 'l@x.org' });
    expect(contactFor({ ...payment, customer: 'me@x.org' } as DueItem, undefined, new Map(), () => {})).toEqual({ email: 'me@x.org' });
  });

  it('drops a bad address with a word instead of stopping the batch', () => {
    const said: string[] = [];
    expect(contactFor(payment, { email: 'not-an-address' }, new Map(), (message) => said.push(message))).toEqual({});
    expect(said).toEqual(['customer C1: "not-an-address" is not an email address; left without a recipient']);
  });
});

describe('labels and config defaults', () => {
  it('names a payment reminder by its line and invoice, others by customer', () => {
    expect(reminderLabel({ item: payment, contact: {} })).toBe('line 4 (invoice INV-7)');
  });

  it('takes agent and company from the config email section', () => {
    expect(configDefaults({ email: { agent: { name: 'A' }, company: { name: 'C' } } } as never)).toEqual({ agent: { name: 'A' }, company: { name: 'C' } });
    expect(configDefaults({})).toEqual({});
  });
});
