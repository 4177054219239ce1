import { describe, expect, it } from 'vitest';
import { renderBatch, rowData } from '../../../src/email/batch.js';
import { loadCatalog } from '../../../src/email/catalog.js';

const shared = { agent: { name: 'Olga', team: 'Care' }, company: { name: 'Northwind' } };

describe('batch rendering', async () => {
  const catalog = await loadCatalog();

  it('nests dotted headers and leaves empty cells out', () => {
    expect(rowData({ 'customer.name': 'Anna', 'customer.email': '', email: 'a@x.org' })).toEqual({ customer: { name: 'Anna' }, email: 'a@x.org' });
  });

  it('renders each row, reports a bad row with its line number, and goes on', async () => {
    const rows = [
      { line: 2, cells: { 'customer.name': 'Anna', email: 'anna@example.com', 'onboarding.date': '2026-01-07', 'onboarding.time': '10:00' } },
      { line: 3, cells: { 'customer.name': 'Boris', email: 'boris@example.com', 'onboarding.date': '', 'onboarding.time': '10:00' } },
      { line: 5, cells: { 'customer.name': 'Vera', email: 'vera@example.com', 'onboarding.date': 'soon', 'onboarding.time': '11:00' } },
      { line: 6, cells: { 'customer.name': 'Gleb', email: 'gleb@example.com', 'onboarding.date': '2026-01-08', 'onboarding.time': '12:00' } },
    ];
    const result = await renderBatch(rows, { catalog, locale: 'en', html: false, template: 'welcome', shared });
    expect(result.items.map((item) => item.line)).toEqual([2, 6]);
    expect(result.items[0]?.recipient).toBe('anna@example.com');
    expect(result.items[1]?.message.text).toContain('Hello Gleb,');
    expect(result.failures).toEqual([
      { line: 3, error: expect.stringContaining('onboarding.date') },
      { line: 5, error: expect.stringContaining('"soon" is not an ISO date') },
    ]);
  });

  it('picks the template per row from a complainer-type column (care classify output)', async () => {
    const base = { 'customer.name': 'Anna', 'followUp.date': '2026-01-08', 'followUp.time': '12:00', 'signal.description': 'you stopped ordering' };
    const rows = [
      { line: 2, cells: { ...base, type: 'silent' } },
      { line: 3, cells: { ...base, type: 'grumpy' } },
      { line: 4, cells: { ...base, type: '' } },
    ];
    const result = await renderBatch(rows, { catalog, locale: 'ru', html: false, templateColumn: 'type', shared });
    expect(result.items.map((item) => item.message.template)).toEqual(['complaint-silent']);
    expect(result.failures[0]).toEqual({ line: 3, error: expect.stringContaining('unknown template "grumpy"') });
    expect(result.failures[1]).toEqual({ line: 4, error: expect.stringContaining('column "type" is empty') });
  });
});
