/** The header-time diagnosis behind care inspect (src/ingest/describe.ts). */
import { describe, expect, it } from 'vitest';
import { chooseKind, explainMapping, likelyColumns, mapOption, shellWord } from '../../../src/ingest/describe.js';
import { ORDER_FIELDS } from '../../../src/ingest/kinds.js';

const customer = ORDER_FIELDS.find((field) => field.name === 'customer')!;
const rows = (...lines: string[][]) => lines.map((cells) => ({ cells }));

describe('shellWord and mapOption', () => {
  it('quote a header only when a shell would split or expand it', () => {
    expect(mapOption('customer', 'Email')).toBe('--map customer=Email');
    expect(mapOption('customer', 'Email (Billing)')).toBe('--map customer="Email (Billing)"');
    expect(shellWord('say "$HOME"')).toBe('"say \\"\\$HOME\\""');
  });
});

describe('likelyColumns', () => {
  it('puts an e-mail column first and never offers a figure, a date or one value repeated', () => {
    const headers = ['Buyer discount, %', 'Customer since', 'Buyer country', 'Contact', 'Buyer e-mail'];
    const sample = rows(
      ['5', '2024-01-02', 'RU', 'Ann Lee', 'ann@example.com'],
      ['7', '2024-01-03', 'RU', 'Bo Chen', 'bo@example.com'],
      ['0', '2024-01-04', 'RU', 'Cy Diaz', 'cy@example.com'],
    );
    expect(likelyColumns(customer, headers, new Set(), sample)).toEqual(['Buyer e-mail', 'Contact']);
  });

  it('is empty when no header names the field', () => {
    expect(likelyColumns(customer, ['SKU', 'Qty'], new Set(), rows(['A1', '2']))).toEqual([]);
  });
});

describe('chooseKind', () => {
  const zendesk = ['Id', 'Requester', 'Requester email', 'Subject', 'Status', 'Via', 'Ticket type', 'Created at'];

  it('takes the kind of the profile the headers match', () => {
    expect(chooseKind(zendesk, undefined, {})).toMatchObject({ kind: 'complaints', how: 'profile', choice: { how: 'detected' } });
  });

  it('keeps --kind, and assumes orders when no profile matches', () => {
    expect(chooseKind(zendesk, 'orders', {})).toMatchObject({ kind: 'orders', how: 'given' });
    expect(chooseKind(['Customer', 'Date', 'Total'], undefined, {})).toMatchObject({ kind: 'orders', how: 'assumed', choice: { how: 'none' } });
  });

  it('--profile none turns detection off', () => {
    expect(chooseKind(zendesk, undefined, { profileName: 'none' })).toMatchObject({ kind: 'orders', how: 'assumed' });
  });
});

describe('explainMapping', () => {
  it('says --map, config, synonym and the folded unit', () => {
    const explained = explainMapping(['Client', 'Дата', 'Сумма, руб.', 'Paid on'], 'orders', { cliMap: { date: 'Paid on' }, configMap: { customer: 'Client' }, profile: undefined }, 'f.csv');
    expect(explained.headers).toEqual([
      { header: 'Client', field: 'customer', why: 'config' },
      { header: 'Дата', field: null, why: null },
      { header: 'Сумма, руб.', field: 'amount', why: 'synonym', unitFolded: 'руб.' },
      { header: 'Paid on', field: 'date', why: '--map' },
    ]);
    expect(explained.overrides).toEqual({ customer: 'Client', date: 'Paid on' });
  });
});
