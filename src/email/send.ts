/**
 * Sends composed messages over SMTP with a send log, so a batch re-run after a failure in
 * the middle sends each message exactly once: the log (JSON lines) records every message the
 * server accepted, keyed by its stable Message-ID, and is appended to right after each
 * acceptance. Per-message failures are collected and the batch goes on.
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { UsageError } from '../errors.js';
import type { Mailbox } from './mime.js';

/** A message ready to go: its key in the send log, envelope, and composed bytes. */
export interface OutgoingMessage {
  /** The stable Message-ID; the send log key. */
  id: string;
  from: Mailbox;
  to: Mailbox;
  raw: Buffer;
  /** How to name the message in reports (e.g. "line 7, anna@example.com"). */
  label: string;
}

/** One line of the send log. */
export interface SendLogEntry {
  id: string;
  to: string;
  status: 'sent';
  at: string;
  response?: string;
}

/** What a batch did, message by message. */
export interface SendReport {
  sent: OutgoingMessage[];
  /** Already in the send log from an earlier run. */
  skipped: OutgoingMessage[];
  failed: { message: OutgoingMessage; error: string }[];
}

/** Delivers one raw message; the seam tests and other transports plug into. */
export interface Sender {
  send(message: OutgoingMessage): Promise<string | undefined>;
  close(): void;
}

/** An SMTP sender from a URL such as smtp://user:pass@host:587 or smtps://host. */
export function smtpSender(url: string): Sender {
  let transport: ReturnType<typeof nodemailer.createTransport>;
  try {
    transport = nodemailer.createTransport(url);
  } catch (error) {
    throw new UsageError('CARE_SMTP_URL', `the SMTP URL is not usable: ${(error as Error).message}`, {
      hint: 'set CARE_SMTP_URL like smtp://user:password@mail.example.com:587',
    });
  }
  return {
    async send(message) {
      const info = (await transport.sendMail({
        envelope: { from: message.from.address, to: [message.to.address] },
        raw: message.raw,
      })) as { response?: string };
      return info.response;
    },
    close: () => transport.close(),
  };
}

/** The SMTP URL without credentials, for showing where messages will go. */
export function describeSmtpUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.hostname}${parsed.port === '' ? '' : `:${parsed.port}`}`;
  } catch {
    return '(unparsable SMTP URL)';
  }
}

/** Reads the ids already sent; a torn last line (a crash while writing) is ignored. */
export async function readSendLog(file: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw new UsageError('CARE_SEND_LOG', `cannot read the send log: ${(error as Error).message}`, { file });
  }
  const ids = new Set<string>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const entry = JSON.parse(line) as Partial<SendLogEntry>;
      if (entry.status === 'sent' && typeof entry.id === 'string') ids.add(entry.id);
    } catch {
      // Only the line being written when a run died can be torn; that message was not logged.
    }
  }
  return ids;
}

/** Appends one entry and flushes it to disk before the next message goes out. */
export async function appendSendLog(file: string, entry: SendLogEntry): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, 'a');
  try {
    await handle.write(`${JSON.stringify(entry)}\n`);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** Options for sendBatch. */
export interface SendBatchOptions {
  sender: Sender;
  logFile: string;
  now: () => Date;
  /** Called after each message, for progress and per-message reports. */
  onResult?: (outcome: 'sent' | 'skipped' | 'failed', message: OutgoingMessage, error?: string) => void;
}

/** Sends each message not yet in the send log; failures are reported and the batch goes on. */
export async function sendBatch(messages: readonly OutgoingMessage[], options: SendBatchOptions): Promise<SendReport> {
  const alreadySent = await readSendLog(options.logFile);
  const report: SendReport = { sent: [], skipped: [], failed: [] };
  for (const message of messages) {
    if (alreadySent.has(message.id)) {
      report.skipped.push(message);
      options.onResult?.('skipped', message);
      continue;
    }
    let response: string | undefined;
    try {
      response = await options.sender.send(message);
    } catch (error) {
      const reason = (error as Error).message;
      report.failed.push({ message, error: reason });
      options.onResult?.('failed', message, reason);
      continue;
    }
    const entry: SendLogEntry = { id: message.id, to: message.to.address, status: 'sent', at: options.now().toISOString() };
    if (response !== undefined) entry.response = response;
    await appendSendLog(options.logFile, entry);
    alreadySent.add(message.id);
    report.sent.push(message);
    options.onResult?.('sent', message);
  }
  return report;
}
