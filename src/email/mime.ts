/**
 * Builds real RFC 5322 / MIME messages (.eml) with nodemailer's MailComposer: encoded
 * UTF-8 subjects and names (RFC 2047), UTF-8 text and HTML parts. Data never reaches a header
 * raw: addresses with CR/LF are refused and display names and subjects are collapsed to one
 * line before the composer sees them.
 */
import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { oneLine } from './render.js';
import type { RenderedMessage } from './types.js';

/** One mailbox: an address and an optional display name. */
export interface Mailbox {
  name?: string;
  address: string;
}

/** Header data for composing a message. */
export interface Envelope {
  from?: Mailbox;
  /** Without a recipient the message is a draft with no To header. */
  to?: Mailbox;
  date: Date;
  /** `<id@domain>`; see stableMessageId. */
  messageId: string;
}

const ADDRESS = /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+$/;

// `Name <address>` with an optional quoted name. No @ in a name: `"a@x" <b@y>` shows one address and
// sends to another. Only for --to/--from (one string per run), never on a row path.
const NAMED = /^(?:"((?:[^"\\\r\n@]|\\[^\r\n@])*)"\s*|([^<>@,;:"\\\r\n]*))<([^<>\s]*)>$/;

/**
 * Parses exactly one mailbox: `anna@example.com` or `Anna Petrova <anna@example.com>`. A list
 * (`a@x, b@y`), a group (`a@x: b@y;` — its name would be shown while mail went to its member),
 * an address in the display name, or CR/LF anywhere (a header injection attempt) is refused.
 */
export function parseMailbox(value: string, field: string): Mailbox {
  if (/[\r\n]/.test(value)) {
    throw new UsageError('CARE_BAD_ADDRESS', `${field} contains a line break`, {
      hint: 'an email address is one line, like anna@example.com',
      say: say('error.addressLineBreak', { field }),
      hintSay: say('hint.addressOneLine'),
    });
  }
  const text = value.trim();
  if (ADDRESS.test(text)) return mailbox(text);
  const named = NAMED.exec(text);
  const address = named?.[3];
  if (named === null || address === undefined || !ADDRESS.test(address)) {
    throw new UsageError('CARE_BAD_ADDRESS', `${field} "${text}" is not one email address`, {
      hint: 'give exactly one address, like anna@example.com or "Anna Petrova <anna@example.com>" (no lists, no groups)',
      say: say('error.notOneAddress', { field, text }),
      hintSay: say('hint.oneAddress'),
    });
  }
  const name = named[1] === undefined ? (named[2] ?? '').trim() : named[1].replace(/\\(.)/g, '$1');
  return mailbox(address, name === '' ? undefined : name);
}

/** A mailbox with its display name made safe for a header (one line, no control characters). */
export function mailbox(address: string, name?: string): Mailbox {
  if (/[\r\n]/.test(address) || !ADDRESS.test(address.trim())) {
    throw new UsageError('CARE_BAD_ADDRESS', `"${oneLine(address)}" is not an email address`, { say: say('error.notAddress', { value: oneLine(address) }) });
  }
  const safeName = name === undefined ? '' : oneLine(name);
  return safeName === '' ? { address: address.trim() } : { name: safeName, address: address.trim() };
}

/**
 * A Message-ID that depends only on what is sent (template, locale, recipient, subject,
 * body), so a re-run of the same batch produces the same ids and the send log can tell
 * which messages already went out.
 */
export function stableMessageId(message: RenderedMessage, to: Mailbox | undefined, from: Mailbox | undefined): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([message.template, message.locale, to?.address.toLowerCase() ?? '', message.subject, message.text]))
    .digest('hex')
    .slice(0, 32);
  const domain = from?.address.split('@')[1]?.toLowerCase() ?? 'care.invalid';
  return `<${digest}@${domain}>`;
}

/** Composes the .eml bytes: multipart/alternative with text (and HTML when rendered). */
export async function composeEml(message: RenderedMessage, envelope: Envelope): Promise<Buffer> {
  const composer = new MailComposer({
    ...(envelope.from === undefined ? {} : { from: envelope.from }),
    ...(envelope.to === undefined ? {} : { to: envelope.to }),
    subject: oneLine(message.subject),
    text: { content: message.text, contentType: 'text/plain; charset=utf-8' },
    ...(message.html === undefined ? {} : { html: { content: message.html, contentType: 'text/html; charset=utf-8' } }),
    date: envelope.date,
    messageId: envelope.messageId,
    headers: {
      'Content-Language': message.locale,
      // Outlook and Thunderbird open a message marked unsent as a draft to complete and send.
      ...(envelope.to === undefined ? { 'X-Unsent': '1' } : {}),
    },
    // Local files must never be pulled into a message by data that looks like a path or URL.
    disableFileAccess: true,
    disableUrlAccess: true,
    newline: 'win',
  });
  return composer.compile().build();
}
