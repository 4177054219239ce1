import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { runEmail } from '../../src/commands/email.js';
import type { Prompts } from '../../src/email/prompts.js';
import { fakeIo } from '../helpers/fake-io.js';

const SIGNER = ['agent.name=Olga Ivanova', 'agent.team=Customer Care', 'company.name=Northwind Tea'];
const INVOICE = ['customer.name=Anna', 'invoice.number=2026-0142', 'invoice.amount=1234.56', 'invoice.currency=USD',
  'invoice.sentDate=2025-12-29', 'invoice.dueDate=2026-01-12', ...SIGNER];

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'care-email-'));
}

describe('care email', () => {
  it('renders one message from --set values to stdout', async () => {
    const io = fakeIo();
    await runEmail(io, 'payment-reminder', { set: INVOICE });
    expect(io.out()).toMatch(/^Subject: Invoice 2026-0142: a friendly reminder\n\nHello Anna,\n/);
    expect(io.out()).toContain('invoice 2026-0142 for $1,234.56');
    expect(io.out()).toContain('by January 12, 2026?');
  });

  it('merges --data with --set (--set wins) and renders Russian plurals in the overdue branch', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'data.json'), JSON.stringify({ 'customer.name': 'Old', invoice: { currency: 'RUB', daysOverdue: 5 } }));
    const io = fakeIo({ cwd: dir });
    await runEmail(io, 'payment-reminder', { data: 'data.json', set: [...INVOICE.filter((item) => !item.startsWith('invoice.currency')), 'customer.name=Анна'], locale: 'ru' });
    expect(io.out()).toContain('Здравствуйте, Анна!');
    expect(io.out()).toContain('1\u00a0234,56\u00a0₽');
    expect(io.out()).toContain('5 дней назад');
  });

  it('fails with exit 2 naming every missing variable', async () => {
    const io = fakeIo();
    await expect(runEmail(io, 'payment-reminder', { set: ['customer.name=Anna'] })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/agent\.name.*agent\.team.*company\.name.*invoice\.number.*invoice\.amount.*invoice\.currency.*invoice\.sentDate.*invoice\.dueDate/),
    });
    expect(io.out()).toBe('');
  });

  it('fails with exit 2 and the list of known templates for an unknown one', async () => {
    await expect(runEmail(fakeIo(), 'complaint-response', {})).rejects.toMatchObject({
      exitCode: 2,
      code: 'CARE_UNKNOWN_TEMPLATE',
      hint: expect.stringMatching(/known templates: .*complaint-voicer.*weekend-notice/),
    });
  });

  it('asks for missing variables with --interactive on a terminal', async () => {
    const asked: string[] = [];
    const prompts: Prompts = {
      input: async (message, validate) => {
        asked.push(message);
        expect(validate?.('')).not.toBe(true);
        if (message.startsWith('onboarding.date')) {
          expect(validate?.('tomorrow')).toMatch(/ISO date/);
          return '2026-01-07';
        }
        return message.startsWith('onboarding.time') ? '10:30' : 'Vera';
      },
      confirm: async () => false,
    };
    const io = fakeIo({ isTTY: { stdin: true, stdout: true, stderr: true } });
    await runEmail(io, 'welcome', { set: SIGNER, interactive: true }, { prompts });
    expect(asked.map((item) => item.split(' ')[0])).toEqual(['customer.name', 'onboarding.date', 'onboarding.time']);
    expect(io.out()).toContain('Hello Vera,');
    expect(io.out()).toContain('Wednesday, January 7 at 10:30');
  });

  it('never prompts when stdin is not a terminal: the strict error instead', async () => {
    const prompts: Prompts = { input: async () => { throw new Error('must not ask'); }, confirm: async () => false };
    await expect(runEmail(fakeIo(), 'welcome', { set: SIGNER, interactive: true }, { prompts })).rejects.toMatchObject({ exitCode: 2 });
  });

  it('escapes <script> in HTML output', async () => {
    const io = fakeIo();
    await runEmail(io, 'payment-reminder', { set: [...INVOICE, 'customer.name=<script>alert(1)</script>'], format: 'html' });
    expect(io.out()).not.toContain('<script>');
    expect(io.out()).toContain('Hello &lt;script&gt;alert(1)&lt;/script&gt;,');
  });

  it('writes one .eml per message to --out-dir with safe names, atomically', async () => {
    const dir = await tempDir();
    const io = fakeIo({ cwd: dir });
    await runEmail(io, 'payment-reminder', { set: [...INVOICE, 'customer.name=Анна / ../../etc'], format: 'eml', to: 'anna@example.com', from: 'Care <care@northwind.example>', outDir: 'out' });
    const files = await readdir(path.join(dir, 'out'));
    expect(files).toEqual(['001-payment-reminder-anna-example-com.eml']);
    const parsed = await simpleParser(await readFile(path.join(dir, 'out', files[0] ?? '')));
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value[0]?.address : undefined).toBe('anna@example.com');
    expect(parsed.subject).toBe('Invoice 2026-0142: a friendly reminder');
    expect(io.err()).toContain('wrote 1 message to out');
    expect(io.out()).toBe('');
  });

  it('renders a --csv batch, one message per row, reporting bad rows by line and exiting 3', async () => {
    const dir = await tempDir();
    const csv = [
      'id,customer.name,email,type,followUp.date,followUp.time,signal.description,complaint.topic,complaint.place,agent.phone',
      '1,Anna,anna@example.com,silent,2026-01-08,12:00,you returned the kettle,,,',
      '2,Boris,boris@example.com,irate,2026-01-08,15:00,,the broken lid,on Google Maps,+1 555 0100',
      '3,Vera,vera@example.com,voicer,2026-01-08,12:00,,,,',
      '4,Gleb,gleb@example.com,irate,not-a-date,15:00,,the late parcel,on a forum,+1 555 0101',
    ].join('\n');
    await writeFile(path.join(dir, 'complaints.csv'), `${csv}\n`);
    const io = fakeIo({ cwd: dir });
    await expect(runEmail(io, undefined, { csv: 'complaints.csv', templateColumn: 'type', set: SIGNER, outDir: 'replies' })).rejects.toMatchObject({
      exitCode: 3,
      message: expect.stringContaining('2 of 4 messages'),
    });
    const files = await readdir(path.join(dir, 'replies'));
    expect(files).toEqual(['001-complaint-silent-anna-example-com.txt', '002-complaint-irate-boris-example-com.txt']);
    expect(io.err()).toMatch(/line 4: .*complaint-voicer.*missing variables: complaint\.topic/);
    expect(io.err()).toMatch(/line 5: .*followUp\.date: "not-a-date" is not an ISO date/);
  });

  it('separates several messages clearly on stdout', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'people.csv'), 'customer.name,email,onboarding.date,onboarding.time\nAnna,anna@example.com,2026-01-07,10:00\nBoris,,2026-01-08,11:00\n');
    const io = fakeIo({ cwd: dir });
    await runEmail(io, 'welcome', { csv: 'people.csv', set: SIGNER });
    expect(io.out()).toContain('===== message 1 of 2 · line 2 · welcome · to anna@example.com =====\nSubject: Welcome to Northwind Tea, Anna\n');
    expect(io.out()).toContain('===== message 2 of 2 · line 3 · welcome · no recipient =====');
  });

  it('refuses a --template-column that is not in the file', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'x.csv'), 'customer.name\nAnna\n');
    await expect(runEmail(fakeIo({ cwd: dir }), undefined, { csv: 'x.csv', templateColumn: 'type' })).rejects.toMatchObject({ exitCode: 2, hint: 'columns: customer.name' });
  });

  it('refuses bad --set, --locale and --format values with exit 2', async () => {
    await expect(runEmail(fakeIo(), 'welcome', { set: ['novalue'] })).rejects.toMatchObject({ exitCode: 2 });
    await expect(runEmail(fakeIo(), 'welcome', { set: ['__proto__.x=1'] })).rejects.toMatchObject({ exitCode: 2 });
    await expect(runEmail(fakeIo(), 'welcome', { locale: 'de' })).rejects.toMatchObject({ exitCode: 2 });
    await expect(runEmail(fakeIo(), 'welcome', { format: 'pdf' })).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('care email --send preconditions', () => {
  it('refuses to send without a terminal and without --yes, before rendering anything', async () => {
    const io = fakeIo({ env: { CARE_SMTP_URL: 'smtp://127.0.0.1:1' } });
    await expect(runEmail(io, 'welcome', { send: true, from: 'care@example.com' })).rejects.toMatchObject({
      exitCode: 2, code: 'CARE_CONFIRM_NEEDED', hint: expect.stringContaining('--yes'),
    });
  });

  it('needs an SMTP server and a sender', async () => {
    await expect(runEmail(fakeIo(), 'welcome', { send: true, yes: true, from: 'care@example.com' })).rejects.toMatchObject({ code: 'CARE_NO_SMTP' });
    await expect(runEmail(fakeIo({ env: { CARE_SMTP_URL: 'smtp://127.0.0.1:1' } }), 'welcome', { send: true, yes: true })).rejects.toMatchObject({ code: 'CARE_NO_FROM' });
  });
});
