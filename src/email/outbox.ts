/**
 * From rendered messages to what leaves `care email`: recipients and sender resolved and made
 * header-safe, stable Message-IDs, composed .eml bytes, the stdout listing and file contents.
 */
import { getPath } from './data.js';
import { composeEml, mailbox, parseMailbox, stableMessageId, type Mailbox } from './mime.js';
import type { EmailFormat, RenderedMessage, TemplateData } from './types.js';
import { isCareError } from '../errors.js';
import type { BatchFailure } from './batch.js';

/** A rendered message with where it came from. */
export interface Draft {
  /** The input line (CSV mode). */
  line?: number;
  message: RenderedMessage;
  data: TemplateData;
  /** The recipient the data names (email column, customer.email). */
  recipient?: string;
}

/** A message ready to print, write or send. */
export interface PreparedMessage extends Draft {
  to?: Mailbox;
  from?: Mailbox;
  id: string;
  /** Composed message, when the format or sending needs it. */
  eml?: Buffer;
}

/** How to address and compose the drafts. */
export interface PrepareOptions {
  /** --to: the recipient of every message, over what the data names. */
  to?: string;
  from?: string;
  date: Date;
  compose: boolean;
}

/** Resolves addresses and composes each draft; a draft with a bad address becomes a failure. */
export async function prepareMessages(
  drafts: readonly Draft[],
  options: PrepareOptions,
): Promise<{ ready: PreparedMessage[]; failures: BatchFailure[] }> {
  const from = options.from === undefined ? undefined : parseMailbox(options.from, '--from');
  const fixedTo = options.to === undefined ? undefined : parseMailbox(options.to, '--to');
  const ready: PreparedMessage[] = [];
  const failures: BatchFailure[] = [];
  for (const draft of drafts) {
    try {
      const to = fixedTo ?? recipientMailbox(draft);
      const id = stableMessageId(draft.message, to, from);
      const prepared: PreparedMessage = { ...draft, id };
      if (to !== undefined) prepared.to = to;
      if (from !== undefined) prepared.from = from;
      if (options.compose) {
        prepared.eml = await composeEml(draft.message, {
          ...(from === undefined ? {} : { from }),
          ...(to === undefined ? {} : { to }),
          date: options.date,
          messageId: id,
        });
      }
      ready.push(prepared);
    } catch (error) {
      if (!isCareError(error)) throw error;
      failures.push({ line: draft.line ?? 0, error: error.message });
    }
  }
  return { ready, failures };
}

// The customer's name (one line, from data) becomes the display name of the To header.
function recipientMailbox(draft: Draft): Mailbox | undefined {
  if (draft.recipient === undefined) return undefined;
  const name = getPath(draft.data, 'customer.name');
  return mailbox(draft.recipient, typeof name === 'string' ? name : undefined);
}

/** The file content of a message in a format. */
export function messageContent(item: PreparedMessage, format: EmailFormat): string | Buffer {
  if (format === 'eml') return item.eml ?? Buffer.alloc(0);
  if (format === 'html') return item.message.html ?? '';
  return `Subject: ${item.message.subject}\n\n${item.message.text}`;
}

/** A separator line naming the message, for listing several on stdout. */
export function messageBanner(item: PreparedMessage, index: number, total: number): string {
  const parts = [`message ${index} of ${total}`];
  if (item.line !== undefined) parts.push(`line ${item.line}`);
  parts.push(item.message.template);
  parts.push(item.to === undefined ? 'no recipient' : `to ${item.to.address}`);
  return `===== ${parts.join(' · ')} =====\n`;
}

/** All messages as one stdout text: a single message bare, several each under a banner. */
export function formatForStdout(items: readonly PreparedMessage[], format: EmailFormat): string {
  if (items.length === 1 && items[0] !== undefined) return contentText(items[0], format);
  return items
    .map((item, index) => `${messageBanner(item, index + 1, items.length)}${contentText(item, format)}`)
    .join('\n');
}

function contentText(item: PreparedMessage, format: EmailFormat): string {
  const content = messageContent(item, format);
  const text = typeof content === 'string' ? content : content.toString('utf8');
  return text.endsWith('\n') ? text : `${text}\n`;
}
