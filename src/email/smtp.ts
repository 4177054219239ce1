/**
 * The SMTP side of --send: the connection options for an SMTP URL (timeouts; TLS required
 * whenever a password is sent, unless --smtp-insecure) and a Sender that keeps one session for
 * the batch and tells, for each failure, whether the message may have reached the server.
 */
import { Readable } from 'node:stream';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { SendFailure, type OutgoingMessage, type Sender } from './send.js';

/** How to reach the SMTP server beyond its URL. */
export interface SmtpOptions {
  /** --smtp-insecure: allow the login over a connection that is not encrypted. */
  insecure?: boolean;
  /** Connection and greeting timeout in milliseconds (default DEFAULT_SMTP_TIMEOUT_MS). */
  timeoutMs?: number;
}

/** Connection and greeting timeout: a server that is down costs seconds, not half a minute. */
export const DEFAULT_SMTP_TIMEOUT_MS = 10_000;
/** Silence allowed mid-session (after the greeting); a body of megabytes still fits. */
const MIN_SOCKET_TIMEOUT_MS = 60_000;

type ConnectionOptions = ConstructorParameters<typeof SMTPConnection>[0] & { auth?: { user: string; pass: string } };

/** The nodemailer options for a URL: timeouts, and TLS required whenever a password is sent. */
export function smtpConnectionOptions(url: string, options: SmtpOptions = {}): ConnectionOptions {
  let parsed: ConnectionOptions;
  try {
    if (!/^smtps?:\/\//i.test(url.trim())) throw new Error('it must start with smtp:// or smtps://');
    parsed = parseConnectionUrl(url.trim()) as ConnectionOptions;
    if (parsed.host === undefined || parsed.host === '') throw new Error('it names no host');
  } catch (error) {
    throw new UsageError('CARE_SMTP_URL', `the SMTP URL is not usable: ${(error as Error).message}`, {
      hint: 'set CARE_SMTP_URL like smtp://user:password@mail.example.com:587 or smtps://…:465',
      say: say('error.smtpUrlUnusable', { detail: (error as Error).message }),
      hintSay: say('hint.smtpUrlForm'),
    });
  }
  const timeout = options.timeoutMs ?? DEFAULT_SMTP_TIMEOUT_MS;
  const result: ConnectionOptions = {
    ...parsed,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: Math.max(MIN_SOCKET_TIMEOUT_MS, timeout),
  };
  // A password only ever travels encrypted: smtps (TLS from the start) or STARTTLS, required.
  if (parsed.auth !== undefined && options.insecure !== true && parsed.secure !== true) {
    result.requireTLS = true;
    delete result.ignoreTLS;
  }
  return result;
}

/**
 * An SMTP sender from a URL such as smtp://user:pass@host:587 or smtps://host: one session
 * for the batch, opened again after a failure.
 */
export function smtpSender(url: string, options: SmtpOptions = {}): Sender {
  const connectionOptions = smtpConnectionOptions(url, options);
  let session: Promise<SMTPConnection> | undefined;
  let current: SMTPConnection | undefined;
  // nodemailer's close() forgets a send in flight without calling it back: it is ended here.
  let abortInFlight: ((reason: string) => void) | undefined;

  const drop = (): void => {
    current?.close();
    current = undefined;
    session = undefined;
  };

  return {
    async send(message) {
      session ??= openSession(connectionOptions, options, (connection) => (current = connection));
      let connection: SMTPConnection;
      try {
        connection = await session;
      } catch (error) {
        drop();
        throw error;
      }
      try {
        return await deliver(connection, message, (abort) => (abortInFlight = abort));
      } catch (error) {
        // After any failure the session's state is unclear: the next message gets a new one.
        drop();
        throw error;
      } finally {
        abortInFlight = undefined;
      }
    },
    close() {
      abortInFlight?.('the session was closed (interrupted)');
      drop();
    },
  };
}

async function openSession(options: ConnectionOptions, smtp: SmtpOptions, track: (connection: SMTPConnection) => void): Promise<SMTPConnection> {
  const connection = new SMTPConnection(options);
  track(connection);
  // Errors of an idle session arrive as events; the send in flight gets them as its own error.
  connection.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown): void => reject(classify(error, false, options));
    connection.once('error', fail);
    connection.once('end', () => fail(new Error('the server closed the connection')));
    connection.connect((error?: unknown) => {
      connection.removeListener('error', fail);
      if (error !== undefined && error !== null) fail(error);
      else resolve();
    });
  });
  const auth = options.auth;
  if (auth !== undefined) {
    if (!connection.secure && smtp.insecure !== true) {
      connection.close();
      throw new SendFailure('the connection is not encrypted, so the password is not sent', 'config');
    }
    await new Promise<void>((resolve, reject) => {
      connection.login(auth, (error?: unknown) => (error === undefined || error === null ? resolve() : reject(classify(error, false, options))));
    });
  }
  return connection;
}

function deliver(connection: SMTPConnection, message: OutgoingMessage, onAbort: (abort: (reason: string) => void) => void): Promise<string | undefined> {
  // nodemailer reads the body only after the server answered DATA with 354: from then on a
  // lost connection leaves the message's fate unknown.
  let bodyStarted = false;
  const body = new Readable({
    read() {
      bodyStarted = true;
      this.push(message.raw);
      this.push(null);
    },
  });
  return new Promise((resolve, reject) => {
    onAbort((reason) => reject(new SendFailure(reason, bodyStarted ? 'unknown' : 'connection')));
    connection.send({ from: message.from.address, to: [message.to.address] }, body, (error, info) => {
      if (error !== null && error !== undefined) reject(classify(error, bodyStarted, {}));
      else resolve((info as { response?: string } | undefined)?.response);
    });
  });
}

/** What a nodemailer error means for the message. */
function classify(error: unknown, bodyStarted: boolean, options: ConnectionOptions): SendFailure {
  if (error instanceof SendFailure) return error;
  const smtp = error as { message?: string; code?: string; command?: string; responseCode?: number; response?: string };
  const text = oneLineReason(smtp.response ?? smtp.message ?? String(error));
  if (smtp.code === 'ETLS' || (smtp.command === 'STARTTLS' && options.requireTLS === true)) {
    return new SendFailure(`TLS failed: ${text}${options.requireTLS === true ? ' (a password is only sent encrypted)' : ''}`, 'config');
  }
  if (smtp.code === 'EAUTH') return new SendFailure(`the server refused the login: ${text}`, 'config');
  if (bodyStarted) {
    // A definite answer to the message (4xx/5xx after the body) means it was not taken.
    return typeof smtp.responseCode === 'number' && smtp.command === 'DATA' ? new SendFailure(text, 'rejected') : new SendFailure(text, 'unknown');
  }
  const answered = typeof smtp.responseCode === 'number' && smtp.command !== 'CONN';
  return new SendFailure(text, answered ? 'rejected' : 'connection');
}

function oneLineReason(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
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
