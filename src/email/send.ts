/**
 * Sends composed messages over SMTP so that a batch, re-run after any failure, sends each
 * message at most once — and exactly once when the server answers. The send log
 * (send-log.ts) holds each message as `pending` before it is handed to the server and as
 * `sent` on "250"; a message left pending (the connection died after the body went out) may
 * be in the recipient's mailbox already, so a re-run lists it as unknown instead of sending it
 * again, unless asked to (resendUnknown). A batch stops after a few consecutive connection
 * failures, at a signal (the message in flight keeps its log line), or when the log cannot be
 * written. The SMTP side is smtp.ts. Contract: docs/guarantees.md, "Mail".
 */
import type { Mailbox } from './mime.js';
import type { SendLog } from './send-log.js';

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

/**
 * Why a message did not go: `connection` (no session: nothing handed over), `rejected` (the
 * server said no), `unknown` (the body went out and no answer came: maybe delivered),
 * `config` (TLS or login refused: no message can go, the batch stops).
 */
export type FailureKind = 'connection' | 'rejected' | 'unknown' | 'config';

/** A failed delivery, with what it means for the message. */
export class SendFailure extends Error {
  constructor(message: string, readonly kind: FailureKind) {
    super(message);
    this.name = 'SendFailure';
  }
}

/** Tells the batch about SIGINT / SIGTERM while it runs; watch returns the way to stop watching. */
export interface Interrupts {
  watch(onSignal: (signal: 'SIGINT' | 'SIGTERM') => void): () => void;
}

/** Delivers one raw message; the seam tests and other transports plug into. */
export interface Sender {
  /** The server's answer; throws SendFailure (any other error counts as `unknown`). */
  send(message: OutgoingMessage): Promise<string | undefined>;
  /** Ends the session; a send in flight fails. */
  close(): void;
}

/** Why a batch stopped before its end. */
export interface BatchStop {
  reason: 'connection' | 'config' | 'signal' | 'log';
  /** One line: what happened. */
  detail: string;
  /** With reason "signal": SIGINT or SIGTERM. */
  signal?: 'SIGINT' | 'SIGTERM';
  /** The error that stopped it (reason "log"). */
  error?: unknown;
}

/** What a batch did, message by message. */
export interface SendReport {
  sent: OutgoingMessage[];
  /** Sent by an earlier run (the log says so). */
  skipped: OutgoingMessage[];
  /** Possibly sent: left pending by this run (the body went out, no answer came). */
  unknown: OutgoingMessage[];
  /** Possibly sent: pending in the log from an earlier run, not sent again (no resendUnknown). */
  unknownBefore: OutgoingMessage[];
  /** Surely not taken by the server; a re-run sends them. */
  failed: { message: OutgoingMessage; error: string }[];
  /** Not tried because the batch stopped. */
  notTried: OutgoingMessage[];
  stopped?: BatchStop;
}

/** Options for sendBatch. */
export interface SendBatchOptions {
  sender: Sender;
  log: SendLog;
  now: () => Date;
  /** Send messages the log holds as pending (maybe delivered) again. */
  resendUnknown?: boolean;
  /** Consecutive connection failures that stop the batch (default 3). */
  maxConnectionFailures?: number;
  /** Polled between messages; a signal name stops the batch (the CLI sets it on SIGINT/SIGTERM). */
  interrupted?: () => 'SIGINT' | 'SIGTERM' | undefined;
  /** Called after each message, for progress and per-message reports. */
  onResult?: (outcome: 'sent' | 'skipped' | 'unknown' | 'failed', message: OutgoingMessage, error?: string) => void;
}

/** Consecutive connection failures after which a batch stops. */
export const MAX_CONNECTION_FAILURES = 3;

/** Sends each message the log does not hold as sent (or as unknown, unless resendUnknown). */
export async function sendBatch(messages: readonly OutgoingMessage[], options: SendBatchOptions): Promise<SendReport> {
  const report: SendReport = { sent: [], skipped: [], unknown: [], unknownBefore: [], failed: [], notTried: [] };
  const limit = options.maxConnectionFailures ?? MAX_CONNECTION_FAILURES;
  let connectionFailures = 0;
  for (const message of messages) {
    const state = options.log.stateOf(message.id);
    if (state === 'sent') {
      report.skipped.push(message);
      options.onResult?.('skipped', message);
      continue;
    }
    if (state === 'unknown' && options.resendUnknown !== true) {
      report.unknownBefore.push(message);
      options.onResult?.('unknown', message);
      continue;
    }
    const signal = options.interrupted?.();
    if (report.stopped === undefined && signal !== undefined) report.stopped = { reason: 'signal', signal, detail: `stopped by ${signal}` };
    if (report.stopped !== undefined) {
      report.notTried.push(message);
      continue;
    }
    const outcome = await sendOne(message, options);
    if (outcome.kind === 'sent') {
      connectionFailures = 0;
      report.sent.push(message);
      options.onResult?.('sent', message);
      continue;
    }
    if (outcome.kind === 'unlogged') {
      report.notTried.push(message);
      report.stopped = { reason: 'log', detail: 'the send log cannot be written', error: outcome.cause };
      continue;
    }
    if (outcome.kind === 'unknown') report.unknown.push(message);
    else report.failed.push({ message, error: outcome.error });
    options.onResult?.(outcome.kind === 'unknown' ? 'unknown' : 'failed', message, outcome.error);
    if (outcome.logError !== undefined) {
      report.stopped = { reason: 'log', detail: 'the send log cannot be written', error: outcome.logError };
    } else if (outcome.kind === 'config') {
      report.stopped = { reason: 'config', detail: outcome.error };
    } else if (outcome.kind === 'connection' || outcome.kind === 'unknown') {
      connectionFailures += 1;
      if (connectionFailures >= limit) report.stopped = { reason: 'connection', detail: `${connectionFailures} connection failures in a row (last: ${outcome.error})` };
    } else {
      connectionFailures = 0;
    }
  }
  return report;
}

type Outcome =
  | { kind: 'sent' }
  | { kind: FailureKind; error: string; logError?: unknown }
  /** The pending line could not be written, so the message was not sent. */
  | { kind: 'unlogged'; cause: unknown };

/**
 * One message: `pending` in the log, then to the server, then `sent` or `failed` (a message
 * whose fate is unknown keeps its pending line). A sent message whose `sent` line cannot be
 * written is reported unknown, as the next run will see it.
 */
async function sendOne(message: OutgoingMessage, options: SendBatchOptions): Promise<Outcome> {
  const base = { id: message.id, to: message.to.address };
  try {
    options.log.append({ status: 'pending', ...base, label: message.label, at: options.now().toISOString() });
  } catch (error) {
    return { kind: 'unlogged', cause: error };
  }
  let result: { kind: 'sent'; response?: string } | { kind: FailureKind; error: string };
  try {
    const response = await options.sender.send(message);
    result = response === undefined ? { kind: 'sent' } : { kind: 'sent', response };
  } catch (error) {
    result = error instanceof SendFailure ? { kind: error.kind, error: error.message } : { kind: 'unknown', error: error instanceof Error ? error.message : String(error) };
  }
  try {
    const at = options.now().toISOString();
    if (result.kind === 'sent') options.log.append({ status: 'sent', ...base, at, ...(result.response === undefined ? {} : { response: result.response }) });
    else if (result.kind !== 'unknown') options.log.append({ status: 'failed', ...base, at, error: result.error });
  } catch (error) {
    return result.kind === 'sent' ? { kind: 'unknown', error: 'sent, but the send log could not record it', logError: error } : { ...result, logError: error };
  }
  return result.kind === 'sent' ? { kind: 'sent' } : result;
}

/** A message in the send summary. */
export interface SentMessageJson {
  id: string;
  to: string;
  label: string;
}

/** What a --send run did, for `--format json` (care email) and the `send` field of care remind's JSON. */
export interface SendSummaryJson {
  sendLog: string;
  sent: SentMessageJson[];
  /** Sent by an earlier run, not sent again. */
  alreadySent: number;
  /** Maybe delivered, not known: check the mailbox; --resend-unknown sends them again. */
  unknown: (SentMessageJson & { since: 'this run' | 'an earlier run' })[];
  /** Surely not taken by the server; the next run sends them. */
  failed: (SentMessageJson & { error: string })[];
  /** Not tried because the batch stopped. */
  notTried: SentMessageJson[];
  /** Messages without a recipient, not sent. */
  noRecipient: number;
  stopped: { reason: BatchStop['reason']; detail: string } | null;
}

/** The summary of a batch as JSON-ready data. */
export function sendSummary(report: SendReport, sendLog: string, noRecipient: number): SendSummaryJson {
  const brief = (message: OutgoingMessage): SentMessageJson => ({ id: message.id, to: message.to.address, label: message.label });
  return {
    sendLog,
    sent: report.sent.map(brief),
    alreadySent: report.skipped.length,
    unknown: [
      ...report.unknownBefore.map((message) => ({ ...brief(message), since: 'an earlier run' as const })),
      ...report.unknown.map((message) => ({ ...brief(message), since: 'this run' as const })),
    ],
    failed: report.failed.map((failure) => ({ ...brief(failure.message), error: failure.error })),
    notTried: report.notTried.map(brief),
    noRecipient,
    stopped: report.stopped === undefined ? null : { reason: report.stopped.reason, detail: report.stopped.detail },
  };
}
