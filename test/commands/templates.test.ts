import { describe, expect, it } from 'vitest';
import { runTemplates } from '../../src/commands/templates.js';
import { fakeIo } from '../helpers/fake-io.js';

describe('care templates', () => {
  it('lists every template with its locales and description', async () => {
    const io = fakeIo();
    await runTemplates(io, undefined, undefined, {});
    const lines = io.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^TEMPLATE\s+LOCALES\s+DESCRIPTION$/);
    expect(lines).toHaveLength(15);
    expect(io.out()).toMatch(/payment-reminder\s+en ru bg\s+A polite reminder about an unpaid invoice/);
  });

  it('lists in JSON, described in the chosen locale', async () => {
    const io = fakeIo();
    await runTemplates(io, 'list', undefined, { format: 'json', locale: 'ru' });
    const listing = JSON.parse(io.out()) as { name: string; locales: string[]; description: string }[];
    expect(listing.find((item) => item.name === 'welcome')).toEqual({
      name: 'welcome', locales: ['en', 'ru', 'bg'], origin: 'builtin', description: expect.stringContaining('Приветственное письмо'),
    });
  });

  it('shows a template: variables with types, and the message rendered with its example data', async () => {
    const io = fakeIo();
    await runTemplates(io, 'show', 'payment-reminder', { locale: 'ru' });
    expect(io.out()).toMatch(/invoice\.amount\s+money\s+required\s+Amount due/);
    expect(io.out()).toMatch(/invoice\.daysOverdue\s+integer\s+optional/);
    expect(io.out()).toContain('Subject: Счёт № 2026-0142: дружеское напоминание');
    expect(io.out()).toContain('на сумму 1\u00a0234,56\u00a0₽');
  });

  it('fails with exit 2 for an unknown template or action', async () => {
    await expect(runTemplates(fakeIo(), 'show', 'nope', {})).rejects.toMatchObject({ exitCode: 2, hint: expect.stringContaining('welcome') });
    await expect(runTemplates(fakeIo(), 'show', undefined, {})).rejects.toMatchObject({ exitCode: 2 });
    await expect(runTemplates(fakeIo(), 'delete', 'welcome', {})).rejects.toMatchObject({ exitCode: 2 });
  });
});
