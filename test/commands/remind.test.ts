import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { type RemindOptions, runRemind } from '../../src/commands/remind.js';
import type { OutgoingMessage, Sender } from '../../src/email/send.js';
import { fakeIo } from '../helpers/fake-io.js';
import { day } from '../helpers/day.js';

const ORDERS = 'fixtures/remind/orders.csv';
const INVOICES = 'fixtures/remind/invoices.csv';
const CUSTOMERS = 'fixtures/remind/customers.csv';
const AS_OF = '2025-12-16';
const AS_OF_DAY = day(AS_OF);
const SIGNER = ['agent.name=Olga Ivanova', 'agent.team=Customer Care', 'company.name=Northwind Tea'];
const SIGNER_RU = ['agent.name=Ольга Смирнова', 'agent.team=Служба заботы', 'company.name=Нордвинд'];

async function remind(file: string, options: RemindOptions, io = fakeIo()) {
  await runRemind(io, file, { asOf: AS_OF_DAY, ...options });
  return io;
}

function jsonOf(text: string) {
  return JSON.parse(text) as { asOf: string; kind: string; considered: number; due: number; setAside: Record<string, number>; items: Record<string, unknown>[] };
}

describe('care remind: who is due and why', () => {
  it('lists re-order reminders as JSON, with names and emails from --customers', async () => {
    const io = await remind(ORDERS, { template: 'reorder-reminder', customers: CUSTOMERS, format: 'json' });
    const result = jsonOf(io.out());
    expect(result).toMatchObject({ asOf: AS_OF, kind: 'reorder', considered: 5, due: 1, setAside: { tooFewPurchases: 2, lapsed: 1 } });
    expect(result.items).toEqual([
      expect.objectContaining({
        customer: 'C001', name: 'Anna Petrova', email: 'anna@example.com', lastPurchase: '2025-11-01', daysSinceLast: 45, usualInterval: 30,
        reason: '45 days since the last purchase; usually buys every 30 days',
      }),
    ]);
  });

  it('prints a table with the reason and what was left out, and CSV with raw numbers', async () => {
    const table = (await remind(ORDERS, { template: 'win-back', customers: CUSTOMERS })).out();
    expect(table).toContain('Lapsed customers to win back as of 2025-12-16 (win-back)');
    expect(table).toMatch(/C003 .*Boris Ivanov .*2025-03-15 .*276 .*2025-06-13/);
    expect(table).toContain('1 of 5 customers due.');
    const csv = (await remind(INVOICES, { template: 'payment-reminder', format: 'csv', within: 7 })).out();
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('customer,name,email,invoice,amount,currency,issued,due,daysOverdue,reason');
    expect(lines.slice(1).map((line) => line.split(',').slice(3, 9).join(','))).toEqual([
      'INV-002,4500,RUB,2025-11-10,2025-11-25,21',
      'INV-005,99,USD,2025-11-16,2025-12-01,15',
      'INV-001,1234.56,USD,2025-11-20,2025-12-04,12',
      'INV-004,780,RUB,2025-12-06,2025-12-20,-4',
    ]);
  });

  it('lists anniversaries in the next 7 days by default', async () => {
    const result = jsonOf((await remind(ORDERS, { template: 'anniversary', format: 'json' })).out());
    expect(result.items.map((item) => [item['customer'], item['anniversary'], item['daysUntil'], item['years']])).toEqual([
      ['C005', '2025-12-18', 2, 1],
      ['C004', '2025-12-20', 4, 2],
    ]);
    const narrow = jsonOf((await remind(ORDERS, { template: 'anniversary', format: 'json', within: 3 })).out());
    expect(narrow.items.map((item) => item['customer'])).toEqual(['C005']);
  });

  it('reads an invoice written as several line rows once, and sets aside paid, void, draft and nothing-left-to-pay invoices', async () => {
    // Worked by hand from fixtures/remind/README.md: 7 invoices; owed and overdue on 2025-12-16: INV-101 (300.00, 31 days) and INV-107 (25.00 left, 25 days).
    const result = jsonOf((await remind('fixtures/remind/invoices-lines.csv', { template: 'payment-reminder', format: 'json' })).out());
    expect(result).toMatchObject({ considered: 7, due: 2, setAside: { paid: 2, void: 1, draft: 1, notYetDue: 1 } });
    expect(result.items.map((item) => [item['invoice'], item['amount'], item['daysOverdue']])).toEqual([
      ['INV-101', 300, 31],
      ['INV-107', 25, 25],
    ]);
  });

  it('uses the last issue or payment date as "today" for invoices without --as-of', async () => {
    const io = fakeIo();
    await runRemind(io, INVOICES, { template: 'payment-reminder', format: 'json' });
    const result = jsonOf(io.out());
    // 2025-12-20 (INV-005 paid): INV-005 is paid by then, INV-004 falls due that day.
    expect(result.asOf).toBe('2025-12-20');
    expect(result.items.map((item) => [item['invoice'], item['daysOverdue']])).toEqual([['INV-002', 25], ['INV-001', 16]]);
  });

  it('ends quietly (exit 0) when nobody is due, also when asked to render', async () => {
    const io = await remind(ORDERS, { template: 'win-back', lapsedWithin: 30, render: true, set: SIGNER });
    expect(io.out()).toBe('');
    expect(io.err()).toContain('care: 0 of 5 customers due for win-back');
    expect(io.err()).toContain('nobody is due');
  });
});

describe('care remind: rendering through the care email path', () => {
  it('renders a re-order reminder with the last purchase date from the data', async () => {
    const io = await remind(ORDERS, {
      template: 'reorder-reminder', customers: CUSTOMERS, render: true,
      set: [...SIGNER, 'product.name=Assam Breakfast, 250 g', 'suggestion.name=our new Darjeeling', 'offer.until=2026-01-15'],
    });
    expect(io.out()).toMatch(/^Subject: Anna Petrova, time to restock Assam Breakfast, 250 g\?\n\nHello Anna Petrova,\n/);
    expect(io.out()).toContain('from us on November 1, 2025.');
    expect(io.err()).toContain('care: 1 of 5 customers due for reorder-reminder as of 2025-12-16');
  });

  it('renders a win-back letter for the lapsed customer', async () => {
    const io = await remind(ORDERS, {
      template: 'win-back', customers: CUSTOMERS, render: true,
      set: [...SIGNER, 'news=delivery is now free', 'offer.percent=15', 'offer.code=BACK15', 'offer.until=2026-02-01'],
    });
    expect(io.out()).toContain('Subject: Boris Ivanov, we have missed you');
    expect(io.out()).toContain('Your last one was on March 15, 2025');
    expect(io.out()).toContain('15% off your next order with the code BACK15');
  });

  it('renders anniversaries in Russian with the years from the data, a --set name as the fallback', async () => {
    const io = await remind(ORDERS, {
      template: 'anniversary', customers: CUSTOMERS, render: true, locale: 'ru',
      set: [...SIGNER_RU, 'customer.name=дорогой клиент', 'gift.description=бесплатная доставка', 'offer.code=GOD', 'offer.until=2026-01-31'],
    });
    const out = io.out();
    expect(out).toContain('===== message 1 of 2 · anniversary · no recipient =====');
    expect(out).toContain('Subject: дорогой клиент, мы вместе уже 1 год');
    expect(out).toContain('===== message 2 of 2 · anniversary · to vera@example.com =====');
    expect(out).toContain('Subject: Вера Соколова, мы вместе уже 2 года');
    expect(out).toContain('Ровно 2 года назад');
  });

  it('renders payment reminders in Russian: amount, dates, and the plural of days overdue', async () => {
    const io = await remind(INVOICES, { template: 'payment-reminder', render: true, locale: 'ru', within: 7, set: [...SIGNER_RU, 'customer.name=клиент'] });
    const messages = io.out().split(/^===== /m).filter((part) => part !== '');
    expect(messages).toHaveLength(4);
    const [inv2, inv5, inv1, inv4] = messages;
    expect(inv2).toMatch(/^message 1 of 4 · line 3 · payment-reminder · to ivan@example\.com/);
    expect(inv2).toContain('Subject: Счёт № INV-002: дружеское напоминание');
    expect(inv2).toContain('Здравствуйте, Иван Орлов!');
    expect(inv2).toContain('10 ноября 2025 г. мы отправили вам счёт № INV-002 на сумму 4\u00a0500,00\u00a0₽');
    expect(inv2).toContain('Срок оплаты был 25 ноября 2025 г. — 21 день назад.');
    expect(inv1).toContain('12 дней назад');
    expect(inv1).toContain('1\u00a0234,56\u00a0$');
    // C005 has no name in the export: the --set fallback greets them.
    expect(inv5).toContain('Здравствуйте, клиент!');
    expect(inv5).toContain('15 дней назад');
    expect(inv4).toContain('оплатите до 20 декабря 2025 г.');
    expect(inv4).not.toContain('назад');
  }, 10_000);

  it('fails one reminder without a name (exit 3 at the end) and still renders the others', async () => {
    const io = fakeIo();
    const run = runRemind(io, INVOICES, { asOf: AS_OF_DAY, template: 'payment-reminder', render: true, set: SIGNER });
    await expect(run).rejects.toMatchObject({ exitCode: 3, code: 'CARE_BAD_ROWS' });
    expect(io.err()).toContain('care: line 6 (invoice INV-005): template "payment-reminder" (en): missing variable: customer.name');
    expect(io.out()).toContain('invoice INV-002 for RUB');
    expect(io.out()).toContain('The payment date was December 4, 2025, 12 days ago.');
    expect(io.out()).not.toContain('INV-005');
  });

  it('is a usage error (exit 2) naming every variable no reminder has, before anything is rendered', async () => {
    const io = fakeIo();
    await expect(runRemind(io, ORDERS, { asOf: AS_OF_DAY, template: 'reorder-reminder', customers: CUSTOMERS, render: true, set: ['agent.name=Olga'] })).rejects.toMatchObject({
      exitCode: 2,
      code: 'CARE_TEMPLATE_DATA',
      message: 'template "reorder-reminder" (en): missing variables: agent.team, company.name, product.name, suggestion.name, offer.until',
    });
    expect(io.out()).toBe('');
  });

  it('writes .eml files to --out-dir, addressed from the data, and lists who is due on stdout', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'care-remind-'));
    const io = await remind(INVOICES, { template: 'payment-reminder', outDir: dir, emailFormat: 'eml', from: 'Care <care@example.com>', set: [...SIGNER, 'customer.name=customer'] });
    expect(io.out()).toContain('Unpaid invoices to remind about');
    const files = (await readdir(dir)).sort();
    expect(files).toEqual(['001-payment-reminder-ivan-example-com.eml', '002-payment-reminder-customer.eml', '003-payment-reminder-anna-example-com.eml']);
    const mail = await simpleParser(await readFile(path.join(dir, files[0]!)));
    expect(mail.subject).toBe('Invoice INV-002: a friendly reminder');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0] : undefined).toEqual({ address: 'ivan@example.com', name: 'Иван Орлов' });
    expect(mail.text).toContain('Hello Иван Орлов,');
    expect(mail.text).toContain('21 days ago');
  });

  it('sends each reminder once through the send log; customers without an address are reported', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'care-remind-send-'));
    const sent: OutgoingMessage[] = [];
    const sender = (): Sender => ({
      send: async (message) => {
        sent.push(message);
        return '250 ok';
      },
      close: () => undefined,
    });
    const options: RemindOptions = {
      template: 'anniversary', customers: CUSTOMERS, send: true, yes: true, from: 'care@example.com', smtpUrl: 'smtp://127.0.0.1:1',
      sendLog: path.join(dir, 'send-log.jsonl'),
      set: [...SIGNER, 'customer.name=friend', 'gift.description=a tin of tea', 'offer.code=TEA', 'offer.until=2026-01-31'],
    };
    const first = fakeIo();
    await expect(runRemind(first, ORDERS, { asOf: AS_OF_DAY, ...options }, { sender })).rejects.toMatchObject({ exitCode: 3, code: 'CARE_SEND_FAILED' });
    expect(first.err()).toContain('no recipient; not sent');
    expect(sent.map((message) => message.to.address)).toEqual(['vera@example.com']);
    expect(first.err()).toContain('vera@example.com');
    await expect(runRemind(fakeIo(), ORDERS, { asOf: AS_OF_DAY, ...options }, { sender })).rejects.toMatchObject({ exitCode: 3 });
    expect(sent).toHaveLength(1);
  });
});

describe('care remind: usage and input errors', () => {
  it('exit 2 for an unknown template, with the known ones', async () => {
    await expect(remind(ORDERS, { template: 'reminder' })).rejects.toMatchObject({ exitCode: 2, code: 'CARE_UNKNOWN_TEMPLATE' });
  });

  it('exit 2 for a template that is not a reminder, unless --kind names the rule', async () => {
    await expect(remind(ORDERS, { template: 'welcome' })).rejects.toMatchObject({ exitCode: 2, code: 'CARE_NOT_A_REMINDER' });
    const io = await remind(ORDERS, { template: 'welcome', kind: 'anniversary', format: 'json' });
    expect(jsonOf(io.out()).due).toBe(2);
    await expect(remind(ORDERS, { template: 'welcome', kind: 'birthday' })).rejects.toMatchObject({ exitCode: 2 });
  });

  it('exit 2 for an option of another rule or a bad number', async () => {
    await expect(remind(ORDERS, { template: 'win-back', within: 7 })).rejects.toMatchObject({ exitCode: 2, code: 'CARE_OPTION_NOT_FOR_RULE', message: '--within does not apply to win-back reminders' });
    await expect(remind(INVOICES, { template: 'payment-reminder', after: 30 })).rejects.toMatchObject({ exitCode: 2 });
    await expect(remind(ORDERS, { template: 'reorder-reminder', after: 90 })).rejects.toMatchObject({ exitCode: 2, hint: expect.stringContaining('win-back') });
    await expect(remind(ORDERS, { template: 'reorder-reminder' }, fakeIo())).resolves.toBeDefined();
    await expect(runRemind(fakeIo(), ORDERS, {})).rejects.toMatchObject({ exitCode: 2, code: 'CARE_NO_TEMPLATE' });
  });

  it('exit 2 for --send without confirmation, before the data is read', async () => {
    await expect(remind('no-such-file.csv', { template: 'win-back', send: true, from: 'care@example.com', smtpUrl: 'smtp://127.0.0.1:1' })).rejects.toMatchObject({ exitCode: 2, code: 'CARE_CONFIRM_NEEDED' });
  });

  it('exit 3 for a missing file or a file without usable rows', async () => {
    await expect(remind('no-such-file.csv', { template: 'win-back' })).rejects.toMatchObject({ exitCode: 3 });
    await expect(remind('fixtures/broken/header-only.csv', { template: 'win-back' })).rejects.toMatchObject({ exitCode: 3 });
    // An orders export read as invoices lacks the invoice and due columns.
    await expect(remind(ORDERS, { template: 'payment-reminder' })).rejects.toMatchObject({ exitCode: 3 });
  });
});
