import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/email/catalog.js';
import { composeEml, mailbox, parseMailbox, stableMessageId } from '../../../src/email/mime.js';
import { LOCALES } from '../../../src/email/types.js';

const date = new Date('2026-01-05T09:00:00Z');

describe('.eml messages', async () => {
  const catalog = await loadCatalog();

  for (const name of catalog.names()) {
    for (const locale of LOCALES) {
      it(`${name} (${locale}) parses back with its subject, recipient and body`, async () => {
        const renderer = await catalog.renderer(name, locale);
        const message = renderer.render(renderer.template.meta.example ?? {}, { html: true });
        const to = mailbox('anna@example.com', 'Анна Петрова');
        const from = parseMailbox('Care team <care@northwind.example>', '--from');
        const eml = await composeEml(message, { to, from, date, messageId: stableMessageId(message, to, from) });
        const raw = eml.toString('utf8');
        // Headers are 7-bit: non-ASCII subjects and names are RFC 2047 encoded.
        const headerBlock = raw.slice(0, raw.indexOf('\r\n\r\n'));
        expect(headerBlock).toMatch(/^[\x00-\x7f]*$/);
        const parsed = await simpleParser(eml);
        expect(parsed.subject).toBe(message.subject);
        expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value[0] : undefined).toEqual({ address: 'anna@example.com', name: 'Анна Петрова' });
        expect(parsed.from?.value[0]?.address).toBe('care@northwind.example');
        expect(parsed.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
        expect(parsed.text?.trim()).toBe(message.text.trim());
        expect(parsed.html).toContain('<html lang=');
        expect(parsed.messageId).toMatch(/^<[0-9a-f]{32}@northwind\.example>$/);
      });
    }
  }

  it('decodes a Cyrillic subject and a UTF-8 body', async () => {
    const renderer = await catalog.renderer('payment-reminder', 'ru');
    const message = renderer.render(renderer.template.meta.example ?? {});
    const eml = await composeEml(message, { to: mailbox('anna@example.com'), date, messageId: '<1@care.invalid>' });
    const parsed = await simpleParser(eml);
    expect(parsed.subject).toBe('Счёт № 2026-0142: дружеское напоминание');
    expect(parsed.text).toContain('на сумму 1\u00a0234,56\u00a0₽');
    expect(parsed.headers.get('content-type')).toMatchObject({ value: 'text/plain', params: { charset: 'utf-8' } });
  });

  it('is a draft with no To header when there is no recipient', async () => {
    const renderer = await catalog.renderer('welcome', 'en');
    const message = renderer.render(renderer.template.meta.example ?? {});
    const parsed = await simpleParser(await composeEml(message, { date, messageId: '<2@care.invalid>' }));
    expect(parsed.to).toBeUndefined();
    expect(parsed.headers.get('x-unsent')).toBe('1');
  });

  it('never lets CR/LF in data add a header', async () => {
    const renderer = await catalog.renderer('welcome', 'en');
    const data = structuredClone(renderer.template.meta.example ?? {}) as { customer: { name: string } };
    data.customer.name = 'Anna\r\nBcc: victim@example.com\r\nX-Injected: yes';
    const message = renderer.render(data);
    const to = mailbox('anna@example.com', data.customer.name);
    const eml = await composeEml(message, { to, date, messageId: '<3@care.invalid>' });
    const parsed = await simpleParser(eml);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.headers.has('x-injected')).toBe(false);
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value : []).toHaveLength(1);
    expect(parsed.subject).not.toMatch(/[\r\n]/);
  });

  it('refuses an address with a line break or more than one address', () => {
    expect(() => parseMailbox('anna@example.com\r\nBcc: victim@example.com', '--to')).toThrow(/line break/);
    expect(() => parseMailbox('a@example.com, b@example.com', '--to')).toThrow(/not one email address/);
    expect(() => mailbox('anna@example.com\nBcc: x@y.z')).toThrow(/not an email address/);
  });

  it('gives the same message the same id on every run, and different messages different ids', async () => {
    const renderer = await catalog.renderer('welcome', 'en');
    const message = renderer.render(renderer.template.meta.example ?? {});
    const to = mailbox('anna@example.com');
    expect(stableMessageId(message, to, undefined)).toBe(stableMessageId({ ...message }, mailbox('ANNA@example.com'), undefined));
    expect(stableMessageId(message, to, undefined)).not.toBe(stableMessageId(message, mailbox('bob@example.com'), undefined));
  });
});
