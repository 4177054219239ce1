import { describe, expect, it } from 'vitest';
import { assertAfterBeforeChurn, assertOptionsApply, lastEventDay, mergeCounts, ruleFor, selectFromInvoices } from '../../../src/metrics/due-rules.js';
import type { InvoiceInput } from '../../../src/model/invoice.js';

describe('ruleFor', () => {
  it('takes the rule from the built-in template name unless --kind names one', () => {
    expect(ruleFor('payment-reminder', undefined)).toBe('payment');
    expect(ruleFor('my-letter', 'anniversary')).toBe('anniversary');
  });

  it('refuses a template that is no reminder and an unknown --kind (exit 2)', () => {
    expect(() => ruleFor('welcome', undefined)).toThrow(expect.objectContaining({ code: 'CARE_NOT_A_REMINDER', exitCode: 2 }));
    expect(() => ruleFor('win-back', 'birthday')).toThrow(expect.objectContaining({ code: 'CARE_BAD_OPTION', exitCode: 2 }));
  });
});

describe('rule options', () => {
  it('refuses an option that belongs to another rule, naming the rules it is for', () => {
    expect(() => assertOptionsApply('payment', { after: '30' })).toThrow(expect.objectContaining({ code: 'CARE_OPTION_NOT_FOR_RULE', message: '--after does not apply to payment reminders', hint: '--after is for reorder reminders' }));
    expect(() => assertOptionsApply('reorder', { after: '30', churnAfter: 90 })).not.toThrow();
  });

  it('--after must be shorter than the churn window', () => {
    expect(() => assertAfterBeforeChurn(89, 90)).not.toThrow();
    expect(() => assertAfterBeforeChurn(90, 90)).toThrow(expect.objectContaining({ code: 'CARE_BAD_OPTION', exitCode: 2 }));
  });
});

describe('invoices', () => {
  const invoice = (line: number, due: number, extra: Partial<InvoiceInput> = {}): InvoiceInput => ({ line, customer: `c${line}`, invoice: `I-${line}`, amount: 1000, due, ...extra }) as InvoiceInput;

  it('"today" is the last issue or payment date, never a due date', () => {
    expect(lastEventDay([invoice(2, 500, { issued: 100 }), invoice(3, 900, { issued: 120, paid: 130 })])).toBe(130);
    expect(lastEventDay([invoice(2, 500)])).toBeUndefined();
  });

  it('adds the reader\'s set-aside counts to the rule\'s, key by key, and counts every invoice read as considered', () => {
    expect(mergeCounts({ a: 1, b: 2 }, { b: 3, c: 4 })).toEqual({ a: 1, b: 5, c: 4 });
    const selection = selectFromInvoices([invoice(2, 100, { issued: 50 })], 110, undefined, { total: 5, setAside: { paidInFull: 3 } });
    expect(selection.considered).toBe(5);
    expect(selection.items.map((item) => item.line)).toEqual([2]);
    expect(selection.setAside['paidInFull']).toBe(3);
  });
});
